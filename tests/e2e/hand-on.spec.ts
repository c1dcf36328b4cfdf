import { randomUUID } from 'node:crypto';
import { startCore } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import type { Deck } from '../../main/shared/deck';
import type { ImportOutcome } from '../../main/shared/library';
import type { PackExport } from '../../main/shared/packs';
import type { Result } from '../../main/shared/result';
import { inventedReport, toMarkdown } from '../support/invented-report';
import { dataDir, tempDir } from '../support/temp';
import { callChannel } from './support/api';
import { currentSlide, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { briefingList, chooseFile, test } from './support/library';

const title = '青川“十四五”答卷';

/** A colleague's machine: the invented report imported, a slide retitled, the agenda hidden, a note left; packed. */
async function colleaguesPack(): Promise<Uint8Array> {
  const dir = tempDir('briefing-colleague-');
  const core = startCore(`${dir.path}/colleague.db`, dataDir);
  try {
    const value = <T>(result: Result<unknown>): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const bytes = new TextEncoder().encode(toMarkdown(inventedReport));
    const imported = value<ImportOutcome>(await dispatch('briefings:import', { fileName: '青川答卷.md', bytes, jobId: randomUUID() }, core));
    if (imported.kind !== 'imported') throw new Error(`not imported: ${imported.kind}`);
    const briefingId = imported.briefingId;
    const deck = value<Deck>(await dispatch('deck:get', { briefingId }, core));
    const content = deck.slides.find((slide) => slide.kind === 'content');
    await dispatch('deck:applyEdits', { briefingId, edits: [{ op: 'hide', key: 'agenda' }, { op: 'retitle', key: content?.key, title: '会前改过：民生投入' }] }, core);
    value(await dispatch('annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: '开场先讲三句话' }, core));
    return value<PackExport>(await dispatch('packs:export', { briefingId }, core)).bytes;
  } finally {
    core.close();
    dir.cleanup();
  }
}

test.describe('a colleague hands on a prepared briefing', () => {
  test('the .briefing taken in through the library opens with the colleague’s edits and notes', async ({ page, preview, watch: _watch }) => {
    const pack = await colleaguesPack();
    await page.goto(`${preview.url}#/library`);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);

    await chooseFile(page, '会前准备.briefing', pack);
    await waitForSlide(page, 1);
    await expect(currentSlide(page).locator('h1')).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: `已导入《${title}》：批注新增 1 条` })).toBeVisible();
    // The hidden agenda is passed by, as on the colleague's machine.
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 3);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'divider');
    const briefings = (await callChannel(page, 'briefings:list', {})) as { id: number; title: string }[];
    const taken = briefings.find((briefing) => briefing.title === title);
    const deck = (await callChannel(page, 'deck:get', { briefingId: taken?.id })) as Deck;
    expect(deck.slides.filter((slide) => slide.title === '会前改过：民生投入')).toHaveLength(1);
    const notes = (await callChannel(page, 'annotations:list', { briefingId: taken?.id })) as { body: string }[];
    expect(notes.map((note) => note.body)).toEqual(['开场先讲三句话']);

    // The same file again adds nothing.
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '会前准备.briefing', pack);
    await expect(page.getByRole('status').filter({ hasText: `已按简报文件更新《${title}》：批注新增 0 条` })).toBeVisible();
    await page.goto(`${preview.url}#/library`);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(2);
  });

  test('a damaged .briefing is refused with a message, and the library is left as it was', async ({ page, preview, watch: _watch }) => {
    const pack = await colleaguesPack();
    const damaged = pack.slice();
    damaged[damaged.length - 10] = 0x30 + ((damaged[damaged.length - 10] ?? 0) % 7) + 1;
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '会前准备.briefing', damaged);
    await expect(page.getByRole('alertdialog').or(page.getByRole('alert')).first()).toContainText('无法导入简报包');
    await page.goto(`${preview.url}#/library`);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);
  });
});
