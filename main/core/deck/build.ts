import type { StoredBriefing } from '../../shared/briefing';
import type { Figure, StoredFigure } from '../../shared/figure';
import type { ChartContext } from './chart-choice';
import { coverFacts } from './cover';
import { agendaSlideId, closingSlideId, contentSlideId, coverSlideId, dividerSlideId, partKey, sectionKey, uniqueKeys } from './ids';
import { pageFiguresOf, sectionPages } from './section-slides';
import type { GroupedFigure } from './relations';
import type { Deck, Slide } from '../../shared/deck';
import type { ReportModel } from '../../shared/report';

/**
 * The deck of a stored briefing as generated: cover, agenda, then for each part a divider and its sections'
 * content slides, then the closing line. Pure: the same briefing, figures and notes always give the same
 * deck. `notes` maps slide ids to their speaker notes; a slide missing from it has none. (What the presenter
 * changed is laid over it by edits/, see load.ts.)
 */
export function buildDeck(
  briefing: StoredBriefing,
  figures: readonly StoredFigure[],
  notes: ReadonlyMap<string, readonly string[]>,
): Deck {
  return deckOfPlan(briefing, planDeck(briefing, figures), notes);
}

/** The generated deck of a plan, with its notes. */
export function deckOfPlan(briefing: StoredBriefing, plan: DeckPlan, notes: ReadonlyMap<string, readonly string[]>): Deck {
  const slides = plan.slides.map(({ slide }): Slide => ({ ...slide, notes: notes.get(slide.id) ?? [] }));
  return { briefingId: briefing.id, title: briefing.title, slides };
}

/**
 * What the slide ids depend on besides the figures: the parts, their sections (by row id, as the figures
 * name them) and whether there is a closing line. A stored briefing is one; an importer makes one from the
 * report it has just stored, without reading the briefing back.
 */
export interface DeckOutline {
  readonly parts: readonly { readonly sections: readonly { readonly id: number }[] }[];
  readonly closing: unknown;
}

/**
 * The ids of the deck's slides in order, e.g. to work out their default notes before the deck is built: the
 * slides planDeck makes, counted without making them (no cards, charts or key sentences — for a long
 * report, most of an import's deck work).
 */
export function slideIdsOf(briefing: DeckOutline, figures: readonly StoredFigure[]): string[] {
  return slideIdsBySection(briefing, sectionFiguresOf(figures, (figure) => figure.sectionId));
}

/** The same, from the figures of each section of the outline (by the id the outline gives the section). */
function slideIdsBySection<F extends GroupedFigure>(briefing: DeckOutline, figuresBySection: ReadonlyMap<number, readonly F[]>): string[] {
  const ids = [coverSlideId, agendaSlideId];
  briefing.parts.forEach((part, partIndex) => {
    ids.push(dividerSlideId(partIndex + 1));
    part.sections.forEach((section, sectionIndex) => {
      const pages = pageFiguresOf(figuresBySection.get(section.id) ?? []).length;
      for (let page = 1; page <= pages; page++) ids.push(contentSlideId(partIndex + 1, sectionIndex + 1, page));
    });
  });
  if (briefing.closing) ids.push(closingSlideId);
  return ids;
}

/** The figures of each section, by `sectionOf` (the section's id); a lead paragraph's figures belong to no content slide. */
function sectionFiguresOf<F>(figures: readonly F[], sectionOf: (figure: F) => number | null): Map<number, F[]> {
  const figuresBySection = new Map<number, F[]>();
  for (const figure of figures) {
    const section = sectionOf(figure);
    if (section === null) continue;
    const list = figuresBySection.get(section);
    if (list) list.push(figure);
    else figuresBySection.set(section, [figure]);
  }
  return figuresBySection;
}

/**
 * The length of a report's deck as generated: the importer records it, from the report and the figures it
 * has just stored (grouped by their sections' places in the report, which the rows' ids follow one to one).
 * The report's own notes are not stored with the import: the deck works them out from the report whenever a
 * slide has no stored notes (stored-notes.ts), so only the presenter's own are written — a large report's
 * notes would otherwise be stored twice over (every page of a section carries the whole section).
 */
export function deckLength(report: ReportModel, figures: readonly Figure[]): number {
  const outline: DeckOutline = {
    parts: report.parts.map((part) => ({ sections: part.sections.map((section) => ({ id: section.index })) })),
    closing: report.closing,
  };
  return slideIdsBySection(outline, sectionFiguresOf(figures, (figure) => figure.source.sectionIndex)).length;
}

/** A generated slide with the figures a content page was built from (none for the other kinds). */
export interface PlannedSlide {
  readonly slide: Slide & { readonly key: string };
  readonly figures: readonly StoredFigure[];
}

/** The generated slides (notes still empty) and what drawing a page again needs. */
export interface DeckPlan {
  readonly slides: readonly PlannedSlide[];
  readonly context: ChartContext;
}

export function planDeck(briefing: StoredBriefing, figures: readonly StoredFigure[]): DeckPlan {
  const cover = coverFacts(briefing);
  const context: ChartContext = { region: cover.region };
  const figuresBySection = sectionFiguresOf(figures, (figure) => figure.sectionId);
  const partKeys = uniqueKeys(briefing.parts.map((part) => partKey(part.headline)));
  const sectionKeys = uniqueKeys(briefing.parts.flatMap((part) => part.sections.map((section) => sectionKey(section.heading))));

  const slides: Slide[] = [];
  const pageFigures: (readonly StoredFigure[])[] = [];
  const add = (slide: Slide, onPage: readonly StoredFigure[] = []): void => {
    slides.push(slide);
    pageFigures.push(onPage);
  };
  add({ kind: 'cover', id: coverSlideId, key: coverSlideId, title: briefing.title, notes: [], steps: 0, ...cover });
  add({
    kind: 'agenda',
    id: agendaSlideId,
    key: agendaSlideId,
    title: '目录',
    notes: [],
    steps: 0,
    items: briefing.parts.map((part, partIndex) => ({ partIndex, headline: part.headline, slogan: part.slogan })),
  });
  let sectionAt = 0;
  briefing.parts.forEach((part, partIndex) => {
    add({
      kind: 'divider',
      id: dividerSlideId(partIndex + 1),
      key: partKeys[partIndex] ?? partKey(part.headline),
      title: part.headline,
      notes: [],
      steps: 0,
      partIndex,
      headline: part.headline,
      slogan: part.slogan,
      sections: listedSections(part.sections.map((section) => section.heading), part.headline),
    });
    part.sections.forEach((section, sectionIndex) => {
      const key = sectionKeys[sectionAt++] ?? sectionKey(section.heading);
      const place = { partIndex, partNumber: partIndex + 1, sectionNumber: sectionIndex + 1, sectionKey: key };
      for (const page of sectionPages(part, section, place, figuresBySection.get(section.id) ?? [], context)) add(page.slide, page.figures);
    });
  });
  if (briefing.closing) {
    add({
      kind: 'closing',
      id: closingSlideId,
      key: closingSlideId,
      title: briefing.closing.text,
      notes: [],
      steps: 0,
      text: briefing.closing.text,
      subtitle: cover.period,
    });
  }
  // Two pages named by the same figure cannot happen; a duplicate key would still be made unique here.
  const keys = uniqueKeys(slides.map((slide) => slide.key ?? slide.id));
  return {
    context,
    slides: slides.map((slide, i) => ({ slide: { ...slide, key: keys[i] ?? slide.id } as PlannedSlide['slide'], figures: pageFigures[i] ?? [] })),
  };
}

/**
 * The sections a part's divider lists: none when the part's only section is the part itself under the same
 * name (a report numbered 一、 二、 only), which a list of one repeating the headline would only echo.
 */
function listedSections(headings: readonly string[], headline: string): readonly string[] {
  return headings.length === 1 && headings[0] === headline ? [] : headings;
}
