import type { StoredFigure } from '../../../shared/figure';
import type { ChartChoice } from '../../../shared/deck-edits';
import type { ContentSlide, Slide } from '../../../shared/deck';
import type { DeckPlan, PlannedSlide } from '../build';

/**
 * The deck while edits are laid over it: the generated slides, in the presenter's order, each with what was
 * changed on it. Edits change this state (apply.ts); `present.ts` turns it into the deck that is shown.
 */

export interface SlideState {
  /** The slide as generated (notes included); a free text slide is its own base. */
  readonly base: Slide & { readonly key: string };
  /** False for a slide the presenter added. */
  readonly generated: boolean;
  /** The figures of a content page now (after figure cards were moved), in document order. */
  figures: StoredFigure[];
  title?: string;
  hidden: boolean;
  notes?: string[];
  chart?: ChartChoice;
  minutes?: number;
  /** A free text slide's bullet lines. */
  lines?: string[];
}

export interface DeckState {
  readonly plan: DeckPlan;
  /** The plan's slides by key: presenting asks for each slide's, and a deck can have tens of thousands. */
  readonly planned: ReadonlyMap<string, PlannedSlide>;
  /** Slide keys in the order presented. */
  order: string[];
  readonly slides: Map<string, SlideState>;
  /** Part and section budgets by key. */
  readonly budgets: Map<string, number>;
  /** The highest N of a text:N key used so far, so a new free slide never takes an old one's key. */
  textCount: number;
}

/** The state of the generated deck: nothing changed yet. `notes` by slide id, as the store gives them. */
export function generatedState(plan: DeckPlan, notes: ReadonlyMap<string, readonly string[]>): DeckState {
  const slides = new Map<string, SlideState>();
  for (const { slide, figures } of plan.slides) {
    slides.set(slide.key, {
      base: { ...slide, notes: notes.get(slide.id) ?? [] },
      generated: true,
      figures: [...figures].sort((a, b) => a.index - b.index),
      hidden: false,
    });
  }
  const planned = new Map(plan.slides.map((entry) => [entry.slide.key, entry]));
  return { plan, planned, order: plan.slides.map(({ slide }) => slide.key), slides, budgets: new Map(), textCount: 0 };
}

/** The generated slide of a key back in the state, as if never edited (figures included). */
export function freshSlide(state: DeckState, key: string): SlideState | null {
  const planned = state.planned.get(key);
  const current = state.slides.get(key);
  if (!planned || !current) return null;
  return {
    base: current.base,
    generated: true,
    figures: [...planned.figures].sort((a, b) => a.index - b.index),
    hidden: false,
  };
}

export const isContent = (slide: SlideState): slide is SlideState & { base: ContentSlide & { key: string } } => slide.base.kind === 'content';

/** Keys of the figures a content page holds now. */
export const figureKeysOf = (slide: SlideState | undefined): string[] => (slide ? slide.figures.map((f) => f.key) : []);
