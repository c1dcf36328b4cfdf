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
        for (const [at, slide] of deck.slides.entries()) {
          const n = at + 1;
          if (at > 0) await page.keyboard.press('ArrowRight');
          await waitForSlide(page, n);
          await expect(page.locator(`.deck .slide-layer.is-current > [data-slide-id="${slide.id}"]`)).toBeVisible();
          for (const p of await layoutProblems(page)) problems.push(`slide ${n} (${slide.id}): ${p.what}: ${p.where}`);
          for (const kind of await blankCharts(page)) problems.push(`slide ${n} (${slide.id}): ${kind} chart is blank`);
          await page.screenshot({ path: `${dir}/${String(n).padStart(2, '0')}-${slide.id}.png` });
        }
        expect(problems).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      });
    });
  }
});
