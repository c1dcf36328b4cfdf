import { useState } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { loadSettings } from './controllers/settings-storage';
import { createDeck, defaultSettings, type DeckEngine } from './engine';

function storedSettings() {
  try {
    return loadSettings(localStorage);
  } catch {
    return defaultSettings; // storage disabled
  }
}

/** One engine for the lifetime of the component, starting on `startIndex` with the stored settings. */
export function useDeckEngine(slides: readonly Slide[], startIndex: number): DeckEngine {
  const [deck] = useState(() => createDeck(slides, { index: startIndex, settings: storedSettings() }));
  return deck;
}
