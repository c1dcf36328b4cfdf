/**
 * Units as written after a value, and their normalisation to a base unit.
 *
 * A unit is read as [magnitude prefix] + base unit: 万人, 亿元, 万千瓦, 亿千瓦, 万公里 … The normalised value
 * is computed exactly on the digit string (5615.3亿元 → 561530000000元), never with float multiplication.
 */
import type { NormalisedValue } from '../../../shared/figure';
import { shiftDecimalText } from './decimal';
import { startingAt } from './word-index';

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
    // trains, cases, deals …: 开行7500车 / 1000列中欧班列, 受理3000宗 / 笔 / 例. Rarer measure words are
    // read where they end the phrase (see writtenMeasureWord); these may also stand before their noun.
    '车', '列', '趟', '例', '宗', '笔', '篇', '届', '轮', '标准箱',
    '车次', '列次', '班次', '航次', '架次', '艘次', '户次', '批次', '项次', '场次',
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
  // 孕产妇死亡率8.3/10万: a rate per hundred thousand (or per ten thousand), written after the value as its unit.
  { text: '/10万', category: 'percent' },
  { text: '/万', category: 'percent' },
  { text: '／10万', category: 'percent', normalisedAs: '/10万' },
  { text: '／万', category: 'percent', normalisedAs: '/万' },
  { text: '倍', category: 'multiple' },
];

/**
 * 10大产业集群: 大 says the items are major ones; it is no measure word. The value counts the noun after it
 * (10 产业集群), so it has no unit, and the noun is read after 大.
 */
const MAJOR_ITEMS = '大';

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

/** Units are looked up by the character at the reading position (word-index.ts): same order, fewer tries. */
const unitText = (unit: { readonly text: string }): string => unit.text;

/** Reads the unit that starts at `at` (right after a value). */
export function readUnit(text: string, at: number): UnitReading {
  let cursor = at;
  let approximate = false;
  if (text[cursor] === '多' || text[cursor] === '余') {
    approximate = true;
    cursor++;
  }
  if (!approximate && text.startsWith(MAJOR_ITEMS, cursor) && /^[\p{Script=Han}](?<!关)/u.test(text.charAt(cursor + 1))) {
    return { unit: '', category: 'count', power: 0, base: null, end: cursor + MAJOR_ITEMS.length, approximate };
  }
  for (const special of startingAt(SPECIAL_UNITS, unitText, text, cursor)) {
    if (text.startsWith(special.text, cursor)) {
      const base = special.normalisedAs ?? special.text;
      return { unit: special.text, category: special.category, power: special.power ?? 0, base: base === '' ? null : base, end: cursor + special.text.length, approximate };
    }
  }
  const plain = baseAt(text, cursor);
  for (const magnitude of startingAt(MAGNITUDES, unitText, text, cursor)) {
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
  for (const base of startingAt(BASE_UNITS, unitText, text, at)) if (text.startsWith(base.text, at)) return base;
  return writtenMeasureWord(text, at);
}

/**
 * A measure word the lists above do not know: one Han character right after the value that ends the
 * phrase (开行7500车，/ 新增353家。). Nothing else stands there in Chinese; the characters that could (多,
 * 余, 以, 前, 后 …: bounds, times and particles) are excluded.
 */
function writtenMeasureWord(text: string, at: number): BaseUnit | null {
  const char = text.charAt(at);
  if (!/^[\p{Script=Han}]$/u.test(char) || NOT_MEASURE_WORDS.has(char)) return null;
  const after = text.charAt(at + 1);
  return after === '' || PHRASE_ENDS.has(after) ? { text: char, category: 'count' } : null;
}

const NOT_MEASURE_WORDS = new Set([...'多余以之左右上下内外前后间中里的地得了和与及或等年月日时天岁亿万千百十号期成强倍分度型级者']);
const PHRASE_ENDS = new Set([...'，。；、,;:：！？!?）)”’']);

function reading(unit: string, base: BaseUnit, power: number, end: number, approximate: boolean): UnitReading {
  return { unit, category: base.category, power: power + (base.power ?? 0), base: base.normalisedAs ?? base.text, end, approximate };
}

/**
 * 10万吨级智慧渔业养殖工船, 3000吨级泊位: 级 right after a unit makes the value the size class of the noun
 * after it. The unit is then written with 级 (10万吨级), and the value describes that noun.
 */
export function withSizeClass(unit: UnitReading, text: string): { unit: UnitReading; sizeClass: boolean } {
  const measured = unit.category !== 'none' && unit.category !== 'percent' && unit.category !== 'points' && unit.category !== 'multiple';
  if (!measured || text.charAt(unit.end) !== SIZE_CLASS) return { unit, sizeClass: false };
  return { unit: { ...unit, unit: `${unit.unit}${SIZE_CLASS}`, end: unit.end + SIZE_CLASS.length }, sizeClass: true };
}

const SIZE_CLASS = '级';

/** The value in its base unit, computed on the digits: ("5615.3", 亿元) → 561530000000 元. */
export function normalise(valueText: string, value: number, unit: UnitReading): NormalisedValue | null {
  if (unit.base === null) return null;
  if (unit.power === 0) return { value, unit: unit.base };
  const shifted = shiftDecimalText(valueText, unit.power);
  return shifted === null ? null : { value: Number(shifted), unit: unit.base };
}
