import type { Annotation } from '../../../main/shared/annotations';
import type { Slide } from '../../../main/shared/deck';
import { isInk, slideOf } from '../annotations/filters';

/**
 * What the print routes print, worked out apart from drawing it: which slides, how the handout groups them
 * on pages, and which notes and ink belong to each.
 */

/** The slides a print shows, in deck order: every one the presenter did not hide (deck edits). */
export function printedSlides(slides: readonly Slide[]): Slide[] {
  return slides.filter((slide) => slide.hidden !== true);
}

export interface HandoutPage<T> {
  /** 1-based, as printed in the footer. */
  readonly number: number;
  readonly items: readonly T[];
}

/** The handout's pages: `perPage` slides each, in order, the last page holding what is left. */
export function handoutPages<T>(items: readonly T[], perPage: number): HandoutPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`每页张数无效：${perPage}`);
  const pages: HandoutPage<T>[] = [];
  for (let at = 0; at < items.length; at += perPage) pages.push({ number: pages.length + 1, items: items.slice(at, at + perPage) });
  return pages;
}

export interface SlideAnnotations {
  /** Written notes, oldest first, so a conversation on the slide reads top to bottom. */
  readonly notes: readonly Annotation[];
  /** Ink annotations, drawn over the slide. */
  readonly ink: readonly Annotation[];
}

const none: SlideAnnotations = { notes: [], ink: [] };

/** The live (not deleted) notes and ink of each slide, by slide id. */
export function annotationsBySlide(annotations: readonly Annotation[]): ReadonlyMap<string, SlideAnnotations> {
  const bySlide = new Map<string, { notes: Annotation[]; ink: Annotation[] }>();
  for (const annotation of annotations) {
    const slideId = slideOf(annotation);
    if (annotation.deletedAt !== null || slideId === null) continue;
    const entry = bySlide.get(slideId) ?? { notes: [], ink: [] };
    (isInk(annotation) ? entry.ink : entry.notes).push(annotation);
    bySlide.set(slideId, entry);
  }
  const byTime = (a: Annotation, b: Annotation): number => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);
  for (const entry of bySlide.values()) entry.notes.sort(byTime);
  return bySlide;
}

export const annotationsOf = (bySlide: ReadonlyMap<string, SlideAnnotations>, slideId: string): SlideAnnotations => bySlide.get(slideId) ?? none;
