import { describe, expect, it } from 'vitest';
import type { ChartPoint, ChartSpec } from '../../../../main/shared/deck';
import { buildChartOption, chartKey, chartTexts, describeChart } from '../../../../renderer/src/charts/options';
import { richSafe } from '../../../../renderer/src/charts/options/common';
import { animationSettings, maxAnimationMs } from '../../../../renderer/src/charts/theme';
import { allSeedCharts, point, seedCharts } from './fixtures';
import { chartPoints } from '../../../../main/shared/chart-points';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Item = { value: number; name: string; itemStyle?: Record<string, unknown>; label?: { formatter?: string } };

function seriesOf(spec: ChartSpec, animate = true): Record<string, unknown>[] {
  const option = buildChartOption(spec, { animate }) as unknown as { series: Record<string, unknown>[] };
  return option.series;
}

/** The drawn values: every series but the thin arc marking the open side of a bound (not a value). */
function itemsOf(spec: ChartSpec): Item[] {
  return seriesOf(spec)
    .filter((s) => s.id !== 'open-side')
    .flatMap((s) => (s.data as Item[] | undefined) ?? []);
}

/** Every (key, value) pair anywhere in the option. */
function walk(value: Json, key: string, visit: (key: string, value: Json) => void): void {
  visit(key, value);
  if (Array.isArray(value)) value.forEach((v) => walk(v, key, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k, visit);
}

/** Everything a chart prints: label formatters of items, the gauge detail formatter, the key beside a ring. */
function printedTexts(spec: ChartSpec): string[] {
  const texts: string[] = keyTexts(spec);
  for (const s of seriesOf(spec)) {
    const detail = (s.detail as { formatter?: string } | undefined)?.formatter;
    if (detail) texts.push(detail);
    for (const item of (s.data as Item[] | undefined) ?? []) if (item.label?.formatter) texts.push(item.label.formatter);
  }
  return texts;
}

/** The values a ring's key prints, as the key sets them: the statement, then （推算） where derived. */
function keyTexts(spec: ChartSpec): string[] {
  return (chartKey(spec) ?? []).filter((entry) => entry.kind !== 'open').map((entry) => `${entry.text}${entry.derived ? '（推算）' : ''}`);
}

const text = (p: ChartPoint) => `${p.valueText}${p.unit}`;

describe.each(allSeedCharts)('chart option %s', (_name, spec) => {
  const points = chartPoints(spec);

  it('draws exactly the spec’s values, in order', () => {
    expect(itemsOf(spec).map((item) => item.value)).toEqual(points.map((p) => p.value));
    for (const [i, item] of itemsOf(spec).entries()) expect(Object.is(item.value, points[i]?.value)).toBe(true);
  });

  it('prints every value as its stored valueText + unit, with （推算） exactly on derived points', () => {
    const printed = printedTexts(spec).join('\n');
    for (const p of points) expect(printed).toContain(text(p));
    if (spec.kind !== 'gauge') {
      const labels = spec.kind === 'ring' ? keyTexts(spec) : itemsOf(spec).map((item) => item.label?.formatter ?? '');
      points.forEach((p, i) => {
        expect(labels[i]).toContain(`${p.valueText}${p.unit}`);
        expect(labels[i]?.includes('（推算）')).toBe(p.derived);
      });
    }
  });

  it('prints no number that is not one of the spec’s own texts', () => {
    const allowed = new Set(points.flatMap((p) => [p.valueText, ...(p.label.match(/\d+(?:[./]\d+)?/g) ?? [])]));
    for (const printed of printedTexts(spec)) {
      for (const token of printed.match(/\d+(?:[./]\d+)*/g) ?? []) expect(allowed).toContain(token);
    }
  });

  it('holds no re-rendered float: every fractional number in the option is a spec value', () => {
    const values = new Set(points.map((p) => p.value));
    walk(buildChartOption(spec, { animate: true }) as unknown as Json, '', (key, value) => {
      if (typeof value !== 'number' || Number.isInteger(value) || key === 'rotation') return;
      expect(values.has(value), `${key} = ${value}`).toBe(true);
    });
  });

  it('marks derived points visibly (lighter hatched fill, dashed outline) and only those', () => {
    itemsOf(spec).forEach((item, i) => {
      const derived = points[i]?.derived ?? false;
      const style = item.itemStyle ?? {};
      expect(style.decal !== undefined).toBe(derived);
      if (derived) expect(style.borderType).toBe('dashed');
    });
    if (spec.kind === 'gauge' && spec.point.derived) expect(printedTexts(spec).join('')).toContain('（推算）');
  });

  it('animates at most 400 ms, and not at all when animate is false', () => {
    let durations: number[] = [];
    const on = buildChartOption(spec, { animate: true }) as unknown as Json;
    walk(on, '', (key, value) => {
      if (/^animation(Duration|Delay)(Update)?$/.test(key) && typeof value === 'number') durations.push(value);
    });
    expect(durations.length).toBeGreaterThan(0);
    for (const d of durations) expect(d).toBeLessThanOrEqual(maxAnimationMs);

    const off = buildChartOption(spec, { animate: false }) as unknown as Record<string, Json>;
    expect(off.animation).toBe(false);
    durations = [];
    walk(off, '', (key, value) => {
      if (key === 'animation') expect(value).toBe(false);
      if (/^animationDuration(Update)?$/.test(key) && typeof value === 'number') durations.push(value);
    });
    expect(durations.every((d) => d === 0)).toBe(true);
  });

  it('is pure: the same spec gives the same option', () => {
    expect(buildChartOption(spec, { animate: true })).toEqual(buildChartOption(spec, { animate: true }));
  });

  it('describes itself in text for screen readers', () => {
    const description = describeChart(spec);
    expect(description.startsWith(spec.title)).toBe(true);
    for (const p of points) expect(description).toContain(p.derived ? `${text(p)}（推算）` : text(p));
    expect(chartTexts(spec)).toContain(points[0]?.valueText);
  });
});

describe('chart options, particular cases', () => {
  it('keeps a value text that Number() would change (trailing zero) exactly as stored', () => {
    const spec: ChartSpec = { kind: 'bars', title: 't', unit: '亿元', points: [point('5615.30', 5615.3, '亿元', 'a'), point('1.0', 1, '亿元', 'b')] };
    const labels = itemsOf(spec).map((item) => item.label?.formatter ?? '');
    expect(labels[0]).toContain('5615.30亿元');
    expect(labels[1]).toContain('1.0亿元');
  });

  it('never prints the float behind a fraction', () => {
    const printed = printedTexts(seedCharts.power).join('');
    expect(printed).toContain('1/6');
    expect(printed).toContain('5/6');
    expect(printed).not.toMatch(/0\.16|0\.83/);
  });

  it('labels the derived national value 推算 on the vs-nation chart', () => {
    const [region, nation] = itemsOf(seedCharts.gdp);
    expect(region?.label?.formatter).toContain('6.1%');
    expect(region?.label?.formatter).not.toContain('推算');
    expect(nation?.label?.formatter).toContain('5.5%');
    expect(nation?.label?.formatter).toContain('（推算）');
  });

  it('draws the gauge against 100 with the stored value in its centre', () => {
    const [gauge] = seriesOf(seedCharts.air);
    expect(gauge?.max).toBe(100);
    expect((gauge?.detail as { formatter: string }).formatter).toContain('90.6%');
  });

  it('uses the latest point of a before-after as the emphasised one', () => {
    const [before, after] = itemsOf(seedCharts.childcare);
    expect(before?.itemStyle?.color).not.toBe(after?.itemStyle?.color);
  });

  it('cannot be tricked into rich-text markup by a label', () => {
    expect(richSafe('{a|x}')).toBe('｛a｜x｝');
    const spec: ChartSpec = { kind: 'bars', title: 't', unit: '', points: [point('1', 1, '', '{b}'), point('2', 2, '', 'c')] };
    expect(() => buildChartOption(spec, { animate: false })).not.toThrow();
  });

  it('sets a ring’s words beside it, never around its edge, and marks the open side of a bound', () => {
    const share = { ...point('60', 60, '%', '煤炭外送占比'), qualifier: '以上' };
    const rest = { ...point('40', 40, '%', '其余', true), qualifier: '以下' };
    const spec: ChartSpec = { kind: 'ring', title: '煤炭外送占比', points: [share, rest] };
    for (const series of seriesOf(spec)) expect((series.label as { show: boolean }).show).toBe(false);
    expect(chartKey(spec)).toEqual([
      { kind: 'share', label: '煤炭外送占比', text: '60%以上', derived: false },
      { kind: 'part', label: '其余', text: '40%以下', derived: true },
      { kind: 'open', label: '浅色弧', text: '报告写“以上”，实际占比可能更高', derived: false },
    ]);
    // The arc runs over the rest: the share's own part of it is not drawn, the rest's is.
    const arc = seriesOf(spec).find((s) => s.id === 'open-side');
    const [over, under] = (arc?.data ?? []) as Item[];
    expect(over?.value).toBe(60);
    expect(over?.itemStyle?.color).toBe('transparent');
    expect(under?.value).toBe(40);
    expect(under?.itemStyle?.color).not.toBe('transparent');
  });

  it('draws no open-side arc for an exact or approximate share', () => {
    expect(seriesOf(seedCharts.coal).some((s) => s.id === 'open-side')).toBe(false);
    const about: ChartSpec = { kind: 'ring', title: 't', points: [{ ...point('60', 60, '%', 'a'), qualifier: '约' }, point('40', 40, '%', '其余', true)] };
    expect(seriesOf(about).some((s) => s.id === 'open-side')).toBe(false);
  });

  it('keeps the words that bound a value on bars and columns: 突破2万亿元', () => {
    const spec: ChartSpec = {
      kind: 'before-after',
      title: '经济总量',
      unit: '万亿元',
      points: [{ ...point('2', 2, '万亿元', '2021年'), qualifier: '突破' }, { ...point('2.6', 2.6, '万亿元', '2024年'), qualifier: '突破' }],
    };
    expect(itemsOf(spec).map((item) => item.label?.formatter)).toEqual(['{v|突破2万亿元}', '{va|突破2.6万亿元}']);
  });

  it('never cuts a label short: text that does not fit wraps', () => {
    for (const [, spec] of allSeedCharts) {
      walk(buildChartOption(spec, { animate: false }) as unknown as Json, '', (key, value) => {
        if (key === 'overflow') expect(value).toBe('break');
        expect(key).not.toBe('ellipsis');
      });
    }
  });

  it('animationSettings never exceeds the limit', () => {
    expect(animationSettings(true).animationDuration).toBeLessThanOrEqual(400);
    expect(animationSettings(false)).toMatchObject({ animation: false, animationDuration: 0, animationDurationUpdate: 0 });
  });
});
