import type { Page } from '@playwright/test';
import { currentSlide, fetchDeck, openDeck, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { test } from './support/library';

/** Each test has a store of its own (support/library.ts): the edits made here leave other specs' decks whole. */
const slideList = (page: Page) => page.getByRole('listbox', { name: /^幻灯片/ });
const row = (page: Page, at: number) => slideList(page).getByRole('option').nth(at);
const openEditor = (page: Page) => page.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '编辑', exact: true }).click();
const titleField = (page: Page) => page.getByRole('textbox', { name: /^标题/ });

test.describe('a presenter prepares the deck in the editing view', () => {
  test('retitle, hide and reorder; the edits last over a reload and the deck presents as edited', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const generated = await fetchDeck(page);
    const count = generated.slides.length;
    const content = generated.slides.findIndex((slide) => slide.kind === 'content');
    await openEditor(page);
    await expect(slideList(page).getByRole('option')).toHaveCount(count);

    // Retitle the first content slide: Esc cancels what was typed, Enter saves.
    await row(page, content).click();
    await titleField(page).fill('不要这个标题');
    await titleField(page).press('Escape');
    await expect(titleField(page)).toHaveValue(generated.slides[content]?.title ?? '');
    await titleField(page).fill('会前改过的标题');
    await titleField(page).press('Enter');
    await expect(row(page, content)).toContainText('会前改过的标题');

    // Hide the agenda.
    await row(page, 1).click();
    await page.getByRole('switch', { name: '放映时隐藏' }).click();
    await expect(row(page, 1)).toHaveAttribute('data-hidden', 'true');
    await expect(row(page, 1)).toContainText('已隐藏');

    // Move the retitled slide one down by keyboard.
    await row(page, content).click();
    await slideList(page).press('Alt+ArrowDown');
    await expect(row(page, content + 1)).toContainText('会前改过的标题');
    await expect(row(page, content + 1)).toHaveAttribute('aria-selected', 'true');

    // Drag the closing slide onto the upper half of the slide before it: that slide becomes the last one.
    const newLast = generated.slides[count - 2];
    await row(page, count - 1).dragTo(row(page, count - 2), { targetPosition: { x: 60, y: 4 } });
    await expect(row(page, count - 2)).toContainText(generated.slides[count - 1]?.title ?? '');
    await expect(row(page, count - 1)).toContainText(newLast?.title ?? '');

    // A time budget: a bad value is refused with the core's words and changes nothing; a good one is kept.
    await row(page, content + 1).click();
    const minutes = page.getByRole('spinbutton', { name: '本页时长' });
    await minutes.fill('0.3');
    await minutes.press('Enter');
    await expect(page.getByRole('alert')).toContainText('分钟数以半分钟为单位');
    await minutes.fill('2');
    await minutes.press('Enter');
    await expect(row(page, content + 1)).toContainText('2 分钟');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('spinbutton', { name: '本节预算' }).fill('6');
    await page.getByRole('spinbutton', { name: '本节预算' }).press('Enter');
    await expect.poll(async () => (await fetchDeck(page)).budgets?.map((b) => b.minutes)).toEqual([6]);
    // Emptied, the field takes the budget away again.
    await page.getByRole('spinbutton', { name: '本节预算' }).fill('');
    await page.getByRole('spinbutton', { name: '本节预算' }).press('Enter');
    await expect.poll(async () => (await fetchDeck(page)).budgets ?? []).toEqual([]);

    // Back to the slides without a reload: the deck shows the edits, on the slide selected in the editor.
    await page.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '幻灯片', exact: true }).click();
    await waitForSlide(page, content + 2);
    await expect(currentSlide(page)).toContainText('会前改过的标题');
    await page.keyboard.press('Home');
    await waitForSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 3); // the hidden agenda is passed by
    await page.keyboard.press('End');
    await waitForSlide(page, count);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', newLast?.id ?? '');
    // The presenter view, opened now, follows the edited deck too: the new last slide is the last one there.
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.locator('.presenter')).toHaveAttribute('data-current-slide', String(count));
    await expect(presenter.getByRole('region', { name: '当前幻灯片' })).toContainText(newLast?.title ?? '');
    await presenter.close();

    // A reload keeps every edit.
    await page.goto(`${preview.url}#/edit`);
    await expect(row(page, 1)).toHaveAttribute('data-hidden', 'true');
    await expect(row(page, content + 1)).toContainText('会前改过的标题');
    await expect(row(page, count - 1)).toContainText(newLast?.title ?? '');
    const stored = await fetchDeck(page);
    expect(stored.slides.map((slide) => slide.title)[content + 1]).toBe('会前改过的标题');
    expect(stored.slides[content + 1]?.minutes).toBe(2);
  });

  test('undo and redo step through the edits, by button and by keyboard', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const generated = await fetchDeck(page);
    await openEditor(page);
    const undo = page.getByRole('button', { name: '撤销' });
    const redo = page.getByRole('button', { name: '重做' });
    await expect(undo).toBeDisabled();

    await row(page, 2).click();
    await slideList(page).press('Alt+ArrowUp');
    await expect(row(page, 1)).toContainText(generated.slides[2]?.title ?? '');
    await undo.click();
    await expect(row(page, 1)).toContainText(generated.slides[1]?.title ?? '');
    await expect(redo).toBeEnabled();
    await slideList(page).press('Control+Shift+Z');
    await expect(row(page, 1)).toContainText(generated.slides[2]?.title ?? '');
    await slideList(page).press('Control+z');
    await expect(row(page, 1)).toContainText(generated.slides[1]?.title ?? '');
    await slideList(page).press('Control+y');
    await expect(row(page, 1)).toContainText(generated.slides[2]?.title ?? '');

    // 全部恢复 asks first; 撤销 brings the edits back.
    await page.getByRole('button', { name: '全部恢复…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '全部恢复' }).click();
    await expect(row(page, 1)).toContainText(generated.slides[1]?.title ?? '');
    await undo.click();
    await expect(row(page, 1)).toContainText(generated.slides[2]?.title ?? '');
  });

  test('a text slide added after a slide, and 检查 names its number that is no figure', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await openEditor(page);
    await row(page, 2).click();
    await page.getByRole('button', { name: '在后面添加文字页' }).click();
    await page.getByRole('textbox', { name: '新文字页标题' }).fill('会议安排');
    await page.getByRole('textbox', { name: '要点（每行一条）' }).fill('先听汇报\n再讨论 37 个项目');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect(row(page, 3)).toContainText('会议安排');
    await expect(row(page, 3)).toHaveAttribute('aria-selected', 'true');

    await page.getByRole('button', { name: '检查' }).click();
    const results = page.getByRole('region', { name: '检查结果' });
    await expect(results).toContainText('37');
    await row(page, 0).click();
    await results.getByRole('button').filter({ hasText: '会议安排' }).first().click();
    await expect(row(page, 3)).toHaveAttribute('aria-selected', 'true');
  });

  test('the overview opens the editor on the slide chosen there', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 4);
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: '幻灯片总览' });
    await overview.locator('.overview-card[data-index="3"]').focus();
    await page.keyboard.press('e');
    await expect(row(page, 3)).toHaveAttribute('aria-selected', 'true');
  });
});
