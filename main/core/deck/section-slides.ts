import type { StoredPart, StoredSection } from '../../shared/briefing';
import type { StoredFigure } from '../../shared/figure';
import { cardFigures, toCards } from './cards';
import { fittingCharts, type ChartContext } from './chart-choice';
import { contentSlideId, contentSlideKey, sectionKey } from './ids';
import { keySentences } from './points';
import { groupRelated, type GroupedFigure } from './relations';
import { paginate } from './split';
import type { ContentSlide } from '../../shared/deck';
import { chartedKeys } from '../../shared/chart-points';

export interface SectionPlace {
  /** 0-based index of the part in the report, as in the report model. */
  readonly partIndex: number;
  /** 1-based positions used in slide ids. */
  readonly partNumber: number;
  readonly sectionNumber: number;
  /** The section's stable key (ids.ts), which its slides' keys start from; by default made from its heading. */
  readonly sectionKey?: string;
}

/** A content slide with the figures it was built from (cards and chart are chosen among them). */
export interface PlannedContent {
  readonly slide: ContentSlide;
  readonly figures: readonly StoredFigure[];
}

/** A section's figures as its content slides share them out: one slide, without figures, when it prints none. */
export function pageFiguresOf<F extends GroupedFigure>(sectionFigures: readonly F[]): F[][] {
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
  return sectionPages(part, section, place, sectionFigures, context).map(({ slide }) => slide);
}

/** The content slides of one section, each with the figures of its page. */
export function sectionPages(
  part: StoredPart,
  section: StoredSection,
  place: SectionPlace,
  sectionFigures: readonly StoredFigure[],
  context: ChartContext,
): PlannedContent[] {
  const printsFigures = sectionFigures.some((f) => !f.derived);
  const pages = pageFiguresOf(sectionFigures);
  return pages.map((pageFigures, i) => ({
    slide: contentSlide(part, section, place, pageFigures, { page: i + 1, pages: pages.length, printsFigures }, context),
    figures: pageFigures,
  }));
}

/**
 * One content slide from the figures of its page: cards and a chart chosen among them (also used to redraw a
 * page after the presenter moved a figure card onto or off it).
 */
export function contentSlide(
  part: StoredPart,
  section: StoredSection,
  place: SectionPlace,
  pageFigures: readonly StoredFigure[],
  { page, pages, printsFigures }: { page: number; pages: number; printsFigures: boolean },
  context: ChartContext,
): ContentSlide {
  const charts = printsFigures ? fittingCharts(pageFigures, context) : [];
  const chart = charts[0] ?? null;
  const cards = toCards(cardFigures(pageFigures, chartedKeys(chart)));
  const firstPrinted = [...pageFigures].sort((a, b) => a.index - b.index).find((f) => !f.derived);
  const ofSection = place.sectionKey ?? sectionKey(section.heading);
  return {
    kind: 'content',
    id: contentSlideId(place.partNumber, place.sectionNumber, page),
    key: contentSlideKey(ofSection, page, firstPrinted?.key ?? null),
    sectionKey: ofSection,
    chartKinds: charts.map((c) => c.kind),
    title: pages > 1 ? `${section.heading}（${page}/${pages}）` : section.heading,
    notes: [],
    steps: cards.length,
    partIndex: place.partIndex,
    partHeadline: part.headline,
    sectionId: section.id,
    heading: section.heading,
    page,
    pages,
    cards,
    chart,
    points: printsFigures ? [] : keySentences(section.paragraphs.map((p) => p.text)),
  };
}
