import type { ChartSpec } from '../../shared/deck';
import { pointOf, type ChartFigure } from './chart-point';
import { listKeyOf } from './relations';

/** Bars: the items of one list of efforts in a sentence (造林、种草、防沙治沙 …万亩), in document order. */
export function barsChart(figures: readonly ChartFigure[]): ChartSpec | null {
  const lists = new Map<string, ChartFigure[]>();
  for (const figure of figures) {
    const key = listKeyOf(figure);
    if (key === null) continue;
    lists.set(key, [...(lists.get(key) ?? []), figure]);
  }
  const items = [...lists.values()].find((list) => list.length >= 2);
  const first = items?.[0];
  if (!items || !first) return null;
  // 造林面积（累计）/ 种草面积（累计）: the bars are told apart by what differs; the shared rest goes in the title.
  const shared = commonSuffix(items.map((f) => f.label));
  const names = items.map((f) => f.label.slice(0, f.label.length - shared.length));
  return {
    kind: 'bars',
    title: `${first.period ?? ''}${names.join('、')}${shared}`,
    unit: first.unit,
    points: items.map((f, i) => pointOf(f, names[i] ?? f.label)),
  };
}

/**
 * The longest ending all labels share, kept only when it is a word's worth (two characters or more) and
 * leaves each label a name of two characters or more: 造林面积（累计）/ 种草面积（累计） → 面积（累计）, but
 * 专科 / 国家级专科 share nothing worth splitting off.
 */
export function commonSuffix(labels: readonly string[]): string {
  const [first, ...rest] = labels;
  if (first === undefined || rest.length === 0) return '';
  const ending = (n: number): string => first.slice(first.length - n);
  const fits = (n: number): boolean => labels.every((label) => label.length - n >= 2 && label.endsWith(ending(n)));
  let length = 0;
  while (fits(length + 1)) length++;
  return length >= 2 ? ending(length) : '';
}

