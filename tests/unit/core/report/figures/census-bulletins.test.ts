/**
 * A census bulletin (第七次全国人口普查公报), invented: values compared with the census before, levels reached
 * said with 为, and notes that say what a word means.
 */
import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from './helpers';

describe('a census bulletin', () => {
  it('与2010年第六次全国人口普查的2986542人相比: the same measure as the figure before, of the year the frame names', () => {
    const figures = figuresOf('全市常住人口为3215680人，与2010年第六次全国人口普查的2986542人相比，十年共增加229138人，增长7.67%。');
    expect(figure(figures, '2986542')).toMatchObject({ label: '常住人口', period: '2010年' });
    expect(figure(figures, '2986542').base).toBeUndefined();
    // 十年 is how long it took, not what grew.
    expect(figure(figures, '229138').label).toBe('常住人口增加');
    expect(figure(figures, '7.67').label).toBe('常住人口增速');
    const grain = figuresOf('全省粮食产量为700万吨，与上年的680万吨相比，增加20万吨。');
    expect(grain.map((found) => [found.label, found.period])).toEqual([['粮食产量', null], ['粮食产量', '上年'], ['粮食产量增加', null]]);
  });

  it('比2010年的2.98人: the value right after the base is of the base’s year', () => {
    const figures = figuresOf('平均每个家庭户的人口为2.64人，比2010年的2.98人减少0.34人。');
    expect(figure(figures, '2.98')).toMatchObject({ label: '平均每个家庭户的人口', period: '2010年' });
    expect(figure(figures, '2.64').period).toBeNull();
  });

  it('由9876人上升为15504人: the value after 上升为 is the level reached, not the change', () => {
    const figures = figuresOf('每10万人中拥有大学文化程度的由9876人上升为15504人。');
    expect(figure(figures, '15504').kind).not.toBe('change');
    expect(figure(figures, '15504').label).toBe(figure(figures, '9876').label);
    expect(figure(figuresOf('全市森林覆盖率由2020年的40.2%提高为43.5%。'), '43.5').kind).not.toBe('change');
  });

  it('大学（指大专及以上）文化程度的人口: the note that says what a word means is no part of the label', () => {
    expect(figure(figuresOf('全市常住人口中，拥有大学（指大专及以上）文化程度的人口为498563人。'), '498563').label).toBe('大学文化程度的人口');
    // A bracket that is part of what is measured stays.
    expect(figure(figuresOf('全社会固定资产投资（不含农户）增长3.1%。'), '3.1').label).toBe('全社会固定资产投资（不含农户）增速');
  });
});
