import type { Page } from '@playwright/test';
import type { Deck, Slide } from '../../main/shared/deck';
import { currentSlide, fetchDeck, openDeck, presetSettings } from './support/deck';
import { expect, test } from './support/fixtures';

/** The first slide (1-based) whose chart is of `kind`, and the slide. */
function chartSlide(deck: Deck, kind: string): { n: number; slide: Extract<Slide, { kind: 'content' }> } {
  const at = deck.slides.findIndex((s) => s.kind === 'content' && s.chart?.kind === kind);
  const slide = deck.slides[at];
  if (at < 0 || slide?.kind !== 'content') throw new Error(`no ${kind} chart`);
  return { n: at + 1, slide };
}

/** What the chart on screen drew on its canvas, text by text. */
async function drawnTexts(page: Page): Promise<string[]> {
  const chart = currentSlide(page).locator('.chart-canvas');
  await expect(chart).toHaveAttribute('data-drawn-text', /.+|^$/);
  return ((await chart.getAttribute('data-drawn-text')) ?? '').split('｜').filter((text) => text !== '');
}

test.describe('the audience reads every chart in full', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    test.describe(`${size.width}x${size.height}`, () => {
      test.use({ viewport: size });

      test('a share of a whole: its words beside the ring, whole, and a bound shown as a bound', async ({ page, preview, watch: _watch }) => {
        await presetSettings(page, { revealMode: 'all', animate: false });
        await openDeck(page, preview.url, 1);
        const { n, slide } = chartSlide(await fetchDeck(page), 'ring');
        await openDeck(page, preview.url, n);
        const key = currentSlide(page).locator('.chart-key');
        const [share, rest] = slide.chart?.kind === 'ring' ? slide.chart.points : [];
        if (!share || !rest) throw new Error('ring without two parts');
        // The seed's ring is 煤炭外送占比 60%以上: the rest is 40%以下, derived, and the open side is said.
        await expect(key.locator('.chart-key-row.is-share')).toContainText(share.label);
        await expect(key.locator('.chart-key-row.is-share .chart-key-value')).toHaveText('60%以上');
        await expect(key.locator('.chart-key-row.is-part .chart-key-value')).toHaveText('40%以下（推算）');
        await expect(key.locator('.chart-key-row.is-open')).toContainText('实际占比可能更高');
        for (const value of await key.locator('.chart-key-value').all()) {
          // A value is never broken over two lines.
          const box = await value.boundingBox();
          const lineHeight = Number.parseFloat(await value.evaluate((el) => getComputedStyle(el).lineHeight));
          expect(box?.height ?? 0).toBeLessThan(lineHeight * 1.5);
        }
        expect((await drawnTexts(page)).filter((text) => text.includes('…'))).toEqual([]);
        await page.screenshot({ path: `tests/artifacts/chart-ring-${size.width}.png` });
      });

      test('bars and columns keep the words that bound a value: 突破2万亿元', async ({ page, preview, watch: _watch }) => {
        await presetSettings(page, { revealMode: 'all', animate: false });
        await openDeck(page, preview.url, 1);
        const deck = await fetchDeck(page);
        const at = deck.slides.findIndex((s) => s.kind === 'content' && s.chart?.kind === 'before-after' && s.chart.points.some((p) => p.qualifier === '突破'));
        expect(at).toBeGreaterThan(0);
        await openDeck(page, preview.url, at + 1);
        const drawn = await drawnTexts(page);
        expect(drawn).toEqual(expect.arrayContaining(['突破2万亿元', '突破2.6万亿元']));
        expect(drawn.filter((text) => text.includes('…'))).toEqual([]);
      });
    });
  }
});
