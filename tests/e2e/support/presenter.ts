import type { Page } from '@playwright/test';
import { expect, watchPage, type PageWatch } from './fixtures';

/**
 * The presenter's window of a test: opened with P from the audience window and watched like it (console
 * errors, requests to other origins), which `check` (an afterEach) asserts; `forget` when a test closes it.
 */
export function presenterWindow() {
  let watch: PageWatch | null = null;
  return {
    async open(page: Page, origin: string): Promise<Page> {
      const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
      watch = watchPage(presenter, origin);
      // Keys pressed before the view (and its keyboard controller) is up would go nowhere.
      await expect(presenter.locator('.presenter')).toBeVisible();
      return presenter;
    },
    check(): void {
      if (!watch) return;
      const seen = watch;
      watch = null;
      expect(seen.errors, 'presenter console errors').toEqual([]);
      expect(seen.offOrigin, 'presenter requests to other origins').toEqual([]);
    },
    forget(): void {
      watch = null;
    },
  };
}
