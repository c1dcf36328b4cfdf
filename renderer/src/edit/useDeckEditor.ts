import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request, type BriefingApi } from '../api/client';
import type { DeckCheck, DeckEdit, EditedDeck } from '../../../main/shared/deck-edits';

export type EditorState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly edited: EditedDeck };

export interface DeckEditor {
  readonly state: EditorState;
  /** The core's refusal of the last action (Chinese), null after one that went through. */
  readonly refusal: string | null;
  /** Sends one user action (one or more edits, one undo step): the deck after it, null when refused. */
  apply(edits: readonly DeckEdit[]): Promise<EditedDeck | null>;
  undo(): Promise<EditedDeck | null>;
  redo(): Promise<EditedDeck | null>;
  check(): Promise<DeckCheck | null>;
  dismissRefusal(): void;
}

const messageOf = (error: unknown): string => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

/**
 * The briefing's deck as edited, read with deck:edited; every action goes through the contract as one call,
 * and the deck shown is the one the core answers with (a refused action leaves it as it was). `onChange` is
 * told after each action that changed the deck, so the app reads the deck afresh before presenting it.
 */
export function useDeckEditor(api: BriefingApi, briefingId: number, onChange: () => void): DeckEditor {
  const [state, setState] = useState<EditorState>({ status: 'loading' });
  const [refusal, setRefusal] = useState<string | null>(null);
  // One action at a time, in the order made: a field saved as it loses focus to a click on 撤销 is saved first.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    request(api, 'deck:edited', { briefingId }).then(
      (edited) => !cancelled && setState({ status: 'ready', edited }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, briefingId]);

  const run = useCallback(
    (action: () => Promise<EditedDeck>): Promise<EditedDeck | null> => {
      const done = queue.current.then(async () => {
        try {
          const edited = await action();
          setState({ status: 'ready', edited });
          setRefusal(null);
          onChange();
          return edited;
        } catch (error) {
          setRefusal(messageOf(error));
          return null;
        }
      });
      queue.current = done;
      return done;
    },
    [onChange],
  );

  const apply = useCallback(
    (edits: readonly DeckEdit[]) => run(() => request(api, 'deck:applyEdits', { briefingId, edits: [...edits] })),
    [run, api, briefingId],
  );
  const undo = useCallback(() => run(() => request(api, 'deck:undo', { briefingId })), [run, api, briefingId]);
  const redo = useCallback(() => run(() => request(api, 'deck:redo', { briefingId })), [run, api, briefingId]);
  const check = useCallback(async () => {
    try {
      const result = await request(api, 'deck:check', { briefingId });
      setRefusal(null);
      return result;
    } catch (error) {
      setRefusal(messageOf(error));
      return null;
    }
  }, [api, briefingId]);
  const dismissRefusal = useCallback(() => setRefusal(null), []);

  return { state, refusal, apply, undo, redo, check, dismissRefusal };
}
