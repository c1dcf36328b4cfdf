import type { Browser, Page } from '@playwright/test';
import type { Preview } from '../tests/e2e/support/preview';
import { percentile, type BenchRow } from './table';

/**
 * Stepping through the deck the way `../shared/bench/compare-with-reveal.sh` does from outside, so the two
 * agree: 1280×720, cards revealed one press at a time (the default), every press measured — a card reveal
 * as much as a slide change — and long tasks counted by the browser's own longtask observer (≥ 50 ms).
 *
 * Per press, "painted" is the animation frame after the first frame that rendered the press's change (the
 * 2×rAF convention, as the harness); for a press that brings a chart on, "chart drawn" is the frame after the
 * chart's first drawing (the deck's bench hook, `?bench=1`).
 */

export const steppingViewport = { width: 1280, height: 720 };
/** After a press has settled (the harness observes ≥ 500 ms), the pause before the next one. */
const pressEveryMs = 600;
const passes = 3;

interface PressRecord {
  readonly t0: number;
  painted: number | null;
}

declare global {
  interface Window {
    __benchPresses?: PressRecord[];
    __benchLongTaskEntries?: [start: number, duration: number][];
  }
}

/** Before any page script: one record per key press, and every long task with its start. */
export async function instrumentPresses(page: Page): Promise<void> {
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' }); // see instrument() in deck.ts
  await page.addInitScript(() => {
    window.__benchPresses = [];
    window.__benchLongTaskEntries = [];
    addEventListener(
      'keydown',
      (event) => {
        const press: PressRecord = { t0: event.timeStamp, painted: null };
        window.__benchPresses?.push(press);
        const changes = new MutationObserver(() => {
          changes.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => (press.painted = performance.now())));
        });
        changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTaskEntries?.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface PressTiming {
  readonly slide: number;
  readonly newSlide: boolean;
  readonly chart: boolean;
  readonly painted: number;
  /** Key → the slide's chart drawn, for a press that brought a chart slide on. */
  readonly chartDrawn: number | null;
}

const slideInHash = (hash: string): number => Number(/#\/(\d+)/.exec(hash)?.[1] ?? 0);

async function press(page: Page): Promise<PressTiming> {
  const before = slideInHash(await page.evaluate(() => location.hash));
  const count = await page.evaluate(() => (window.__briefingBench = [], window.__benchPresses?.length ?? 0));
  await page.keyboard.press('ArrowRight');
  const record = await page.waitForFunction((n) => {
    const pressed = window.__benchPresses?.[n];
    return pressed?.painted != null ? pressed : null;
  }, count);
  const { t0, painted } = (await record.jsonValue()) as PressRecord;
  const slide = slideInHash(await page.evaluate(() => location.hash));
  const chart = await page.evaluate(() => document.querySelector('.slide-layer.is-current canvas') !== null);
  let chartDrawn: number | null = null;
  if (chart && slide !== before) {
    const mark = await page.waitForFunction((index) => window.__briefingBench?.findLast((m) => m.index === index)?.at, slide - 1);
    chartDrawn = Number(await mark.jsonValue()) - t0;
  }
  return { slide, newSlide: slide !== before, chart, painted: (painted ?? t0) - t0, chartDrawn };
}

/** Home, then → until the closing slide with every card shown. */
async function pass(page: Page, slideCount: number): Promise<PressTiming[]> {
  const timings: PressTiming[] = [];
  await page.keyboard.press('Home');
  await page.waitForFunction(() => location.hash === '#/1');
  await page.waitForTimeout(1000);
  for (let presses = 0; presses < 500; presses++) {
    const timing = await press(page);
    timings.push(timing);
    await page.waitForTimeout(pressEveryMs);
    if (timing.slide === slideCount && !timing.newSlide) break;
    if (timing.slide === slideCount && (await page.evaluate(() => document.querySelector('.slide-layer.is-current .is-hidden') === null))) break;
  }
  return timings;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Rows comparable with the external harness's "step painted, no chart", "chart first frame" and long tasks. */
export async function measureSteppingLikeHarness(browser: Browser, preview: Preview): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport: steppingViewport });
  const page = await context.newPage();
  await instrumentPresses(page);
  await page.goto(`${preview.url}&bench=1#/1`);
  await page.waitForFunction(() => (window.__briefingBench?.length ?? 0) > 0);
  const slideCount = Number((await page.locator('.deck-slide-number').innerText()).split(' / ')[1]);
  const t0 = await page.evaluate(() => performance.now());
  const timings: PressTiming[] = [];
  for (let p = 0; p < passes; p++) timings.push(...(await pass(page, slideCount)));
  const longTasks = await page.evaluate((from) => (window.__benchLongTaskEntries ?? []).filter(([start]) => start >= from), t0);
  const transitions = await readTransitions(page);
  await context.close();

  const plain = timings.filter((t) => !t.chart).map((t) => t.painted);
  const charts = timings.flatMap((t) => (t.chartDrawn === null ? [] : [t.chartDrawn]));
  const reveals = timings.filter((t) => !t.newSlide).length;
  const slowest = [...timings].sort((a, b) => b.painted - a.painted).slice(0, 3);
  return [
    {
      name: 'key → step painted, no chart, p50',
      value: round(percentile(plain, 50)),
      unit: 'ms',
      note: `${timings.length} presses (${reveals} card reveals) over ${slideCount} slides × ${passes} passes, 1280×720, ${pressEveryMs} ms apart`,
    },
    {
      name: 'key → step painted, no chart, p95',
      value: round(percentile(plain, 95)),
      unit: 'ms',
      target: '≤ reveal.js',
      note: `slowest presses: ${slowest.map((t) => `slide ${t.slide} ${round(t.painted)} ms`).join(', ')}`,
    },
    {
      name: 'key → chart drawn, p95',
      value: round(percentile(charts, 95)),
      unit: 'ms',
      target: '≤ 0.5 × reveal.js',
      note: `${charts.length} presses onto a chart slide; p50 ${round(percentile(charts, 50))} ms`,
    },
    {
      name: 'long tasks (≥ 50 ms) while stepping',
      value: longTasks.length,
      unit: '',
      target: '0',
      note: longTasks.length ? `longest ${round(Math.max(...longTasks.map(([, d]) => d)))} ms` : 'the longtask observer saw none',
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

