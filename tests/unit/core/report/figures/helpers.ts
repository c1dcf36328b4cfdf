/** Test helpers: figures of invented sentences in the style of a provincial press release. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseReport } from '../../../../../main/core/report';
import type { Figure } from '../../../../../main/shared/figure';

/** One release with one section holding the given paragraphs. */
export function releaseWith(...paragraphs: string[]): string {
  return ['测试页', '## 某省民生实现“两个提升”', '本报讯（记者 王一）近日，某省举行新闻发布会。', '## 测试小节', ...paragraphs].join('\n\n');
}

export function figuresOf(...paragraphs: string[]): Figure[] {
  return analyseReport(releaseWith(...paragraphs)).figures;
}

/** A release dated 2025年11月20日 in its lead, holding the given paragraphs (its 今年 is 2025). */
export function datedFiguresOf(...paragraphs: string[]): Figure[] {
  const page = ['测试页', '## 某省经济运行稳中向好', '本报讯（记者 王一）2025年11月20日，某省举行新闻发布会。', '## 测试小节', ...paragraphs];
  return analyseReport(page.join('\n\n')).figures;
}

/** The single figure whose value is written as `valueText` (fails loudly when there is not exactly one). */
export function figure(figures: readonly Figure[], valueText: string): Figure {
  const found = figures.filter((candidate) => candidate.valueText === valueText && !candidate.derived);
  if (found.length !== 1) throw new Error(`expected one figure ${valueText}, found ${found.length}: ${figures.map((f) => f.valueText).join(', ')}`);
  return found[0] as Figure;
}

export function derivedFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter((candidate) => candidate.derived);
}

const root = fileURLToPath(new URL('../../../../../', import.meta.url));

export function readSeed(): string {
  return readFileSync(`${root}data/000_4400adb43caeaed0.txt`, 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(`${root}tests/fixtures/reports/${name}`, 'utf8');
}

export const repositoryRoot = root;
