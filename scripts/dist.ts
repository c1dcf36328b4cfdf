import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feedUrlArg, updateFeedArgs } from './update-feed';

/**
 * `npm run dist` (after the build): electron-builder with electron-builder.yml, plus the internal update feed
 * when BRIEFING_UPDATE_URL is set (scripts/update-feed.ts). Never publishes anything itself.
 * Run directly, it passes its arguments on: `npx tsx scripts/dist.ts --win`.
 */
function main(): number {
  let feed: string[];
  try {
    feed = updateFeedArgs(process.env);
  } catch (error) {
    console.error(`dist: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(feed.length > 0 ? `dist: internal update feed ${feed.find((arg) => arg.startsWith(feedUrlArg))?.slice(feedUrlArg.length)}` : 'dist: no update feed (BRIEFING_UPDATE_URL not set)');
  const cli = join(dirname(createRequire(import.meta.url).resolve('electron-builder/package.json')), 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...feed, ...process.argv.slice(2), '--publish', 'never'], {
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

process.exitCode = main();
