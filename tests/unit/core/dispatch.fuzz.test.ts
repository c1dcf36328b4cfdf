import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../main/core/app';
import { dispatch } from '../../../main/core/dispatch';
import { channels } from '../../../main/shared/channels';
import { contract } from '../../../main/shared/contract';
import { channelPayload, wellShapedFor } from '../../support/payloads';
import { dataDir, tempDir } from '../../support/temp';

/**
 * Every channel, through the one entry point the IPC layer and the host share, against 10,000 generated
 * payloads: every answer is a typed success or a typed refusal — never a throw, never an unhandled rejection,
 * never an internal error — and the store passes SQLite's integrity checks afterwards.
 */
const payloads = 10_000;

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(() => {
  dir = tempDir('briefing-fuzz-');
  core = startCore(join(dir.path, 'store.db'), dataDir);
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  core.close();
  dir.cleanup();
});

/** The fields a channel's input schema names (its zod object shape). */
const fieldsOf = (channel: (typeof channels)[number]): string[] => Object.keys((contract[channel].input as unknown as { shape?: object }).shape ?? {});

/** A channel, then either anything at all or its own fields with edge values. */
const channelAndPayload = fc
  .constantFrom(...channels)
  .chain((channel) => fc.tuple(fc.constant(channel), fc.oneof(channelPayload, wellShapedFor(fieldsOf(channel)))));

describe('dispatch under generated input', () => {
  it(`answers ${payloads} generated payloads on every channel with a typed result`, async () => {
    let sent = 0;
    const answered = new Map<string, number>();
    const internal: string[] = [];
    await fc.assert(
      fc.asyncProperty(channelAndPayload, async ([channel, input]) => {
        sent++;
        const result = await dispatch(channel, input, core);
        expect(typeof result.ok).toBe('boolean');
        const outcome = result.ok ? 'ok' : result.error.code;
        answered.set(outcome, (answered.get(outcome) ?? 0) + 1);
        if (!result.ok) {
          expect(typeof result.error.code).toBe('string');
          expect(typeof result.error.message).toBe('string');
          if (result.error.code === 'INTERNAL') internal.push(`${channel}: ${result.error.message}`);
        }
      }),
      { numRuns: payloads, seed: 20261202 },
    );
    console.log(`dispatch fuzz: ${sent} payloads → ${[...answered].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
    expect(sent).toBeGreaterThanOrEqual(payloads);
    // Some payloads must get through the schemas, or the handlers behind them were never exercised.
    expect(answered.get('ok') ?? 0).toBeGreaterThan(0);
    expect(internal).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => core.db.prepare(`INSERT INTO annotations_fts(annotations_fts) VALUES ('integrity-check')`).run()).not.toThrow();
  }, 300_000);
});
