import type { Page } from '@playwright/test';
import { callChannel, callFirstBriefing } from './support/api';
import { currentSlide, presetSettings, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { test } from './support/library';

/** Select a figure in the report text by its value as printed; its details open beside the text. */
async function selectFigure(page: Page, value: string) {
  await page.locator('.source-text mark.figure-mark', { hasText: value }).first().click();
  const details = page.locator('.source-details');
  await expect(details.locator('.figure-details')).toBeVisible();
  return details;
}

const slideCard = (page: Page, value: string) => currentSlide(page).locator('.figure-card').filter({ hasText: value });

test.describe('a staff member reviews the figures of the report', () => {
  test('corrects a label, sees it as 已更正 in the details and on the slide, excludes a figure from the deck, and undoes both', async ({ page, preview, watch: _watch }) => {
    await presetSettings(page, { revealMode: 'all', animate: false });
    await page.goto(`${preview.url}#/source`);
    await expect(page.locator('.source-text mark.figure-mark').first()).toBeVisible();
    await callChannel(page, 'settings:set', { authorName: '李编辑' });

    // Correct the label of 5615.3亿元.
    let details = await selectFigure(page, '5615.3');
    await details.getByRole('button', { name: '更正', exact: true }).click();
    const form = details.getByRole('form', { name: '更正数据' });
    await expect(form.getByLabel('指标')).toHaveValue('社会消费品零售总额');
    await page.screenshot({ path: 'tests/artifacts/figure-review-form.png' });
    await form.getByLabel('指标').fill('全年社会消费品零售总额');
    await form.getByRole('button', { name: '保存更正' }).click();
    await expect(form).toBeHidden();
    await expect(details.locator('.figure-details-head .corrected-mark')).toHaveText('已更正');
    await expect(details.locator('.figure-details')).toContainText('全年社会消费品零售总额');
    await expect(details.locator('.figure-details')).toContainText('报告原文：社会消费品零售总额');
    await expect(details.locator('.correction-signed')).toContainText('李编辑');
    await expect(details.locator('.correction-signed')).toHaveText(/李编辑 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(details.locator('.figure-details-value')).toHaveText('5615.3亿元'); // the value stays the report's
    await page.screenshot({ path: 'tests/artifacts/figure-review-corrected.png' });

    // On its slide, the card carries the corrected label and the mark.
    await details.getByRole('button', { name: /在幻灯片中查看（第 \d+ 张）/ }).click();
    await waitForSlide(page, 5);
    await expect(slideCard(page, '5615.3')).toContainText('全年社会消费品零售总额');
    await expect(slideCard(page, '5615.3').locator('.corrected-tag')).toHaveText('已更正');
    await expect(slideCard(page, '103.8')).toBeVisible();
    await page.screenshot({ path: 'tests/artifacts/figure-review-slide.png' });

    // Exclude 103.8万人 from the deck: gone from its slide, still listed in the report as excluded.
    await page.goto(`${preview.url}#/source`);
    details = await selectFigure(page, '103.8');
    await details.getByRole('button', { name: '更正', exact: true }).click();
    await details.getByRole('form', { name: '更正数据' }).getByLabel('不在幻灯片中显示').check();
    await details.getByRole('button', { name: '保存更正' }).click();
    await expect(details.locator('.figure-details-head')).toContainText('不在幻灯片中显示');
    await expect(details.locator('.correction-summary')).toContainText('不在幻灯片中显示');
    await expect(page.locator('.source-summary')).toContainText('其中 2 项已更正');
    await expect(page.locator('.source-text mark.figure-mark', { hasText: '103.8' }).first()).toHaveAttribute('data-review', 'excluded');
    await expect(page.locator('.source-text mark.figure-mark', { hasText: '5615.3' }).first()).toHaveAttribute('data-review', 'corrected');
    await page.screenshot({ path: 'tests/artifacts/figure-review-excluded.png' });
    const check = (await callFirstBriefing(page, 'deck:check')) as { findings: { kind: string }[] };
    expect(check.findings.map((f) => f.kind).sort()).toEqual(['corrected-figure', 'excluded-figure']);

    await page.goto(`${preview.url}#/5`);
    await waitForSlide(page, 5);
    await expect(slideCard(page, '5615.3')).toBeVisible();
    await expect(slideCard(page, '103.8')).toHaveCount(0);

    // 撤销更正, both: the figures are the report's again, on the slide too.
    await page.goto(`${preview.url}#/source`);
    for (const value of ['5615.3', '103.8']) {
      details = await selectFigure(page, value);
      await details.getByRole('button', { name: '撤销更正' }).click();
      await expect(details.locator('.corrected-mark')).toHaveCount(0);
    }
    await expect(details.locator('.figure-details')).not.toContainText('报告原文：');
    await details.getByRole('button', { name: /在幻灯片中查看（第 5 张）/ }).click();
    await waitForSlide(page, 5);
    await expect(slideCard(page, '103.8')).toBeVisible();
    await expect(slideCard(page, '5615.3')).toContainText('社会消费品零售总额');
    await expect(slideCard(page, '5615.3')).not.toContainText('全年');
    await expect(currentSlide(page).locator('.corrected-tag')).toHaveCount(0);
    expect(await callFirstBriefing(page, 'deck:check')).toEqual({ findings: [] });
  });

  test('a correction that is refused says why in Chinese and changes nothing', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/source`);
    const details = await selectFigure(page, '5615.3');
    await details.getByRole('button', { name: '更正', exact: true }).click();
    const form = details.getByRole('form', { name: '更正数据' });
    await form.getByLabel('指标').fill('   ');
    await form.getByRole('button', { name: '保存更正' }).click();
    await expect(form.getByRole('alert')).toContainText('指标不能为空');
    await form.getByLabel('指标').fill('社会消费品零售总额');
    await form.getByRole('button', { name: '保存更正' }).click();
    await expect(form.getByRole('alert')).toContainText('更正与报告原文相同，未保存');
    await form.getByRole('button', { name: '取消' }).click();
    await expect(details.locator('.corrected-mark')).toHaveCount(0);
    expect(await callFirstBriefing(page, 'deck:check')).toEqual({ findings: [] });
  });
});
