import { describe, expect, it } from 'vitest';
import { KeyCounter, meaningKey, meaningOfKey } from '../../../../../main/core/report/figures/keys';
import { figuresOf } from './helpers';

describe('keys', () => {
  it('say what a figure means: label, period, unit', () => {
    expect(meaningKey({ label: '城镇新增就业（累计）', period: '“十四五”以来', unit: '万人', derived: false })).toBe('城镇新增就业（累计）|“十四五”以来|万人');
    expect(meaningKey({ label: '城乡居民收入比', period: null, unit: '', derived: false })).toBe('城乡居民收入比|-|-');
    expect(meaningKey({ label: '社会消费品零售总额', period: '2020年', unit: '亿元', derived: true })).toBe('derived:社会消费品零售总额|2020年|亿元');
  });

  it('number figures with the same meaning in document order', () => {
    const meaning = { label: '粮食产量', period: null, unit: '亿斤', derived: false };
    const keys = new KeyCounter();
    expect([meaning, meaning, { ...meaning, derived: true }, meaning].map((m) => keys.next(m))).toEqual([
      '粮食产量|-|亿斤', '粮食产量|-|亿斤#2', 'derived:粮食产量|-|亿斤', '粮食产量|-|亿斤#3',
    ]);
  });

  it('survive a corrected value and an inserted paragraph', () => {
    const before = figuresOf('粮食产量达到700亿斤。', '森林覆盖率达到24.5%。');
    const after = figuresOf('全省实施乡村振兴战略，新建学校12所。', '粮食产量达到702亿斤。', '森林覆盖率达到24.5%。');
    const keysAfter = new Set(after.map((f) => f.key));
    for (const found of before) expect(keysAfter.has(found.key)).toBe(true);
  });

  it('give back the meaning they name, whatever their number among the same meaning', () => {
    const meanings = [
      { label: '城镇新增就业（累计）', period: '“十四五”以来', unit: '万人', derived: false },
      { label: '城乡居民收入比', period: null, unit: '', derived: false },
      { label: '社会消费品零售总额', period: '2020年', unit: '亿元', derived: true },
      { label: '', period: '2024年末', unit: '%', derived: false },
    ];
    for (const meaning of meanings) {
      expect(meaningOfKey(meaningKey(meaning))).toEqual(meaning);
      expect(meaningOfKey(`${meaningKey(meaning)}#12`)).toEqual(meaning);
    }
  });

  it('do not give back a meaning whose fields hold the separator, nor one that reads otherwise (the caller compares)', () => {
    expect(meaningOfKey(meaningKey({ label: '进口|出口', period: null, unit: '亿元', derived: false }))).toBeNull();
    expect(meaningOfKey('not a key')).toBeNull();
    // A period written "-" comes back as none: the key cannot tell the two apart.
    expect(meaningOfKey(meaningKey({ label: '增速', period: '-', unit: '%', derived: false }))?.period).toBeNull();
  });
});
