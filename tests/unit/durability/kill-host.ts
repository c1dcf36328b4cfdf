import { randomBytes } from 'node:crypto';
import { startCore } from '../../../main/core/app';
import { startHost } from '../../../main/host/server';

/**
 * The browser host for the kill test: the real store (startCore), the real handlers and the real HTTP host
 * (startHost), without preview.ts's renderer build check, which would rebuild the renderer on every start
 * while main/core is being edited. Prints the same line as `npm run preview`.
 * Environment: BRIEFING_DB (store), BRIEFING_DATA_DIR (the embedded report), BRIEFING_RENDERER_DIR, PORT.
 */
async function main(): Promise<void> {
  const { BRIEFING_DB: dbPath, BRIEFING_DATA_DIR: dataDir, BRIEFING_RENDERER_DIR: rendererDir } = process.env;
  if (!dbPath || !dataDir || !rendererDir) throw new Error('BRIEFING_DB, BRIEFING_DATA_DIR and BRIEFING_RENDERER_DIR are required');
  const core = startCore(dbPath, dataDir);
  const host = await startHost({
    context: core,
    rendererDir,
    token: randomBytes(24).toString('base64url'),
    port: Number(process.env.PORT ?? 0),
  });
  console.log(`Briefing preview: ${host.url}#/1`);
}

main().catch((error: unknown) => {
  console.error(`kill-host failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
