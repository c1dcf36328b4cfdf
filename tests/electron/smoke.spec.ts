import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The packed desktop app, started as a user would: it opens on the embedded briefing's cover, → goes to the
 * agenda, and it closes. Its data goes to a throwaway home folder, never the tester's own store.
 */
const packedApp = process.env.BRIEFING_PACKED_APP;

test.skip(!packedApp, 'run through `npm run test:electron`, which packs the app first');

test('the packed app opens on the embedded briefing, steps to the next slide and closes', async () => {
  const home = mkdtempSync(join(tmpdir(), 'briefing-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData', 'Roaming') });
  const app = await electron.launch({ executablePath: packedApp, args: [], env });
  try {
    const window = await app.firstWindow();
    const cover = window.locator('.slide-layer.is-current > [data-slide-kind="cover"]');
    await expect(cover).toBeVisible();
    await expect(cover.locator('h1')).toHaveText('“十四五”成就');
    await window.keyboard.press('ArrowRight');
    await expect(window.locator('.slide-layer.is-current > [data-slide-kind="agenda"]')).toBeVisible();
    expect(await window.evaluate(() => location.hash)).toBe('#/2');
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
