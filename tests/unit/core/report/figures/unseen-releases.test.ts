/**
 * Figures of invented releases in the styles provincial offices publish (a monthly release, an education,
 * health or environment bulletin, a customs release, a work report's targets), each case a sentence or two of
 * its kind: the periods a document's shape gives (a date opening a paragraph, the year a bulletin covers, a list
 * of targets), populations that are no figures, and labels that name what the release counts.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import type { Figure } from '../../../../../main/shared/figure';
import { datedFiguresOf, figure, figuresOf } from './helpers';

describe('a monthly statistical release', () => {
  it('增速比1—9月回落0.2个百分点: the earlier months are the base, the period is the sentence’s', () => {
    const figures = figuresOf('1—10月，全市规模以上工业增加值同比增长7.1%，增速比1—9月回落0.2个百分点。');
    expect(figure(figures, '0.2')).toMatchObject({ label: '规模以上工业增加值增速回落', period: '1—10月', base: '比1—9月' });
    expect(figure(figuresOf('10月末，各项存款余额12876.5亿元，比9月末增加65.3亿元。'), '65.3').base).toBe('比9月末');
  });

  it('41个工业大类行业中，有29个行业增加值保持增长: the 41 is the population, the 29 counts members by outcome', () => {
    const figures = figuresOf('全市41个工业大类行业中，有29个行业增加值保持增长，增长面为70.7%。');
    expect(figures.map((found) => found.valueText)).toEqual(['29', '70.7']);
    expect(figure(figures, '29').label).toBe('增加值保持增长的行业数量');
    expect(figure(figuresOf('全省16个市中，有12个市增速高于全省平均水平。'), '12').label).toBe('增速高于全省平均水平的市数量');
  });

  it('限额以上单位通过公共网络实现的商品零售额: a long subject keeps how the amount came about', () => {
    const figures = figuresOf('限额以上单位通过公共网络实现的商品零售额312.4亿元，增长15.3%。');
    expect(figure(figures, '312.4').label).toBe('通过公共网络实现的商品零售额');
  });
});

describe('a date that opens a paragraph', () => {
  it('2024年，… dates every later sentence of the paragraph that names no period of its own', () => {
    const figures = figuresOf(
      '2024年，全县地区生产总值完成286.5亿元，增长5.8%。一般公共预算收入完成18.6亿元，增长4.2%。与2020年相比，税收收入增加3.1亿元。',
    );
    expect(figures.map((found) => [found.valueText, found.period])).toEqual([
      ['286.5', '2024年'], ['5.8', '2024年'], ['18.6', '2024年'], ['4.2', '2024年'], ['3.1', '2024年'],
    ]);
    expect(figure(figures, '3.1').base).toBe('与2020年相比');
  });

  it('1—10月，… carries to the breakdowns that follow; a later sentence’s own period wins', () => {
    const figures = figuresOf('1—10月，全市规模以上工业增加值增长7.1%。分门类看，制造业增长8.0%。10月份，全市工业用电量增长3.2%。');
    expect(figures.map((found) => found.period)).toEqual(['1—10月', '1—10月', '10月份']);
  });

  it('a stretch counted back from now (“十四五”以来, 过去五年) does not carry to the next sentence', () => {
    for (const opening of ['“十四五”以来', '过去五年']) {
      const figures = figuresOf(`${opening}，全省累计新增就业86.4万人。城镇调查失业率为5.1%。`);
      expect(figure(figures, '5.1').period).toBeNull();
    }
  });
});

describe('second values of what the figure before measures', () => {
  it('新增…21家，总数达到236家: the total is of all of them, not of the new ones', () => {
    expect(figure(figuresOf('新增规模以上工业企业21家，总数达到236家。'), '236').label).toBe('规模以上工业企业总数');
  });

  it('粮食播种面积…，总产量达到41.2万吨: the total output is the crop’s', () => {
    expect(figure(figuresOf('粮食播种面积稳定在95.3万亩，总产量达到41.2万吨。'), '41.2').label).toBe('粮食总产量');
  });

  it('新建高标准农田6.2万亩，累计建成48.6万亩: an area counted again names what it is of', () => {
    expect(figure(figuresOf('新建高标准农田6.2万亩，累计建成48.6万亩。'), '48.6').label).toBe('建成高标准农田面积（累计）');
  });
});

describe('an education release', () => {
  it('在园幼儿 / 在学研究生 are words: their 在 is not a place nor a connector', () => {
    expect(figure(figuresOf('在园幼儿18.3万人，比上年减少1.6万人。'), '18.3').label).toBe('在园幼儿');
    expect(figure(figuresOf('研究生招生3120人，在学研究生9860人。'), '9860').label).toBe('在学研究生');
  });

  it('普通高中68所，招生3.6万人，在校生10.2万人: the pupils are the school’s', () => {
    const figures = figuresOf('全市共有普通高中68所，招生3.6万人，在校生10.2万人。');
    expect([figure(figures, '3.6').label, figure(figures, '10.2').label]).toEqual(['普通高中招生', '普通高中在校生']);
    const colleges = figuresOf('普通本专科招生5.2万人，在校生17.8万人，毕业生4.6万人。');
    expect([figure(colleges, '17.8').label, figure(colleges, '4.6').label]).toEqual(['普通本专科在校生', '普通本专科毕业生']);
  });

  it('生师比为16.2:1: one figure, the ratio; the 1 it is to is none', () => {
    const figures = figuresOf('小学生师比为16.2:1，初中生师比为12.8∶1。');
    expect(figures.map((found) => [found.valueText, found.label, found.kind])).toEqual([
      ['16.2', '小学生师比', 'ratio'], ['12.8', '初中生师比', 'ratio'],
    ]);
  });
});

describe('a health release', () => {
  it('孕产妇死亡率8.3/10万: a rate per hundred thousand, one figure whose unit is /10万', () => {
    for (const [sentence, valueText] of [['孕产妇死亡率降至8.3/10万。', '8.3'], ['孕产妇死亡率降至9/10万。', '9']] as const) {
      const figures = figuresOf(sentence);
      expect(figures.map((found) => [found.valueText, found.unit, found.label])).toEqual([[valueText, '/10万', '孕产妇死亡率']]);
    }
    expect(figure(figuresOf('全省2/3的乡镇建成卫生院。'), '2/3').value).toBeCloseTo(2 / 3);
  });

  it('平均住院日8.6天，比上年缩短0.3天: the shortening is the stay’s, and last year’s stay was longer (8.9天)', () => {
    const figures = figuresOf('2024年，医院平均住院日8.6天，比上年缩短0.3天。');
    expect(figure(figures, '0.3').label).toBe('医院平均住院日缩短');
    expect(figures.find((found) => found.derived)).toMatchObject({ valueText: '8.9', period: '上年' });
  });

  it('每千人口执业（助理）医师3.4人、注册护士4.1人: the next item of the list is per head too', () => {
    expect(figure(figuresOf('每千人口执业（助理）医师3.4人、注册护士4.1人。'), '4.1').label).toBe('每千人口注册护士');
  });

  it('三分之二的县实现全覆盖: the share of the members that did it', () => {
    expect(figure(figuresOf('全市三分之二的县实现全覆盖。'), '三分之二').label).toBe('实现全覆盖的县占比');
    expect(figure(figuresOf('全省90%的乡镇建成综合文化站。'), '90').label).toBe('建成综合文化站的乡镇占比');
  });
});

describe('an environment release', () => {
  it('14个设区市…比例平均为86.3%: the cities are the population of the average rate, no figure', () => {
    const figures = figuresOf('全省14个设区市环境空气质量优良天数比例平均为86.3%，同比上升2.1个百分点。');
    expect(figures.map((found) => found.valueText)).toEqual(['86.3', '2.1']);
    expect(figure(figures, '86.3').label).toBe('设区市环境空气质量优良天数比例');
  });

  it('186个国控断面中，…断面比例为91.4%: the population before a comma is no figure either', () => {
    expect(figuresOf('全省186个国控断面中，水质优良断面比例为91.4%。').map((found) => found.valueText)).toEqual(['91.4']);
  });

  it('有9个城市空气质量达到国家二级标准: the cities counted by what they reached', () => {
    const figures = figuresOf('14个设区市中，有9个城市空气质量达到国家二级标准，比上年增加2个。');
    expect(figure(figures, '9').label).toBe('空气质量达到国家二级标准的城市数量');
    expect(figure(figures, '2').label).toBe('空气质量达到国家二级标准的城市数量增加');
  });
});

describe('a statistical bulletin of a year', () => {
  const bulletin = (...paragraphs: string[]): Figure[] =>
    analyseReport(['某省2024年国民经济和社会发展统计公报', '## 一、综合', ...paragraphs].join('\n\n')).figures;

  it('dates 全年 and 年末 with the year its title covers, and every value that names no period', () => {
    const figures = bulletin('年末全省常住人口4876万人，比上年末减少12万人。全年出生人口32.1万人；死亡人口41.6万人。');
    expect(figure(figures, '4876')).toMatchObject({ label: '常住人口', period: '2024年末' });
    expect(figure(figures, '12')).toMatchObject({ period: '2024年末', base: '比上年末' });
    expect([figure(figures, '32.1').period, figure(figures, '41.6').period]).toEqual(['2024年', '2024年']);
  });

  it('全年粮食总产量…比上年增产1.6%: 增产 is the change of the output', () => {
    expect(figure(bulletin('全年粮食总产量3512.8万吨，比上年增产1.6%。'), '1.6').label).toBe('粮食总产量增产');
  });

  it('leaves 全年 and 年末 as written where no title dates them, and 全年目标 is no period', () => {
    expect(figure(figuresOf('年末全省常住人口4876万人。'), '4876').period).toBe('年末');
    expect(figure(figuresOf('城镇新增就业56.3万人，完成全年目标的93.8%。'), '93.8')).toMatchObject({ label: '城镇新增就业完成全年目标', period: null });
    expect(figure(figuresOf('城镇调查失业率为5.1%。'), '5.1').period).toBeNull();
  });
});

describe('a list of targets', () => {
  it('2025年…主要预期目标是：…；…；…。 every item is of the year the introduction names, until the list ends', () => {
    const figures = figuresOf(
      '2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内。粮食产量稳定在41万吨。',
    );
    expect(figures.map((found) => [found.valueText, found.period])).toEqual([['6', '2025年'], ['5', '2025年'], ['5.5', '2025年'], ['41', null]]);
  });

  it('a ；-clause that opens no list carries nothing', () => {
    expect(figure(figuresOf('2024年粮食产量达到700亿斤；森林覆盖率达到24.5%。'), '24.5').period).toBeNull();
  });
});

describe('a customs release', () => {
  it('今年前11个月: a part of the year in months counted from January', () => {
    expect(figure(figuresOf('今年前11个月，全省货物贸易进出口总值1.02万亿元。'), '1.02').period).toBe('今年前11个月');
    expect(figure(datedFiguresOf('前11个月，全省货物贸易进出口总值1.02万亿元。'), '1.02').period).toBe('2025年前11个月');
  });

  it('占…的72.2%，比重较去年同期提升1.1个百分点: the share named again is the share before', () => {
    const figures = figuresOf('一般贸易进出口7360亿元，占全省外贸总值的72.2%，比重较去年同期提升1.1个百分点。');
    expect(figure(figures, '1.1')).toMatchObject({ label: '一般贸易进出口占全省外贸总值比重提升', base: '较去年同期' });
  });

  it('对欧盟、美国分别进出口1680亿元、1320亿元，分别增长4.5%、下降1.8%: each its own, a fall a fall', () => {
    const figures = figuresOf('对欧盟、美国分别进出口1680亿元、1320亿元，分别增长4.5%、下降1.8%。');
    expect(figures.map((found) => [found.valueText, found.label])).toEqual([
      ['1680', '欧盟进出口'], ['1320', '美国进出口'], ['4.5', '欧盟进出口增速'], ['1.8', '美国进出口下降'],
    ]);
    expect(figure(figuresOf('粮食和肉类产量分别增长4.5%、下降1.8%。'), '1.8').label).toBe('肉类产量下降');
  });

  it('A、B和C“新三样”产品: the quoted name sums the items up', () => {
    const figures = figuresOf('电动载人汽车、锂离子蓄电池和太阳能电池“新三样”产品合计出口680亿元。');
    expect(figure(figures, '680').label).toBe('“新三样”产品合计出口');
  });
});

describe('a rank of the size', () => {
  it('…1.02万亿元，同比增长8.6%，…，规模位列全国第7位: the amount is ranked, not its growth', () => {
    const figures = figuresOf('全省进出口总值达到1.02万亿元，同比增长8.6%，增速高于全国3.4个百分点，规模位列全国第7位。');
    expect(figure(figures, '1.02').rank?.position).toBe(7);
    expect(figure(figures, '8.6').rank).toBeNull();
  });
});

describe('a work report looking back', () => {
  const workReport = (...paragraphs: string[]): Figure[] =>
    analyseReport(['2025年某市人民政府工作报告', '## 一、2024年工作回顾', ...paragraphs].join('\n\n')).figures;

  it('过去一年 is the year before the report’s, and dates the paragraph it opens; 新台阶 is no object', () => {
    const figures = workReport('过去一年，全市地区生产总值迈上3000亿元新台阶，达到3126.8亿元。税收占比提高到76.8%。');
    expect(figures.map((found) => [found.valueText, found.label, found.period])).toEqual([
      ['3000', '地区生产总值', '2024年'], ['3126.8', '地区生产总值', '2024年'], ['76.8', '税收占比', '2024年'],
    ]);
    expect(figure(figuresOf('过去一年，全市地区生产总值达到3126.8亿元。'), '3126.8').period).toBe('过去一年');
  });

  it('新增…9家、…86家，总数分别达到31家和412家: each total is of its own kind', () => {
    const figures = workReport('新增国家级专精特新“小巨人”企业9家、省级专精特新中小企业86家，总数分别达到31家和412家。');
    expect(figures.map((found) => found.label)).toEqual([
      '新增国家级专精特新“小巨人”企业', '省级专精特新中小企业数量', '国家级专精特新“小巨人”企业总数', '省级专精特新中小企业总数',
    ]);
  });
});

describe('a county work summary', () => {
  it('其中10亿元以上项目9个: the size sorts the projects into a class, it is no figure', () => {
    const figures = figuresOf('全年新签约项目67个，其中10亿元以上项目9个；投资5000万元以上的工业项目12个。');
    expect(figures.map((found) => [found.valueText, found.label])).toEqual([
      ['67', '新签约项目数量'], ['9', '10亿元以上项目数量'], ['12', '投资5000万元以上的工业项目数量'],
    ]);
    expect(figuresOf('完成投资58.4亿元以上，项目开工率92%。').map((found) => found.valueText)).toEqual(['58.4', '92']);
  });
});

describe('a holiday tourism release', () => {
  it('假期全省A级旅游景区接待游客: the holiday is the time, not part of what is counted', () => {
    expect(figure(figuresOf('假期全省A级旅游景区接待游客2960万人次。'), '2960').label).toBe('A级旅游景区接待游客');
    expect(figure(figuresOf('暑假期间旅游收入86亿元。'), '86').label).toBe('暑假期间旅游收入');
  });

  it('入境游客12.6万人次，同比增长1.5倍: a growth by a multiple says it grew', () => {
    expect(figure(figuresOf('入境游客12.6万人次，同比增长1.5倍。'), '1.5')).toMatchObject({ label: '入境游客同比增长', unit: '倍' });
  });

  it('重点监测的45家…景区日均接待游客量是平日的2.3倍: the 45 is the population averaged over; 平日 the comparison', () => {
    const figures = figuresOf('全省重点监测的45家5A级和4A级旅游景区日均接待游客量是平日的2.3倍。');
    expect(figures.map((found) => [found.valueText, found.label])).toEqual([['2.3', '5A级和4A级旅游景区日均接待游客量与平日之比']]);
  });
});

describe('a date that opens a paragraph and the periods of a later sentence', () => {
  it('从2020年的120家增加到380家: the first value keeps its own year, the level reached is of the paragraph’s', () => {
    const figures = figuresOf('2024年，全省粮食产量达到700万吨。专精特新企业从2020年的120家增加到380家。');
    expect(figures.map((found) => [found.valueText, found.period])).toEqual([['700', '2024年'], ['120', '2020年'], ['380', '2024年']]);
  });
});

describe('a release on the private economy', () => {
  it('截至10月底，… dates its own sentence only: a stock date does not carry to the next sentence', () => {
    const figures = figuresOf('截至10月底，全省经营主体总量超过680万户。全省民营经济贡献了六成以上的税收。');
    expect(figure(figures, '680').period).toBe('截至10月底');
    expect(figure(figures, '六成').period).toBeNull();
  });

  it('民营经济贡献了六成以上的税收、七成以上的技术创新成果: the shares of what it contributed', () => {
    const figures = figuresOf('全省民营经济贡献了六成以上的税收、七成以上的技术创新成果。');
    expect(figures.map((found) => found.label)).toEqual(['民营经济贡献税收占比', '民营经济贡献技术创新成果占比']);
  });
});

describe('a breakdown by kind', () => {
  it('国有控股企业增加值增长5.2%，股份制企业增长7.6%: each item is of the measure the first one names', () => {
    const figures = figuresOf('分经济类型看，国有控股企业增加值增长5.2%，股份制企业增长7.6%，电力、热力、燃气及水生产和供应业增长5.9%。');
    expect(figures.map((found) => found.label)).toEqual(['国有控股企业增加值增速', '股份制企业增加值增速', '电力、热力、燃气及水生产和供应业增加值增速']);
    // With no measure named by the first item, none is added.
    expect(figuresOf('分门类看，采矿业增长4.1%，制造业增长7.9%。').map((found) => found.label)).toEqual(['采矿业增速', '制造业增速']);
    // A new period or a measure of its own (GDP) is a new statement, not the next item.
    expect(figure(figuresOf('今年以来，工业增加值增长6.8%，前三季度GDP增长5.3%。'), '5.3').label).toBe('GDP增速');
    expect(figure(figuresOf('固定资产投资增长6.5%，基础设施投资增长4.2%。'), '4.2').label).toBe('基础设施投资增速');
  });
});

describe('a plan’s targets', () => {
  it('到2025年达到8000亿元: the 到 of a date is no subject; what reaches it is the figure before’s', () => {
    expect(figure(figuresOf('全市地区生产总值年均增长6%左右，到2025年达到8000亿元。'), '8000')).toMatchObject({ label: '地区生产总值', period: '2025年' });
  });
});
