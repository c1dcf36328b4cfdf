/**
 * Parsing and extraction scale linearly. Checked on the count of the extraction's inner steps (work-meter.ts),
 * which is deterministic, never on elapsed or CPU time: a timed ratio failed on garbage-collection noise on a
 * busy machine (issue 13). `npm run bench` still reports the timings.
 *
 * Linear work gives a step ratio equal to the size ratio; the binary searches of a long sentence add a log
 * factor; quadratic work would give the square. The bound sits between the first two and far below the last.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { measureWork } from '../../../../../main/core/report/figures/work-meter';
import { readSeed } from './helpers';

const seed = readSeed();
const body = seed.slice(seed.indexOf('## '), seed.lastIndexOf('内蒙古答卷'));

function seedTimes(copies: number): string {
  return `“十四五”成就\n\n${body.repeat(copies)}内蒙古答卷`;
}

function release(paragraph: string): string {
  return ['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', paragraph].join('\n\n');
}

/** How the steps grow when the text grows `factor` times. */
function growth(make: (copies: number) => string, copies: number, factor: number): number {
  const small = measureWork(() => analyseReport(make(copies))).steps;
  const large = measureWork(() => analyseReport(make(copies * factor))).steps;
  return large / small;
}

/** Texts that once made one step or another quadratic, each growing inside one paragraph, sentence or clause. */
const LONG_TEXTS: Readonly<Record<string, (copies: number) => string>> = {
  'one sentence of many clauses': (n) =>
    release(`${'粮食产量达到700亿斤，较2020年增长50亿斤，居全国第三位，比全国高0.5个百分点，从“十三五”末的3个跃升至现在的5个，新建8个国家级和12个省级实验室，优于全国平均水平，'.repeat(n)}。`),
  'one clause of counted modifiers': (n) => release(`新建${'8个国家级、12个省级、'.repeat(n)}重点实验室。`),
  'one clause of a running total': (n) => release(`累计完成${'造林300万亩、'.repeat(n)}种草1万亩。`),
  'rises in rank with their earlier periods': (n) => release(`${'增速排名从2020年的全国倒数第3位跃升至正数第2位，'.repeat(n)}。`),
  'periods scoped to one value': (n) => release(`${'托位数从2020年的3个'.repeat(n)}。`),
  'ranks and 领先全国': (n) => release(`${'产量居全国第一，算力领先全国，'.repeat(n)}。`),
  'one paragraph of sentences with subscripts': (n) => release('粮食产量达到700亿斤，较2020年增长50亿斤。PM<sub>2.5</sub>平均浓度下降3%。'.repeat(n)),
  'nested brackets': (n) => release(`${'（'.repeat(n)}产量达到5万吨${'）'.repeat(n)}。`),
};

describe('performance', () => {
  it('finds 100× the figures in the seed repeated 100×, in 100× the steps', () => {
    const once = measureWork(() => analyseReport(seedTimes(1)));
    const hundredfold = measureWork(() => analyseReport(seedTimes(100)));
    expect(hundredfold.result.figures.length).toBe(100 * once.result.figures.length);
    expect(hundredfold.steps / once.steps).toBeLessThanOrEqual(100 * 1.05);
  });

  for (const [shape, make] of Object.entries(LONG_TEXTS)) {
    it(`stays linear on ${shape}`, () => {
      expect(growth(make, 100, 10)).toBeLessThan(10 * 1.5);
    });
  }
});
