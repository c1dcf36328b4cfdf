import { test as base, type Locator, type Page } from '@playwright/test';
import { expect, watchPage, type PageWatch } from './fixtures';
import { startPreview, type Preview } from './preview';

/**
 * Library specs import, rename and delete briefings: each test gets a preview and a store of its own, so
 * what one imports is not in another's library (nor in the other specs' stores).
 */
export const test = base.extend<{ preview: Preview; watch: PageWatch }>({
  preview: async ({}, use) => {
    const preview = await startPreview();
    await use(preview);
    await preview.stop();
  },
  watch: async ({ page, preview }, use) => {
    const watch = watchPage(page, preview.origin);
    await use(watch);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.offOrigin, 'requests to other origins').toEqual([]);
  },
});

export const briefingList = (page: Page): Locator => page.getByRole('list', { name: '简报列表' });

/** A briefing's card in the library, by its title. */
export const briefingCard = (page: Page, title: string): Locator =>
  briefingList(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Choose a file in the library's import control (its `<input type="file">`), as the OS dialog would. */
export async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel('导入报告文件').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

/**
 * Drag a file over the window, as from the desktop: the page gets dragenter with a DataTransfer holding the
 * file (built in the page, as the browser builds one for a real drag). Returns the drop to finish the drag.
 */
export async function dragFileOver(page: Page, name: string, bytes: Uint8Array): Promise<() => Promise<void>> {
  const data = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { name, bytes: [...bytes] },
  );
  const target = page.locator('body');
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  return async () => {
    await target.dispatchEvent('drop', { dataTransfer: data });
    await data.dispose();
  };
}

/** Close the line at the bottom (it would be in a screenshot). */
export async function dismissNotice(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: '关闭提示' });
  if (await close.isVisible()) await close.click();
}

/** Leave the mouse still over the slide until the toolbar and the page buttons have faded, as in a talk. */
export async function letControlsFade(page: Page): Promise<void> {
  await page.mouse.move(24, 680); // the slide's empty margin: no card shows its hover controls
  // Asleep first (a move has just woken them, and they may not have begun to fade in), then faded out.
  for (const controls of [page.locator('.app-toolbar'), page.locator('.deck-nav')]) {
    await expect(controls).toHaveAttribute('data-awake', 'false');
    await expect(controls).toHaveCSS('opacity', '0');
  }
}
