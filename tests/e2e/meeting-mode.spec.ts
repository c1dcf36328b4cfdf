import type { Page } from '@playwright/test';
import type { ContentSlide, Deck, DividerSlide } from '../../main/shared/deck';
import { callFirstBriefing } from './support/api';
import { currentSlide, fetchDeck, openDeck, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { presenterWindow } from './support/presenter';
import { test } from './support/library';

/** Each test has a store of its own (support/library.ts): the budgets set here leave other specs' decks alone. */
test.describe('meeting mode: a time plan for the meeting, and a rehearsal that sets it', () => {
  const presenterView = presenterWindow();
  test.afterEach(() => presenterView.check());
  async function openPresenter(page: Page, origin: string): Promise<Page> {
    const presenter = await presenterView.open(page, origin);
    // The size of a laptop screen beside the projector: what the presenter reads it on.
    await presenter.setViewportSize({ width: 1280, height: 720 });
    return presenter;
  }

  const firstContent = (deck: Deck): ContentSlide => {
    const slide = deck.slides.find((s): s is ContentSlide => s.kind === 'content' && s.sectionKey !== undefined);
    if (!slide) throw new Error('no content slide');
    return slide;
  };
  const dividers = (deck: Deck): DividerSlide[] => deck.slides.filter((s): s is DividerSlide => s.kind === 'divider');

  test('the agenda shows the budgets; the presenter sees section and meeting against the plan, warned before time is up', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const generated = await fetchDeck(page);
    const section = firstContent(generated);
    const lastPart = dividers(generated).at(-1);
    if (!lastPart || lastPart.partIndex === section.partIndex) throw new Error('the deck needs two parts');
    await callFirstBriefing(page, 'deck:applyEdits', {
      edits: [
        { op: 'budget', key: section.sectionKey, minutes: 2 },
        { op: 'budget', key: lastPart.key, minutes: 10 },
      ],
    });

    // The agenda: 约 2 分钟 beside the section's part, 约 10 分钟 beside the last part, 12 in all.
    await openDeck(page, preview.url, 2);
    const agenda = currentSlide(page);
    await expect(agenda).toHaveAttribute('data-slide-kind', 'agenda');
    await expect(agenda.locator('.sv-agenda-item').nth(section.partIndex).locator('.sv-agenda-minutes')).toHaveText('约 2 分钟');
    await expect(agenda.locator('.sv-agenda-item').nth(lastPart.partIndex).locator('.sv-agenda-minutes')).toHaveText('约 10 分钟');
    await expect(agenda.locator('.sv-agenda-total')).toHaveText('全程计划 约 12 分钟');
    await page.screenshot({ path: 'tests/artifacts/meeting-agenda.png' });

    // The presenter on the section's first page starts the talk's timer.
    const n = generated.slides.findIndex((s) => s.key === section.key) + 1;
    await openDeck(page, preview.url, n);
    const presenter = await openPresenter(page, preview.origin);
    await presenter.clock.install();
    const timer = presenter.getByRole('region', { name: '计时' });
    const plan = timer.getByRole('group', { name: '时间计划' });
    const sectionRow = plan.locator('[data-scope="segment"]');
    const meetingRow = plan.locator('[data-scope="meeting"]');
    await expect(sectionRow).toContainText(`本节 · ${section.heading}`);
    await expect(sectionRow).toContainText('0:00 / 2:00');
    await expect(meetingRow).toContainText('0:00 / 12:00');
    await timer.getByRole('button', { name: '开始' }).click();
    await expect(timer.getByRole('button', { name: '暂停' })).toBeVisible();

    // A minute and five seconds in: the last minute of the section, said in words and marked.
    await presenter.clock.fastForward('01:05');
    await expect(sectionRow).toHaveAttribute('data-state', 'warning');
    await expect(sectionRow.getByRole('status')).toHaveText(/^还剩 0:5[4-6] · 请收尾$/);
    await expect(meetingRow).toHaveAttribute('data-pace', 'on-plan');
    await expect(meetingRow).toContainText('按计划');
    await presenter.screenshot({ path: 'tests/artifacts/meeting-warning.png' });
    const box = await presenter.locator('.presenter-current').boundingBox();

    // Past the section's two minutes: over, and the meeting is behind by as much.
    await presenter.clock.fastForward('01:25');
    await expect(sectionRow).toHaveAttribute('data-state', 'over');
    await expect(sectionRow.getByRole('status')).toHaveText(/^超时 0:(29|30|31)$/);
    await expect(meetingRow).toHaveAttribute('data-pace', 'behind');
    await expect(meetingRow).toContainText(/超时 0:(29|30|31)/);
    await expect(sectionRow.locator('.presenter-plan-status')).toHaveCSS('color', 'rgb(255, 154, 154)');
    await presenter.screenshot({ path: 'tests/artifacts/meeting-over.png' });

    // Nothing moved, nothing took the keys: End goes to the last slide, in both windows.
    expect(await presenter.locator('.presenter-current').boundingBox()).toEqual(box);
    await presenter.keyboard.press('End');
    await expect(presenter.locator('.presenter')).toHaveAttribute('data-current-slide', String(generated.slides.length));
    await waitForSlide(page, generated.slides.length);
    // The audience sees none of it.
    await expect(page.locator('.presenter-plan, .presenter-rehearsal')).toHaveCount(0);
  });

  test('a rehearsal over a few slides becomes their budget in one step, which one undo takes back', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const presenter = await openPresenter(page, preview.origin);
    await presenter.clock.install();
    const rehearse = presenter.getByRole('button', { name: '彩排', exact: true });
    await rehearse.click();
    const rehearsal = presenter.getByRole('region', { name: '彩排' });
    await expect(rehearsal).toContainText('正在记录每张用时');
    // The button does not keep the focus: the arrows still go to the slides.
    await expect(rehearse).not.toBeFocused();

    await presenter.clock.fastForward('00:40'); // cover: 40 s → half a minute
    await presenter.keyboard.press('ArrowRight');
    await presenter.clock.fastForward('01:35'); // agenda: 95 s → 1.5 minutes
    await presenter.keyboard.press('ArrowRight');
    await presenter.clock.fastForward('00:03'); // divider: passed by, no budget
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter')).toHaveAttribute('data-current-slide', '4');
    await rehearsal.getByRole('button', { name: '暂停' }).click();
    await presenter.clock.fastForward('05:00'); // paused: not counted
    await rehearsal.getByRole('button', { name: '继续' }).click();
    await presenter.clock.fastForward('02:10'); // fourth slide: 130 s → 2 minutes
    await expect(rehearsal.locator('.presenter-rehearsal-slide')).toContainText(/本张 2:1\d/);
    await presenter.screenshot({ path: 'tests/artifacts/meeting-rehearsal.png' });
    await rehearsal.getByRole('button', { name: '结束彩排' }).click();
    await rehearsal.getByRole('button', { name: '将彩排用时设为时间预算' }).click();
    await expect(rehearsal.locator('.presenter-rehearsal-result').getByRole('status')).toHaveText('已为 3 张幻灯片设定时间预算，共约 4 分钟（可撤销）');
    await presenter.screenshot({ path: 'tests/artifacts/meeting-rehearsal-done.png' });

    const deck = await fetchDeck(page);
    expect(deck.slides.slice(0, 5).map((s) => s.minutes)).toEqual([0.5, 1.5, null, 2, null]);

    // Back to the talk: its timer never started during the rehearsal, and it now plans 4 minutes.
    await rehearsal.getByRole('button', { name: '关闭' }).click();
    const timer = presenter.getByRole('region', { name: '计时' });
    await expect(timer.getByRole('button', { name: '开始' })).toBeVisible();
    await expect(timer.locator('[data-scope="meeting"]')).toContainText('0:00 / 4:00');
    await expect(timer.locator('[data-scope="segment"]')).toContainText('0:00 / 2:00');

    const undone = (await callFirstBriefing(page, 'deck:undo')) as { deck: Deck };
    expect(undone.deck.slides.every((s) => s.minutes === null)).toBe(true);
  });
});
