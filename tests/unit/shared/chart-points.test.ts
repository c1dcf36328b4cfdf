import { describe, expect, it } from 'vitest';
import { chartedKeys, chartPoints, figureKeysOfSlide } from '../../../main/shared/chart-points';
import type { ChartSpec, Slide } from '../../../main/shared/deck';
import { point } from '../renderer/charts/fixtures';

describe('what a chart draws', () => {
  it('lists the points of every kind of chart in drawing order', () => {
    const region = point('6.1', 6.1, '%', '内蒙古');
    const nation = point('5.5', 5.5, '%', '全国', true);
    expect(chartPoints({ kind: 'vs-nation', title: 't', unit: '%', region, nation })).toEqual([region, nation]);
    const rate = point('90.6', 90.6, '%', '优良天数');
    expect(chartPoints({ kind: 'gauge', title: 't', point: rate })).toEqual([rate]);
    const bars: ChartSpec = { kind: 'bars', title: 't', unit: '万亩', points: [point('1', 1, '万亩', 'a'), point('2', 2, '万亩', 'b')] };
    expect(chartPoints(bars).map((p) => p.label)).toEqual(['a', 'b']);
    expect(chartedKeys(bars)).toEqual(new Set(['a-1', 'b-2']));
    expect(chartedKeys(null)).toEqual(new Set());
  });

  it('gives the figures a slide shows once each, cards first', () => {
    const card = { figureKey: 'b-2' } as Extract<Slide, { kind: 'content' }>['cards'][number];
    const slide = { kind: 'content', cards: [card], chart: { kind: 'bars', title: 't', unit: '', points: [point('1', 1, '', 'a'), point('2', 2, '', 'b')] } } as unknown as Slide;
    expect(figureKeysOfSlide(slide)).toEqual(['b-2', 'a-1']);
    expect(figureKeysOfSlide({ kind: 'cover' } as Slide)).toEqual([]);
  });
});
