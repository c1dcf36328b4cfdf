import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { fileNameOf } from '../../main/shared/file-names';
import type { Deck } from '../../main/shared/deck';
import type { StoredFigure } from '../../main/shared/figure';
import { callChannel } from './support/api';
import { test } from './support/annotations';
import { fetchDeck, openDeck } from './support/deck';
import { expect } from './support/fixtures';

test.describe('exporting a briefing for Office from the preview', () => {
  test('导出 › PowerPoint downloads the deck as a presentation with one slide a slide', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck: Deck = await fetchDeck(page);

    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PowerPoint 演示文稿' }).click()]);
    expect(download.suggestedFilename()).toBe(`${fileNameOf(deck.title)}.pptx`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(deck.slides.length);
    expect(Object.keys(zip.files).some((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: `已下载：${fileNameOf(deck.title)}.pptx` })).toBeVisible();
  });

  test('导出 › CSV downloads every figure, in UTF-8 with a BOM so Excel reads the Chinese', async ({ page, preview, watch: _watch }) => {
    await openDeck(page, preview.url, 1);
    const deck: Deck = await fetchDeck(page);
    const figures = (await callChannel(page, 'figures:list', { briefingId: deck.briefingId })) as StoredFigure[];
    expect(figures.length).toBeGreaterThan(10);

    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV 数据表' }).click()]);
    expect(download.suggestedFilename()).toBe(`${fileNameOf(deck.title)}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    for (const figure of figures) expect(text).toContain(figure.label);
  });
});
