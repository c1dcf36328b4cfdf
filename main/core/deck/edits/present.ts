import type { StoredBriefing } from '../../../shared/briefing';
import type { Deck, DeckBudget, Slide } from '../../../shared/deck';
import { chartedKeys } from '../../../shared/chart-points';
import { partMinutes, planMeeting } from '../../../shared/meeting-plan';
import { cardFigures, toCards } from '../cards';
import { fittingCharts } from '../chart-choice';
import { isContent, type DeckState, type SlideState } from './state';

/** The deck as presented: the state's slides in its order, each with what the presenter set on it. */
export function presentDeck(briefing: StoredBriefing, state: DeckState): Deck {
  const slides = state.order.flatMap((key) => {
    const slide = state.slides.get(key);
    return slide ? [presentSlide(state, slide)] : [];
  });
  const budgets = budgetsOf(state);
  return { briefingId: briefing.id, title: briefing.title, slides: withPlannedTimes(slides, budgets), budgets };
}

/** The agenda lists each part's planned time and the meeting's, when the presenter set any. */
function withPlannedTimes(slides: Slide[], budgets: readonly DeckBudget[]): Slide[] {
  const plan = planMeeting(slides, budgets);
  if (plan.totalMinutes === null) return slides;
  return slides.map((slide) =>
    slide.kind === 'agenda'
      ? {
          ...slide,
          plannedMinutes: plan.totalMinutes,
          items: slide.items.map((item) => ({ ...item, minutes: partMinutes(plan, slides, item.partIndex) })),
        }
      : slide,
  );
}

function presentSlide(state: DeckState, slide: SlideState): Slide {
  const { base } = slide;
  const shown: Slide = { ...base, hidden: slide.hidden, minutes: slide.minutes ?? null, ...(slide.notes ? { notes: slide.notes } : {}) };
  const title = slide.title;
  const withContent = isContent(slide) ? redrawn(state, slide, shown) : shown;
  if (title === undefined) return withContent;
  switch (withContent.kind) {
    case 'content':
      return { ...withContent, title, heading: title };
    case 'divider':
      return { ...withContent, title, headline: title };
    case 'closing':
      return { ...withContent, title, text: title };
    default:
      return { ...withContent, title };
  }
}

/** A content page drawn again when its figures or its chart differ from the generated ones. */
function redrawn(state: DeckState, slide: SlideState, shown: Slide): Slide {
  if (shown.kind !== 'content') return shown;
  if (shown.free) return { ...shown, points: slide.lines ?? [] };
  if (sameFigures(state, slide) && slide.chart === undefined) return shown;
  const charts = fittingCharts(slide.figures, state.plan.context);
  const chart = slide.chart === 'none' ? null : (charts.find((c) => c.kind === slide.chart) ?? charts[0] ?? null);
  const cards = toCards(cardFigures(slide.figures, chartedKeys(chart)));
  return { ...shown, chart, cards, steps: cards.length, chartKinds: charts.map((c) => c.kind) };
}

function sameFigures(state: DeckState, slide: SlideState): boolean {
  const planned = state.planned.get(slide.base.key);
  if (!planned || planned.figures.length !== slide.figures.length) return false;
  const keys = new Set(planned.figures.map((f) => f.key));
  return slide.figures.every((f) => keys.has(f.key));
}

function budgetsOf(state: DeckState): DeckBudget[] {
  const budgets: DeckBudget[] = [];
  const seen = new Set<string>();
  for (const key of state.order) {
    const slide = state.slides.get(key);
    if (!slide) continue;
    const scoped: [string, 'part' | 'section', string][] = [];
    if (slide.base.kind === 'divider') scoped.push([key, 'part', slide.title ?? slide.base.headline]);
    if (slide.base.kind === 'content' && slide.base.sectionKey) scoped.push([slide.base.sectionKey, 'section', slide.base.heading]);
    for (const [budgetKey, scope, title] of scoped) {
      const minutes = state.budgets.get(budgetKey);
      if (minutes === undefined || seen.has(budgetKey)) continue;
      seen.add(budgetKey);
      budgets.push({ key: budgetKey, scope, title, minutes });
    }
  }
  return budgets;
}
