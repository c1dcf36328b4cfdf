import type { Db } from '../store/connection';
import { listAnnotations, updateAnchorPlacement } from '../store/queries/annotations';
import { contextOf, figureAnchor, onSlide, quoteAnchor, type PlacedAnchor } from './anchor-input';
import type { AnnotationAnchor, AnnotationPlacement, QuoteSelector, SlideContext } from '../../shared/annotations';
import { locateQuote } from './quote';
import type { IndexedSlide, ReportIndex } from './report-index';

/**
 * Re-anchoring: find where an anchor written against one version of a report belongs in another (after a
 * re-import of an edited report, or for a colleague's annotation). An anchor that fits nowhere is kept as it
 * was and flagged orphan — an annotation is never dropped.
 */

const orphan: AnnotationPlacement = { slideId: null, paragraphId: null, textRange: null, orphan: true };

export function placeAnchor(index: ReportIndex, anchor: AnnotationAnchor): PlacedAnchor {
  switch (anchor.kind) {
    case 'slide':
    case 'ink': {
      const slide = findSlide(index, anchor.slideId, anchor.context);
      if (!slide) return { anchor, placement: orphan };
      return { anchor: { ...anchor, slideId: slide.id, context: contextOf(slide) }, placement: onSlide(slide.id) };
    }
    case 'figure':
      return placeFigure(index, anchor.figureKey, anchor.quote) ?? { anchor, placement: orphan };
    case 'quote': {
      const range = locateQuote(index, { ...anchor.quote, start: anchor.quote.position?.start });
      return range ? quoteAnchor(index, range) : { anchor, placement: orphan };
    }
  }
}

/**
 * Content and divider slide ids are positions (section-2-3-p1, part-2), so a section added before another
 * renumbers it: trust such an id only while it still shows the same heading; else follow a figure it showed,
 * else its heading. An id that now shows another heading is not trusted — better an orphan the presenter
 * sees than a note silently moved onto another section. Cover, agenda and closing are what they say.
 */
function findSlide(index: ReportIndex, slideId: string, context: SlideContext): IndexedSlide | null {
  const same = index.slideById.get(slideId);
  const positional = same?.kind === 'content' || same?.kind === 'divider';
  if (same && (!positional || context.heading === null || same.heading === context.heading)) return same;
  for (const key of context.figureKeys) {
    const showing = index.slides.find((slide) => slide.figureKeys.includes(key));
    if (showing) return showing;
  }
  if (context.heading === null) return null;
  return index.slides.find((slide) => slide.heading === context.heading) ?? null;
}

/**
 * By key first (keys are built from a figure's meaning and survive edits around it); else find the figure's
 * sentence and take the figure stated in it (same label, else same value), or the sentence itself.
 */
function placeFigure(index: ReportIndex, figureKey: string, quote: QuoteSelector | null): PlacedAnchor | null {
  const byKey = index.figures.get(figureKey);
  if (byKey) return figureAnchor(index, byKey);
  if (!quote) return null;
  const range = locateQuote(index, { ...quote, start: quote.position?.start });
  if (!range) return null;
  const inSentence = [...index.figures.values()].filter((f) => f.quoteStart < range.end && f.quoteEnd > range.start);
  const previous = quote.exact; // the old sentence: recognise the same figure among the new sentence's
  const chosen =
    inSentence.find((f) => previous.includes(f.label)) ??
    inSentence.find((f) => previous.includes(`${f.valueText}${f.unit}`)) ??
    inSentence[0];
  return chosen ? figureAnchor(index, chosen) : quoteAnchor(index, range);
}


export interface ReanchorCounts {
  readonly attached: number;
  readonly orphaned: number;
}

/**
 * Place every annotation of a briefing (deleted ones too, so a restore lands well) on the briefing's
 * current report. Content and times are left alone: moving is not an edit. Call inside the re-import
 * transaction.
 */
export function reanchorBriefing(db: Db, index: ReportIndex): ReanchorCounts {
  let attached = 0;
  let orphaned = 0;
  for (const annotation of listAnnotations(db, { briefingId: index.briefingId, includeDeleted: true })) {
    const placed = placeAnchor(index, annotation.anchor);
    updateAnchorPlacement(db, annotation.id, placed.anchor, placed.placement);
    if (placed.placement.orphan) orphaned++;
    else attached++;
  }
  return { attached, orphaned };
}
