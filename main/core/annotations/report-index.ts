import { buildDeck } from '../deck/build';
import { figureKeysOfSlide } from '../../shared/chart-points';
import { closingSlideId, dividerSlideId } from '../deck/ids';
import type { Slide } from '../../shared/deck';
import type { Db } from '../store/connection';
import { getBriefing, getBriefingStamp, getSourceText } from '../store/queries/briefings';
import type { StoredBriefing } from '../../shared/briefing';
import { listFiguresOfBriefing } from '../store/queries/figures';
import type { StoredFigure } from '../../shared/figure';

/**
 * Everything an anchor needs to find its place in a briefing's current report: the source text, the
 * paragraphs with their source spans, the slides with what they show, and the figures by key. Built from
 * the same deck the presenter sees, so "which slide" always agrees with the screen.
 */
export interface IndexedParagraph {
  readonly id: number;
  readonly sectionId: number | null;
  readonly partId: number | null;
  readonly text: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

export interface IndexedSlide {
  readonly id: string;
  readonly kind: Slide['kind'];
  /** As the overview shows it, e.g. 基本民生保障水平显著提升（1/2）. */
  readonly title: string;
  /** Section heading (content), part headline (divider), else the slide title. */
  readonly heading: string;
  readonly figureKeys: readonly string[];
  readonly sectionId: number | null;
}

export interface IndexedFigure {
  readonly key: string;
  readonly paragraphId: number;
  readonly sectionId: number | null;
  readonly label: string;
  readonly valueText: string;
  readonly unit: string;
  /** 以上 / 突破 / 约 …: how the value is stated (shared/format.ts writes it with the value). */
  readonly qualifier: string | null;
  readonly quoteStart: number;
  readonly quoteEnd: number;
}

export interface ReportIndex {
  readonly briefingId: number;
  readonly sourceSha256: string;
  readonly source: string;
  /** In document order (ascending source offsets). */
  readonly paragraphs: readonly IndexedParagraph[];
  readonly paragraphById: ReadonlyMap<number, IndexedParagraph>;
  readonly slides: readonly IndexedSlide[];
  readonly slideById: ReadonlyMap<string, IndexedSlide>;
  readonly figures: ReadonlyMap<string, IndexedFigure>;
  /** The slide a figure shows on (or, for one no slide shows, its section's first slide). */
  readonly slideOfFigure: ReadonlyMap<string, string>;
  /** The slide a paragraph belongs to (where its figures show, else its section's first slide). */
  readonly slideOfParagraph: ReadonlyMap<number, string>;
}

/** The index of a briefing's report, or null when there is no such briefing. Cached per report version. */
export function reportIndexOf(db: Db, briefingId: number): ReportIndex | null {
  const stamp = getBriefingStamp(db, briefingId);
  if (!stamp) return null;
  const key = `${stamp.sourceSha256}@${stamp.importedAt}`;
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const cached = perDb.get(briefingId);
  if (cached?.key === key) return cached.index;
  const index = buildReportIndex(db, briefingId);
  if (index) perDb.set(briefingId, { key, index });
  return index;
}

/** Slide lookups are on every save; the deck behind them changes only when the report does. */
const cache = new WeakMap<Db, Map<number, { key: string; index: ReportIndex }>>();

/** Build the index afresh (re-import uses this inside its transaction, where the cache key may not move). */
export function buildReportIndex(db: Db, briefingId: number): ReportIndex | null {
  const briefing = getBriefing(db, briefingId);
  const source = getSourceText(db, briefingId);
  if (!briefing || source === null) return null;
  const figures = listFiguresOfBriefing(db, briefingId);
  const deck = buildDeck(briefing, figures, new Map());
  const slides = deck.slides.map(indexSlide);
  const paragraphs = paragraphsOf(briefing);
  return {
    briefingId,
    sourceSha256: briefing.sourceSha256,
    source,
    paragraphs,
    paragraphById: new Map(paragraphs.map((p) => [p.id, p])),
    slides,
    slideById: new Map(slides.map((s) => [s.id, s])),
    figures: new Map(figures.map((f) => [f.key, indexFigure(f)])),
    ...slideMaps(briefing, slides, figures, paragraphs),
  };
}

function indexSlide(slide: Slide): IndexedSlide {
  switch (slide.kind) {
    case 'content': {
      return {
        id: slide.id,
        kind: slide.kind,
        title: slide.title,
        heading: slide.heading,
        figureKeys: figureKeysOfSlide(slide),
        sectionId: slide.sectionId,
      };
    }
    case 'divider':
      return { id: slide.id, kind: slide.kind, title: slide.title, heading: slide.headline, figureKeys: [], sectionId: null };
    default:
      return { id: slide.id, kind: slide.kind, title: slide.title, heading: slide.title, figureKeys: [], sectionId: null };
  }
}

function indexFigure(f: StoredFigure): IndexedFigure {
  return {
    key: f.key,
    paragraphId: f.paragraphId,
    sectionId: f.sectionId,
    label: f.label,
    valueText: f.valueText,
    unit: f.unit,
    qualifier: f.qualifier,
    quoteStart: f.source.quoteStart,
    quoteEnd: f.source.quoteEnd,
  };
}

function paragraphsOf(briefing: StoredBriefing): IndexedParagraph[] {
  const list: IndexedParagraph[] = [];
  for (const part of briefing.parts) {
    if (part.lead) list.push({ ...pick(part.lead), sectionId: null, partId: part.id });
    for (const section of part.sections) {
      for (const p of section.paragraphs) list.push({ ...pick(p), sectionId: section.id, partId: part.id });
    }
  }
  if (briefing.closing) list.push({ ...pick(briefing.closing), sectionId: null, partId: null });
  return list.sort((a, b) => a.sourceStart - b.sourceStart);
}

function pick(p: { id: number; text: string; sourceStart: number; sourceEnd: number }) {
  return { id: p.id, text: p.text, sourceStart: p.sourceStart, sourceEnd: p.sourceEnd };
}

function slideMaps(
  briefing: StoredBriefing,
  slides: readonly IndexedSlide[],
  figures: readonly StoredFigure[],
  paragraphs: readonly IndexedParagraph[],
): Pick<ReportIndex, 'slideOfFigure' | 'slideOfParagraph'> {
  const firstSlideOfSection = new Map<number, string>();
  const slideShowing = new Map<string, string>();
  for (const slide of slides) {
    if (slide.sectionId !== null && !firstSlideOfSection.has(slide.sectionId)) {
      firstSlideOfSection.set(slide.sectionId, slide.id);
    }
    for (const key of slide.figureKeys) if (!slideShowing.has(key)) slideShowing.set(key, slide.id);
  }
  const dividerOfPart = new Map(briefing.parts.map((part, i) => [part.id, dividerSlideId(i + 1)]));
  const slideIds = new Set(slides.map((s) => s.id));
  const homeOf = (p: IndexedParagraph | undefined): string | null => {
    if (!p) return null;
    if (p.sectionId !== null) return firstSlideOfSection.get(p.sectionId) ?? null;
    if (p.partId !== null) return dividerOfPart.get(p.partId) ?? null;
    return slideIds.has(closingSlideId) ? closingSlideId : null;
  };
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));

  const slideOfFigure = new Map<string, string>();
  const slideOfParagraph = new Map<number, string>();
  for (const figure of figures) {
    const slide = slideShowing.get(figure.key) ?? homeOf(paragraphById.get(figure.paragraphId));
    if (slide === null) continue;
    slideOfFigure.set(figure.key, slide);
    // A paragraph shows where its first shown figure does; derived figures show nowhere of their own.
    const shown = slideShowing.get(figure.key);
    if (shown && !slideOfParagraph.has(figure.paragraphId)) slideOfParagraph.set(figure.paragraphId, shown);
  }
  for (const p of paragraphs) {
    const home = homeOf(p);
    if (!slideOfParagraph.has(p.id) && home !== null) slideOfParagraph.set(p.id, home);
  }
  return { slideOfFigure, slideOfParagraph };
}

/** The paragraph whose source span holds `offset`, or the next one after it (binary search). */
export function paragraphAtSource(index: ReportIndex, offset: number): IndexedParagraph | null {
  const list = index.paragraphs;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = list[mid];
    if (!p) break;
    if (offset < p.sourceStart) high = mid - 1;
    else if (offset >= p.sourceEnd) low = mid + 1;
    else return p;
  }
  return list[low] ?? null;
}
