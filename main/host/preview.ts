import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDbPath, startCore, userDataDir } from '../core/app';
import { createFirstPaint, firstPaintCacheFolder } from '../serve/first-paint/service';
import { loadPreDrawer, preDrawerPath } from '../serve/first-paint/drawer';
import { StoreError } from '../core/store/errors';
import { buildRenderer, rendererIsStale } from './renderer-build';
import { startHost } from './server';

/**
 * `npm run preview`: the app in any browser, for machines without a display and for the e2e tests.
 * Honours PORT (default: a free port) and BRIEFING_DB (else `--db`, else the per-user store).
 */
async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const args = process.argv.slice(2);
  const dbFlag = args.indexOf('--db');
  const dbPath = resolveDbPath(dbFlag >= 0 ? args[dbFlag + 1] : undefined);
  const port = process.env.PORT ? Number(process.env.PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${process.env.PORT}`);

  if (rendererIsStale(root)) {
    console.error('Building the renderer…');
    buildRenderer(root);
  }
  const core = startCore(dbPath, join(root, 'data'));
  if (core.backupPath) console.error(`Database migrated; previous version kept at ${core.backupPath}`);
  if (core.setAsidePath) console.error(`数据库已损坏，已移到 ${core.setAsidePath}，并新建了数据库。The damaged store was moved there.`);
  const rendererDir = join(root, 'out', 'renderer');
  const firstPaint = createFirstPaint({
    rendererDir,
    loadPreDrawer: async () => {
      const drawer = await loadPreDrawer(preDrawerPath(join(root, 'out')));
      if (!drawer) console.error('The first slide is not drawn ahead: out/first-paint/pre-draw.cjs is missing (npm run build:renderer).');
      return drawer;
    },
    context: core,
    // The app's own folder (shared with the desktop app), not beside a store named with --db or BRIEFING_DB.
    cacheDir: join(userDataDir(), firstPaintCacheFolder),
    onError: (error) => console.error(`The first slide is not drawn ahead: ${error instanceof Error ? error.message : String(error)}`),
  });
  // Drawn once now, so the first page to ask does not wait for the glyphs to be cut.
  await firstPaint.document();
  const host = await startHost({
    context: core,
    rendererDir,
    token: randomBytes(24).toString('base64url'),
    port,
    firstPaint,
  });
  console.log(`Briefing preview: ${host.url}#/1`);
  console.error(`Store: ${dbPath}  (Ctrl+C to stop)`);

  const stop = (): void => {
    void host.close().finally(() => {
      core.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 1500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof StoreError || error instanceof Error ? error.message : String(error);
  console.error(`Briefing preview failed: ${message}`);
  process.exit(1);
});
