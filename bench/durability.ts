import { runKills } from '../tests/support/kill-run';
import type { BenchRow } from './table';

/** The durability test's kill run, four times longer: every acknowledged save must be in the store. */
export async function measureDurability(kills = 200): Promise<BenchRow[]> {
  const result = await runKills(kills);
  return [
    {
      name: `SIGKILLs of the host while saving notes`,
      value: result.killed,
      unit: 'kills',
      note: `${result.acknowledged} saves acknowledged, ${result.stored} stored, ${result.lost.length} lost; integrity ${result.integrity}, full-text index ${result.ftsIntegrity}; ${result.seconds.toFixed(0)} s`,
    },
    { name: 'acknowledged saves lost', value: result.lost.length, unit: '', target: '0' },
  ];
}
