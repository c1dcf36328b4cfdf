import { chromium, type Browser } from '@playwright/test';
import { startPreview } from '../tests/e2e/support/preview';
import { chromiumLaunchOptions } from './chromium';
import { median, type BenchRow } from './table';

/**
 * Host start → first slide painted, over `runs` cold starts: a new host process each time, a fresh browser
 * context, timed from spawning the host to the first animation frame after the first slide is in the DOM.
 */
export async function measureColdStart(runs = 5): Promise<BenchRow[]> {
  const browser: Browser = await chromium.launch(chromiumLaunchOptions);
  const timings: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const preview = await startPreview();
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${preview.url}#/1`);
      await page.waitForSelector('[data-slide-kind]');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      timings.push(performance.now() - started);
      await context.close();
      await preview.stop();
    }
  } finally {
    await browser.close();
  }
  return [{ name: 'host start → first slide painted (median of 5 cold starts)', value: median(timings), unit: 'ms', note: timings.map((t) => t.toFixed(0)).join(' / ') }];
}
