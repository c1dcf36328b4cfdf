import type { StoredPart, StoredSection } from '../../shared/briefing';
import type { StoredFigure } from '../../shared/figure';
import { cardFigures, toCards } from './cards';
import { chooseChart, type ChartContext } from './chart-choice';
import { contentSlideId } from './ids';
import { keySentences } from './points';
import { groupRelated } from './relations';
import { paginate } from './split';
import type { ContentSlide } from '../../shared/deck';
import { chartedKeys } from '../../shared/chart-points';

export interface SectionPlace {
  /** 0-based index of the part in the report, as in the report model. */
  readonly partIndex: number;
  /** 1-based positions used in slide ids. */
  readonly partNumber: number;
  readonly sectionNumber: number;
}

/** A section's figures as its content slides share them out: one slide, without figures, when it prints none. */
export function sectionPages(sectionFigures: readonly StoredFigure[]): StoredFigure[][] {
  const printsFigures = sectionFigures.some((f) => !f.derived);
  return printsFigures ? paginate(groupRelated(sectionFigures), (f) => !f.derived) : [[]];
}

/**
 * The content slides of one section: its figures split over as many slides as needed (related figures kept
 * together), each with its cards and at most one chart; or, for a section that prints no figure, a single
 * slide of key sentences.
 */
export function sectionSlides(
  part: StoredPart,
  section: StoredSection,
  place: SectionPlace,
  sectionFigures: readonly StoredFigure[],
  context: ChartContext,
): ContentSlide[] {
  const printsFigures = sectionFigures.some((f) => !f.derived);
  const pages = sectionPages(sectionFigures);
  return pages.map((pageFigures, i) => {
    const page = i + 1;
    const chart = printsFigures ? chooseChart(pageFigures, context) : null;
    const cards = toCards(cardFigures(pageFigures, chartedKeys(chart)));
    return {
      kind: 'content',
      id: contentSlideId(place.partNumber, place.sectionNumber, page),
      title: pages.length > 1 ? `${section.heading}（${page}/${pages.length}）` : section.heading,
      notes: [],
      steps: cards.length,
      partIndex: place.partIndex,
      partHeadline: part.headline,
      sectionId: section.id,
      heading: section.heading,
      page,
      pages: pages.length,
      cards,
      chart,
      points: printsFigures ? [] : keySentences(section.paragraphs.map((p) => p.text)),
    };
  });
}
