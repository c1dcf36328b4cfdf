import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../../../../main/core/report/figures/numbers';

const read = (text: string) => scanNumbers(text).map(({ valueText, value, form }) => ({ valueText, value, form }));

describe('scanNumbers', () => {
  it('reads decimals exactly as written', () => {
    expect(read('总额达5615.3亿元，增长了0.60个百分点')).toEqual([
      { valueText: '5615.3', value: 5615.3, form: 'decimal' },
      { valueText: '0.60', value: 0.6, form: 'decimal' },
    ]);
  });

  it('reads a minus sign as part of the number, and a dash between digits as a range', () => {
    expect(read('人口自然增长率为-2.6‰，房地产投资增速为－8.5%')).toEqual([
      { valueText: '-2.6', value: -2.6, form: 'decimal' },
      { valueText: '-8.5', value: -8.5, form: 'decimal' },
    ]);
    expect(scanNumbers('（-1.2%）')[0]).toMatchObject({ start: 1, end: 5, value: -1.2 });
    expect(read('1-10月，增长5%').map((token) => token.value)).toEqual([1, 10, 5]);
    expect(read('0—15岁').map((token) => token.value)).toEqual([0, 15]);
  });

  it('reads thousands separators as one number', () => {
    expect(read('投资1,234.5亿元')).toEqual([{ valueText: '1,234.5', value: 1234.5, form: 'decimal' }]);
  });

  it('reads fractions with a slash and in words', () => {
    expect(read('保障了全国2/3以上、约三分之一的省份')).toEqual([
      { valueText: '2/3', value: 2 / 3, form: 'fraction' },
      { valueText: '三分之一', value: 1 / 3, form: 'fraction' },
    ]);
  });

  it('does not read a date written with slashes as a fraction', () => {
    expect(read('2024/5/1').map((token) => token.form)).not.toContain('fraction');
  });

  it('reads tenths (九成 = 90 %) but not 一成不变 or 建成/完成', () => {
    expect(read('机械化率达八成，建成完成，一成不变，三成员')).toEqual([{ valueText: '八成', value: 80, form: 'tenths' }]);
  });

  it('reads 两位数 / 三位数 growth as a lower bound of 10 % / 100 %, only about growth', () => {
    expect(read('收入保持两位数增长，投资三位数的增幅')).toEqual([
      { valueText: '两位数', value: 10, form: 'digit-band' },
      { valueText: '三位数', value: 100, form: 'digit-band' },
    ]);
    expect(read('编号为两位数的车辆')).toEqual([]);
  });

  it('reads 百分之… as a percentage', () => {
    expect(read('覆盖率达到百分之九十五，百分之100')).toEqual([
      { valueText: '百分之九十五', value: 95, form: 'percent-words' },
      { valueText: '百分之100', value: 100, form: 'percent-words' },
    ]);
  });
});

