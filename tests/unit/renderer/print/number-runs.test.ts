import { describe, expect, it } from 'vitest';
import { numberRuns } from '../../../../renderer/src/print/number-runs';

const numbers = (text: string): string[] => numberRuns(text).filter((run) => run.number).map((run) => run.text);

describe('numbers kept whole on a printed line', () => {
  it.each([
    ['社会消费品零售总额达到5615.3亿元，较2020年增长854.8亿元。', ['5615.3亿元', '2020年', '854.8亿元']],
    ['增速6.1%，高于全国0.6个百分点', ['6.1%', '0.6个百分点']],
    ['“十四五”时期（2021—2025年）', ['2021—2025年']],
    ['每千人口拥有3岁以下婴幼儿托位数4.5个以上', ['3岁', '4.5个']],
    ['城镇新增就业累计103.8万人', ['103.8万人']],
    ['城乡居民收入差距缩小至2.26', ['2.26']],
    ['全区1,234户', ['1,234户']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('gives the text back unchanged when the runs are joined', () => {
    const text = '本报讯（记者 张鑫）近日，5年来，内蒙古坚持人民至上。九成以上';
    expect(numberRuns(text).map((run) => run.text).join('')).toBe(text);
    expect(numbers('九成以上')).toEqual([]);
  });

  it('does not swallow a full stop or a comma after a number', () => {
    expect(numbers('达到95.')).toEqual(['95']);
    expect(numbers('8,')).toEqual(['8']);
  });
});
