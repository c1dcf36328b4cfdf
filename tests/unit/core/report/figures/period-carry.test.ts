/** Which period each value of a sentence has (period-carry.ts), on invented sentences. */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers';

const periods = (...paragraphs: string[]) => figuresOf(...paragraphs).filter((f) => !f.derived).map((f) => [f.valueText, f.period]);

describe('period carry', () => {
  it('gives the first value of a from–to pair no period of the sentence: 由3个增加到4个 in 2024年', () => {
    expect(periods('2024年，全省国家级高新区由3个增加到4个，城镇化率从58.2%提高到63.5%。')).toEqual([
      ['3', null], ['4', '2024年'], ['58.2', null], ['63.5', '2024年'],
    ]);
  });

  it('keeps a period scoped to the first value of a pair (由2020年的85家增加到2024年的126家)', () => {
    expect(periods('4A级景区由2020年的85家增加到2024年的126家，托位数从“十三五”末的1.1个跃升至现在的3.9个。')).toEqual([
      ['85', '2020年'], ['126', '2024年'], ['1.1', '“十三五”末'], ['3.9', '现在'],
    ]);
  });

  it('gives a stretch of time to what happened over it, not to a level a change reached at its end', () => {
    expect(periods('“十四五”以来，城镇新增就业累计56.2万人，城乡居民收入比缩小至2.28，GDP年均增长5.6%，森林覆盖率提高到24.5%。')).toEqual([
      ['56.2', '“十四五”以来'], ['2.28', null], ['5.6', '“十四五”以来'], ['24.5', null],
    ]);
  });

  it('keeps a point in time for a level reached then (2024年底，装机提高到8000万千瓦)', () => {
    expect(periods('2024年底，新能源装机提高到8000万千瓦，达到全省电力装机的一半。')).toEqual([['8000', '2024年底']]);
  });

  it('a level merely stated (达到) keeps the stretch it was stated for', () => {
    expect(periods('“十四五”以来，全省新增城镇就业达到120万人。')).toEqual([['120', '“十四五”以来']]);
  });
});
