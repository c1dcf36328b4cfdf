/**
 * Parsing and extraction scale linearly: a report 100× the seed takes roughly 100× the seed's time, not
 * 10 000× as quadratic work would. Measured in CPU time of this process (best of several runs), so that
 * other work on the machine does not make the test flaky.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { readSeed } from './helpers';

const seed = readSeed();
const body = seed.slice(seed.indexOf('## '), seed.lastIndexOf('内蒙古答卷'));

function report(copies: number): string {
  return `“十四五”成就\n\n${body.repeat(copies)}内蒙古答卷`;
}

function cpuMilliseconds(source: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    analyseReport(source);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('performance', () => {
  it('parses and extracts in linear time', { timeout: 120_000 }, () => {
    const once = report(1);
    for (let i = 0; i < 20; i++) analyseReport(once); // warm up the JIT
    const single = cpuMilliseconds(once, 10);
    const tenfold = cpuMilliseconds(report(10), 5);
    const hundredfold = cpuMilliseconds(report(100), 3);
    expect(analyseReport(report(100)).figures.length).toBe(100 * analyseReport(once).figures.length);
    // Linear work: ~10× from 10× to 100× of the seed (quadratic: ~100×); ~100× from 1× (quadratic: ~10 000×).
    // The margins absorb garbage collection, which costs more on a larger heap.
    expect(hundredfold / tenfold).toBeLessThan(20);
    expect(hundredfold / single).toBeLessThan(250);
  });

  it('stays linear on one huge paragraph that is a single sentence', { timeout: 120_000 }, () => {
    const clause = '粮食产量达到700亿斤，较2020年增长50亿斤，居全国第三位，比全国高0.5个百分点，从“十三五”末的3个跃升至现在的5个，新建8个国家级和12个省级实验室，优于全国平均水平，';
    const paragraph = (copies: number) => ['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', `${clause.repeat(copies)}。`].join('\n\n');
    for (let i = 0; i < 3; i++) analyseReport(paragraph(50));
    const small = cpuMilliseconds(paragraph(200), 3);
    const large = cpuMilliseconds(paragraph(2000), 2);
    expect(large / small).toBeLessThan(20);
  });
});
