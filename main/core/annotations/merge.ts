import type { AnnotationContent } from '../../shared/annotations';

/**
 * Merge rules for a colleague's version of an annotation we may already have (same id):
 * - not here yet → add it (a deleted one written whole by an older Briefing too, so its deletion is known
 *   before the annotation arrives; today's files carry deletions as tombstones, see decideTombstone);
 * - same time and same content → nothing to do (this is what makes a second import change nothing);
 * - theirs is newer → theirs becomes current and ours goes to the history;
 * - ours is newer (or theirs states no time) → ours stays and theirs goes to the history, once;
 * - same time, different content (two machines saved in the same millisecond) → the same version wins on
 *   both machines (the greater content, compared as text), so colleagues converge whoever imports first.
 * Authors are never rewritten: each version keeps the author it was written by.
 */
export type MergeDecision =
  | { readonly action: 'add' }
  | { readonly action: 'unchanged' }
  | { readonly action: 'replace' }
  | { readonly action: 'keep-current' };

export interface IncomingVersion {
  readonly content: AnnotationContent;
  /** False when the file gave no modified/created time: such a version never replaces one we have. */
  readonly timed: boolean;
}

export function decideMerge(current: AnnotationContent | null, incoming: IncomingVersion): MergeDecision {
  if (!current) return { action: 'add' };
  const theirs = incoming.content;
  if (!incoming.timed) return sameContent(current, theirs) ? { action: 'unchanged' } : { action: 'keep-current' };
  const order = compareTimes(theirs.updatedAt, current.updatedAt);
  if (order > 0) return { action: 'replace' };
  if (order < 0) return { action: 'keep-current' };
  if (sameContent(current, theirs)) return { action: 'unchanged' };
  return contentKey(theirs) > contentKey(current) ? { action: 'replace' } : { action: 'keep-current' };
}

/**
 * A colleague's tombstone (their deletion, without the note; see w3c.ts) deletes ours when it is newer. It
 * adds nothing where there is no note, and leaves a deleted one as it is. Like any version, one that states
 * no time never wins. On the same millisecond the live version stays, as decideMerge keeps it on the other
 * machine, so both converge.
 */
export function decideTombstone(
  current: AnnotationContent | null,
  deletion: { readonly updatedAt: string; readonly timed: boolean },
): 'delete' | 'keep-current' | 'nothing' {
  if (!current || current.deletedAt !== null) return 'nothing';
  return deletion.timed && compareTimes(deletion.updatedAt, current.updatedAt) > 0 ? 'delete' : 'keep-current';
}

/**
 * What a person would call "the same note": the anchor's placement may legitimately differ per machine, and
 * when its text was edited is a fact about the text, not more of it.
 */
export function sameContent(a: AnnotationContent, b: AnnotationContent): boolean {
  return contentKey(a) === contentKey(b);
}

function contentKey(c: AnnotationContent): string {
  return JSON.stringify([c.body, c.author, c.tags, c.colour, c.deletedAt]);
}

type Text = Pick<AnnotationContent, 'body' | 'tags' | 'colour'>;

/** The same text: what an edit changes (a delete, a restore or the author do not). */
export function sameText(a: Text, b: Text): boolean {
  return (
    a.body === b.body && a.colour === b.colour && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i])
  );
}

/**
 * When the text of their version, replacing ours, was last edited: as their file says; where it does not say
 * (another tool, or Briefing before `briefing:edited`), at their version's time if it brings another text,
 * else when ours was.
 */
export function editedAtOf(ours: AnnotationContent, theirs: AnnotationContent): string | null {
  if (theirs.editedAt !== null) return theirs.editedAt;
  return sameText(ours, theirs) ? ours.editedAt : theirs.updatedAt;
}

function compareTimes(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  return Number.isNaN(diff) ? a.localeCompare(b) : Math.sign(diff);
}
