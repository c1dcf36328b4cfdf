import type { APIRequestContext, Page, Route } from '@playwright/test';
import { currentSlide, waitForSlide } from './support/deck';
import { expect, test } from './support/fixtures';

/**
 * The document itself carries the opening slide (main/serve/first-paint, renderer/src/first-paint): the cover is on screen
 * before any of the app's script has run, and the app takes over without a visible change.
 */

const layer = (page: Page) => page.locator('#pre-drawn-slide');

/** Hold the app's entry module (and its chunks) until `release()`: what a slow first load looks like. */
async function holdAppScript(page: Page): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/**
 * Without a slide in the address the app resumes where it was left, which other specs move; the cover is
 * kept only when that is the cover. Set back through the host's API, from outside any page (a page would
 * cache the app's script).
 */
async function resumeOnCover(request: APIRequestContext, previewUrl: string): Promise<void> {
  const url = new URL(previewUrl);
  const headers = { 'x-briefing-token': url.searchParams.get('token') ?? '' };
  const list = (await (await request.post(`${url.origin}/api/briefings:list`, { headers, data: {} })).json()) as { value: { id: number }[] };
  const briefingId = list.value[0]?.id;
  const reply = await request.post(`${url.origin}/api/deck:setPosition`, { headers, data: { briefingId, slide: 0 } });
  expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
}

test.describe('the first frame', () => {
  test.beforeEach(async ({ request, preview }) => resumeOnCover(request, preview.url));

  test('shows the cover before the app has run, in the app’s typeface, then the app takes over unchanged', async ({ page, preview, watch }) => {
    const script = await holdAppScript(page);
    await page.goto(`${preview.url}#/1`, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toBeVisible();
    await expect(layer(page).locator('h1')).toHaveText('“十四五”成就');
    await expect(layer(page)).toContainText('内蒙古');
    await expect(layer(page)).toContainText('“十四五”时期（2021—2025年）');
    expect(await page.locator('#root').innerHTML()).toBe(''); // nothing of the app has run
    // Its glyphs are the inlined ones, loaded, not a fallback font.
    const glyphFaces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Briefing First Paint').map((face) => `${face.weight} ${face.status}`);
    });
    expect(glyphFaces.sort()).toEqual(['400 loaded', '700 loaded']);
    const before = await page.screenshot({ path: 'tests/artifacts/first-frame-cover.png' });

    script.release();
    await waitForSlide(page, 1);
    await expect(layer(page)).toHaveCount(0);
    await expect(currentSlide(page).locator('h1')).toHaveText('“十四五”成就');
    const after = await page.screenshot({ path: 'tests/artifacts/first-frame-app-cover.png' });
    expect(after.equals(before), 'the app’s cover is the same picture as the pre-drawn one').toBe(true);

    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 2);
    expect(watch.errors).toEqual([]); // a CSP refusal of the inline style, script or fonts would show here
  });

  test('an address naming another slide never shows the cover first', async ({ page, preview, watch: _watch }) => {
    const script = await holdAppScript(page);
    await page.goto(`${preview.url}#/5`, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toHaveCount(0);
    script.release();
    await waitForSlide(page, 5);
  });

  test('an address without a slide shows it only when the briefing resumes on the cover', async ({ page, request, preview, watch: _watch }) => {
    const script = await holdAppScript(page);
    const bare = preview.url; // the host's address with no #/N
    await page.goto(bare, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toBeVisible();
    const url = new URL(preview.url);
    const headers = { 'x-briefing-token': url.searchParams.get('token') ?? '' };
    await request.post(`${url.origin}/api/deck:setPosition`, { headers, data: { briefingId: 1, slide: 3 } });
    await page.goto(bare, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toHaveCount(0);
    script.release();
    await waitForSlide(page, 4);
  });

  test('neither does the presenter view, nor a browser that last showed another briefing', async ({ page, preview, watch: _watch }) => {
    const script = await holdAppScript(page);
    await page.goto(`${preview.url}#/presenter/1`, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toHaveCount(0);
    await page.evaluate(() => localStorage.setItem('briefing-last-id', '999'));
    await page.goto(`${preview.url}#/1`, { waitUntil: 'domcontentloaded' });
    await expect(layer(page)).toHaveCount(0);
    script.release();
    await waitForSlide(page, 1);
  });
});
