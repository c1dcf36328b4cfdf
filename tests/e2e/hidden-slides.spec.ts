import { callFirstBriefing } from './support/api';
import { currentSlide, fetchDeck, openDeck, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { test } from './support/library';
import { openPrintRoute } from './support/print';

/** Each test has a store of its own (support/library.ts): hiding slides here leaves other specs' decks whole. */
test.describe('a presenter hides slides they will not show today', () => {
  test('stepping and End pass hidden slides by; the overview and the presenter view mark them', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await callFirstBriefing(page, 'deck:applyEdits', { edits: [{ op: 'hide', key: 'agenda' }, { op: 'hide', key: 'closing' }] });
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    expect(deck.slides.filter((s) => s.hidden).map((s) => s.id)).toEqual(['agenda', 'closing']);

    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 3);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'divider');
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, 1);
    await page.keyboard.press('End');
    await waitForSlide(page, deck.slides.length - 1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'content');

    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: '幻灯片总览' });
    await expect(overview.locator('.overview-item[data-hidden="true"]')).toHaveCount(2);
    await expect(overview.locator('.overview-item').nth(1)).toContainText('已隐藏');
    // A hidden slide still opens from the overview, when the presenter chooses it.
    await overview.locator('.overview-card[data-index="1"]').click();
    await waitForSlide(page, 2);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'agenda');

    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.locator('.presenter')).toHaveAttribute('data-current-slide', '2');
    await expect(presenter.getByText('已隐藏：放映时跳过这一张')).toBeVisible();
    const next = presenter.getByRole('complementary').getByRole('region', { name: '下一张' });
    await expect(next.locator('.slide-layer.is-current > [data-slide-kind]')).toHaveAttribute('data-slide-id', deck.slides[2]?.id ?? '');
    await presenter.close();
  });

  test('the slides PDF leaves the hidden slides out and prints a retitled slide under its new title', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const generated = await fetchDeck(page);
    const firstContent = generated.slides.find((slide) => slide.kind === 'content');
    await callFirstBriefing(page, 'deck:applyEdits', {
      edits: [{ op: 'hide', key: 'agenda' }, { op: 'retitle', key: firstContent?.key, title: '会上改过的标题' }],
    });
    await openPrintRoute(page, preview.url, 'slides');
    await expect(page.locator('.print-page')).toHaveCount(generated.slides.length - 1);
    await expect(page.locator('.print-page [data-slide-kind="agenda"]')).toHaveCount(0);
    await expect(page.locator('.print-page').filter({ hasText: '会上改过的标题' })).toHaveCount(1);
  });
});
