import type { Page } from '@playwright/test';
import { toDocx } from '../support/document-fixtures';
import { inventedReport, reviseReport } from '../support/invented-report';
import type { StoredFigure } from '../../main/shared/figure';
import { noteList, panel } from './support/annotations';
import { callChannel } from './support/api';
import { currentSlide, presetSettings, waitForSlide } from './support/deck';
import { expect } from './support/fixtures';
import { briefingCard, chooseFile, dismissNotice, test } from './support/library';

const shots = 'tests/artifacts';
const title = '青川“十四五”答卷';
/** The revised version: 实训基地 12 → 15, and 新能源汽车保有量 gone. */
const revision = reviseReport(inventedReport, [
  ['新建公共实训基地12个', '新建公共实训基地15个'],
  ['，新能源汽车保有量达到64万辆', ''],
]);

const reviewDialog = (page: Page) => page.getByRole('dialog', { name: `导入《${title}》的新版本？` });

async function chooseNewVersion(page: Page): Promise<void> {
  await page.getByLabel(`《${title}》的新版本文件`).setInputFiles({ name: '青川答卷（修订稿）.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await toDocx(revision)) });
}

async function figureValues(page: Page, briefingId: number): Promise<Map<string, string>> {
  const figures = (await callChannel(page, 'figures:list', { briefingId })) as StoredFigure[];
  return new Map(figures.map((f) => [f.label, f.valueText]));
}

test('导入新版本 first shows what changed; 取消 leaves the briefing as it was, 导入新版本 puts the new value on the slide', async ({ page, preview, watch: _watch }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await presetSettings(page, { revealMode: 'all', animate: false });
  await page.goto(`${preview.url}#/library`);
  await chooseFile(page, '青川答卷.docx', await toDocx(inventedReport));
  await waitForSlide(page, 1);
  // To the slide with 新建公共实训基地, and a note on it.
  for (let n = 2; n <= 5; n += 1) {
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, n);
  }
  const trainingCard = currentSlide(page).locator('.figure-card').filter({ hasText: '实训基地' });
  await expect(trainingCard).toContainText('12');
  await page.keyboard.press('n');
  await panel(page).getByRole('button', { name: '添加批注', exact: true }).click();
  await panel(page).getByRole('textbox', { name: '批注内容' }).fill('实训基地的数字要核实');
  await page.keyboard.press('Control+Enter');
  await expect(noteList(page)).toContainText('实训基地的数字要核实');

  await page.goto(`${preview.url}#/library`);
  const card = briefingCard(page, title);
  const briefingId = Number(await card.getAttribute('data-briefing-id'));
  const before = await figureValues(page, briefingId);
  await chooseNewVersion(page);
  const dialog = reviewDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('数据变化')).toContainText(/数据 新增\s*0\s*数据 改变\s*1\s*数据 删除\s*1/);
  const changed = dialog.getByRole('region', { name: '改变的数据' }).getByRole('listitem');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('新建公共实训基地数量');
  await expect(changed).toContainText('12个→15个');
  await expect(changed).toContainText('新建公共实训基地12个，累计开展');
  await expect(changed).toContainText('新建公共实训基地15个，累计开展');
  await expect(changed).toContainText('“实训基地的数字要核实”');
  await expect(changed).toContainText('《就业收入水平显著提升（2/2）》');
  await expect(dialog.getByRole('region', { name: '删除的数据' })).toContainText('新能源汽车保有量64万辆');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.screenshot({ path: `${shots}/reimport-preview-dialog.png` });

  // The keyboard stays in the dialog; Esc is 取消, and the focus goes back to the card.
  for (let n = 0; n < 5; n += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('button', { name: '导入新版本' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('未导入“青川答卷（修订稿）.docx”');
  await expect(card).toContainText('青川答卷.docx');
  expect(await figureValues(page, briefingId)).toEqual(before);
  await dismissNotice(page);

  await chooseNewVersion(page);
  await reviewDialog(page).getByRole('button', { name: '导入新版本' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已导入《${title}》的新版本` })).toContainText('批注重新定位 1 条');
  await expect(card).toContainText('青川答卷（修订稿）.docx');
  const after = await figureValues(page, briefingId);
  expect(after.get('新建公共实训基地数量')).toBe('15');
  expect(after.has('新能源汽车保有量')).toBe(false);

  // The briefing opens where it was left: the slide the note is on.
  await card.getByRole('button', { name: '打开' }).click();
  await waitForSlide(page, 5);
  await expect(trainingCard).toContainText('15');
});

test('a new version holding the same report is said to be the same, with nothing to import', async ({ page, preview, watch: _watch }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${preview.url}#/library`);
  const docx = await toDocx(inventedReport);
  await chooseFile(page, '青川答卷.docx', docx);
  await waitForSlide(page, 1);
  await page.goto(`${preview.url}#/library`);
  await page.getByLabel(`《${title}》的新版本文件`).setInputFiles({ name: '青川答卷（再次）.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) });
  const dialog = page.getByRole('dialog', { name: '新版本与当前版本相同' });
  await expect(dialog).toContainText('没有需要导入的内容');
  await expect(dialog.getByRole('button', { name: '导入新版本' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(briefingCard(page, title)).toContainText('青川答卷.docx');
});
