import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fetchDeck, openDeck, presetSettings, waitForSlide } from './support/deck';
import { expect, test } from './support/fixtures';

interface LayoutProblem {
  readonly what: string;
  readonly where: string;
}

/**
 * Everything wrong with the layout of the slide on screen: a clipping box whose content is larger than the
 * box, or text drawn outside the stage. Runs in the page.
 */
function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { what: string; where: string }[] = [];
    const stage = document.querySelector('.deck .stage');
    const layer = document.querySelector('.deck .slide-layer.is-current');
    if (!stage || !layer) return [{ what: 'no stage or current slide', where: '' }];
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    // Screen-reader-only text is clipped to 1px on purpose.
    const offScreen = (el: Element): boolean => el.closest('.visually-hidden') !== null;
    const stageRect = stage.getBoundingClientRect();
    for (const el of layer.querySelectorAll('*')) {
      if (offScreen(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const clips = (v: string): boolean => v === 'hidden' || v === 'clip';
      if (el instanceof HTMLElement && (clips(style.overflowX) || clips(style.overflowY))) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push({ what: `overflows its box sideways (${el.scrollWidth} > ${el.clientWidth})`, where: describe(el) });
        if (el.scrollHeight > el.clientHeight + 1) problems.push({ what: `overflows its box downwards (${el.scrollHeight} > ${el.clientHeight})`, where: describe(el) });
      }
    }
    // Text is measured as drawn (Range rects), not by its element's box, which may be wider than the words.
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || offScreen(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < stageRect.left - 1 || r.top < stageRect.top - 1 || r.right > stageRect.right + 1 || r.bottom > stageRect.bottom + 1) {
        problems.push({ what: 'text outside the stage', where: describe(parent) });
      }
    }
    return problems;
  });
}

/** Charts on the slide whose canvas is a single flat colour (nothing drawn). */
function blankCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blank: string[] = [];
    for (const chart of document.querySelectorAll('.deck .slide-layer.is-current [data-chart-kind]')) {
      const canvases = [...chart.querySelectorAll('canvas')];
      const drawn = canvases.some((canvas) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) return false;
        const pixels = new Uint32Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
        const first = pixels[0];
        return pixels.some((p) => p !== first);
      });
      if (!drawn) blank.push(chart.getAttribute('data-chart-kind') ?? '?');
    }
    return blank;
  });
}

/**
 * Chart texts that did not reach the canvas whole: a label ECharts cut short ends in … (each chart publishes
 * what it drew in data-drawn-text), and a chart whose words sit in a key beside it must show them there.
 */
function cutChartTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const chart of document.querySelectorAll<HTMLElement>('.deck .slide-layer.is-current [data-chart-kind]')) {
      const drawn = chart.dataset.drawnText ?? '';
      for (const text of drawn.split('｜')) if (/…|\.\.\./.test(text)) cut.push(`${chart.dataset.chartKind}: “${text}”`);
    }
    return cut;
  });
}

/**
 * Phrases of a heading or label broken inside although they would fit on one line of their box: a line
 * must break between phrases (每千人口3岁以下 / 婴幼儿托位数), never inside one (婴幼儿托 / 位数).
 */
function brokenPhrases(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const range = document.createRange();
    for (const phrase of document.querySelectorAll<HTMLElement>('.deck .slide-layer.is-current .phrase')) {
      range.selectNodeContents(phrase);
      const lines = [...range.getClientRects()];
      const tops = new Set(lines.map((r) => Math.round(r.top)));
      if (tops.size <= 1) continue;
      const width = lines.reduce((sum, r) => sum + r.width, 0);
      // An inline-block phrase wraps inside only when it is wider than the box it sits in: then it must.
      const box = phrase.parentElement;
      if (box && width <= box.getBoundingClientRect().width - 2) broken.push(`“${phrase.textContent ?? ''}” in “${(box.textContent ?? '').slice(0, 30)}”`);
    }
    return broken;
  });
}

/** Font size of the title of the slide on screen: `.sv-heading` (content, agenda) or the divider's headline. */
function titleSize(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const title = document.querySelector('.deck .slide-layer.is-current :is(.sv-heading, .sv-divider-headline)');
    return title ? getComputedStyle(title).fontSize : null;
  });
}

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

test.describe('every slide, at every projector size', () => {
  for (const size of sizes) {
    const label = `${size.width}x${size.height}`;
    test.describe(label, () => {
      test.use({ viewport: size });

      test(`${label}: nothing overflows, every chart is drawn, no errors`, async ({ page, preview, watch }) => {
        test.setTimeout(180_000);
        // Every card shown (the fullest the slide gets) and no fade, so each screenshot is the settled slide.
        await presetSettings(page, { revealMode: 'all', animate: false });
        await openDeck(page, preview.url, 1);
        const deck = await fetchDeck(page);
        const dir = `tests/artifacts/slides/${label}`;
        mkdirSync(dir, { recursive: true });
        const problems: string[] = [];
        // One title size per kind of slide, so the title does not jump while stepping through a section.
        const titleSizes: Record<string, Set<string>> = {};
        for (const [at, slide] of deck.slides.entries()) {
          const n = at + 1;
          if (at > 0) await page.keyboard.press('ArrowRight');
          await waitForSlide(page, n);
          await expect(page.locator(`.deck .slide-layer.is-current > [data-slide-id="${slide.id}"]`)).toBeVisible();
          for (const p of await layoutProblems(page)) problems.push(`slide ${n} (${slide.id}): ${p.what}: ${p.where}`);
          for (const kind of await blankCharts(page)) problems.push(`slide ${n} (${slide.id}): ${kind} chart is blank`);
          for (const text of await cutChartTexts(page)) problems.push(`slide ${n} (${slide.id}): chart label cut short: ${text}`);
          for (const text of await brokenPhrases(page)) problems.push(`slide ${n} (${slide.id}): phrase broken inside: ${text}`);
          const size = await titleSize(page);
          if (size !== null) (titleSizes[slide.kind] ??= new Set()).add(size);
          await page.screenshot({ path: `${dir}/${String(n).padStart(2, '0')}-${slide.id}.png` });
        }
        expect(problems).toEqual([]);
        for (const [kind, found] of Object.entries(titleSizes)) expect([...found], `title sizes of ${kind} slides`).toHaveLength(1);
        expect(Object.keys(titleSizes)).toEqual(expect.arrayContaining(['content', 'divider']));
        expect(watch.errors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      });
    });
  }
});
