import { defaultSettings, type DeckController, type DeckSettings } from '../engine';

export const settingsKey = 'briefing-deck-settings';

/** Settings as stored, falling back to the defaults for anything missing or damaged. */
export function loadSettings(storage: Pick<Storage, 'getItem'>): DeckSettings {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(settingsKey) ?? 'null');
  } catch {
    return defaultSettings;
  }
  if (typeof stored !== 'object' || stored === null) return defaultSettings;
  const { revealMode, animate } = stored as Partial<Record<keyof DeckSettings, unknown>>;
  return {
    revealMode: revealMode === 'all' || revealMode === 'step' ? revealMode : defaultSettings.revealMode,
    animate: typeof animate === 'boolean' ? animate : defaultSettings.animate,
  };
}

export interface SettingsStorageOptions {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Where the other window's writes are announced ('storage' events), so both windows agree. */
  readonly events?: EventTarget;
}

/** Writes 逐项显示/全部显示 and 动画 开/关 to localStorage when they change, and follows other windows' changes. */
export function settingsStorageController(options: SettingsStorageOptions): DeckController {
  return {
    id: 'settings-storage',
    setup(deck) {
      const unsubscribe = deck.subscribe((state, previous) => {
        if (state.settings === previous.settings) return;
        try {
          options.storage.setItem(settingsKey, JSON.stringify(state.settings));
        } catch {
          // Storage full or disabled: the setting still applies for this session.
        }
      });
      const onStorage = (event: Event): void => {
        if ((event as StorageEvent).key === settingsKey) deck.updateSettings(loadSettings(options.storage));
      };
      options.events?.addEventListener('storage', onStorage);
      return () => {
        unsubscribe();
        options.events?.removeEventListener('storage', onStorage);
      };
    },
  };
}
