import { currentSlide, lastSlideStored, openDeck, waitForSlide } from './support/deck';
import { expect, test } from './support/fixtures';

test.describe('a presenter opens the briefing', () => {
  test('the app opens on the cover: 内蒙古, 十四五 and the title “十四五”成就', async ({ page, preview, watch }) => {
    await openDeck(page, preview.url, 1);
    const cover = currentSlide(page);
    await expect(cover).toHaveAttribute('data-slide-kind', 'cover');
    await expect(cover.locator('h1')).toHaveText('“十四五”成就');
    await expect(cover).toContainText('内蒙古');
    await expect(cover).toContainText('十四五');
    await page.screenshot({ path: 'tests/artifacts/cover-slide.png' });
    expect(watch.errors).toEqual([]);
  });

  test('→ reaches the next slide (the agenda), and the address follows; ← comes back', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 2);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'agenda');
    await expect(page).toHaveURL(/#\/2$/);
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, 1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'cover');
    await expect(page).toHaveURL(/#\/1$/);
  });

  test('the access token leaves the address once the page has it; a reload still reaches the data', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 5);
    await expect(page).toHaveURL(/#\/5$/);
    expect(page.url()).not.toContain('token');
    const shown = await currentSlide(page).getAttribute('data-slide-id');
    await page.reload();
    // No slide but the cover is drawn before the app has read the deck: this one came through the API.
    await waitForSlide(page, 5);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', shown ?? '');
    expect(page.url()).not.toContain('token');
  });

  test('a reload shows the same slide with the same data', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 5);
    const before = { id: await currentSlide(page).getAttribute('data-slide-id'), text: await currentSlide(page).innerText() };
    await page.reload();
    await waitForSlide(page, 5);
    expect(await currentSlide(page).getAttribute('data-slide-id')).toBe(before.id);
    expect(await currentSlide(page).innerText()).toBe(before.text);
  });

  test('a link with a slide number opens that slide (deep link)', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 3);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'divider');
    await expect(page.locator('.deck-slide-number')).toHaveText(/^3 \/ \d+$/);
  });

  test('opened without a slide number, it resumes where the briefing was left', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.keyboard.press('End');
    const last = Number((await page.locator('.deck-slide-number').innerText()).split(' / ')[1]);
    await waitForSlide(page, last);
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, last - 1);
    // The position is written shortly after the last move (debounced): wait until the store has it.
    await expect.poll(() => lastSlideStored(page)).toBe(last - 2);
    await page.goto(preview.url);
    await waitForSlide(page, last - 1);
    await expect(page).toHaveURL(new RegExp(`#/${last - 1}$`));
  });

  test('the source view still opens from the toolbar and leads back to the same slide', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 4);
    await page.getByRole('button', { name: '原文与数据' }).click();
    await expect(page).toHaveURL(/#\/source$/);
    await expect(page.getByRole('article', { name: '报告原文' })).toBeVisible();
    await page.getByRole('button', { name: '幻灯片' }).click();
    await waitForSlide(page, 4);
  });
});
