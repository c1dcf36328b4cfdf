import type { StoredBriefing } from '../../shared/briefing';
import type { StoredFigure } from '../../shared/figure';
import { coverFacts } from './cover';
import { agendaSlideId, closingSlideId, contentSlideId, coverSlideId, dividerSlideId } from './ids';
import { sectionPages, sectionSlides } from './section-slides';
import type { Deck, Slide } from '../../shared/deck';

/**
 * The deck of a stored briefing: cover, agenda, then for each part a divider and its sections' content
 * slides, then the closing line. Pure: the same briefing, figures and notes always give the same deck.
 * `notes` maps slide ids to their speaker notes; a slide missing from it has none.
 */
export function buildDeck(
  briefing: StoredBriefing,
  figures: readonly StoredFigure[],
  notes: ReadonlyMap<string, readonly string[]>,
): Deck {
  const slides = planSlides(briefing, figures).map((slide): Slide => ({ ...slide, notes: notes.get(slide.id) ?? [] }));
  return { briefingId: briefing.id, title: briefing.title, slides };
}

/**
 * The ids of the deck's slides in order, e.g. to work out their default notes before the deck is built: the
 * slides planSlides makes, counted without making them (no cards, charts or key sentences — for a long
 * report, most of an import's deck work).
 */
export function slideIdsOf(briefing: StoredBriefing, figures: readonly StoredFigure[]): string[] {
  const figuresBySection = sectionFiguresOf(figures);
  const ids = [coverSlideId, agendaSlideId];
  briefing.parts.forEach((part, partIndex) => {
    ids.push(dividerSlideId(partIndex + 1));
    part.sections.forEach((section, sectionIndex) => {
      const pages = sectionPages(figuresBySection.get(section.id) ?? []).length;
      for (let page = 1; page <= pages; page++) ids.push(contentSlideId(partIndex + 1, sectionIndex + 1, page));
    });
  });
  if (briefing.closing) ids.push(closingSlideId);
  return ids;
}

/** The figures of each section, by section id; a lead paragraph's figures belong to no content slide. */
function sectionFiguresOf(figures: readonly StoredFigure[]): Map<number, StoredFigure[]> {
  const figuresBySection = new Map<number, StoredFigure[]>();
  for (const figure of figures) {
    if (figure.sectionId === null) continue;
    const list = figuresBySection.get(figure.sectionId);
    if (list) list.push(figure);
    else figuresBySection.set(figure.sectionId, [figure]);
  }
  return figuresBySection;
}

function planSlides(briefing: StoredBriefing, figures: readonly StoredFigure[]): Slide[] {
  const cover = coverFacts(briefing);
  const figuresBySection = sectionFiguresOf(figures);

  const slides: Slide[] = [
    { kind: 'cover', id: coverSlideId, title: briefing.title, notes: [], steps: 0, ...cover },
    {
      kind: 'agenda',
      id: agendaSlideId,
      title: '目录',
      notes: [],
      steps: 0,
      items: briefing.parts.map((part, partIndex) => ({ partIndex, headline: part.headline, slogan: part.slogan })),
    },
  ];
  briefing.parts.forEach((part, partIndex) => {
    slides.push({
      kind: 'divider',
      id: dividerSlideId(partIndex + 1),
      title: part.headline,
      notes: [],
      steps: 0,
      partIndex,
      headline: part.headline,
      slogan: part.slogan,
      sections: part.sections.map((section) => section.heading),
    });
    part.sections.forEach((section, sectionIndex) => {
      const place = { partIndex, partNumber: partIndex + 1, sectionNumber: sectionIndex + 1 };
      slides.push(...sectionSlides(part, section, place, figuresBySection.get(section.id) ?? [], { region: cover.region }));
    });
  });
  if (briefing.closing) {
    slides.push({
      kind: 'closing',
      id: closingSlideId,
      title: briefing.closing.text,
      notes: [],
      steps: 0,
      text: briefing.closing.text,
      subtitle: cover.period,
    });
  }
  return slides;
}
