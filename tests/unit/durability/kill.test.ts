import { describe, expect, it } from 'vitest';
import { runKills } from '../../support/kill-run';

/**
 * A save is acknowledged only after its transaction committed. To prove it, kill the host with SIGKILL at a
 * random moment while clients are saving annotations, at least 50 times, restarting it on the same store each
 * time (tests/support/kill-run.ts); then every save that was answered `ok: true` must be in the store, and the
 * store must pass SQLite's integrity checks. `npm run bench` runs the same with 200 kills.
 */
const kills = 50;

describe('durability', () => {
  it(`keeps every acknowledged save through ${kills} SIGKILLs of the host`, async () => {
    const result = await runKills(kills);
    console.log(
      `kill test: ${result.killed} SIGKILLs, ${result.acknowledged} acknowledged saves, ${result.stored} stored, ` +
        `${result.lost.length} lost, ${result.seconds.toFixed(1)} s`,
    );
    expect(result.integrity).toBe('ok');
    expect(result.ftsIntegrity).toBe('ok');
    expect(result.killed).toBeGreaterThanOrEqual(kills);
    expect(result.acknowledged).toBeGreaterThan(kills);
    expect(result.lost).toEqual([]);
  }, 300_000);
});
