import type { Locator, Page } from '@playwright/test';
import type { Deck } from '../../../main/shared/deck';
import { callFirstBriefing } from './api';
import { expect } from './fixtures';

/** The slide on screen (hidden neighbours are mounted too, already drawn, so always scope to this). */
export const currentSlide = (page: Page): Locator => page.locator('.deck .slide-layer.is-current > [data-slide-kind]');

/** Wait until slide `n` (1-based) is on screen and has drawn its first frame, chart included. */
export async function waitForSlide(page: Page, n: number): Promise<void> {
  await expect(page.locator('.deck')).toHaveAttribute('data-ready-slide', String(n));
}

/** Open the deck on slide `n` and wait for it to draw. */
export async function openDeck(page: Page, baseUrl: string, n = 1): Promise<void> {
  await page.goto(`${baseUrl}#/${n}`);
  await waitForSlide(page, n);
}

/** The deck the app shows, asked of the same API the renderer uses (the token is in the tab's session). */
export async function fetchDeck(page: Page): Promise<Deck> {
  return (await callApi(page, 'deck:get')) as Deck;
}

/** The 0-based slide the store remembers for the first briefing (deck:getPosition). */
export async function lastSlideStored(page: Page): Promise<number | null> {
  return ((await callApi(page, 'deck:getPosition')) as { lastSlide: number | null }).lastSlide;
}

const callApi = (page: Page, channel: 'deck:get' | 'deck:getPosition'): Promise<unknown> => callFirstBriefing(page, channel);

/** Deck settings as the app stores them, set before the page's scripts run. */
export async function presetSettings(page: Page, settings: { revealMode: 'step' | 'all'; animate: boolean }): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('briefing-deck-settings', value), JSON.stringify(settings));
}

/** Visible reveal-step cards on the current slide. */
export const shownCards = (page: Page): Locator => currentSlide(page).locator('.figure-card:not(.is-hidden)');
