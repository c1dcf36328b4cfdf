import { test as base, expect, type Page, type WorkerFixture } from '@playwright/test';
import { startPreview, type Preview } from './preview';

export interface PageWatch {
  /** Console errors and uncaught exceptions seen on the page. */
  readonly errors: string[];
  /** Requests to any origin other than the host's. */
  readonly offOrigin: string[];
}

/** Record console errors and off-origin requests of a page from now on. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], offOrigin: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.offOrigin.push(url);
  });
  return watch;
}

/** A preview host (and a store of its own) per worker; a spec file that registers it anew gets its own. */
export const previewFixture: [WorkerFixture<Preview, object>, { scope: 'worker' }] = [
  async ({}, use) => {
    const preview = await startPreview();
    await use(preview);
    await preview.stop();
  },
  { scope: 'worker' },
];

export const test = base.extend<{ watch: PageWatch }, { preview: Preview }>({
  preview: previewFixture,
  watch: async ({ page, preview }, use) => {
    const watch = watchPage(page, preview.origin);
    await use(watch);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.offOrigin, 'requests to other origins').toEqual([]);
  },
});

export { expect };
