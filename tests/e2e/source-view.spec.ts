import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { currentSlide, waitForSlide } from './support/deck';
import { projectRoot } from './support/preview';

const report = readFileSync(join(projectRoot, 'data', '000_4400adb43caeaed0.txt'), 'utf8');

test.describe('a staff member reads the report with its figures', () => {
  test('every printed figure is highlighted in the report text, and its number is the report’s', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/source`);
    const marks = page.locator('.source-text mark.figure-mark');
    await expect(marks.first()).toBeVisible();
    const texts = await marks.allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(40);
    // Markup and the layout break aside, every highlighted value stands in the report as written.
    const plainReport = report.replace(/<\/?sub>/g, '').replace(/\n+/g, '');
    for (const text of texts) expect(plainReport).toContain(text);
    await expect(page.locator('.source-text')).toContainText('PM2.5'); // the <sub> markup is shown, not printed
    await expect(page.locator('.source-text')).not.toContainText('<sub>');
  });

  test('selecting a figure shows what it measures, its unit, period, relations and the sentence it came from', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/source`);
    await page.locator('.source-text mark.figure-mark', { hasText: '5615.3' }).click();
    const details = page.locator('.figure-details');
    await expect(details).toContainText('社会消费品零售总额');
    await expect(details).toContainText('5615.3亿元');
    await expect(details).toContainText('亿元');
    await expect(details).toContainText('社会消费品零售总额达5615.3亿元');
    // Its relation leads to the derived 2020 value, marked as such.
    await details.getByRole('button', { name: /4760\.5亿元/ }).click();
    await expect(details).toContainText('推算值');
    await expect(details).toContainText('2020年');
    await expect(details).toContainText('5615.3 − 854.8');

    await page.locator('.source-text mark.figure-mark', { hasText: '倒数第3位' }).or(page.locator('.source-text mark.figure-mark', { hasText: '第2' })).first().click();
    await expect(details).toContainText('排名');
    await expect(details).toContainText('倒数第3位');
    await page.screenshot({ path: 'tests/artifacts/source-view.png' });
  });

  test.describe('on a small screen with the notes open', () => {
    test.use({ viewport: { width: 1024, height: 768 } });

    test('the report keeps a readable measure, details open over it, and a figure leads to its slide', async ({ page, preview, watch: _watch }) => {
      await page.goto(`${preview.url}#/source`);
      const text = page.locator('.source-text');
      await expect(text.locator('mark.figure-mark').first()).toBeVisible();
      await page.keyboard.press('n');
      await expect(page.getByRole('complementary', { name: '批注' })).toBeVisible();
      // No empty column beside the text while nothing is selected.
      await expect(page.locator('.source-details')).toBeHidden();
      const paragraph = text.locator('p[data-paragraph-id]').first();
      expect((await paragraph.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(480);

      await text.locator('mark.figure-mark', { hasText: '5615.3' }).click();
      const details = page.locator('.source-details');
      await expect(details).toBeVisible();
      await expect(details).toContainText('社会消费品零售总额');
      // The details lie over the foot of the text; the text keeps its width.
      expect((await paragraph.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(480);
      await page.screenshot({ path: 'tests/artifacts/source-view-1024-notes.png' });

      const open = details.getByRole('button', { name: /在幻灯片中查看（第 \d+ 张）/ });
      const n = Number(/第 (\d+) 张/.exec((await open.textContent()) ?? '')?.[1]);
      await open.click();
      await waitForSlide(page, n);
      await expect(page).toHaveURL(new RegExp(`#/${n}$`));
      const shown = currentSlide(page).locator('[data-figure-key]').filter({ hasText: '5615.3' });
      await expect(shown.first()).toBeAttached();
    });
  });
});
