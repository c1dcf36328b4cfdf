/**
 * Units as written after a value, and their normalisation to a base unit.
 *
 * A unit is read as [magnitude prefix] + base unit: 万人, 亿元, 万千瓦, 亿千瓦, 万公里 … The normalised value
 * is computed exactly on the digit string (5615.3亿元 → 561530000000元), never with float multiplication.
 */
import type { NormalisedValue } from './types';
import { shiftDecimalText } from './decimal';

export type UnitCategory =
  | 'currency' | 'people' | 'area' | 'length' | 'power' | 'energy' | 'mass' | 'volume' | 'concentration' | 'count' | 'kind-count'
  | 'time' | 'age' | 'percent' | 'points' | 'multiple' | 'magnitude' | 'none';

interface BaseUnit {
  readonly text: string;
  readonly category: UnitCategory;
  /** The unit it normalises to, when it is not itself (％ → %, 兆瓦 → 千瓦). */
  readonly normalisedAs?: string;
  /** Power of ten from this unit to `normalisedAs` (兆瓦 → 千瓦: 3). */
  readonly power?: number;
}

const BASE_UNITS: readonly BaseUnit[] = [
  ...words('currency', ['元', '美元']),
  ...words('people', ['人次', '人']),
  ...words('area', ['平方公里', '平方千米', '平方米', '公顷', '亩']),
  ...words('length', ['公里', '千米', '米']),
  ...words('energy', ['千瓦时']),
  ...words('power', ['千瓦']),
  { text: '兆瓦', category: 'power' as const, normalisedAs: '千瓦', power: 3 },
  { text: '吉瓦', category: 'power' as const, normalisedAs: '千瓦', power: 6 },
  ...words('concentration', ['微克/立方米', '毫克/立方米', '微克每立方米']),
  ...words('mass', ['吨', '公斤', '千克', '毫克', '微克', '克', '斤']),
  ...words('volume', ['立方米']),
  ...words('kind-count', ['种', '类']),
  ...words('count', [
    '个', '条', '处', '家', '座', '所', '项', '台', '套', '辆', '架', '艘', '张', '件', '批', '场', '次', '户', '名',
    '位', '间', '栋', '块', '支', '份', '部', '款', '只', '头', '株', '棵', '床', '标箱',
  ]),
  ...words('time', ['分钟', '小时', '天']),
  ...words('age', ['岁']),
].sort((a, b) => b.text.length - a.text.length);

function words(category: UnitCategory, texts: readonly string[]): BaseUnit[] {
  return texts.map((text) => ({ text, category }));
}

/** Units that take no magnitude prefix. Latin ones are case-sensitive (MW is not mW). */
const SPECIAL_UNITS: readonly BaseUnit[] = [
  { text: 'kWh', category: 'energy', normalisedAs: '千瓦时' },
  { text: 'GWh', category: 'energy', normalisedAs: '千瓦时', power: 6 },
  { text: 'TWh', category: 'energy', normalisedAs: '千瓦时', power: 9 },
  { text: 'kW', category: 'power', normalisedAs: '千瓦' },
  { text: 'MW', category: 'power', normalisedAs: '千瓦', power: 3 },
  { text: 'GW', category: 'power', normalisedAs: '千瓦', power: 6 },
  { text: 'km', category: 'length', normalisedAs: '公里' },
  { text: 'kg', category: 'mass', normalisedAs: '公斤' },
  { text: '个百分点', category: 'points' },
  { text: '百分点', category: 'points' },
  { text: '%', category: 'percent' },
  { text: '％', category: 'percent', normalisedAs: '%' },
  { text: '‰', category: 'percent', normalisedAs: '‰' },
  { text: '倍', category: 'multiple' },
  // 10大产业集群: "大" counts major items; it is kept as written but has no base to normalise to.
  { text: '大', category: 'count', normalisedAs: '' },
];

const MAGNITUDES: readonly { text: string; power: number }[] = [
  { text: '万亿', power: 12 },
  { text: '千亿', power: 11 },
  { text: '百亿', power: 10 },
  { text: '十亿', power: 9 },
  { text: '亿', power: 8 },
  { text: '千万', power: 7 },
  { text: '百万', power: 6 },
  { text: '十万', power: 5 },
  { text: '万', power: 4 },
  { text: '千', power: 3 },
  { text: '百', power: 2 },
];

export interface UnitReading {
  /** The unit as written, without an approximation marker: 万人, 亿元, %, 个百分点, ''. */
  readonly unit: string;
  readonly category: UnitCategory;
  /** Power of ten of the magnitude prefix (亿 → 8), 0 when none. */
  readonly power: number;
  /** The base unit the value normalises to, or null when there is none. */
  readonly base: string | null;
  /** Where the unit ends in the text. */
  readonly end: number;
  /** 3000多家, 5万余人: "more than" written between the value and the unit. */
  readonly approximate: boolean;
}

/** Reads the unit that starts at `at` (right after a value). */
export function readUnit(text: string, at: number): UnitReading {
  let cursor = at;
  let approximate = false;
  if (text[cursor] === '多' || text[cursor] === '余') {
    approximate = true;
    cursor++;
  }
  for (const special of SPECIAL_UNITS) {
    if (text.startsWith(special.text, cursor)) {
      const base = special.normalisedAs ?? special.text;
      return { unit: special.text, category: special.category, power: special.power ?? 0, base: base === '' ? null : base, end: cursor + special.text.length, approximate };
    }
  }
  const plain = baseAt(text, cursor);
  for (const magnitude of MAGNITUDES) {
    if (!text.startsWith(magnitude.text, cursor)) continue;
    let after = cursor + magnitude.text.length;
    let approximateAfter = approximate;
    if (text[after] === '多' || text[after] === '余') {
      approximateAfter = true;
      after++;
    }
    const base = baseAt(text, after);
    // A named unit that starts like a magnitude (千瓦, 千米, 百分点) wins when it is at least as long.
    if (base && (!plain || magnitude.text.length + base.text.length > plain.text.length)) {
      return reading(magnitude.text + base.text, base, magnitude.power, after + base.text.length, approximateAfter);
    }
    if (!base && !plain) {
      return { unit: magnitude.text, category: 'magnitude', power: magnitude.power, base: '', end: after, approximate: approximateAfter };
    }
  }
  if (plain) return reading(plain.text, plain, 0, cursor + plain.text.length, approximate);
  return { unit: '', category: 'none', power: 0, base: null, end: approximate ? cursor : at, approximate };
}

function baseAt(text: string, at: number): BaseUnit | null {
  for (const base of BASE_UNITS) if (text.startsWith(base.text, at)) return base;
  return null;
}

function reading(unit: string, base: BaseUnit, power: number, end: number, approximate: boolean): UnitReading {
  return { unit, category: base.category, power: power + (base.power ?? 0), base: base.normalisedAs ?? base.text, end, approximate };
}

/** The value in its base unit, computed on the digits: ("5615.3", 亿元) → 561530000000 元. */
export function normalise(valueText: string, value: number, unit: UnitReading): NormalisedValue | null {
  if (unit.base === null) return null;
  if (unit.power === 0) return { value, unit: unit.base };
  const shifted = shiftDecimalText(valueText, unit.power);
  return shifted === null ? null : { value: Number(shifted), unit: unit.base };
}
