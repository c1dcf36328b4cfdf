import type { DeckState } from '../engine';

/** What a key asks of the deck; the keyboard controller carries it out. */
export type KeyCommand =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'digit'
  | 'erase-digit'
  | 'commit-number'
  | 'jump'
  | 'overview'
  | 'escape'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'presenter'
  | 'help';

/** The parts of a KeyboardEvent the map looks at (so it can be tested without a DOM). */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

const byKey: Readonly<Record<string, KeyCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Backspace: 'erase-digit',
  Escape: 'escape',
  g: 'jump',
  G: 'jump',
  o: 'overview',
  O: 'overview',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  f: 'fullscreen',
  F: 'fullscreen',
  p: 'presenter',
  P: 'presenter',
  '?': 'help',
};

/** Commands still listened to while the overview grid is open (it handles arrows and Enter itself). */
const duringOverview: ReadonlySet<KeyCommand> = new Set(['escape', 'overview', 'black', 'white', 'fullscreen', 'help', 'jump', 'presenter']);

/**
 * The key map of the deck. Null means "not ours": the browser (or a focused control) keeps the key.
 * Keys with Ctrl / Alt / ⌘ are never taken, so browser shortcuts keep working.
 */
export function commandForKey(press: KeyPress, state: Pick<DeckState, 'overlay' | 'typedNumber'>): KeyCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const command = baseCommand(press, state.typedNumber);
  if (command === null) return null;
  // The jump dialog owns every key but Esc (it closes itself too, but the dialog may not have focus).
  if (state.overlay === 'jump') return command === 'escape' ? command : null;
  if (state.overlay === 'overview') return duringOverview.has(command) ? command : null;
  return command;
}

function baseCommand(press: KeyPress, typedNumber: string): KeyCommand | null {
  if (press.key === ' ') return press.shiftKey ? 'prev' : 'next';
  if (press.key === 'Enter') return typedNumber ? 'commit-number' : 'next';
  if (/^\d$/.test(press.key)) return 'digit';
  if (press.key === 'Backspace' && !typedNumber) return null;
  return byKey[press.key] ?? null;
}

/**
 * Keys the annotation tools take (renderer/src/annotations/keys.ts), listed here beside the deck's own so
 * the two maps never claim the same key: N 批注面板, I 墨迹, L 激光笔, / 搜索. They also take Ctrl+F, Ctrl+Z,
 * Ctrl+Shift+Z and Ctrl+Y, which the deck leaves alone anyway, and Esc while an ink tool is in hand.
 */
export const annotationKeys = {
  panel: ['n', 'N'],
  ink: ['i', 'I'],
  laser: ['l', 'L'],
  search: ['/'],
} as const;
