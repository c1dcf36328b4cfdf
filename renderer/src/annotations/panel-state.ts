import { createStateStore, type StateStore } from '../ui/state-store';

/** 本张 (notes placed on the slide on screen) or 全部 (the whole briefing). */
export type NoteScope = 'slide' | 'all';
/** 最新 / 最早 / 按幻灯片. */
export type NoteOrder = 'newest' | 'oldest' | 'slide';

/** What a note being written will hang on. */
export type DraftTarget =
  | { readonly kind: 'slide'; readonly slideId: string }
  | { readonly kind: 'figure'; readonly figureKey: string }
  | {
      readonly kind: 'selection';
      readonly paragraphId: number;
      /** Offsets into the paragraph's plain text, end exclusive. */
      readonly start: number;
      readonly end: number;
      /** The selected words, shown above the editor so the writer sees what is quoted. */
      readonly quote: string;
    };

/** Text being written, kept in the store (not in the editor) so closing the panel or a re-render loses none of it. */
export interface DraftText {
  readonly body: string;
  /** The tag box as typed (split into tags on save). */
  readonly tags: string;
}

export interface PanelState {
  readonly open: boolean;
  readonly scope: NoteScope;
  /** Only notes by this author / with this tag; null for all. */
  readonly author: string | null;
  readonly tag: string | null;
  readonly order: NoteOrder;
  /** The new note being written, or null. */
  readonly draft: (DraftText & { readonly target: DraftTarget }) | null;
  /** The note being edited in place (one at a time), or null. */
  readonly editing: (DraftText & { readonly id: string }) | null;
  readonly searchOpen: boolean;
}

export type PanelStore = StateStore<PanelState>;

export function createPanelStore(): PanelStore {
  return createStateStore<PanelState>({
    open: false,
    scope: 'slide',
    author: null,
    tag: null,
    order: 'newest',
    draft: null,
    editing: null,
    searchOpen: false,
  });
}

/** Open the panel with a new note on `target` (a slide, a figure, a selected passage). */
export function startDraft(panel: PanelStore, target: DraftTarget): void {
  panel.setState(({ draft, scope }) => ({
    open: true,
    // Text already typed for another target is kept: only what it hangs on changes.
    draft: { body: draft?.body ?? '', tags: draft?.tags ?? '', target },
    // A note from the source view has no "slide on screen": show it among all notes.
    scope: target.kind === 'selection' ? 'all' : scope,
  }));
}

/** A panel that never opens: what views without annotations read. */
export const closedPanel: PanelStore = createPanelStore();
