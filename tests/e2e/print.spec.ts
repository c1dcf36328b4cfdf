import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Deck, Slide } from '../../main/shared/deck';
import { figureStatement } from '../../main/shared/format';
import { handoutSlidesPerPage } from '../../main/shared/print';
import { callChannel, callFirstBriefing } from './support/api';
import { test } from './support/annotations';
import { fetchDeck, openDeck } from './support/deck';
import { expect } from './support/fixtures';
import { openPrintRoute, printToPdf, readPdf, squeezed } from './support/print';

const artifacts = 'tests/artifacts/print';

/** What a slide shows as its title on paper: a content slide its section heading, the others their title. */
const shownTitle = (slide: Slide): string => (slide.kind === 'content' ? slide.heading : slide.title);

/** Every key figure of a content slide as its card prints it: 约4760.5亿元, 突破2.6万亿元, 95%以上. */
const cardFigures = (slide: Slide): string[] => (slide.kind === 'content' ? slide.cards.map((card) => squeezed(figureStatement(card))) : []);

/** Screenshots of the route's pages as they print (print media), one file a page, for a person to look at. */
async function screenshotPrint(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pages = await page.locator('.print-page').all();
  for (const [i, printed] of pages.entries()) await printed.screenshot({ path: `${artifacts}/${name}-${String(i + 1).padStart(2, '0')}.png` });
  await page.emulateMedia({ media: 'screen' });
}

test.describe('exporting a briefing to PDF', () => {
  test.beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  test('the slides PDF has one 16:9 page a slide, with every title and figure as text', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck: Deck = await fetchDeck(page);

    await openPrintRoute(page, preview.url, 'slides');
    await expect(page).toHaveTitle(deck.title);
    const bytes = await printToPdf(page);
    writeFileSync(`${artifacts}/slides.pdf`, bytes);
    const pdf = await readPdf(bytes);

    expect(pdf.title).toBe(deck.title);
    expect(pdf.pages).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, i) => {
      const printed = pdf.pages[i];
      // 338.7 mm × 190.5 mm is 960 × 540 pt.
      expect(printed?.width).toBeCloseTo(960, 0);
      expect(printed?.height).toBeCloseTo(540, 0);
      expect(printed?.text, `page ${i + 1}`).toContain(squeezed(shownTitle(slide)));
      for (const figure of cardFigures(slide)) expect(printed?.text, `page ${i + 1}`).toContain(figure);
    });
    // Every chart drawn as vectors, with its labels as text.
    const charts = page.locator('.print-slides .chart-canvas');
    expect(await charts.count()).toBe(deck.slides.filter((s) => s.kind === 'content' && s.chart).length);
    await expect(charts.locator('svg').first()).toBeVisible();
    await expect(page.locator('.print-slides canvas')).toHaveCount(0);

    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshotPrint(page, 'slides');
  });

  test('the handout has three slides an A4 page with their notes and a colleague’s annotation', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck: Deck = await fetchDeck(page);
    const noted = deck.slides.findIndex((slide) => slide.kind === 'content' && slide.notes.length > 0);
    const slide = deck.slides[noted];
    if (!slide) throw new Error('no content slide with notes');
    // A colleague wrote a note on that slide, and drew on it.
    await callChannel(page, 'settings:set', { authorName: '王晓燕' });
    await callFirstBriefing(page, 'annotations:create', { anchor: { kind: 'slide', slideId: slide.id }, body: '这里补充2024年的数据，增速6.1%要核实。' });
    await callFirstBriefing(page, 'annotations:create', {
      anchor: { kind: 'ink', slideId: slide.id, strokes: [{ tool: 'pen', colour: '#a61f2b', width: 0.004, points: [[0.1, 0.8, 0.5], [0.3, 0.85, 0.5], [0.5, 0.8, 0.5]] }] },
    });

    await openPrintRoute(page, preview.url, 'handout');
    const bytes = await printToPdf(page);
    writeFileSync(`${artifacts}/handout.pdf`, bytes);
    const pdf = await readPdf(bytes);

    expect(pdf.title).toBe(deck.title);
    expect(pdf.pages).toHaveLength(Math.ceil(deck.slides.length / handoutSlidesPerPage));
    for (const [i, printed] of pdf.pages.entries()) {
      // A4 portrait: 595 × 842 pt.
      expect(printed.width).toBeCloseTo(595, 0);
      expect(printed.height).toBeCloseTo(842, 0);
      expect(printed.text).toContain(squeezed(deck.title));
      expect(printed.text).toContain(`第${i + 1}页/共${pdf.pages.length}页`);
      // Laid out on the paper at full size, not shrunk: the page number ends at the right margin (14 mm),
      // in the bottom margin; the title heads the page.
      const pageNumber = printed.runs.filter((run) => run.text.includes('页')).at(-1);
      expect(pageNumber && pageNumber.x + pageNumber.width).toBeGreaterThan(595 - 14 * 2.835 - 6);
      expect(pageNumber?.y).toBeLessThan(15 * 2.835);
      expect(Math.max(...printed.runs.map((run) => run.y))).toBeGreaterThan(842 - 16 * 2.835);
    }
    const onPage = pdf.pages[Math.floor(noted / handoutSlidesPerPage)]?.text ?? '';
    expect(onPage).toContain(squeezed(shownTitle(slide)));
    for (const paragraph of slide.notes) expect(onPage).toContain(squeezed(paragraph).slice(0, 40));
    expect(onPage).toContain('王晓燕');
    expect(onPage).toContain('这里补充2024年的数据，增速6.1%要核实。');
    // The ink is drawn over that slide's picture.
    await expect(page.locator('.handout-row .ink-stroke')).toHaveCount(1);
    // No number is broken over two lines: 5615.3亿元 and 2021—2025年 stay whole in the notes.
    await page.emulateMedia({ media: 'print' });
    const brokenNumbers = await page.locator('.handout-text .print-number').evaluateAll((spans) =>
      spans.filter((span) => span.getClientRects().length > 1).map((span) => span.textContent),
    );
    expect(await page.locator('.handout-text .print-number').count()).toBeGreaterThan(20);
    expect(brokenNumbers).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshotPrint(page, 'handout');
  });

  test('in the preview, 导出 › 讲义 PDF opens the handout in a new window and prints it once drawn', async ({ page, context, preview, watch: _watch }) => {
    // The browser's print dialog cannot be driven here: the new window records that it was asked to print.
    await context.addInitScript(() => {
      window.print = () => void (document.body.dataset.printedByTest = 'true');
    });
    await openDeck(page, preview.url, 1);
    const deck: Deck = await fetchDeck(page);

    // The menu opens from the keyboard and gives the keys back to the deck when closed.
    const trigger = page.getByRole('button', { name: '导出', exact: true });
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: '幻灯片 PDF' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: '讲义 PDF' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: '导出' })).toHaveCount(0);
    await expect(trigger).toBeFocused();
    await expect(page.locator('.deck')).toHaveAttribute('data-ready-slide', '1');

    await trigger.click();
    await page.screenshot({ path: `${artifacts}/export-menu-open.png`, clip: { x: 0, y: 0, width: 960, height: 160 } });
    const [printWindow] = await Promise.all([context.waitForEvent('page'), page.getByRole('menuitem', { name: '讲义 PDF' }).click()]);
    await expect(page.getByRole('status').filter({ hasText: '正在导出讲义 PDF…' })).toBeVisible();
    await expect(printWindow.locator('body')).toHaveAttribute('data-printed-by-test', 'true', { timeout: 30_000 });
    await expect(printWindow.locator('body')).toHaveAttribute('data-print-ready', 'true');
    await expect(printWindow).toHaveTitle(deck.title);
    expect(printWindow.url()).toContain('#/print/handout?briefing=');
    await expect(printWindow.locator('.handout-page')).toHaveCount(Math.ceil(deck.slides.length / handoutSlidesPerPage));
    await expect(page.getByRole('status').filter({ hasText: '讲义 PDF 已在新窗口中打开' })).toBeVisible();
    await expect(trigger).toBeEnabled();
    await page.screenshot({ path: `${artifacts}/export-menu-done.png` });
  });

  test('a print route for a briefing that is not there says so, and says it cannot be printed', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.goto(`${preview.url}#/print/slides?briefing=999999`);
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'error');
    await expect(page.getByRole('alert')).toContainText('无法导出');
    await expect(page.getByRole('alert')).toContainText('999999');
  });
});
