import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseReport } from '../main/core/report/index';
import { median, type BenchRow } from './table';

const seedPath = fileURLToPath(new URL('../data/000_4400adb43caeaed0.txt', import.meta.url));
const copies = 100;
const seedRuns = 20;
const largeRuns = 7;

/**
 * Report analysis (parse + figure extraction, `analyseReport`) on the seed and on a synthetic report 100×
 * its size, and how it scales: time(100×) / (100 · time(1×)) is 1.0 for linear work, ~100 for quadratic.
 */
export function measureExtraction(): BenchRow[] {
  const seed = readFileSync(seedPath, 'utf8');
  const large = scaledReport(seed, copies);
  const seedFigures = analyseReport(seed).figures.length;
  const largeFigures = analyseReport(large).figures.length;
  for (let i = 0; i < 20; i++) analyseReport(seed); // warm up the JIT
  const single = medianMilliseconds(seed, seedRuns);
  const hundredfold = medianMilliseconds(large, largeRuns);
  const size = (text: string): string => `${Math.round(text.length / 1000)}k characters`;
  return [
    { name: 'report analysis, seed (1×)', value: round(single), unit: 'ms', note: `${size(seed)}, median of ${seedRuns} after warm-up` },
    { name: `report analysis, synthetic ${copies}× seed`, value: round(hundredfold), unit: 'ms', note: `${size(large)}, median of ${largeRuns}` },
    { name: 'figures extracted, seed (1×)', value: seedFigures, unit: 'figures' },
    { name: `figures extracted, synthetic ${copies}× seed`, value: largeFigures, unit: 'figures', note: `${(largeFigures / seedFigures).toFixed(2)}× the seed's` },
    {
      name: 'report analysis scaling (1.0 = linear)',
      value: Math.round((hundredfold / (copies * single)) * 100) / 100,
      unit: '×',
      note: `time(${copies}×) / (${copies} · time(1×))`,
    },
    ...measureLongSentence(),
  ];
}

/**
 * One paragraph that is a single sentence of many clauses, 200 and 2000 clause groups long: the timing the
 * unit tests no longer assert (they count steps instead, see tests/unit/core/report/figures/performance).
 */
function measureLongSentence(): BenchRow[] {
  const clause = '粮食产量达到700亿斤，较2020年增长50亿斤，居全国第三位，比全国高0.5个百分点，从“十三五”末的3个跃升至现在的5个，新建8个国家级和12个省级实验室，优于全国平均水平，';
  const paragraph = (groups: number): string => ['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', `${clause.repeat(groups)}。`].join('\n\n');
  const small = paragraph(200);
  const large = paragraph(2000);
  for (let i = 0; i < 3; i++) analyseReport(small); // warm up the JIT
  const smallMs = medianMilliseconds(small, 7);
  const largeMs = medianMilliseconds(large, 3);
  return [
    { name: 'report analysis, one 200-group sentence', value: round(smallMs), unit: 'ms', note: 'median of 7' },
    { name: 'report analysis, one 2000-group sentence', value: round(largeMs), unit: 'ms', note: 'median of 3' },
    {
      name: 'long sentence scaling (1.0 = linear)',
      value: Math.round((largeMs / (10 * smallMs)) * 100) / 100,
      unit: '×',
      note: 'time(2000) / (10 · time(200))',
    },
  ];
}

function medianMilliseconds(source: string, runs: number): number {
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analyseReport(source);
    timings.push(performance.now() - started);
  }
  return median(timings);
}

/**
 * The seed's title, then its parts `times` over, then its closing. Copy k > 0 has its numbers varied (k units
 * of the last written digit added, the number of decimals kept) so that its figures differ from every other
 * copy's; years, fractions and names with digits (PM2.5, 5G) are left alone so every copy reads like the seed.
 */
function scaledReport(seed: string, times: number): string {
  const bodyStart = seed.indexOf('## ');
  const bodyEnd = seed.lastIndexOf('内蒙古答卷');
  const body = seed.slice(bodyStart, bodyEnd);
  const parts: string[] = [seed.slice(0, bodyStart)];
  for (let k = 0; k < times; k++) parts.push(k === 0 ? body : varyNumbers(body, k));
  parts.push(seed.slice(bodyEnd));
  return parts.join('');
}

function varyNumbers(text: string, k: number): string {
  return text.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (number, offset: number) => {
    const before = text.slice(Math.max(0, offset - 5), offset);
    const after = text.charAt(offset + number.length);
    if (/^(?:19|20)\d\d$/.test(number)) return number; // a year
    if (/(?:PM|<sub>|\/)$/.test(before) || /[/A-Za-z<]/.test(after)) return number; // PM2.5, 5G, 2/3
    const decimals = number.split('.')[1]?.length ?? 0;
    return (Number(number) + k / 10 ** decimals).toFixed(decimals); // 103.8 → 103.8 + k·0.1, 8 → 8 + k
  });
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
