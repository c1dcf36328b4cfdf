import { gb18030, toDocx } from '../support/document-fixtures';
import { inventedReport, toPlainText, toWebPage } from '../support/invented-report';
import { maxDocumentBytes } from '../../main/shared/documents';
import { noteList, panel } from './support/annotations';
import { currentSlide, openDeck, presetSettings, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { briefingCard, briefingList, chooseFile, dismissNotice, dragFileOver, letControlsFade, test } from './support/library';

const shots = 'tests/artifacts';
const title = '青川“十四五”答卷';

test.describe('a presenter keeps several briefings in the library', () => {
  test('imports a Word file through the library and sees its deck, from its cover', async ({ page, preview, watch: _watch }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await presetSettings(page, { revealMode: 'all', animate: false });
    await openDeck(page, preview.url, 3);
    await page.mouse.move(200, 20);
    await page.getByRole('button', { name: '简报库' }).click();
    await expect(page).toHaveURL(/#\/library$/);
    await expect(briefingCard(page, '“十四五”成就')).toContainText('正在放映');

    await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
    await waitForSlide(page, 1);
    await expect(page).toHaveURL(/#\/1$/);
    const cover = currentSlide(page);
    await expect(cover).toHaveAttribute('data-slide-kind', 'cover');
    await expect(cover.locator('h1')).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: `已导入《${title}》` })).toBeVisible();
    await dismissNotice(page);
    await letControlsFade(page);
    await page.screenshot({ path: `${shots}/imported-briefing-cover.png` });
    // Through the agenda and the first part's divider to its first content slide.
    for (let n = 2; n <= 4; n += 1) {
      await page.keyboard.press('ArrowRight');
      await waitForSlide(page, n);
    }
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'content');
    await letControlsFade(page);
    await page.screenshot({ path: `${shots}/imported-briefing-slide.png` });

    // Back in the library it is listed with what it is and where it came from; the embedded one stays.
    await page.mouse.move(200, 20);
    await page.getByRole('button', { name: '简报库' }).click();
    const card = briefingCard(page, title);
    await expect(card).toContainText('青川答卷.docx');
    await expect(card).toContainText('Word 文档');
    await expect(card).toContainText('正在放映');
    await expect(card.getByRole('definition').first()).toHaveText(/^\d+ 项$/);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(2);
    // And from the library back to the deck, where it was left.
    await page.getByRole('button', { name: '幻灯片' }).click();
    await waitForSlide(page, 4);
    await expect(currentSlide(page).locator('h1, h2').first()).toBeVisible();
  });

  test('a Word file dropped anywhere on the window, even while presenting, opens as a new briefing', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 2);
    const drop = await dragFileOver(page, '青川答卷.docx', await toDocx(inventedReport));
    await expect(page.getByText('松开鼠标，导入这份报告')).toBeVisible();
    await drop();
    await expect(page.getByText('松开鼠标，导入这份报告')).toBeHidden();
    await waitForSlide(page, 1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-kind', 'cover');
    await expect(currentSlide(page).locator('h1')).toHaveText(title);

    await page.goto(`${preview.url}#/library`);
    await expect(briefingCard(page, title)).toContainText('Word 文档');
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(2);
  });

  test('GB18030 text is read without asking its encoding, and the library says which it was', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷.txt', gb18030(toPlainText(inventedReport)));
    await waitForSlide(page, 1);
    await expect(currentSlide(page).locator('h1')).toHaveText(title);
    await page.goto(`${preview.url}#/library`);
    await expect(briefingCard(page, title)).toContainText('纯文本 · GB18030');
  });

  test('the same file a second time is not imported again: the library offers the briefing that has it', async ({ page, preview, watch: _watch }) => {
    const docx = await toDocx(inventedReport);
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷.docx', docx);
    await waitForSlide(page, 1);
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷（另存）.docx', docx);
    const offer = page.getByRole('dialog', { name: '简报库中已有这份报告' });
    await expect(offer).toContainText('未重复导入');
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(2);
    await offer.getByRole('button', { name: `打开《${title}》` }).click();
    await expect(currentSlide(page).locator('h1')).toHaveText(title);
  });

  test('deleting asks first, and 撤销 brings the briefing back with its notes', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
    await waitForSlide(page, 1);
    await page.keyboard.press('n');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    const editor = panel(page).getByRole('textbox', { name: '批注内容' });
    await expect(editor).toBeFocused();
    await editor.fill('封面先讲青川的总体情况');
    await page.keyboard.press('Control+Enter');
    await expect(noteList(page)).toContainText('封面先讲青川的总体情况');
    await page.goto(`${preview.url}#/library`);
    const card = briefingCard(page, title);
    await expect(card).toContainText('1 条');

    await card.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('alertdialog', { name: '删除简报？' });
    await expect(confirm).toContainText(`将从简报库中删除《${title}》及其 1 条批注`);
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(card).toBeVisible();

    await card.getByRole('button', { name: '删除' }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect(card).toBeHidden();
    const deleted = page.getByRole('list', { name: '已删除的简报' });
    await expect(deleted).toContainText(title);
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await expect(card).toBeVisible();
    await expect(deleted).toBeHidden();

    // Deleted again, it can still be brought back from the list of this session's deletions, after a reload too.
    await card.getByRole('button', { name: '删除' }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect(card).toBeHidden();
    await page.reload();
    await deleted.getByRole('button', { name: '撤销删除' }).click();
    await expect(card).toBeVisible();
    await expect(card).toContainText('1 条');
    await card.getByRole('button', { name: '打开' }).click();
    await expect(currentSlide(page).locator('h1')).toHaveText(title);
  });

  test('导入新版本 replaces the report and keeps the notes on it', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
    await waitForSlide(page, 1);
    await page.keyboard.press('n');
    await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
    await panel(page).getByRole('textbox', { name: '批注内容' }).fill('封面先讲青川的总体情况');
    await page.keyboard.press('Control+Enter');
    await expect(noteList(page)).toContainText('封面先讲青川的总体情况');

    await page.goto(`${preview.url}#/library`);
    const revised = await toDocx({ ...inventedReport, closing: '青川答卷（修订稿）' });
    await page.getByLabel(`《${title}》的新版本文件`).setInputFiles({ name: '青川答卷（修订稿）.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(revised) });
    // First what changed (here only the closing line: no figure), then 导入新版本.
    await page.getByRole('dialog', { name: `导入《${title}》的新版本？` }).getByRole('button', { name: '导入新版本' }).click();
    await expect(page.getByRole('status').filter({ hasText: `已导入《${title}》的新版本` })).toContainText('批注重新定位 1 条');
    const card = briefingCard(page, title);
    await expect(card).toContainText('青川答卷（修订稿）.docx');
    await expect(card).toContainText('1 条');
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(2);
  });

  test('a briefing renamed in the library shows its new title on the cover', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/library`);
    const card = briefingCard(page, '“十四五”成就');
    await card.getByRole('button', { name: '重命名' }).click();
    const field = page.getByRole('textbox', { name: '新标题' });
    await field.fill('“十四五”成就（部务会）');
    await field.press('Enter');
    const renamed = briefingCard(page, '“十四五”成就（部务会）');
    await renamed.getByRole('button', { name: '打开' }).click();
    await expect(currentSlide(page).locator('h1')).toHaveText('“十四五”成就（部务会）');
  });

  test('an import that takes a while shows its stages and can be cancelled, leaving nothing behind', async ({ page, preview, watch: _watch }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${preview.url}#/library`);
    // The request carrying the file is held on its way, as on a slow machine, until the user has cancelled.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => decodeURIComponent(url.pathname) === '/api/briefings:import', async (route) => {
      await held;
      await route.continue();
    });
    await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
    const progress = page.getByRole('dialog', { name: '正在导入' });
    await expect(progress).toContainText('青川答卷.docx');
    await expect(progress.getByRole('list', { name: '导入步骤' })).toContainText('读取文件分析结构与数据生成幻灯片');
    await expect(progress.locator('[aria-current="step"]')).toHaveText('读取文件');
    await page.screenshot({ path: `${shots}/library-import-progress.png` });
    await progress.getByRole('button', { name: '取消' }).click();
    await expect(progress.getByRole('button', { name: '正在取消…' })).toBeDisabled();
    release();
    await expect(page.getByRole('status').filter({ hasText: '已取消导入“青川答卷.docx”，未保存任何内容' })).toBeVisible();
    await expect(progress).toBeHidden();
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);
    await page.reload();
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);
  });

  const badFiles: [string, string, () => Uint8Array, string][] = [
    ['an empty file', '空白.txt', () => new Uint8Array(0), '“空白.txt”是空文件（0 字节）'],
    ['random bytes', '乱码.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), '“乱码.txt”不是可读的文本文件：含有二进制数据'],
    ['a .docx that is not a Word file', '假的.docx', () => new TextEncoder().encode('这不是 Word 文件'), '“假的.docx”不是有效的 Word 文档（.docx）'],
    ['an unsupported extension', '报表.xlsx', () => new Uint8Array([80, 75, 3, 4]), '无法导入“报表.xlsx”：扩展名 .xlsx 不受支持'],
    ['a file over the 20 MB cap', '太大.txt', () => new Uint8Array(maxDocumentBytes + 1), '“太大.txt”文件过大（20.1 MB），超过上限 20 MB，未导入'],
  ];

  test('every bad file is refused with a message that names the problem, and nothing is stored', async ({ page, preview, watch: _watch }) => {
    await page.goto(`${preview.url}#/library`);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);
    for (const [what, name, bytes, message] of badFiles) {
      await test.step(what, async () => {
        await chooseFile(page, name, bytes());
        const refusal = page.getByRole('alertdialog', { name: '无法导入' });
        await expect(refusal).toContainText(message);
        await expect(refusal).toContainText('简报库未作任何改动');
        await refusal.getByRole('button', { name: '知道了' }).click();
        await expect(refusal).toBeHidden();
        await expect(briefingList(page).getByRole('listitem')).toHaveCount(1);
      });
    }
    // A bad file dropped on the window is refused the same way.
    const drop = await dragFileOver(page, '报表.xlsx', new Uint8Array([80, 75, 3, 4]));
    await drop();
    await expect(page.getByRole('alertdialog', { name: '无法导入' })).toContainText('扩展名 .xlsx 不受支持');
  });

  test('the library at 1280×720', async ({ page, preview, watch: _watch }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
    await waitForSlide(page, 1);
    await page.goto(`${preview.url}#/library`);
    await chooseFile(page, '青川答卷（网页版）.html', new TextEncoder().encode(toWebPage({ ...inventedReport, title: '青川省民生保障新闻发布会' })));
    await waitForSlide(page, 1);
    await page.goto(`${preview.url}#/library`);
    await expect(briefingList(page).getByRole('listitem')).toHaveCount(3);
    await page.screenshot({ path: `${shots}/library.png` });
  });
});
