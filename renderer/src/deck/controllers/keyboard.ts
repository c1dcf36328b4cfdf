import type { DeckController, DeckEngine } from '../engine';
import { commandForKey, type KeyCommand } from './key-map';

export interface KeyboardOptions {
  /** Where keys are listened for (the window). */
  readonly target: EventTarget;
  readonly toggleFullscreen: () => void;
  /** Opens the presenter view; absent in the presenter view itself. */
  readonly openPresenter?: () => void;
  /** Typed digits are forgotten after this long, so a stray digit cannot turn a later Enter into a jump. */
  readonly typedNumberTimeoutMs?: number;
}

/** Elements where keys belong to the user's typing or to the focused control, not to the deck. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  // Duck-typed rather than `instanceof Element` so the controller also runs against a plain EventTarget.
  const element = target as Partial<Element> | null;
  if (typeof element?.closest !== 'function') return false;
  if (element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // Enter / Space on a focused button press that button.
  return (key === 'Enter' || key === ' ') && element.closest('button, a[href], [role="button"], [role="option"]') !== null;
}

function isKeyboardEvent(event: Event): event is KeyboardEvent {
  return 'key' in event && typeof event.key === 'string';
}

/** → ↓ Space PgDn Enter / ← ↑ Shift+Space PgUp / Home End / digits+Enter / G O Esc B . W F P ?. */
export function keyboardController(options: KeyboardOptions): DeckController {
  return {
    id: 'keyboard',
    setup(deck) {
      let clearTimer: ReturnType<typeof setTimeout> | undefined;
      const onKeyDown = (event: Event): void => {
        if (!isKeyboardEvent(event) || event.defaultPrevented || event.isComposing) return;
        if (ownsKeys(event.target, event.key)) return;
        const command = commandForKey(event, deck.getState());
        if (command === null) return;
        if (command === 'presenter' && !options.openPresenter) return;
        event.preventDefault();
        run(command, event.key, deck, options);
        clearTimeout(clearTimer);
        if (deck.getState().typedNumber) {
          clearTimer = setTimeout(() => deck.clearTypedNumber(), options.typedNumberTimeoutMs ?? 4000);
        }
      };
      options.target.addEventListener('keydown', onKeyDown);
      return () => {
        clearTimeout(clearTimer);
        options.target.removeEventListener('keydown', onKeyDown);
      };
    },
  };
}

function run(command: KeyCommand, key: string, deck: DeckEngine, options: KeyboardOptions): void {
  switch (command) {
    case 'next':
      return deck.next();
    case 'prev':
      return deck.prev();
    case 'first':
      return deck.first();
    case 'last':
      return deck.last();
    case 'digit':
      return deck.typeDigit(key);
    case 'erase-digit':
      return deck.eraseDigit();
    case 'commit-number':
      deck.commitTypedNumber();
      return;
    case 'jump':
      return deck.openOverlay('jump');
    case 'overview':
      return deck.toggleOverlay('overview');
    case 'escape':
      return escape(deck);
    case 'black':
      return deck.toggleBlackout('black');
    case 'white':
      return deck.toggleBlackout('white');
    case 'fullscreen':
      return options.toggleFullscreen();
    case 'presenter':
      return options.openPresenter?.();
    case 'help':
      return deck.toggleOverlay('help');
  }
}

/** Esc undoes the innermost thing first: an overlay, typed digits, a blackout; only then the overview. */
export function escape(deck: DeckEngine): void {
  const state = deck.getState();
  if (state.overlay !== 'none' && state.overlay !== 'overview') return deck.closeOverlay();
  if (state.typedNumber) return deck.clearTypedNumber();
  if (state.blackout !== 'none') return deck.setBlackout('none');
  deck.toggleOverlay('overview');
}
