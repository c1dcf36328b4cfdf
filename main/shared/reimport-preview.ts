/**
 * What a new version of a report would change (`briefings:previewReimport`, `briefing reimport --dry-run`):
 * figures added, changed (old → new, with both quotes) and removed, each with the slides, deck edits and
 * annotations it touches; then the edits and annotations that would no longer apply. Shared so the library's
 * dialog reads the same list the CLI prints.
 */
import type { DeckEdit } from './deck-edits';

export interface FigureValue {
  readonly valueText: string;
  readonly unit: string;
  readonly quote: string;
}

/** What one figure change touches: slide keys (before and after), edits (their index among the applied ones, and the edit) and annotation ids. */
export interface Touched {
  readonly slides: readonly string[];
  readonly edits: readonly { readonly index: number; readonly edit: DeckEdit }[];
  readonly annotations: readonly string[];
}

export interface ReimportPreview {
  readonly briefingId: number;
  readonly figures: {
    readonly added: readonly ({ readonly key: string; readonly label: string } & FigureValue & Touched)[];
    readonly changed: readonly ({ readonly key: string; readonly label: string; readonly old: FigureValue; readonly new: FigureValue } & Touched)[];
    readonly removed: readonly ({ readonly key: string; readonly label: string } & FigureValue & Touched)[];
  };
  readonly edits: { readonly kept: number; readonly orphaned: readonly { readonly edit: DeckEdit; readonly reason: string }[] };
  readonly annotations: { readonly attached: number; readonly orphaned: readonly string[] };
  /**
   * What the keys and ids above name, for a reader to show: each slide's title (as presented now, or in the
   * new version for a slide only it has) and each annotation's text.
   */
  readonly names: {
    readonly slides: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, string>>;
  };
}

/** What `briefings:previewReimport` answers: the preview, or that the file holds the very report the briefing has. */
export type ReimportPreviewOutcome =
  | { readonly kind: 'preview'; readonly title: string; readonly preview: ReimportPreview }
  /** The file holds the report the briefing already has: there is nothing to import. */
  | { readonly kind: 'unchanged'; readonly briefingId: number; readonly title: string }
  | { readonly kind: 'cancelled' };
