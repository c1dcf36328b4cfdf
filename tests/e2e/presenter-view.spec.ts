import type { Page } from '@playwright/test';
import { currentSlide, fetchDeck, openDeck, waitForSlide } from './support/deck';
import { expect, test } from './support/fixtures';
import { presenterWindow } from './support/presenter';

/** The presenter view's current slide number, as it shows it. */
const presenterAt = (presenter: Page) => presenter.locator('.presenter');

test.describe('the presenter view', () => {
  const presenterView = presenterWindow();
  test.afterEach(() => presenterView.check());
  const openPresenter = (page: Page, origin: string): Promise<Page> => presenterView.open(page, origin);

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
    await timer.getByRole('checkbox', { name: '翻页时自动开始' }).uncheck();
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

  test('after pressing 开始, Space and Enter still go to the next slide, and the timer survives a reload', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const presenter = await openPresenter(page, preview.origin);
    const timer = presenter.getByRole('region', { name: '计时' });
    await timer.getByRole('button', { name: '开始' }).click();
    await presenter.keyboard.press('Space');
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', '2');
    await presenter.keyboard.press('Enter');
    await expect(presenterAt(presenter)).toHaveAttribute('data-current-slide', '3');
    await waitForSlide(page, 3);
    await expect(timer.getByRole('button', { name: '暂停' })).toBeVisible(); // still running
    await expect(timer.locator('output')).toHaveText('00:02', { timeout: 5000 });
    await presenter.reload();
    await expect(presenterAt(presenter)).toBeVisible();
    await expect(timer.getByRole('button', { name: '暂停' })).toBeVisible();
    const seconds = Number((await timer.locator('output').innerText()).split(':')[1]);
    expect(seconds).toBeGreaterThanOrEqual(2);
    // Closed and opened again with P, it keeps counting too.
    await presenter.close();
    presenterView.forget();
    await page.bringToFront();
    const again = await openPresenter(page, preview.origin);
    await expect(again.getByRole('region', { name: '计时' }).getByRole('button', { name: '暂停' })).toBeVisible();
  });

  test('the timer starts by itself on the first advance and counts down a target, in colour once over', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const presenter = await openPresenter(page, preview.origin);
    await presenter.clock.install();
    const timer = presenter.getByRole('region', { name: '计时' });
    const target = timer.getByRole('spinbutton', { name: '目标时长' });
    await target.fill('1');
    await target.press('Enter');
    await expect(target).not.toBeFocused(); // the keys go back to the slides
    await expect(timer.locator('.presenter-remaining')).toHaveText('剩余 01:00');
    await expect(timer.getByRole('button', { name: '开始' })).toBeVisible();
    await presenter.keyboard.press('ArrowRight');
    await expect(timer.getByRole('button', { name: '暂停' })).toBeVisible();
    await presenter.clock.fastForward('01:05');
    await expect(timer.locator('.presenter-remaining')).toHaveText(/^超时 00:0[4-6]$/);
    await expect(timer).toHaveAttribute('data-over', 'true');
    await expect(timer.locator('output')).toHaveCSS('color', 'rgb(255, 138, 138)');
    await presenter.screenshot({ path: 'tests/artifacts/presenter-timer-over.png' });
  });

  test('the presenter points with the laser in their own view and the audience sees the same spot', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 4);
    const presenter = await openPresenter(page, preview.origin);
    await presenter.keyboard.press('l');
    const pane = presenter.locator('.presenter-current .stage');
    const box = await pane.boundingBox();
    if (!box) throw new Error('no stage');
    await presenter.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await presenter.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    const remote = page.locator('.deck .ink-laser.is-remote');
    await expect(remote).toBeVisible();
    const transform = (await remote.getAttribute('transform')) ?? '';
    const [x, y] = (/translate\(([\d.]+) ([\d.]+)\)/.exec(transform) ?? []).slice(1).map(Number);
    expect(Math.abs((x ?? 0) - 1920 * 0.3)).toBeLessThan(20);
    expect(Math.abs((y ?? 0) - 1080 * 0.5)).toBeLessThan(20);
    // Putting the laser down takes the dot off the audience's screen.
    await presenter.keyboard.press('l');
    await expect(remote).toHaveCount(0);
    // I takes up the pen there too: its tools show.
    await presenter.keyboard.press('i');
    await expect(presenter.getByRole('toolbar', { name: '墨迹工具' })).toBeVisible();
    await presenter.keyboard.press('Escape');
    await expect(presenter.getByRole('toolbar', { name: '墨迹工具' })).toHaveCount(0);
  });
});
