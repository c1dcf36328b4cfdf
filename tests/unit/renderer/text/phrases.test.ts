import { describe, expect, it } from 'vitest';
import { splitPhrases } from '../../../../renderer/src/text/phrases';

describe('splitPhrases', () => {
  it('gives the text back unchanged when joined', () => {
    for (const text of ['每千人口3岁以下婴幼儿托位数', '“十四五”前4年', '基本养老保险、基本医疗保险参保率', '', 'GDP']) {
      expect(splitPhrases(text).join('')).toBe(text);
    }
  });

  it('never breaks inside a word without a mark: 托位数 stays whole', () => {
    expect(splitPhrases('每千人口3岁以下婴幼儿托位数')).toEqual(['每千人口', '3岁以下', '婴幼儿托位数']);
  });

  it('breaks after pauses and around quotes, never before a closing mark', () => {
    expect(splitPhrases('基本养老保险、基本医疗保险参保率')).toEqual(['基本养老保险、', '基本医疗保险参保率']);
    expect(splitPhrases('内蒙古民生福祉实现“四个显著提升”')).toEqual(['内蒙古民生福祉实现', '“四个显著提升”']);
  });

  it('keeps a number with the word that leads into it', () => {
    expect(splitPhrases('“十四五”前4年')).toEqual(['“十四五”前4年']);
    expect(splitPhrases('“十三五”末的0.8个')).toEqual(['“十三五”末的', '0.8个']);
    expect(splitPhrases('投资增速排名第2位')).toEqual(['投资增速排名第2位']);
  });

  it('breaks after a word that closes a phrase, and after 的', () => {
    expect(splitPhrases('“十四五”以来城镇新增就业')).toEqual(['“十四五”以来', '城镇新增就业']);
    expect(splitPhrases('全区的粮食产量')).toEqual(['全区的', '粮食产量']);
  });
});

describe('splitPhrases on the title of an official document', () => {
  it('breaks after the year and before the words such titles are made of, never inside one', () => {
    expect(splitPhrases('2025年某市人民政府工作报告')).toEqual(['2025年', '某市', '人民政府', '工作报告']);
    expect(splitPhrases('某省2024年国民经济和社会发展统计公报')).toEqual(['某省', '2024年', '国民经济和', '社会发展', '统计公报']);
    expect(splitPhrases('全省国民经济运行情况')).toEqual(['全省', '国民经济运行情况']);
    expect(splitPhrases('某省2025年前三季度经济运行情况新闻发布会')).toEqual(['某省', '2025年', '前三季度', '经济运行情况', '新闻发布会']);
    // A second year joined by 和 opens its phrase with the 和: no line that is only 2025年.
    expect(splitPhrases('关于某市2024年预算执行情况和2025年预算草案的报告')).toEqual(['关于某市', '2024年', '预算执行情况', '和2025年', '预算草案的', '报告']);
  });
});
