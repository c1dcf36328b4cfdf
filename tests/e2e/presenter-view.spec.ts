import type { Page } from '@playwright/test';
import { currentSlide, fetchDeck, openDeck, waitForSlide } from './support/deck';
import { expect, test, watchPage, type PageWatch } from './support/fixtures';

/** The presenter view's current slide number, as it shows it. */
const presenterAt = (presenter: Page) => presenter.locator('.presenter');

test.describe('the presenter view', () => {
  let presenterWatch: PageWatch | null = null;

  test.afterEach(() => {
    if (!presenterWatch) return;
    expect(presenterWatch.errors, 'presenter console errors').toEqual([]);
    expect(presenterWatch.offOrigin, 'presenter requests to other origins').toEqual([]);
    presenterWatch = null;
  });

  async function openPresenter(page: Page, origin: string): Promise<Page> {
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    presenterWatch = watchPage(presenter, origin);
    // Keys pressed before the view (and its keyboard controller) is up would go nowhere.
    await expect(presenterAt(presenter)).toBeVisible();
    return presenter;
  }

  test('P opens it on the current slide, with the next slide, the notes, a timer and the clock', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const withNotes = deck.slides.findIndex((s) => s.notes.length > 0);
    const n = withNotes >= 0 ? withNotes + 1 : 4;
    await openDeck(page, preview.url, n);
    const presenter = await openPresenter(page, preview.origin);
    await expect(presenter).toHaveURL(new RegExp(`#/presenter/${n}$`));
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', String(n));
    const current = presenter.getByRole('region', { name: '当前幻灯片' });
    await expect(current.locator('.slide-layer.is-current > [data-slide-kind]')).toHaveAttribute('data-slide-id', deck.slides[n - 1]?.id ?? '');
    const next = presenter.getByRole('complementary').getByRole('region', { name: '下一张' });
    await expect(next.locator('.slide-layer.is-current > [data-slide-kind]')).toHaveAttribute('data-slide-id', deck.slides[n]?.id ?? '');
    const notes = presenter.getByRole('region', { name: '讲稿备注' });
    if (withNotes >= 0) await expect(notes).toContainText(deck.slides[n - 1]?.notes[0] ?? '');
    else await expect(notes).toContainText('本张没有备注');
    expect(Number.parseFloat(await notes.locator('p').first().evaluate((p) => getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(24);
    await expect(presenter.getByRole('region', { name: '当前时间' })).toContainText(/\d\d:\d\d:\d\d/);
    await presenter.screenshot({ path: 'tests/artifacts/presenter-view.png' });
  });

  test('navigation in either window moves the other', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    const presenter = await openPresenter(page, preview.origin);
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', '2');

    await presenter.keyboard.press('ArrowRight');
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', '3');
    await waitForSlide(page, 3);
    await expect(presenter).toHaveURL(/#\/presenter\/3$/);
    await expect(page).toHaveURL(/#\/3$/);

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 4);
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', '4');

    await presenter.keyboard.press('Home');
    await waitForSlide(page, 1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'cover');

    // A blackout from the presenter darkens the audience screen, and only shows a notice to the presenter.
    await presenter.keyboard.press('b');
    await expect(page.locator('.deck-curtain')).toHaveAttribute('data-blackout', 'black');
    await expect(presenter.getByRole('status').filter({ hasText: '观众屏幕：黑屏' })).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(page.locator('.deck-curtain')).toHaveCount(0);
  });

  test('reveal steps stay in step between the windows', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const n = deck.slides.findIndex((s) => s.steps >= 2) + 1;
    await openDeck(page, preview.url, n);
    const presenter = await openPresenter(page, preview.origin);
    const presenterCards = presenter.getByRole('region', { name: '当前幻灯片' }).locator('.slide-layer.is-current .figure-card:not(.is-hidden)');
    const audienceCards = currentSlide(page).locator('.figure-card:not(.is-hidden)');
    const before = await audienceCards.count();
    await expect(presenterCards).toHaveCount(before);
    await presenter.keyboard.press('ArrowRight');
    await expect(audienceCards).toHaveCount(before + 1);
    await expect(presenterCards).toHaveCount(before + 1);
    await expect(presenter.getByText(/本张还有 \d+ 项待显示/)).toBeVisible();
  });

  test('the timer starts, pauses and resets', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const presenter = await openPresenter(page, preview.origin);
    const timer = presenter.getByRole('region', { name: '计时' });
    const elapsed = timer.locator('output');
    await expect(elapsed).toHaveText('00:00');
    await timer.getByRole('button', { name: '开始' }).click();
    await expect(elapsed).toHaveText('00:01', { timeout: 3000 });
    await timer.getByRole('button', { name: '暂停' }).click();
    const paused = await elapsed.innerText();
    await presenter.waitForTimeout(1200);
    await expect(elapsed).toHaveText(paused);
    await expect(timer.getByRole('button', { name: '继续' })).toBeVisible();
    await timer.getByRole('button', { name: '重置' }).click();
    await expect(elapsed).toHaveText('00:00');
    await expect(timer.getByRole('button', { name: '开始' })).toBeVisible();
  });
});
