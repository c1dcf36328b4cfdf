import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPreview, type Preview } from '../tests/e2e/support/preview';
import { chromiumLaunchOptions } from './chromium';
import { measureSteppingLikeHarness, steppingViewport } from './stepping';
import { median, type BenchRow } from './table';

/**
 * The deck's own numbers, in Chromium through the browser host. The renderer records a timing mark only
 * with `?bench=1` in the address (see renderer/src/deck/bench-hook.ts): `window.__briefingBench` gets
 * `{ index, at }` in the animation frame after the slide on screen (and its chart) has drawn.
 */

interface BenchMark {
  readonly index: number;
  readonly at: number;
}

declare global {
  interface Window {
    __briefingBench?: BenchMark[];
  }
}

/** The harness's window, so first-slide numbers compare with `compare-with-reveal.sh` too. */
const viewport = steppingViewport;

const benchUrl = (preview: Preview, slide: number): string => `${preview.url}&bench=1#/${slide}`;

/** tsx compiles this file with esbuild's keepNames, which wraps named helpers inside page functions in
 * `__name(…)`; give the page a no-op one. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
}

async function waitForMark(page: Page, index: number): Promise<BenchMark> {
  const handle = await page.waitForFunction((i) => window.__briefingBench?.findLast((m) => m.index === i), index);
  return (await handle.jsonValue()) as BenchMark;
}

/** Paint timings of one navigation, from the page's own performance entries. */
interface FirstLoad {
  /** Largest contentful paint of the first slide: its title, the largest text, painted in the app's typeface. */
  readonly slidePainted: number;
  /** Whether that paint was the document's pre-drawn layer (else the app's own slide). */
  readonly preDrawn: boolean;
  readonly firstContentfulPaint: number;
  /** The app's own first slide drawn (the bench hook's mark): the deck is live, keys work. */
  readonly appReady: number;
}

declare global {
  interface Window {
    __benchLcp?: { at: number; preDrawn: boolean; inSlide: boolean }[];
  }
}

async function loadFirstSlide(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await instrument(page);
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
        const element = entry.element ?? null;
        (window.__benchLcp ??= []).push({
          at: entry.startTime,
          preDrawn: element?.closest('#pre-drawn-slide') != null,
          inSlide: element?.closest('#pre-drawn-slide, .slide-layer.is-current') != null,
        });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  // `at` is performance.now(): milliseconds since this navigation started.
  const appReady = (await waitForMark(page, 0)).at;
  const found = await page.evaluate(() => ({
    lcp: (window.__benchLcp ?? []).filter((entry) => entry.inSlide),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  const first = found.lcp[0];
  if (!first) throw new Error('the first slide was never reported painted (no largest-contentful-paint on it)');
  return { slidePainted: first.at, preDrawn: first.preDrawn, firstContentfulPaint: found.fcp, appReady };
}

/** The same measure of a page holding one line of text: what this machine and browser cost at the least. */
async function measureFloor(browser: Browser, runs: number): Promise<number[]> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="zh-CN"><body><p style="font-size:96px">“十四五”成就</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const handle = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
      times.push(Number(await handle.jsonValue()));
      await context.close();
    }
  } finally {
    server.close();
  }
  return times;
}

/** Navigation → first slide painted, in fresh contexts (cold page, warm host), against the machine's floor. */
async function measureFirstSlide(browser: Browser, preview: Preview, runs: number): Promise<BenchRow[]> {
  const loads: FirstLoad[] = [];
  for (let run = 0; run < runs; run++) loads.push(await loadFirstSlide(browser, benchUrl(preview, 1)));
  const floor = await measureFloor(browser, runs);
  const painted = loads.map((load) => load.slidePainted);
  const preDrawn = loads.filter((load) => load.preDrawn).length;
  return [
    {
      name: `navigation → first slide painted (median of ${runs} fresh contexts)`,
      value: round(median(painted)),
      unit: 'ms',
      target: '≤ 150 ms',
      note: `${painted.map(round).join(' / ')}; its title's largest-contentful-paint, from the pre-drawn cover in ${preDrawn} of ${runs}; first contentful paint ${round(median(loads.map((l) => l.firstContentfulPaint)))} ms`,
    },
    {
      name: 'navigation → the app drawing the first slide (deck live)',
      value: round(median(loads.map((load) => load.appReady))),
      unit: 'ms',
      note: loads.map((load) => round(load.appReady)).join(' / '),
    },
    {
      name: 'navigation → a one-line page painted (this machine’s floor)',
      value: round(median(floor)),
      unit: 'ms',
      note: `same browser and harness, a static page with one line of text: ${floor.map(round).join(' / ')}`,
    },
  ];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Every deck measurement against one host. */
export async function measureDeck(): Promise<BenchRow[]> {
  const preview = await startPreview();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    return [...(await measureSteppingLikeHarness(browser, preview)), ...(await measureFirstSlide(browser, preview, 5))];
  } finally {
    await browser.close();
    await preview.stop();
  }
}
