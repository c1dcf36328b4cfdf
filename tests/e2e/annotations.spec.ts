import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Deck } from '../../main/shared/deck';
import { drawOnStage, noteCard, noteList, panel, selectWithMouse, storedAnnotations, test, withOwnCopy } from './support/annotations';
import { currentSlide, fetchDeck, openDeck, presetSettings, waitForSlide } from './support/deck';
import { expect, watchPage } from './support/fixtures';
import { startPreview } from './support/preview';

const shots = 'tests/artifacts/annotations';

/** A content slide with at least three figure cards (1-based). */
function slideWithCards(deck: Deck): number {
  const at = deck.slides.findIndex((s) => s.kind === 'content' && s.cards.length >= 3);
  if (at < 0) throw new Error('no slide with cards');
  return at + 1;
}

/** Every card shown at once and no animation: what is checked is on screen without stepping through it. */
async function openSlide(page: Page, url: string, n: number): Promise<void> {
  await presetSettings(page, { revealMode: 'all', animate: false });
  await openDeck(page, url, n);
}

/** Write a note in the open editor (it takes the focus when it opens) and save it with Ctrl+Enter. */
async function writeNote(page: Page, text: string, { tags = '' } = {}): Promise<void> {
  const editor = panel(page).getByRole('textbox', { name: '批注内容' });
  await expect(editor).toBeFocused();
  await editor.fill(text);
  if (tags) {
    await panel(page).getByRole('textbox', { name: '标签' }).fill(tags);
    await editor.focus();
  }
  await page.keyboard.press('Control+Enter');
  await expect(noteCard(page, text)).toBeVisible();
}

test.describe('annotating a briefing', () => {
  test('a note on a slide: add, edit, delete, then undo and redo', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    const n = slideWithCards(await fetchDeck(page));
    await openSlide(page, preview.url, n);

    await page.keyboard.press('n');
    await expect(panel(page)).toBeVisible();
    await expect(panel(page)).toContainText('本张还没有批注');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    await writeNote(page, '请核对托位数的统计口径。', { tags: '待核实，数据' });
    const note = noteCard(page, '请核对托位数的统计口径。');
    await expect(note.getByRole('button', { name: '待核实' })).toBeVisible();
    await expect(page.locator('.slide-note-badge')).toHaveText('批注 1');
    await page.mouse.move(200, 200); // wakes the toolbar for the picture
    await page.screenshot({ path: `${shots}/panel.png` });

    await note.getByRole('button', { name: '编辑' }).click();
    const editor = panel(page).getByRole('textbox', { name: '批注内容' });
    await editor.fill('请核对托位数的统计口径（2020 年为基数）。');
    await panel(page).getByRole('button', { name: '保存修改' }).click();
    const edited = noteCard(page, '（2020 年为基数）');
    await expect(edited).toContainText('（已修改）');

    await edited.getByRole('button', { name: '删除' }).click();
    await expect(page.getByText('已删除批注')).toBeVisible();
    await expect(noteList(page)).toHaveCount(0);
    await expect(page.locator('.slide-note-badge')).toHaveCount(0);

    await page.keyboard.press('Control+z'); // the delete comes back
    await expect(edited).toBeVisible();
    await page.keyboard.press('Control+z'); // and the edit is taken back
    await expect(noteCard(page, '请核对托位数的统计口径。')).toBeVisible();
    await page.keyboard.press('Control+Shift+z'); // redo the edit
    await expect(noteCard(page, '（2020 年为基数）')).toBeVisible();
    await page.keyboard.press('Control+y'); // redo the delete
    await expect(noteList(page)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(noteCard(page, '（2020 年为基数）')).toBeVisible();

    // What is shown is what is stored.
    const stored = (await storedAnnotations(page)).filter((a) => a.anchor.kind === 'slide');
    expect(stored.map((a) => [a.body, a.tags])).toEqual([['请核对托位数的统计口径（2020 年为基数）。', ['待核实', '数据']]]);
    // No click or key of all this moved the slide.
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));

    // The presenter view lists it first, beside the speaker notes, and marks the slide.
    const presenter = await page.context().newPage();
    const presenterWatch = watchPage(presenter, preview.origin);
    await presenter.goto(`${preview.url}#/presenter/${n}`);
    await expect(presenter.getByRole('heading', { name: '批注 1' })).toBeVisible();
    await expect(presenter.locator('.presenter-current .slide-note-badge')).toHaveText('批注 1');
    await expect(presenter.getByRole('region', { name: '本张批注' })).toContainText('2020 年为基数');
    await presenter.close();
    expect(presenterWatch.errors).toEqual([]);
  });

  test('a note on a figure card, from the 批注 action beside 出处', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    const deck = await fetchDeck(page);
    const n = slideWithCards(deck);
    await openSlide(page, preview.url, n);
    const card = currentSlide(page).locator('.figure-card').nth(1);
    const label = (await card.locator('.figure-card-label > span').first().textContent()) ?? '';
    const action = card.getByRole('button', { name: '为这项数据添加批注' });
    // Nothing to see until the card is pointed at: a projected slide shows no editing controls.
    await expect(action).toHaveCSS('opacity', '0');
    const before = await card.boundingBox();
    await card.hover();
    await expect(action).toHaveCSS('opacity', '1');
    expect(await card.boundingBox()).toEqual(before); // the card's layout did not move
    await action.click();

    await expect(panel(page).locator('.note-composer')).toContainText(label);
    await writeNote(page, '这项数据与上年口径不同。');
    await expect(noteCard(page, '这项数据与上年口径不同。')).toContainText(`数据`);
    await expect(card.locator('.figure-note-count')).toHaveText('批注 1');
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));

    const [stored] = (await storedAnnotations(page)).filter((a) => a.anchor.kind === 'figure');
    expect(stored?.anchor).toMatchObject({ kind: 'figure', figureKey: await card.getAttribute('data-figure-key') });
  });

  test('a note on words selected in the source text', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/source`);
    const paragraph = page.locator('.source-text [data-paragraph-id]').nth(4);
    await expect(paragraph).toBeVisible();
    const paragraphId = Number(await paragraph.getAttribute('data-paragraph-id'));
    const selected = await selectWithMouse(page, paragraphId, 2, 9);
    expect(selected).toHaveLength(7);

    const add = page.getByRole('button', { name: '添加批注' });
    await expect(add).toBeVisible();
    await page.screenshot({ path: `${shots}/source-selection.png` });
    await add.click();
    await expect(panel(page).locator('.note-composer')).toContainText(selected.slice(0, 4));
    await writeNote(page, '这句话出自哪份文件？');
    await page.screenshot({ path: `${shots}/source-note.png` });

    const [stored] = (await storedAnnotations(page)).filter((a) => a.anchor.kind === 'quote');
    expect(stored).toMatchObject({ paragraphId, textRange: { start: 2, end: 9 }, body: '这句话出自哪份文件？' });
    expect(stored?.anchor.kind === 'quote' && stored.anchor.quote.exact).toBe(selected);
  });

  test('ink: a stroke drawn while presenting is there again after a reload', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    const n = slideWithCards(await fetchDeck(page));
    await openSlide(page, preview.url, n);
    const inkBefore = (await storedAnnotations(page)).filter((a) => a.anchor.kind === 'ink').length;

    await page.keyboard.press('i');
    await expect(page.getByRole('toolbar', { name: '墨迹工具' })).toBeVisible();
    await drawOnStage(page, [[0.55, 0.3], [0.62, 0.36], [0.7, 0.33], [0.78, 0.4]]);
    await page.getByRole('toolbar', { name: '墨迹工具' }).getByRole('radio', { name: '荧光笔' }).click();
    await drawOnStage(page, [[0.3, 0.86], [0.45, 0.86]]);
    await expect(page.locator('.ink-saved .ink-stroke')).toHaveCount(2);
    await expect(page.locator('.ink-pending .ink-stroke')).toHaveCount(0); // both saved
    await page.screenshot({ path: `${shots}/ink.png` });
    // Pressing and releasing on the slide drew; it did not turn the slide. The arrow keys still do.
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, n + 1);
    await expect(page.locator('.ink-saved .ink-stroke')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, n);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('toolbar', { name: '墨迹工具' })).toHaveCount(0);

    const ink = (await storedAnnotations(page)).filter((a) => a.anchor.kind === 'ink');
    expect(ink).toHaveLength(inkBefore + 2); // one annotation per finished stroke
    const [pen] = ink.slice(-2);
    if (pen?.anchor.kind !== 'ink') throw new Error('not ink');
    const [stroke] = pen.anchor.strokes;
    // Stored in slide coordinates (0..1), where it was drawn, whatever the window size.
    expect(stroke?.points[0]?.[0]).toBeCloseTo(0.55, 2);
    expect(stroke?.points[0]?.[1]).toBeCloseTo(0.3, 2);

    await page.reload();
    await waitForSlide(page, n);
    await expect(page.locator('.ink-saved .ink-stroke')).toHaveCount(2);
    // The eraser takes a stroke away; Ctrl+Z brings it back.
    await page.keyboard.press('i');
    await page.getByRole('toolbar', { name: '墨迹工具' }).getByRole('radio', { name: '橡皮' }).click();
    await drawOnStage(page, [[0.62, 0.28], [0.62, 0.44]]);
    await expect(page.locator('.ink-saved .ink-stroke')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.ink-saved .ink-stroke')).toHaveCount(2);
    await page.keyboard.press('Escape');
  });

  test('the audience sees no staff notes or counts of them unless the notes are opened; the presenter view shows them', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    const n = slideWithCards(await fetchDeck(page));
    await openSlide(page, preview.url, n);
    await page.keyboard.press('n');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    await writeNote(page, '开会前再核对一次。');
    const card = currentSlide(page).locator('.figure-card').first();
    await card.hover();
    await card.getByRole('button', { name: '为这项数据添加批注' }).click();
    await writeNote(page, '这个数的口径要说明。');
    const badge = page.locator('.deck .slide-note-badge');
    const cardCount = card.locator('.figure-note-count');
    await expect(badge).toBeVisible();
    await expect(cardCount).toBeVisible();

    await page.keyboard.press('n'); // the notes closed: nothing of them on the projected slide
    await expect(panel(page)).toBeHidden();
    await expect(badge).toBeHidden();
    await expect(cardCount).toBeHidden();
    await page.mouse.move(10, 400);
    await page.screenshot({ path: `${shots}/projected-without-marks.png` });
    await page.reload();
    await waitForSlide(page, n);
    await expect(page.locator('.deck .slide-note-badge')).toBeHidden();

    const presenter = await page.context().newPage();
    const presenterWatch = watchPage(presenter, preview.origin);
    await presenter.goto(`${preview.url}#/presenter/${n}`);
    await expect(presenter.locator('.presenter-current .slide-note-badge')).toBeVisible();
    await expect(presenter.locator('.presenter-current .figure-note-count').first()).toBeVisible();
    // The staff notes come first, beside the speaker notes, not under them.
    const notes = presenter.getByRole('region', { name: '本张批注' });
    await expect(notes).toContainText('开会前再核对一次。');
    const notesBox = await notes.boundingBox();
    const speakerBox = await presenter.getByRole('region', { name: '讲稿备注' }).boundingBox();
    expect(notesBox && speakerBox && notesBox.x < speakerBox.x && Math.abs(notesBox.y - speakerBox.y) < 4).toBe(true);
    await presenter.screenshot({ path: `${shots}/presenter-notes.png` });
    await presenter.close();
    expect(presenterWatch.errors).toEqual([]);
  });

  test('the laser pointer follows the mouse and leaves nothing', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 3);
    const before = (await storedAnnotations(page, true)).length;
    await page.keyboard.press('l');
    const stage = await page.locator('.deck .stage').boundingBox();
    if (!stage) throw new Error('no stage');
    await page.mouse.move(stage.x + stage.width * 0.5, stage.y + stage.height * 0.5);
    await page.mouse.move(stage.x + stage.width * 0.6, stage.y + stage.height * 0.55, { steps: 5 });
    await expect(page.locator('.ink-laser')).toHaveAttribute('data-visible', 'true');
    await page.mouse.click(stage.x + stage.width * 0.6, stage.y + stage.height * 0.55);
    await expect(page).toHaveURL(/#\/3$/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.ink-laser')).toHaveAttribute('data-visible', 'false');
    await expect(page.locator('.ink-layer')).not.toHaveClass(/is-active/);
    expect(await storedAnnotations(page, true)).toHaveLength(before);
    await expect(page.locator('.ink-saved .ink-stroke, .ink-pending .ink-stroke')).toHaveCount(0);
  });

  test('search finds Chinese words in the report and the notes, and jumps to the slide or the passage', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    const deck = await fetchDeck(page);

    // Three characters (the full-text index) …
    await page.keyboard.press('Control+f');
    const box = page.getByRole('combobox', { name: '搜索批注与原文' });
    await expect(box).toBeFocused();
    await box.fill('托位数');
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator('mark').first()).toHaveText('托位数');
    await page.screenshot({ path: `${shots}/search.png` });
    const where = (await results.first().locator('.search-where').textContent()) ?? '';
    const n = Number(/第 (\d+) 张/.exec(where)?.[1]);
    expect(deck.slides[n - 1]).toBeDefined();
    await page.keyboard.press('Enter');
    await waitForSlide(page, n);
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));

    // … and two (matched without the index).
    await page.keyboard.press('/');
    await box.fill('就业');
    const paragraphHit = results.filter({ has: page.locator('.search-kind.is-paragraph') }).first();
    await expect(paragraphHit.locator('mark').first()).toHaveText('就业');
    const hitWhere = (await paragraphHit.locator('.search-where').textContent()) ?? '';
    const m = Number(/第 (\d+) 张/.exec(hitWhere)?.[1]);
    await paragraphHit.click();
    await waitForSlide(page, m);

    // 看原文: the report text, scrolled to the paragraph, the match highlighted.
    await page.keyboard.press('/');
    await box.fill('就业');
    await results.filter({ has: page.locator('.search-kind.is-paragraph') }).first().getByRole('button', { name: '看原文' }).click();
    await expect(page).toHaveURL(/#\/source$/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('briefing-passage')?.values().next().value?.toString())).toBe('就业');
  });

  test('search finds a note by its tag and by its author, and shows them', async ({ context }) => {
    await withOwnCopy(context, 2, async (page) => {
      await page.keyboard.press('n');
      await panel(page).getByRole('textbox', { name: /署名/ }).fill('办公室 王敏');
      await panel(page).getByRole('button', { name: '保存', exact: true }).click();
      await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
      await writeNote(page, '请补充数据来源。', { tags: '核对' });

      await panel(page).getByRole('button', { name: '搜索' }).click();
      const box = page.getByRole('combobox', { name: '搜索批注与原文' });
      const notes = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').filter({ has: page.locator('.search-kind.is-annotation') });
      for (const query of ['核对', '王敏']) {
        await box.fill(query);
        await expect(notes).toHaveCount(1);
        await expect(notes).toContainText('请补充数据来源。');
        await expect(notes).toContainText('办公室 王敏 · #核对');
      }
    });
  });

  test('notes travel to a colleague: export JSON-LD here, import it into another copy', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 2);
    await page.keyboard.press('n');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    await writeNote(page, '目录页：第三部分请放在前面。');
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: '导出批注' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^批注_.+\.jsonld$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain('目录页：第三部分请放在前面。');

    // A colleague's copy: a second preview with a store of its own.
    const colleague = await startPreview();
    try {
      const other = await page.context().newPage();
      const otherWatch = watchPage(other, colleague.origin);
      await presetSettings(other, { revealMode: 'all', animate: false });
      await openDeck(other, colleague.url, 2);
      await other.keyboard.press('n');
      await expect(panel(other)).toContainText('本张还没有批注');
      const file = { name: download.suggestedFilename(), mimeType: 'application/ld+json', buffer: Buffer.from(text) };
      await panel(other).getByLabel('选择批注文件').setInputFiles(file);
      const report = panel(other).locator('.note-import-result');
      await expect(report).toContainText(/导入完成：新增 [1-9]\d*，更新 0，未变 0/);
      await expect(noteCard(other, '目录页：第三部分请放在前面。')).toBeVisible();
      const imported = await storedAnnotations(other, true);

      // The same file again: nothing new.
      await panel(other).getByRole('button', { name: '知道了' }).click();
      await panel(other).getByLabel('选择批注文件').setInputFiles(file);
      await expect(report).toContainText(`导入完成：新增 0，更新 0，未变 ${imported.length}`);

      // A broken file is refused with the reason, and changes nothing.
      await panel(other).getByRole('button', { name: '知道了' }).click();
      await panel(other).getByLabel('选择批注文件').setInputFiles({ ...file, buffer: Buffer.from(text.slice(0, text.length / 2)) });
      await expect(panel(other).getByRole('alert')).toContainText('批注文件无效，未导入任何批注');
      expect(await storedAnnotations(other, true)).toEqual(imported);
      await other.screenshot({ path: `${shots}/import.png` });
      await other.close();
      expect(otherWatch.errors).toEqual([]);
      expect(otherWatch.offOrigin).toEqual([]);
    } finally {
      await colleague.stop();
    }
  });

  test('a deleted note leaves nothing of its text in the export, and the export counts the notes shown', async ({ context }) => {
    const kept = ['第一条：数据已核对。', '第二条：请放在开头讲。'];
    const secret = '第三条：内部意见，勿外传。';
    await withOwnCopy(context, 2, async (page) => {
      await page.keyboard.press('n');
      for (const text of [...kept, secret]) {
        await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
        await writeNote(page, text);
      }
      // Deleted by mistake and brought back at once: it was never edited, and does not say so.
      const note = noteCard(page, secret);
      await note.getByRole('button', { name: '删除' }).click();
      await expect(noteList(page).locator('.note-card')).toHaveCount(2);
      await page.keyboard.press('Control+z');
      await expect(note).toBeVisible();
      await expect(note).not.toContainText('（已修改）');

      // Deleted for good: the panel shows two notes, and the export says two.
      await note.getByRole('button', { name: '删除' }).click();
      await expect(noteList(page).locator('.note-card')).toHaveCount(2);
      await expect(panel(page).locator('.note-panel-total')).toHaveText('2');
      const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: '导出批注' }).click()]);
      await expect(page.locator('.note-notice')).toContainText(`已导出 2 条批注：${download.suggestedFilename()}`);

      // Whoever receives the file can read the two notes, and nothing of the third.
      const text = await readFile(await download.path(), 'utf8');
      for (const note of kept) expect(text).toContain(note);
      for (const trace of [secret, '内部意见', '勿外传']) expect(text).not.toContain(trace);
      const items = (JSON.parse(text) as { first: { items: Record<string, unknown>[] } }).first.items;
      const tombstones = items.filter((item) => 'briefing:deleted' in item);
      expect(tombstones.map((item) => Object.keys(item).sort())).toEqual([['briefing:deleted', 'created', 'id', 'modified', 'target', 'type']]);
    });
  });

  test('an earlier export imported after deleting notes brings nothing back unasked, says so, and restores on request', async ({ context }) => {
    const notes = ['甲：开场先讲就业。', '乙：第三张数据待核对。', '丙：结尾补充下一步工作。'];
    await withOwnCopy(context, 2, async (page) => {
      await page.keyboard.press('n');
      for (const text of notes) {
        await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
        await writeNote(page, text);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: '导出批注' }).click()]);
      const earlier = { name: download.suggestedFilename(), mimeType: 'application/ld+json', buffer: await readFile(await download.path()) };
      for (const text of notes.slice(1)) await noteCard(page, text).getByRole('button', { name: '删除' }).click();
      await expect(noteList(page).locator('.note-card')).toHaveCount(1);

      // The deletions are newer than the file: they stand, and the report says how many it left deleted.
      const chooseFile = panel(page).getByLabel('选择批注文件');
      await chooseFile.setInputFiles(earlier);
      const report = panel(page).locator('.note-import-result');
      await expect(report).toContainText('导入完成：新增 0，更新 0，未变 1；2 条在本机已删除，未恢复');
      await expect(noteList(page).locator('.note-card')).toHaveCount(1);
      await page.screenshot({ path: `${shots}/import-deleted-here.png` });
      await report.getByRole('button', { name: '恢复这 2 条' }).click();
      await expect(report).toContainText('已恢复这 2 条批注');
      await expect(noteList(page).locator('.note-card')).toHaveCount(3);
      for (const text of notes) await expect(noteCard(page, text)).not.toContainText('（已修改）');
      await report.getByRole('button', { name: '知道了' }).click();

      // Only Briefing's .jsonld files can be imported: the Markdown summary is refused in words a reader
      // understands, and so is a file over 20 MB; neither changes anything.
      const [summary] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: '导出为 Markdown' }).click()]);
      await chooseFile.setInputFiles({ name: summary.suggestedFilename(), mimeType: 'text/markdown', buffer: await readFile(await summary.path()) });
      const refusal = panel(page).getByRole('alert');
      await expect(refusal).toContainText('这不是批注文件：只能导入 Briefing 导出的 .jsonld 文件（W3C JSON-LD 格式）。这像是导出的 Markdown 摘要');
      await expect(refusal).not.toContainText('Unexpected');
      await refusal.getByRole('button', { name: '知道了' }).click();
      await chooseFile.setInputFiles({ name: 'huge.jsonld', mimeType: 'application/ld+json', buffer: Buffer.alloc(21 * 2 ** 20, ' ') });
      await expect(refusal).toContainText('批注文件过大（21.0 MB），超过上限 20 MB，未导入任何批注');
      expect((await storedAnnotations(page)).map((a) => a.body).sort()).toEqual([...notes].sort());
    });
  });

  test('the author name is set once and signs new notes', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 1);
    await page.keyboard.press('n');
    const name = panel(page).getByRole('textbox', { name: /署名/ });
    await name.fill('办公室 王敏');
    await panel(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(panel(page)).toContainText('署名：办公室 王敏');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    await writeNote(page, '封面：副标题请再斟酌。');
    await expect(noteCard(page, '封面：副标题请再斟酌。')).toContainText('办公室 王敏');
    await page.reload();
    await waitForSlide(page, 1);
    await page.keyboard.press('n');
    await expect(panel(page)).toContainText('署名：办公室 王敏');
  });
});

test.describe('annotating on a small projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the ink tools fit the window in one row, every label whole', async ({ page, preview, watch: _watch }) => {
    await openSlide(page, preview.url, 4);
    await page.keyboard.press('i');
    const tools = page.getByRole('toolbar', { name: '墨迹工具' });
    await expect(tools).toBeVisible();
    const bar = await tools.boundingBox();
    expect(bar && bar.x >= 0 && bar.x + bar.width <= 1024).toBe(true);
    for (const name of ['笔', '荧光笔', '橡皮', '激光笔']) {
      const button = tools.getByRole('radio', { name, exact: true });
      const box = await button.boundingBox();
      expect(box?.height, name).toBeLessThanOrEqual(40);
      await expect(button).toContainText(name);
    }
    const clear = await tools.getByRole('button', { name: '清除本张' }).boundingBox();
    expect(clear?.height).toBeLessThanOrEqual(40);
    await page.screenshot({ path: `${shots}/ink-1024.png` });
  });
});
