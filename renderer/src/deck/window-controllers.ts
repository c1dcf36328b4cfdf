import { request, type BriefingApi } from '../api/client';
import type { HashPrefix } from './controllers/hash';
import { hashController } from './controllers/hash';
import { keyboardController } from './controllers/keyboard';
import { positionMemoryController } from './controllers/position-memory';
import { presenterSyncController, syncChannelName } from './controllers/presenter-sync';
import { settingsStorageController } from './controllers/settings-storage';
import type { DeckController, DeckEngine } from './engine';
import { holdPresenterWindowName, openPresenterWindow, toggleFullscreen } from './window-actions';

export interface WindowControllerOptions {
  readonly api: BriefingApi;
  readonly briefingId: number;
  /** The audience window opens the presenter view and remembers the slide; the presenter view does neither. */
  readonly role: 'audience' | 'presenter';
}

/** The controllers that tie a deck to this browser window: keys, address, storage, the other window. */
export function windowControllers(deck: DeckEngine, { api, briefingId, role }: WindowControllerOptions): DeckController[] {
  const prefix: HashPrefix = role === 'audience' ? '#/' : '#/presenter/';
  const controllers: DeckController[] = [
    keyboardController({
      target: window,
      toggleFullscreen,
      openPresenter: role === 'audience' ? () => openPresenterWindow(deck.getState().index) : undefined,
    }),
    hashController({ prefix, location: window.location, history: window.history, events: window }),
    presenterSyncController({ open: () => new BroadcastChannel(syncChannelName(briefingId)) }),
    settingsStorageController({ storage: window.localStorage, events: window }),
  ];
  if (role === 'presenter') controllers.push({ id: 'window-name', setup: () => holdPresenterWindowName() });
  if (role === 'audience') {
    controllers.push(
      positionMemoryController({ save: (slide) => request(api, 'deck:setPosition', { briefingId, slide }), pageEvents: window }),
    );
  }
  return controllers;
}

/** Register every controller; the returned function tears them all down. */
export function registerControllers(deck: DeckEngine, controllers: readonly DeckController[]): () => void {
  const releases = controllers.map((controller) => deck.use(controller));
  return () => {
    for (const release of releases) release();
  };
}
