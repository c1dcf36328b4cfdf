import type { Annotation } from '../../../main/shared/annotations';
import type { NoteOrder, NoteScope } from './panel-state';

/**
 * What the panel lists and in which order. Ink strokes are annotations too, but they are seen on the slide,
 * not read: the list holds written notes and counts ink separately.
 */

export interface NoteFilter {
  readonly scope: NoteScope;
  /** The slide on screen; null where there is none (the source view), which makes 本张 mean 全部. */
  readonly slideId: string | null;
  readonly author: string | null;
  readonly tag: string | null;
}

export const isInk = (annotation: Annotation): boolean => annotation.anchor.kind === 'ink';
export const isNote = (annotation: Annotation): boolean => !isInk(annotation);

/** The slide an annotation shows on: where the core placed it, else (ink) the slide it was drawn on. */
export function slideOf(annotation: Annotation): string | null {
  if (annotation.slideId !== null) return annotation.slideId;
  return annotation.anchor.kind === 'ink' || annotation.anchor.kind === 'slide' ? annotation.anchor.slideId : null;
}

export function filterNotes(annotations: readonly Annotation[], filter: NoteFilter): Annotation[] {
  return annotations.filter(
    (a) =>
      isNote(a) &&
      (filter.scope === 'all' || filter.slideId === null || slideOf(a) === filter.slideId) &&
      (filter.author === null || a.author === filter.author) &&
      (filter.tag === null || a.tags.includes(filter.tag)),
  );
}

/**
 * 最新 / 最早 by creation time; 按幻灯片 in deck order (notes that no longer fit any slide last), and by
 * creation within a slide so a conversation on one slide reads top to bottom.
 */
export function sortNotes(notes: readonly Annotation[], order: NoteOrder, slideIndexById: ReadonlyMap<string, number>): Annotation[] {
  const byTime = (a: Annotation, b: Annotation): number =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const position = (a: Annotation): number => {
    const slide = slideOf(a);
    return slide === null ? Number.MAX_SAFE_INTEGER : (slideIndexById.get(slide) ?? Number.MAX_SAFE_INTEGER);
  };
  const sorted = [...notes];
  if (order === 'newest') return sorted.sort((a, b) => byTime(b, a));
  if (order === 'oldest') return sorted.sort(byTime);
  return sorted.sort((a, b) => position(a) - position(b) || byTime(a, b));
}

/** Authors and tags of the notes, for the filter menus (sorted as Chinese reads them). */
export function authorsOf(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.filter(isNote).map((a) => a.author))].sort(chineseOrder);
}

export function tagsOf(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.filter(isNote).flatMap((a) => a.tags))].sort(chineseOrder);
}

const collator = new Intl.Collator('zh-CN');
const chineseOrder = (a: string, b: string): number => collator.compare(a, b);

/** Written notes per slide id (what the stage's 批注 N marker shows). */
export function noteCountsBySlide(annotations: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    const slide = slideOf(a);
    if (isNote(a) && slide !== null) counts.set(slide, (counts.get(slide) ?? 0) + 1);
  }
  return counts;
}

/** Notes per figure key (what a figure card's marker shows). */
export function noteCountsByFigure(annotations: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (a.anchor.kind === 'figure') counts.set(a.anchor.figureKey, (counts.get(a.anchor.figureKey) ?? 0) + 1);
  }
  return counts;
}

/** Ink annotations drawn on a slide, in drawing order. */
export function inkOnSlide(annotations: readonly Annotation[], slideId: string): Annotation[] {
  return annotations.filter((a) => isInk(a) && slideOf(a) === slideId);
}

/** Split what someone typed in the tag box (，, 、 ; or spaces) into tags, each once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；#]+/u).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}
