import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPreview, type Preview } from '../tests/e2e/support/preview';
import { chromiumLaunchOptions } from './chromium';
import { median, percentile, type BenchRow } from './table';

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
    __benchKeys?: number[];
    __benchLongTasks?: number[];
  }
}

const settingsKey = 'briefing-deck-settings';
const viewport = { width: 1920, height: 1080 };
/** Between presses, as a presenter speaks: lets the deck warm the next slide when the browser is idle. */
const pauseBetweenSlidesMs = 800;

const benchUrl = (preview: Preview, slide: number): string => `${preview.url}&bench=1#/${slide}`;

/** Before any page script: 全部显示 on, a capture listener for key timestamps, a long-task observer. */
async function instrument(page: Page): Promise<void> {
  // tsx compiles this file with esbuild's keepNames, which wraps named helpers inside page functions in
  // `__name(…)`; give the page a no-op one.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript((key) => {
    localStorage.setItem(key, JSON.stringify({ revealMode: 'all', animate: true }));
    window.addEventListener('keydown', (event) => (window.__benchKeys ??= []).push(event.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window.__benchLongTasks ??= []).push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  }, settingsKey);
}

async function waitForMark(page: Page, index: number): Promise<BenchMark> {
  const handle = await page.waitForFunction((i) => window.__briefingBench?.findLast((m) => m.index === i), index);
  return (await handle.jsonValue()) as BenchMark;
}

/** Press → through the whole deck; for each slide, keydown timestamp → frame after the slide drew. */
interface SlideTiming {
  readonly slide: number;
  readonly ms: number;
}

async function stepThrough(page: Page, slideCount: number): Promise<SlideTiming[]> {
  const timings: SlideTiming[] = [];
  await page.keyboard.press('Home');
  await waitForMark(page, 0);
  await page.waitForTimeout(pauseBetweenSlidesMs);
  for (let index = 1; index < slideCount; index++) {
    await page.evaluate(() => {
      window.__benchKeys = [];
      window.__briefingBench = [];
    });
    await page.keyboard.press('ArrowRight');
    const mark = await waitForMark(page, index);
    const [keyAt] = await page.evaluate(() => window.__benchKeys ?? []);
    if (keyAt === undefined) throw new Error('the keydown was not seen');
    timings.push({ slide: index + 1, ms: mark.at - keyAt });
    await page.waitForTimeout(pauseBetweenSlidesMs);
  }
  return timings;
}

async function slideCountOf(page: Page): Promise<number> {
  const text = await page.locator('.deck-slide-number').innerText();
  return Number(text.split(' / ')[1]);
}

/** Main-thread task durations (ms, longest first) in a Chromium trace of the renderer (RunTask events). */
function mainThreadTasks(trace: Buffer): number[] {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as {
    traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }[];
  };
  const mainThreads = new Set(
    traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000)
    .sort((a, b) => b - a);
}

async function measureStepping(browser: Browser, preview: Preview): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await instrument(page);
  await page.goto(benchUrl(preview, 1));
  await waitForMark(page, 0);
  const count = await slideCountOf(page);
  const bySlide: SlideTiming[] = [];
  for (let pass = 0; pass < 3; pass++) bySlide.push(...(await stepThrough(page, count)));
  const timings = bySlide.map((t) => t.ms);
  const slowest = [...bySlide].sort((a, b) => b.ms - a.ms).slice(0, 3);
  // A fourth pass under the tracer: tasks shorter than 50 ms never reach the longtask observer.
  await page.evaluate(() => (window.__benchLongTasks = []));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await stepThrough(page, count);
  const tasks = mainThreadTasks(await browser.stopTracing());
  const longest = tasks[0] ?? 0;
  const over30 = tasks.filter((ms) => ms > 30).length;
  const longTasks = await page.evaluate(() => window.__benchLongTasks ?? []);
  const transitions = await readTransitions(page);
  await context.close();
  return [
    {
      name: 'key → new slide drawn (chart included), p50',
      value: round(percentile(timings, 50)),
      unit: 'ms',
      note: `${timings.length} presses, ${count} slides × 3 passes, 全部显示, ${pauseBetweenSlidesMs} ms between presses`,
    },
    { name: 'key → new slide drawn (chart included), p95', value: round(percentile(timings, 95)), unit: 'ms', target: '≤ 20 ms', note: `slowest: ${slowest.map((t) => `slide ${t.slide} ${round(t.ms)} ms`).join(', ')}` },
    {
      name: 'longest main-thread task while stepping',
      value: round(longest),
      unit: 'ms',
      target: '≤ 30 ms',
      note: `trace RunTask, ${tasks.length} tasks, ${over30} over 30 ms; the next longest ${tasks.slice(1, 4).map(round).join(' / ')} ms; longtask observer (≥ 50 ms): ${longTasks.length ? longTasks.map(round).join(' / ') : 'none'}`,
    },
    ...transitions,
  ];
}

/** Slide-change fade from the deck's CSS, and the longest transition declared anywhere in the app's CSS. */
async function readTransitions(page: Page): Promise<BenchRow[]> {
  const found = await page.evaluate(() => {
    const seconds = (list: string): number[] => list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)) || 0);
    const longest = (style: CSSStyleDeclaration): number => {
      const durations = seconds(style.transitionDuration);
      const delays = seconds(style.transitionDelay);
      return Math.max(0, ...durations.map((d, i) => d + (delays[i % delays.length] ?? 0))) * 1000;
    };
    const current = document.querySelector('.slide-layer.is-current');
    const hidden = document.querySelector('.slide-layer:not(.is-current)');
    const slideChange = Math.max(current ? longest(getComputedStyle(current)) : 0, hidden ? longest(getComputedStyle(hidden)) : 0);
    let anywhere = { ms: 0, selector: '' };
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule) || !rule.style.transitionDuration) continue;
        const ms = longest(rule.style);
        if (ms > anywhere.ms) anywhere = { ms, selector: rule.selectorText };
      }
    }
    return { slideChange, anywhere };
  });
  return [
    { name: 'slide change transition (fade)', value: Math.round(found.slideChange), unit: 'ms', target: '≤ 300 ms', note: 'computed style of .slide-layer' },
    { name: 'longest transition in any stylesheet', value: Math.round(found.anywhere.ms), unit: 'ms', target: '≤ 300 ms', note: found.anywhere.selector },
  ];
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
    return [...(await measureStepping(browser, preview)), ...(await measureFirstSlide(browser, preview, 5))];
  } finally {
    await browser.close();
    await preview.stop();
  }
}
