/**
 * The seed's figures against their hand-reviewed truth (seed-figures.golden.json), field by field.
 *
 * To regenerate after a deliberate rule change: UPDATE_GOLDEN=1 npx vitest run tests/unit/core/report/figures/seed-golden
 * — and review every changed entry against the report before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import type { Figure } from '../../../../../main/shared/figure';
import { readSeed, repositoryRoot } from './helpers';

const goldenPath = `${repositoryRoot}tests/unit/core/report/figures/seed-figures.golden.json`;

/** The compared fields: the figure without the quote strings (their offsets are compared). */
function goldenEntry(found: Figure) {
  const { quote: _quote, ...source } = found.source;
  return {
    key: found.key, index: found.index, kind: found.kind, valueText: found.valueText, value: found.value, unit: found.unit,
    normalised: found.normalised, label: found.label, period: found.period, base: found.base ?? null, meaning: found.meaning ?? null,
    qualifier: found.qualifier, derived: found.derived,
    rank: found.rank, relations: found.relations, source,
  };
}

type GoldenEntry = ReturnType<typeof goldenEntry>;

describe('seed figures golden file', () => {
  const figures = analyseReport(readSeed()).figures.map(goldenEntry);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(figures, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as GoldenEntry[];

  it('has as many figures as the golden file', () => {
    expect(figures.map((found) => found.key)).toEqual(golden.map((entry) => entry.key));
  });

  for (const entry of golden) {
    it(`#${entry.index} ${entry.label} ${entry.valueText}${entry.unit}`, () => {
      const found = figures.find((candidate) => candidate.key === entry.key);
      expect(found).toBeDefined();
      for (const field of Object.keys(entry) as (keyof GoldenEntry)[]) expect(found?.[field], field).toEqual(entry[field]);
    });
  }
});
