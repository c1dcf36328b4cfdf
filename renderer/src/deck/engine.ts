/**
 * The deck engine: where the presenter is in the deck and what is laid over the slide. Framework-free on
 * purpose — React views, keyboard, touch, address bar, presenter window and storage are all controllers
 * that read and drive this one object, so each concern can be set up and torn down on its own (the shape
 * reveal.js uses), and the core can be tested in plain Node.
 */

export type Blackout = 'none' | 'black' | 'white';
/** At most one overlay is open at a time; blackout is separate because it lies over everything. */
export type Overlay = 'none' | 'overview' | 'jump' | 'help' | 'quote';
/** 逐项显示 (one reveal step per press) or 全部显示 (every step shown on arrival). */
export type RevealMode = 'step' | 'all';

export interface DeckSettings {
  readonly revealMode: RevealMode;
  readonly animate: boolean;
}

export const defaultSettings: DeckSettings = { revealMode: 'step', animate: true };

/** Where the deck is: the part shared with the other window of the same briefing. */
export interface DeckPosition {
  readonly index: number;
  readonly revealed: number;
  readonly blackout: Blackout;
}

export interface DeckState extends DeckPosition {
  readonly overlay: Overlay;
  /** Digits typed so far for "number then Enter"; empty when none. */
  readonly typedNumber: string;
  /** A typed number the deck has no slide for (99 in a deck of 20): said, not silently turned into another. */
  readonly refusedNumber: number | null;
  readonly settings: DeckSettings;
}

/** All the engine needs to know about a slide. */
export interface SlideSteps {
  readonly steps: number;
  /** Hidden by the presenter: stepping, Home and End pass it by; a jump or the overview still opens it. */
  readonly hidden?: boolean;
}

export type DeckListener = (state: DeckState, previous: DeckState) => void;

/** One concern (keys, touch, address bar …): `setup` wires it to the deck and returns how to unwire it. */
export interface DeckController {
  readonly id: string;
  setup(deck: DeckEngine): () => void;
}

export interface DeckEngine {
  readonly slideCount: number;
  stepsOf(index: number): number;
  getState(): DeckState;
  subscribe(listener: DeckListener): () => void;
  /** Next reveal step, else the next slide. While blacked out it only lifts the blackout (as PowerPoint). */
  next(): void;
  /** Previous reveal step, else the previous slide shown complete. While blacked out it only lifts it. */
  prev(): void;
  first(): void;
  last(): void;
  /** Open slide `index` (0-based, clamped). `revealed` defaults to none (or all, in 全部显示). */
  goTo(index: number, revealed?: number): void;
  /** Take a position from elsewhere (the other window) as it is, without the blackout rule of next/prev. */
  sync(position: DeckPosition): void;
  openOverlay(overlay: Exclude<Overlay, 'none'>): void;
  toggleOverlay(overlay: Exclude<Overlay, 'none'>): void;
  closeOverlay(): void;
  /** Toggle: asking for the blackout already shown lifts it. */
  toggleBlackout(kind: Exclude<Blackout, 'none'>): void;
  setBlackout(kind: Blackout): void;
  typeDigit(digit: string): void;
  eraseDigit(): void;
  clearTypedNumber(): void;
  /**
   * Go to the typed slide number (1-based) and forget it. A number past the last slide moves nothing and is
   * kept in `refusedNumber` for the view to say so; false when nothing moved.
   */
  commitTypedNumber(): boolean;
  /** Forget a refused number once it has been shown. */
  clearRefusedNumber(): void;
  updateSettings(change: Partial<DeckSettings>): void;
  /** Register a controller; the returned function (and `destroy`) tears it down. */
  use(controller: DeckController): () => void;
  destroy(): void;
}

export interface DeckOptions {
  readonly index?: number;
  readonly settings?: DeckSettings;
}

/** Overlays that belong to the slide on screen and so close when it changes. */
const slideBoundOverlays: ReadonlySet<Overlay> = new Set(['help', 'quote']);

export function createDeck(slides: readonly SlideSteps[], options: DeckOptions = {}): DeckEngine {
  const count = slides.length;
  const listeners = new Set<DeckListener>();
  const teardowns = new Map<string, () => void>();

  const clampIndex = (index: number): number => (count === 0 ? 0 : Math.min(Math.max(0, Math.trunc(index)), count - 1));
  const stepsOf = (index: number): number => Math.max(0, slides[index]?.steps ?? 0);
  const clampRevealed = (index: number, revealed: number): number => Math.min(Math.max(0, Math.trunc(revealed)), stepsOf(index));
  const settings0 = options.settings ?? defaultSettings;
  const arrival = (index: number, settings: DeckSettings): number => (settings.revealMode === 'all' ? stepsOf(index) : 0);

  const startIndex = clampIndex(options.index ?? 0);
  let state: DeckState = {
    index: startIndex,
    revealed: arrival(startIndex, settings0),
    blackout: 'none',
    overlay: 'none',
    typedNumber: '',
    refusedNumber: null,
    settings: settings0,
  };

  function set(change: Partial<DeckState>): void {
    const next: DeckState = { ...state, ...change };
    const changed = (Object.keys(next) as (keyof DeckState)[]).some((key) => next[key] !== state[key]);
    if (!changed) return;
    const previous = state;
    state = next;
    for (const listener of [...listeners]) listener(state, previous);
  }

  /** A move to another slide or step: forgets typed digits and closes what belongs to the old slide. */
  function move(index: number, revealed: number, extra: Partial<DeckState> = {}): void {
    const overlay = index !== state.index && slideBoundOverlays.has(state.overlay) ? 'none' : state.overlay;
    set({ index, revealed, typedNumber: '', refusedNumber: null, overlay, ...extra });
  }

  /** PowerPoint's rule: the first press after B / W brings the slide back instead of moving. */
  function liftBlackout(): boolean {
    if (state.blackout === 'none') return false;
    set({ blackout: 'none', typedNumber: '' });
    return true;
  }

  const stepping = (): boolean => state.settings.revealMode === 'step';

  const shownInTalk = (index: number): boolean => slides[index]?.hidden !== true;
  /** The next (step 1) or previous (step −1) slide not hidden from `from`, or null when there is none. */
  function visibleFrom(from: number, step: 1 | -1): number | null {
    for (let at = from; at >= 0 && at < count; at += step) if (shownInTalk(at)) return at;
    return null;
  }

  const deck: DeckEngine = {
    slideCount: count,
    stepsOf,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    next() {
      if (liftBlackout()) return;
      if (stepping() && state.revealed < stepsOf(state.index)) return move(state.index, state.revealed + 1);
      const target = visibleFrom(state.index + 1, 1);
      if (target !== null) move(target, arrival(target, state.settings));
      else set({ typedNumber: '' });
    },
    prev() {
      if (liftBlackout()) return;
      if (stepping() && state.revealed > 0) return move(state.index, state.revealed - 1);
      // Going back shows the previous slide as it was left: complete.
      const target = visibleFrom(state.index - 1, -1);
      if (target !== null) move(target, stepsOf(target));
      else set({ typedNumber: '' });
    },
    first() {
      if (liftBlackout()) return;
      const index = visibleFrom(0, 1) ?? 0;
      move(index, arrival(index, state.settings));
    },
    last() {
      if (liftBlackout()) return;
      const index = visibleFrom(count - 1, -1) ?? clampIndex(count - 1);
      move(index, arrival(index, state.settings));
    },
    goTo(index, revealed) {
      const target = clampIndex(index);
      const keep = target === state.index && revealed === undefined;
      const steps = keep ? state.revealed : clampRevealed(target, revealed ?? arrival(target, state.settings));
      move(target, steps, { blackout: 'none' });
    },
    sync(position) {
      const index = clampIndex(position.index);
      move(index, clampRevealed(index, position.revealed), { blackout: position.blackout, typedNumber: state.typedNumber });
    },
    openOverlay(overlay) {
      set({ overlay, typedNumber: '' });
    },
    toggleOverlay(overlay) {
      set({ overlay: state.overlay === overlay ? 'none' : overlay, typedNumber: '' });
    },
    closeOverlay() {
      set({ overlay: 'none' });
    },
    toggleBlackout(kind) {
      set({ blackout: state.blackout === kind ? 'none' : kind, typedNumber: '' });
    },
    setBlackout(kind) {
      set({ blackout: kind });
    },
    typeDigit(digit) {
      if (!/^\d$/.test(digit)) return;
      // Four digits are more than any deck needs; more are a key held down by mistake.
      if (state.typedNumber.length >= 4) return;
      set({ typedNumber: state.typedNumber + digit, refusedNumber: null });
    },
    eraseDigit() {
      set({ typedNumber: state.typedNumber.slice(0, -1) });
    },
    clearTypedNumber() {
      set({ typedNumber: '' });
    },
    commitTypedNumber() {
      const number = Number(state.typedNumber);
      if (state.typedNumber === '') return false;
      if (number < 1 || number > count) {
        set({ typedNumber: '', refusedNumber: number });
        return false;
      }
      deck.goTo(number - 1);
      return true;
    },
    clearRefusedNumber() {
      set({ refusedNumber: null });
    },
    updateSettings(change) {
      const settings: DeckSettings = { ...state.settings, ...change };
      if (settings.revealMode === state.settings.revealMode && settings.animate === state.settings.animate) return;
      // Switching to 全部显示 shows the rest of the current slide at once; switching back keeps what is shown.
      const revealed = settings.revealMode === 'all' ? stepsOf(state.index) : state.revealed;
      set({ settings, revealed });
    },
    use(controller) {
      teardowns.get(controller.id)?.();
      const teardown = controller.setup(deck);
      let done = false;
      const once = (): void => {
        if (done) return;
        done = true;
        teardown();
        if (teardowns.get(controller.id) === once) teardowns.delete(controller.id);
      };
      teardowns.set(controller.id, once);
      return once;
    },
    destroy() {
      for (const teardown of [...teardowns.values()]) teardown();
      teardowns.clear();
      listeners.clear();
    },
  };
  return deck;
}
