/**
 * Deck edits: what a presenter changes on the generated deck, stored per briefing as a list of edits on
 * stable slide and figure keys (never as a copied deck) and laid over the deck each time it is read. Shared
 * by the core (which checks and applies them) and the editing view (which sends them).
 */
import type { ChartSpec, Deck } from './deck';

export const deckEditLimits = {
  /** Edits in one request (one undo step). */
  batch: 500,
  titleChars: 120,
  notesChars: 20_000,
  textLines: 12,
  lineChars: 200,
  /** A slide, section or part budget, in minutes. */
  maxMinutes: 600,
} as const;

export type ChartChoice = ChartSpec['kind'] | 'none';

export type DeckEdit =
  | { readonly op: 'retitle'; readonly key: string; readonly title: string }
  | { readonly op: 'hide'; readonly key: string }
  | { readonly op: 'show'; readonly key: string }
  /** Put the slide just before `before`; `before: null` puts it last. */
  | { readonly op: 'move'; readonly key: string; readonly before: string | null }
  /** Speaker notes, paragraphs separated by line breaks. */
  | { readonly op: 'notes'; readonly key: string; readonly text: string }
  /** One of the slide's `chartKinds`, or none. */
  | { readonly op: 'chart'; readonly key: string; readonly type: ChartChoice }
  /** The slide's time budget in minutes; 0 takes it away. */
  | { readonly op: 'minutes'; readonly key: string; readonly minutes: number }
  /** A part's (its divider's key) or a section's (its `sectionKey`) time budget; 0 takes it away. */
  | { readonly op: 'budget'; readonly key: string; readonly minutes: number }
  /** A figure card moved to another slide of the same section. */
  | { readonly op: 'moveFigure'; readonly figure: string; readonly to: string }
  /** A free text slide after `after`; its key (text:N) is given by the core unless stated. */
  | { readonly op: 'addText'; readonly key?: string; readonly after: string; readonly title: string; readonly lines: readonly string[] }
  /** The bullet lines of a free text slide. */
  | { readonly op: 'text'; readonly key: string; readonly lines: readonly string[] }
  /** Back to the generated slide (its place, title, notes, chart, figures, budget); a free text slide goes. */
  | { readonly op: 'reset'; readonly key: string }
  /** The whole deck back to the generated one (an undo brings it back). */
  | { readonly op: 'resetAll' };

export type DeckEditOp = DeckEdit['op'];

/** A stored edit that no longer applies to the current report (its slide or figure is gone), and why. */
export interface OrphanedEdit {
  readonly edit: DeckEdit;
  /** What the slide was called and which figures it showed when the edit was made. */
  readonly context: EditContext;
  readonly reason: string;
}

/** What an edited slide was when the edit was stored: lets the check say what vanished after a re-import. */
export interface EditContext {
  readonly title: string | null;
  readonly figureKeys: readonly string[];
}

/** The deck as presented (edits applied) and where the edit history stands. */
export interface EditedDeck {
  readonly deck: Deck;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Edits stored for this briefing that the current report leaves nothing to apply to. */
  readonly orphans: readonly OrphanedEdit[];
}

/**
 * One finding of the consistency check (检查). New kinds (figure corrections) are added to this union; a
 * reader should show a kind it does not know by its `message`.
 */
export type CheckFinding =
  | {
      /** A number on a slide (text the presenter wrote, or a card/chart value) that is no stored figure. */
      readonly kind: 'unstored-number';
      readonly slideKey: string;
      readonly slideTitle: string;
      readonly where: 'title' | 'text' | 'notes' | 'card' | 'chart';
      readonly number: string;
      readonly message: string;
    }
  | {
      /** A slide the presenter edited showed figures the current report no longer has. */
      readonly kind: 'vanished-figures';
      readonly slideKey: string;
      readonly slideTitle: string;
      readonly figureKeys: readonly string[];
      readonly message: string;
    }
  | {
      /** An edit whose slide or figure is gone after a re-import. */
      readonly kind: 'orphaned-edit';
      readonly edit: DeckEdit;
      readonly slideTitle: string | null;
      readonly message: string;
    }
  | {
      /** A figure a staff member corrected (label, period, unit, qualifier), or excluded from the deck. */
      readonly kind: 'corrected-figure' | 'excluded-figure';
      readonly figureKey: string;
      /** The label the figure now shows (the corrected one). */
      readonly label: string;
      readonly author: string;
      readonly updatedAt: string;
      readonly message: string;
    }
  | {
      /** A correction whose figure is no longer in the report (after a re-import). */
      readonly kind: 'orphaned-correction';
      readonly figureKey: string;
      readonly message: string;
    };

export interface DeckCheck {
  readonly findings: readonly CheckFinding[];
}
