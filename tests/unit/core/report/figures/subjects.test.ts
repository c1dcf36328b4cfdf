import { describe, expect, it } from 'vitest';
import { cleanSubject, cleanVerbPhrase, entityOf, removeEnumerations, shortenLabel } from '../../../../../main/core/report/figures/subjects';

describe('cleanSubject', () => {
  it('drops the release’s own place and “the whole region”', () => {
    expect(cleanSubject('内蒙古新能源总装机')).toBe('新能源总装机');
    expect(cleanSubject('全区脱贫人口人均纯收入')).toBe('脱贫人口人均纯收入');
    expect(cleanSubject('宁夏回族自治区森林覆盖率')).toBe('森林覆盖率');
    expect(cleanSubject('自治区能耗强度')).toBe('能耗强度');
  });

  it('drops adverbs, light verbs and particles', () => {
    expect(cleanSubject('经济总量首次')).toBe('经济总量');
    expect(cleanSubject('累计完成造林')).toBe('造林');
    expect(cleanSubject('其中农村居民收入的')).toBe('农村居民收入');
    expect(cleanSubject('全省共有A级旅游景区')).toBe('A级旅游景区');
  });

  it('keeps a population qualifier but drops 拥有', () => {
    expect(cleanSubject('每千人口拥有3岁以下婴幼儿托位数')).toBe('每千人口3岁以下婴幼儿托位数');
    expect(cleanSubject('每10万人口拥有执业医师')).toBe('每10万人口执业医师');
  });

  it('drops superlatives and the place of an event', () => {
    expect(cleanSubject('全球最大绿色氢氨项目在赤峰')).toBe('绿色氢氨项目');
  });

  it('cuts a very long subject to what follows its last 的', () => {
    expect(cleanSubject('全省规模以上工业企业中高新技术企业的研发经费投入')).toBe('研发经费投入');
  });
});

describe('removeEnumerations', () => {
  it('drops an enumeration of examples and keeps the class noun', () => {
    expect(removeEnumerations('新发现铁、金、锂、锡等')).toBe('新发现');
    expect(removeEnumerations('钢铁、有色、化工等传统产业增加值')).toBe('传统产业增加值');
    expect(removeEnumerations('科技投入、科技产出、产业创新这些关键指标增速')).toBe('关键指标增速');
    expect(removeEnumerations('基本养老保险、基本医疗保险参保率')).toBe('基本养老保险、基本医疗保险参保率');
  });
});

describe('cleanVerbPhrase', () => {
  it('keeps the content verb before a counted object', () => {
    expect(cleanVerbPhrase('精心谋划了')).toBe('谋划');
    expect(cleanVerbPhrase('保障了全国')).toBe('保障');
    expect(cleanVerbPhrase('全省建成')).toBe('建成');
    expect(cleanVerbPhrase('和')).toBe('');
  });
});

describe('entityOf', () => {
  it('removes the metric head of a subject', () => {
    expect(entityOf('煤炭年产量')).toBe('煤炭');
    expect(entityOf('新能源总装机')).toBe('新能源');
    expect(entityOf('地区生产总值')).toBeNull(); // 值 is too short a head to cut safely
    expect(entityOf('民用机场')).toBeNull();
  });
});

describe('shortenLabel', () => {
  it('drops quoted modifiers only from labels longer than 14 visible characters', () => {
    expect(shortenLabel('“四横十二纵”综合交通主骨架建成率')).toBe('综合交通主骨架建成率');
    expect(shortenLabel('“沙戈荒”大基地配套外送通道纳规')).toBe('“沙戈荒”大基地配套外送通道纳规');
    expect(shortenLabel('“15分钟健身圈”覆盖率')).toBe('“15分钟健身圈”覆盖率');
  });
});
