import { beforeEach, describe, expect, it } from 'vitest';
import { cardFigures, toCards } from '../../../../main/core/deck/cards';
import { rankBadge, rankFigureBadge } from '../../../../main/core/deck/rank-badge';
import type { FigureRank } from '../../../../main/shared/figure';
import { makeFigure, resetFigureIndex } from '../../../fixtures/deck/figure';

beforeEach(() => resetFigureIndex());

const rank = (text: string, position: number | null, from: 'top' | 'bottom' = 'top'): FigureRank => ({
  scope: '全国',
  position,
  from,
  text,
  previous: null,
});

describe('rank badges', () => {
  it.each([
    ['居全国第一位', 1, 'top', '全国第一'],
    ['均稳居全国第一', 1, 'top', '全国第一'],
    ['规模均居全国首位', 1, 'top', '全国首位'],
    ['连续20年居全国首位', 1, 'top', '全国首位'],
    ['正数第2位', 2, 'top', '全国第2位'],
    ['全国倒数第3位', 3, 'bottom', '全国倒数第3位'],
    ['时隔5年重新回到全国中游', null, 'top', '全国中游'],
    ['冲进全国前十', null, 'top', '全国前十'],
    ['增长率全国领先', null, 'top', '全国领先'],
    ['首次进入全国中等创新地区行列', null, 'top', '全国中等创新地区'],
    ['持续领先', null, 'top', '全国领先'],
    ['位居全国第一梯队', null, 'top', '全国第一梯队'],
    ['居全国前列', null, 'top', '全国前列'],
  ] as const)('%s → %s', (text, position, from, badge) => {
    expect(rankBadge(rank(text, position, from))).toBe(badge);
  });

  it('reads the scope from the sentence when the rank comes without one', () => {
    const unscoped = { ...rank('从2020年的全国倒数第3位跃升至正数第2位', 2), scope: '' };
    expect(rankBadge(unscoped)).toBe('全国第2位');
    expect(rankBadge({ ...rank('正数第2位', 2), scope: '' })).toBe('第2位');
  });

  it('is null for a figure without a rank', () => {
    expect(rankBadge(null)).toBeNull();
  });
});

describe('cards', () => {
  it('carry the figure exactly as stored, its sentence as the quote, and a 1-based reveal step', () => {
    const figure = makeFigure({
      key: 'childcare',
      valueText: '4.5',
      unit: '个',
      label: '每千人口托位数',
      qualifier: '以上',
      period: '现在',
      rank: rank('增长率全国领先', null),
    });
    const other = makeFigure({ key: 'insurance', kind: 'percent', valueText: '95', unit: '%', qualifier: '以上' });
    expect(toCards([figure, other])).toEqual([
      {
        figureKey: 'childcare',
        valueText: '4.5',
        value: 4.5,
        unit: '个',
        derived: false,
        label: '每千人口托位数',
        qualifier: '以上',
        period: '现在',
        base: null,
        meaning: null,
        rankBadge: '全国领先',
        quote: figure.source.quoteText,
        quoteMark: { start: figure.source.quoteText.indexOf('4.5'), end: figure.source.quoteText.indexOf('4.5') + 3 },
        step: 1,
      },
      expect.objectContaining({ figureKey: 'insurance', valueText: '95', unit: '%', step: 2, rankBadge: null }),
    ]);
  });

  it('mark where the value and its unit stand in the quote, and nothing for a derived value', () => {
    const quote = '社会消费品零售总额达5615.3亿元，较2020年增长了854.8亿元。';
    const printed = makeFigure({ key: 'retail', valueText: '5615.3', unit: '亿元', source: { ...makeFigure({ key: 'x' }).source, quoteText: quote } });
    const [card] = toCards([{ ...printed, valueRange: { start: 10, end: 16 }, quoteRange: { start: 0, end: quote.length } }]);
    expect(card?.quoteMark).toEqual({ start: 10, end: 18 });
    expect(quote.slice(card?.quoteMark?.start, card?.quoteMark?.end)).toBe('5615.3亿元');
    const [derived] = toCards([{ ...printed, derived: true }]);
    expect(derived?.quoteMark).toBeNull();
  });

  it('keeps a value written in words as written', () => {
    const [card] = toCards([makeFigure({ key: 'mech', kind: 'percent', valueText: '九成', value: 90, unit: '' })]);
    expect(card).toMatchObject({ valueText: '九成', value: 90, unit: '' });
  });
});

describe('which figures become cards', () => {
  const growth = () => [
    makeFigure({ key: 'gdp', unit: '%', relations: [{ type: 'vs-nation', comparison: 'higher-by', nationKey: 'nation' }] }),
    makeFigure({ key: 'gap', unit: '个百分点' }),
    makeFigure({ key: 'nation', unit: '%', derived: true, relations: [{ type: 'derived-from', fromKeys: ['gdp', 'gap'], formula: '6.1 − 0.6' }] }),
  ];

  it('every printed figure, in document order', () => {
    const figures = [makeFigure({ key: 'b', index: 5 }), makeFigure({ key: 'a', index: 2 })];
    expect(cardFigures(figures, new Set()).map((f) => f.key)).toEqual(['a', 'b']);
  });

  it('a derived national value completes its comparison when the chart does not draw it', () => {
    expect(cardFigures(growth(), new Set()).map((f) => [f.key, f.derived])).toEqual([
      ['gdp', false],
      ['gap', false],
      ['nation', true],
    ]);
  });

  it('a derived value already drawn by the chart gets no card of its own', () => {
    expect(cardFigures(growth(), new Set(['gdp', 'nation'])).map((f) => f.key)).toEqual(['gdp', 'gap']);
  });

  it('a derived value that only explains a sum (derived-from) gets no card', () => {
    const figures = [
      makeFigure({ key: 'retail' }),
      makeFigure({ key: 'growth' }),
      makeFigure({ key: 'before', derived: true, relations: [{ type: 'derived-from', fromKeys: ['retail', 'growth'], formula: '' }] }),
    ];
    expect(cardFigures(figures, new Set()).map((f) => f.key)).toEqual(['retail', 'growth']);
  });

  it('a derived "before" recorded only on its own side still completes its pair', () => {
    const figures = [
      makeFigure({ key: 'retail' }),
      makeFigure({ key: 'retail-2020', derived: true, relations: [{ type: 'before-after', role: 'before', otherKey: 'retail' }] }),
    ];
    expect(cardFigures(figures, new Set()).map((f) => f.key)).toEqual(['retail', 'retail-2020']);
  });

  it('never pushes a slide past six cards for a derived value', () => {
    const printed = Array.from({ length: 4 }, (_, i) => makeFigure({ key: `p${i}` }));
    const cards = cardFigures([...printed, ...growth()], new Set());
    expect(cards).toHaveLength(6);
    expect(cards.some((f) => f.derived)).toBe(false);
  });
});

describe('rankFigureBadge (a card whose number is the rank itself)', () => {
  it('names the earlier rank the report compares with, else only the scope', () => {
    const withPrevious = { ...rank('从2020年的全国倒数第3位跃升至正数第2位', 2), previous: { position: 3, from: 'bottom' as const, period: '2020年' } };
    expect(rankFigureBadge(withPrevious)).toBe('2020年为全国倒数第3位');
    expect(rankFigureBadge({ ...withPrevious, previous: { position: 5, from: 'top' as const, period: null } })).toBe('此前为全国第5位');
    expect(rankFigureBadge(rank('均稳居全国第一', 1))).toBe('全国');
    expect(rankFigureBadge(null)).toBeNull();
  });
});
