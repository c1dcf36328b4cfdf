import type { Db } from '../store/connection';
import {
  getAnnotation,
  hasRevision,
  insertAnnotation,
  insertRevision,
  updateAnnotation,
} from '../store/queries/annotations';
import { findBriefingsBySource, listSourceHashes } from '../store/queries/briefings';
import { quoteAnchor, type PlacedAnchor } from './anchor-input';
import { checkImportSize } from '../../shared/import-size';
import { decideMerge, decideTombstone, editedAtOf } from './merge';
import type { Annotation, AnnotationContent } from '../../shared/annotations';
import { placeAnchor } from './reanchor';
import { reportIndexOf, type ReportIndex } from './report-index';
import { contentOf } from './service';
import { readDrafts, type Draft, type DraftAnchor } from './w3c-read';
import type { ImportCounts, ImportSkip } from '../../shared/annotations';
import { inTransaction } from '../store/transaction';

export interface ImportOptions {
  /** Import into this briefing only (annotations of other reports are skipped). */
  readonly briefingId?: number | undefined;
}

/**
 * Import a colleague's W3C annotation file: refuse it unread when it is over the size cap, validate all of
 * it (a file with any invalid annotation is refused and nothing is written), then merge each annotation by
 * id in one transaction (merge.ts). Running the same import twice changes nothing the second time.
 */
export function importAnnotations(db: Db, text: string, options: ImportOptions = {}, now = new Date()): ImportCounts {
  checkImportSize(Buffer.byteLength(text, 'utf8'));
  const drafts = readDrafts(text, now);
  return inTransaction(db, () => mergeDrafts(db, drafts, options, now));
}

interface Tally {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  deletedHere: string[];
  skipped: ImportSkip[];
}

function mergeDrafts(db: Db, drafts: readonly Draft[], options: ImportOptions, now: Date): ImportCounts {
  const tally: Tally = { added: 0, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] };
  const time = now.toISOString();
  const indexes = new Map<number, ReportIndex | null>();
  const indexOf = (briefingId: number): ReportIndex | null => {
    if (!indexes.has(briefingId)) indexes.set(briefingId, reportIndexOf(db, briefingId));
    return indexes.get(briefingId) ?? null;
  };

  for (const draft of drafts) {
    const skip = (reason: string): void => void tally.skipped.push({ item: draft.index + 1, id: draft.id, reason });
    if (draft.skip !== null || draft.sourceSha256 === null) {
      skip(draft.skip ?? '无法导入');
      continue;
    }
    const existing = getAnnotation(db, draft.id);
    // The deletion of a note this machine never had: nothing to delete, and nothing to add.
    if (draft.tombstone && !existing) continue;
    const home = homeBriefing(db, draft.sourceSha256, existing?.briefingId, options.briefingId);
    if (typeof home === 'string') {
      skip(home);
      continue;
    }
    if (draft.tombstone && existing) {
      mergeTombstone(db, existing, draft, time, tally);
      continue;
    }
    const index = indexOf(home);
    const placed = index && draft.anchor ? placeDraft(index, draft.anchor, draft.sourceSha256) : null;
    if (!placed) {
      skip('只有位置选择器（TextPositionSelector），而本机的报告版本不同，无法确定引文');
      continue;
    }
    const incoming: AnnotationContent = { ...draft.content, anchor: placed.anchor };
    const decision = decideMerge(existing ? contentOf(existing) : null, { content: incoming, timed: draft.timed });
    switch (decision.action) {
      case 'add':
        insertAnnotation(db, { id: draft.id, briefingId: home, createdAt: draft.createdAt, ...incoming, ...placed.placement });
        tally.added++;
        break;
      case 'replace':
        if (existing) insertRevision(db, draft.id, contentOf(existing), time, 'import');
        updateAnnotation(db, draft.id, existing ? { ...incoming, editedAt: editedAtOf(existing, incoming) } : incoming, placed.placement);
        tally.updated++;
        break;
      case 'keep-current':
        // Ours is newer: theirs is kept in the history (once), the annotation itself is unchanged.
        if (!hasRevision(db, draft.id, incoming)) insertRevision(db, draft.id, incoming, time, 'import');
        // Theirs is the note as it was before it was deleted here: the newer deletion stands, and is told.
        if (existing && existing.deletedAt !== null && incoming.deletedAt === null) tally.deletedHere.push(draft.id);
        else tally.unchanged++;
        break;
      case 'unchanged':
        tally.unchanged++;
        break;
    }
  }
  return tally;
}

/**
 * A colleague deleted a note we have. Newer than ours, their deletion stands here too: our note is deleted
 * as it is, what it said kept in it (and its history) for a restore. Older (we restored or edited it
 * since), ours stays.
 */
function mergeTombstone(db: Db, existing: Annotation, tombstone: Draft, time: string, tally: Tally): void {
  const ours = contentOf(existing);
  const decision = decideTombstone(ours, { updatedAt: tombstone.content.updatedAt, timed: tombstone.timed });
  if (decision === 'delete') {
    insertRevision(db, existing.id, ours, time, 'import');
    const { updatedAt, deletedAt } = tombstone.content;
    updateAnnotation(db, existing.id, { ...ours, updatedAt, deletedAt }, existing);
    tally.deleted++;
  } else if (decision === 'keep-current') {
    tally.unchanged++;
  }
}

/**
 * The local briefing an annotation belongs to: the one already holding it, else the pinned one, else the
 * first briefing whose report (now or before a re-import) is the target's. A string says why there is none.
 */
function homeBriefing(db: Db, sha: string, existingBriefing: number | undefined, pinned: number | undefined): number | string {
  const iri = `urn:sha256:${sha}`;
  const candidate = existingBriefing ?? pinned;
  if (candidate !== undefined) {
    if (listSourceHashes(db, candidate).includes(sha)) return candidate;
    return existingBriefing !== undefined
      ? `本机已有同一编号的批注，但它属于另一份报告（编号 ${existingBriefing} 的简报），与 ${iri} 不符`
      : `批注针对的是另一份报告（${iri}），不是编号 ${candidate} 的简报`;
  }
  const found = findBriefingsBySource(db, sha)[0];
  return found ? found.id : `本机没有这份报告（${iri}）：请先导入同一份报告`;
}

/** Place a draft's anchor on the local report; a bare position only counts on the very same report text. */
function placeDraft(index: ReportIndex, anchor: DraftAnchor, sha: string): PlacedAnchor | null {
  if (anchor.kind !== 'position') return placeAnchor(index, anchor);
  if (index.sourceSha256 !== sha || anchor.end > index.source.length || anchor.end <= anchor.start) return null;
  return quoteAnchor(index, anchor);
}
