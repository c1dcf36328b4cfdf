import { importReport } from '../../../../main/core/briefings/import';
import { dispatch } from '../../../../main/core/dispatch';
import type { Channel, ChannelInput, ChannelResult } from '../../../../main/shared/contract';
import { closeStore, openStore, type Db } from '../../../../main/core/store/connection';
import { seedText } from '../../../support/temp';

/** A fresh in-memory store holding the embedded report as briefing 1. */
export function seededStore(): { db: Db; briefingId: number; close: () => void } {
  const { db } = openStore(':memory:');
  const { id } = importReport(db, '000_4400adb43caeaed0.txt', seedText());
  return { db, briefingId: id, close: () => closeStore(db) };
}

/** Call a channel the way the UI does (input validated by the contract); throws on `{ok:false}`. */
export async function call<K extends Channel>(db: Db, channel: K, input: ChannelInput<K>): Promise<ChannelResult<K>> {
  const result = await dispatch(channel, input, { db });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelResult<K>;
}

/** The `{ok:false}` error of a call that must fail. */
export async function failure(db: Db, channel: Channel, input: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(channel, input, { db });
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** A clock that moves one second per call, from a fixed start, so merge order is under the test's control. */
export function steppingClock(startIso = '2026-03-01T08:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

export const count = (db: Db, table: string): number =>
  Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
