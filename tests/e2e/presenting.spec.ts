import type { Page } from '@playwright/test';
import type { Deck } from '../../main/shared/deck';
import { currentSlide, fetchDeck, openDeck, presetSettings, shownCards, waitForSlide } from './support/deck';
import { expect, test } from './support/fixtures';

/** The first slide (1-based) with at least `steps` reveal steps. */
function slideWithSteps(deck: Deck, steps: number): number {
  const at = deck.slides.findIndex((s) => s.steps >= steps);
  if (at < 0) throw new Error(`no slide with ${steps} steps`);
  return at + 1;
}

async function press(page: Page, key: string, expectSlide: number): Promise<void> {
  await page.keyboard.press(key);
  await waitForSlide(page, expectSlide);
}

test.describe('presenting with the keyboard', () => {
  test('→ ↓ Space PgDn Enter go forward; ← ↑ Shift+Space PgUp go back', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    // The first slides (cover, agenda, divider, …) have no reveal steps, so every press is one slide.
    const plain = deck.slides.findIndex((s) => s.steps > 0);
    expect(plain).toBeGreaterThanOrEqual(3);
    await press(page, 'ArrowRight', 2);
    await press(page, 'ArrowLeft', 1);
    await press(page, 'ArrowDown', 2);
    await press(page, 'ArrowUp', 1);
    await press(page, 'Space', 2);
    await press(page, 'Shift+Space', 1);
    await press(page, 'PageDown', 2);
    await press(page, 'PageUp', 1);
    await press(page, 'Enter', 2);
    await expect(page).toHaveURL(/#\/2$/);
  });

  test('only the slide on screen can be seen or reached: the slides kept ready beside it are hidden and inert', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    await press(page, 'ArrowRight', 3);
    // The slide left behind and the next one stay mounted (ready for ← and →) once the fade is over.
    await expect.poll(() => page.locator('.deck .slide-layer').count()).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(400);
    const layers = await page.locator('.deck .slide-layer').evaluateAll((all) =>
      all.map((layer) => ({
        current: layer.classList.contains('is-current'),
        visibility: getComputedStyle(layer).visibility,
        opacity: getComputedStyle(layer).opacity,
        inert: (layer as HTMLElement).inert,
      })),
    );
    expect(layers.filter((layer) => layer.current)).toEqual([{ current: true, visibility: 'visible', opacity: '1', inert: false }]);
    for (const waiting of layers.filter((layer) => !layer.current)) expect(waiting).toEqual({ current: false, visibility: 'hidden', opacity: '0', inert: true });
    // The middle of the stage answers the pointer with the slide on screen.
    const hit = await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.slide-layer')?.classList.contains('is-current'));
    expect(hit).toBe(true);
  });

  test('Home and End go to the cover and the closing slide', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 3);
    const deck = await fetchDeck(page);
    await press(page, 'End', deck.slides.length);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'closing');
    await page.keyboard.press('ArrowRight'); // nothing after the last slide
    await expect(page).toHaveURL(new RegExp(`#/${deck.slides.length}$`));
    await press(page, 'Home', 1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'cover');
  });

  test('typing a slide number then Enter jumps there', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.keyboard.type('12');
    await expect(page.getByRole('status').filter({ hasText: '跳转到第' })).toContainText('12');
    await press(page, 'Enter', 12);
    await page.keyboard.type('3');
    await page.keyboard.press('Escape'); // changed my mind
    await expect(page.getByText('跳转到第')).toHaveCount(0);
    await page.keyboard.press('Enter'); // plain Enter: next slide
    await waitForSlide(page, 13);
  });

  test('a number past the last slide is refused out loud: the slide stays and the presenter is told why', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 5);
    const deck = await fetchDeck(page);
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(`没有第 99 张：本简报共 ${deck.slides.length} 张，仍停在第 5 张`);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/#\/5$/);
    await expect(page.locator('.deck')).toHaveAttribute('data-ready-slide', '5');
    await page.keyboard.type('7');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await press(page, 'Enter', 7);
  });

  test('reveal steps: each press shows the next card before the slide moves on; ← hides them again', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const n = slideWithSteps(deck, 2);
    const slide = deck.slides[n - 1];
    if (!slide) throw new Error('slide missing');
    await openDeck(page, preview.url, n);
    const initially = await shownCards(page).count();
    for (let step = 1; step <= slide.steps; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(shownCards(page)).toHaveCount(initially + step);
      await expect(page).toHaveURL(new RegExp(`#/${n}$`));
    }
    await press(page, 'ArrowRight', n + 1);
    await press(page, 'ArrowLeft', n); // back: the slide as it was left, complete
    await expect(shownCards(page)).toHaveCount(initially + slide.steps);
    await page.keyboard.press('ArrowLeft');
    await expect(shownCards(page)).toHaveCount(initially + slide.steps - 1);
  });

  test('全部显示 shows every card at once and is remembered after a reload', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const n = slideWithSteps(deck, 2);
    await openDeck(page, preview.url, n - 1);
    await page.mouse.move(200, 30);
    await page.getByRole('button', { name: '全部显示' }).click();
    await expect(page.getByRole('button', { name: '全部显示' })).toHaveAttribute('aria-pressed', 'true');
    await press(page, 'ArrowRight', n);
    await expect(currentSlide(page).locator('.figure-card.is-hidden')).toHaveCount(0);
    await press(page, 'ArrowRight', n + 1); // no steps to go through
    await page.reload();
    await waitForSlide(page, n + 1);
    await expect(page.getByRole('button', { name: '全部显示' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: /^动画/ }).click();
    await expect(page.getByRole('button', { name: '动画 关' })).toBeVisible();
    await expect(page.locator('.deck')).toHaveAttribute('data-motion', 'off');
  });

  test('G finds a slide by part of its title', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const target = deck.slides.findIndex((s, i) => i > 3 && s.kind === 'content');
    const title = deck.slides[target]?.title ?? '';
    await page.keyboard.press('g');
    const search = page.getByRole('combobox');
    await expect(search).toBeFocused();
    await search.fill(title.slice(2, 8));
    await expect(page.getByRole('option').first()).toContainText(title);
    await page.keyboard.press('Enter');
    await waitForSlide(page, target + 1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // ↓ picks the next match; Esc closes without moving.
    await page.keyboard.press('G');
    await search.fill('');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { selected: true })).toContainText(deck.slides[1]?.title ?? '');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#/${target + 1}$`));
  });

  test('G also finds a slide by a figure on it, and says which figure matched', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const target = deck.slides.findIndex((s) => s.kind === 'content' && s.cards.some((c) => c.label.includes('托位数')));
    expect(target).toBeGreaterThan(0);
    expect(deck.slides[target]?.title).not.toContain('托位数');
    await page.keyboard.press('g');
    await page.getByRole('combobox').fill('托位数');
    const option = page.getByRole('option').first();
    await expect(option).toContainText(deck.slides[target]?.title ?? '');
    await expect(option.locator('.jump-via')).toContainText('托位数');
    await page.keyboard.press('Enter');
    await waitForSlide(page, target + 1);
  });

  test('O and Esc open and close the overview; arrows and Enter open a slide from it', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: '幻灯片总览' });
    await expect(overview).toBeVisible();
    await expect(overview.locator('[aria-current="true"]')).toBeFocused();
    await page.keyboard.press('o');
    await expect(overview).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await press(page, 'Enter', 4);
    await expect(overview).toHaveCount(0);
    await page.keyboard.press('Escape');
    // Each slide is shown drawn small, its own title on it, the one on screen first.
    const current = overview.locator('.overview-item[data-current="true"] .overview-thumb');
    await expect(current).toHaveAttribute('data-drawn', 'true');
    await expect(current.locator('[data-slide-kind]')).toHaveAttribute('data-slide-kind', 'content');
    await expect(overview.locator('.overview-thumb[data-drawn="true"]')).toHaveCount((await fetchDeck(page)).slides.length, { timeout: 15_000 });
    await expect(overview.locator('.overview-thumb').first().locator('.sv-cover-title')).toBeVisible();
    await overview.getByRole('button').filter({ hasText: /^1封面/ }).click();
    await waitForSlide(page, 1);
  });

  test('a click on the slide goes on; on-screen buttons go back and forth for mouse and touch', async ({ page, preview, watch: _watch }) => {
    await presetSettings(page, { revealMode: 'all', animate: false });
    await openDeck(page, preview.url, 2);
    await page.mouse.click(960, 600);
    await waitForSlide(page, 3);
    await page.mouse.click(960, 600, { button: 'right' });
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/#\/3$/);
    // The buttons appear when the mouse moves, and pressing one leaves the keys with the slides.
    const back = page.getByRole('button', { name: '上一张' });
    await expect(back).toBeVisible();
    await back.click();
    await waitForSlide(page, 2);
    await page.getByRole('button', { name: '下一张' }).click();
    await waitForSlide(page, 3);
    await page.keyboard.press('Space');
    await waitForSlide(page, 4);
    // A control on the slide is not a click on the slide.
    const deck = await fetchDeck(page);
    const n = deck.slides.findIndex((s) => s.kind === 'content' && s.cards.length > 0) + 1;
    await openDeck(page, preview.url, n);
    await currentSlide(page).getByRole('button', { name: '查看出处' }).first().click();
    await expect(page.getByRole('dialog', { name: /^出处：/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));
    await expect(page.getByRole('button', { name: '上一张' })).toBeEnabled();
    await openDeck(page, preview.url, 1);
    await page.mouse.move(100, 100);
    await expect(page.getByRole('button', { name: '上一张' })).toBeDisabled();
  });

  test('the slide number is read from the back of the room: large, in the ink, light on the navy slides', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    const number = page.locator('.deck-slide-number');
    await expect(number).toHaveText(/^2 \/ \d+$/);
    expect(Number.parseFloat(await number.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    await expect(number).toHaveCSS('color', 'rgb(74, 85, 99)');
    await press(page, 'Home', 1);
    await expect(number).toHaveCSS('color', 'rgb(197, 208, 221)');
  });

  test('B and . black the screen, W whitens it; the next press only brings the slide back', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    const curtain = page.locator('.deck-curtain');
    await page.keyboard.press('b');
    await expect(curtain).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await expect(curtain).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(curtain).toHaveAttribute('data-blackout', 'black');
    await page.keyboard.press('ArrowRight');
    await expect(curtain).toHaveCount(0);
    await expect(page).toHaveURL(/#\/2$/);
    await page.keyboard.press('w');
    await expect(curtain).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    await expect(curtain).toHaveCount(0);
  });

  test('? shows the keys in Chinese; Esc closes it first, before anything else', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '快捷键帮助' });
    await expect(help).toContainText('黑屏');
    await expect(help).toContainText('按标题查找并跳转');
    await expect(help).toContainText('批注面板');
    await page.screenshot({ path: 'tests/artifacts/help.png' });
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0); // Esc closed help, it did not open the overview
  });

  test('a card\'s source mark shows the sentence the figure came from', async ({ page, preview, watch: _watch }) => {
    await presetSettings(page, { revealMode: 'all', animate: false });
    await openDeck(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const n = deck.slides.findIndex((s) => s.kind === 'content' && s.cards.length > 0) + 1;
    const slide = deck.slides[n - 1];
    const card = slide?.kind === 'content' ? slide.cards[0] : undefined;
    if (!card) throw new Error('no card');
    await openDeck(page, preview.url, n);
    await currentSlide(page).locator(`[data-figure-key="${card.figureKey}"]`).getByRole('button', { name: '查看出处' }).click();
    const quote = page.getByRole('dialog', { name: `出处：${card.label}` });
    await expect(quote).toContainText(card.quote);
    // The words the figure came from are marked in the sentence: its value, and its unit where it follows.
    await expect(quote.locator('mark.quote-mark')).toHaveText(card.quote.slice(card.quoteMark?.start, card.quoteMark?.end));
    await expect(quote.locator('mark.quote-mark')).toContainText(card.valueText);
    await page.keyboard.press('Escape');
    await expect(quote).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));
  });

  test('the mouse wheel does not change slides', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    await page.mouse.move(960, 540);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    await expect(page).toHaveURL(/#\/2$/);
    await expect(page.locator('.deck')).toHaveAttribute('data-ready-slide', '2');
  });

  test('keys are ignored while typing in a field', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    await page.keyboard.press('g');
    await page.keyboard.type('b o w 2');
    await expect(page.locator('.deck-curtain')).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: '幻灯片总览' })).toHaveCount(0);
    await expect(page).toHaveURL(/#\/1$/);
  });
});

test.describe('presenting on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a swipe left goes forward, a swipe right goes back', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const cdp = await page.context().newCDPSession(page);
    // A finger's stroke of 150 ms, stamped with its own times: the events' times are the finger's, not when
    // each CDP round trip happened to land on a busy machine (which once made a swipe "too slow" at 850 ms).
    const swipe = async (fromX: number, toX: number): Promise<void> => {
      const start = Date.now() / 1000;
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number, x?: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: 540 }], timestamp: start + at });
      await touch('touchStart', 0, fromX);
      for (const t of [0.33, 0.66, 1]) await touch('touchMove', 0.15 * t, fromX + (toX - fromX) * t);
      await touch('touchEnd', 0.17);
    };
    await swipe(1400, 500);
    await waitForSlide(page, 2);
    await swipe(1400, 500);
    await waitForSlide(page, 3);
    await swipe(500, 1400);
    await waitForSlide(page, 2);
    await swipe(900, 940); // too short to be a swipe
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/#\/2$/);
  });
});
