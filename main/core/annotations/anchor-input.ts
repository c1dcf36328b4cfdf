import { AppError } from '../../shared/result';
import type { AnnotationAnchor, AnnotationPlacement, SlideContext } from '../../shared/annotations';
import { locateQuote, quoteAt, sourceRangeOfText, textRangeOfSource } from './quote';
import type { IndexedFigure, IndexedSlide, ReportIndex } from './report-index';
import type { AnchorInput } from '../../shared/annotation-schemas';

export interface PlacedAnchor {
  readonly anchor: AnnotationAnchor;
  readonly placement: AnnotationPlacement;
}

const invalid = (message: string): AppError => new AppError('INVALID_INPUT', `输入无效 — ${message}`);

export const contextOf = (slide: IndexedSlide): SlideContext => ({ heading: slide.heading, figureKeys: slide.figureKeys });

export const onSlide = (slideId: string): AnnotationPlacement => ({
  slideId,
  paragraphId: null,
  textRange: null,
  orphan: false,
});

/**
 * Turn what the UI sends into a stored anchor, checked against the current report: the slide must be in
 * the deck, the figure in the report, the quote in the text. Throws INVALID_INPUT otherwise.
 */
export function anchorFromInput(index: ReportIndex, input: AnchorInput): PlacedAnchor {
  switch (input.kind) {
    case 'slide':
    case 'ink': {
      const slide = index.slideById.get(input.slideId);
      if (!slide) throw invalid(`anchor.slideId：该简报没有幻灯片 ${input.slideId}`);
      const context = contextOf(slide);
      const anchor: AnnotationAnchor =
        input.kind === 'slide'
          ? { kind: 'slide', slideId: slide.id, context }
          : { kind: 'ink', slideId: slide.id, context, strokes: input.strokes };
      return { anchor, placement: onSlide(slide.id) };
    }
    case 'figure': {
      const figure = index.figures.get(input.figureKey);
      if (!figure) throw invalid(`anchor.figureKey：该简报没有数据 ${input.figureKey}`);
      return figureAnchor(index, figure);
    }
    case 'selection': {
      const paragraph = index.paragraphById.get(input.paragraphId);
      if (!paragraph) throw invalid(`anchor.paragraphId：该简报没有段落 ${input.paragraphId}`);
      if (input.end > paragraph.text.length) {
        throw invalid(`anchor.end：超出段落长度（${paragraph.text.length} 字）`);
      }
      const range = sourceRangeOfText(index.source, paragraph, input);
      return quoteAnchor(index, range);
    }
    case 'quote': {
      const { exact, start, end } = input;
      const exactAtHint = start !== undefined && end !== undefined && index.source.slice(start, end) === exact;
      const range = exactAtHint ? { start, end } : locateQuote(index, input);
      if (!range) throw invalid(`anchor.exact：在报告中找不到引文“${exact.slice(0, 40)}”`);
      return quoteAnchor(index, range);
    }
  }
}

/** A quote anchor on a source range that is known to be in the report. */
export function quoteAnchor(index: ReportIndex, range: { start: number; end: number }): PlacedAnchor {
  const quote = quoteAt(index.source, range.start, range.end);
  const shown = textRangeOfSource(index, range);
  return {
    anchor: { kind: 'quote', quote },
    placement: {
      slideId: shown ? (index.slideOfParagraph.get(shown.paragraph.id) ?? null) : null,
      paragraphId: shown?.paragraph.id ?? null,
      textRange: shown?.textRange ?? null,
      orphan: false,
    },
  };
}

/** A figure anchor: the figure's stable key, the sentence it came from, and where it shows. */
export function figureAnchor(index: ReportIndex, figure: IndexedFigure): PlacedAnchor {
  return {
    anchor: { kind: 'figure', figureKey: figure.key, quote: quoteAt(index.source, figure.quoteStart, figure.quoteEnd) },
    placement: {
      slideId: index.slideOfFigure.get(figure.key) ?? null,
      paragraphId: figure.paragraphId,
      textRange: null,
      orphan: false,
    },
  };
}
