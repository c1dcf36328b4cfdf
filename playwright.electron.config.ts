import { defineConfig } from '@playwright/test';

// The real-Electron smoke test: run through `npm run test:electron`, which packs the app and names it in
// BRIEFING_PACKED_APP (or skips where there is no Electron binary).
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
});
