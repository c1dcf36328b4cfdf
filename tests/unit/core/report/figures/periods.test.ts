import { describe, expect, it } from 'vitest';
import { scanPeriods } from '../../../../../main/core/report/figures/periods';

const marks = (text: string) => scanPeriods(text).map(({ text: written, role, scoped, basePeriod }) => ({ text: written, role, scoped, basePeriod }));

describe('scanPeriods', () => {
  it('reads the periods of five-year plans', () => {
    expect(marks('“十四五”以来，“十四五”前4年，“十三五”末，“十四五”期间，“十五五”时期').map((mark) => mark.text)).toEqual([
      '“十四五”以来', '“十四五”前4年', '“十三五”末', '“十四五”期间', '“十五五”时期',
    ]);
  });

  it('does not read a plan named without a time word (“十四五”规划) as a period', () => {
    expect(marks('完成“十四五”规划')).toEqual([]);
  });

  it('reads years, year ranges and parts of years, without a leading preposition', () => {
    expect(marks('自2021年起，2022—2024年，2024年底，2023年1—11月，2019-2023年间，截至2024年底').map((mark) => mark.text)).toEqual([
      '2021年', '2022—2024年', '2024年底', '2023年1—11月', '2019-2023年间', '截至2024年底',
    ]);
  });

  it('reads relative periods and the present', () => {
    expect(marks('5年来，近十年，过去3年，现在的，目前').map((mark) => mark.text)).toEqual(['5年来', '近十年', '过去3年', '现在', '目前']);
  });

  it('reads durations, which are neither figures nor periods', () => {
    expect(marks('连续3年保持，时隔5年重回，连续20年居').map(({ text, role }) => [text, role])).toEqual([
      ['连续3年', 'duration'], ['时隔5年', 'duration'], ['连续20年', 'duration'],
    ]);
  });

  it('reads the base of a comparison, with the period it refers to', () => {
    expect(marks('较2020年增长，比上年提高，同比下降，与2019年相比，较“十三五”末增加')).toEqual([
      { text: '较2020年', role: 'base', scoped: false, basePeriod: '2020年' },
      { text: '比上年', role: 'base', scoped: false, basePeriod: '上年' },
      { text: '同比', role: 'base', scoped: false, basePeriod: null },
      { text: '与2019年相比', role: 'base', scoped: false, basePeriod: '2019年' },
      { text: '较“十三五”末', role: 'base', scoped: false, basePeriod: '“十三五”末' },
    ]);
  });

  it('scopes 从<period>的 to the value right after it', () => {
    expect(marks('从“十三五”末的0.8个跃升至现在的4.5个').map(({ text, scoped }) => [text, scoped])).toEqual([
      ['“十三五”末', true], ['现在', false],
    ]);
    expect(marks('由2020年的61.2%提高到2024年的66.8%').map(({ text, scoped }) => [text, scoped])).toEqual([
      ['2020年', true], ['2024年', false],
    ]);
  });

  it('tells a stretch of time from a point', () => {
    const spans = (text: string) => scanPeriods(text).map((mark) => [mark.text, mark.span]);
    expect(spans('“十四五”以来，5年来，2022—2024年，“十四五”前4年，今年1—10月，上半年')).toEqual([
      ['“十四五”以来', true], ['5年来', true], ['2022—2024年', true], ['“十四五”前4年', true], ['今年1—10月', true], ['上半年', true],
    ]);
    expect(spans('2024年，2024年底，“十三五”末，现在，今年')).toEqual([
      ['2024年', false], ['2024年底', false], ['“十三五”末', false], ['现在', false], ['今年', false],
    ]);
  });

  it('dates 今年, 去年 and a part of a year without one when the report’s year is known', () => {
    const texts = (text: string, year: number | null) => scanPeriods(text, year).map((mark) => mark.text);
    expect(texts('今年以来，去年，截至今年10月底，前三季度，1—10月，比去年增长', 2025)).toEqual([
      '2025年以来', '2024年', '截至2025年10月底', '2025年前三季度', '2025年1—10月', '比去年',
    ]);
    expect(texts('今年以来，前三季度', null)).toEqual(['今年以来', '前三季度']);
  });
});
