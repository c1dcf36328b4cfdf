/**
 * Labels, periods, ranks and units that must read right on reports never seen (issue 9), each case an
 * invented sentence: a label names the subject as the sentence does, never a leftover word; each number has
 * its own period; 今年 is the report's year where the report dates itself; a band (第一梯队, 前列) is no rank
 * 1; a unit right after a number is the unit; a comparison base (比上半年) is the figure's base, never a hole
 * in its label nor its period.
 */
import { describe, expect, it } from 'vitest';
import { datedFiguresOf, figure, figuresOf } from './helpers';

const leftovers = ['预计', '今年', '有望', '相继', '跨越', '全球首艘', '首艘'];

describe('labels on reports never seen', () => {
  it.each([
    ['预计全年地区生产总值增长5.5%左右。', '5.5', '地区生产总值增速'],
    ['今年全省粮食产量有望达到800万吨。', '800', '粮食产量'],
    ['全省高新技术企业相继跨越1000家、2000家大关。', '2000', '高新技术企业数量'],
    ['全球首艘氢能货船载重7500吨。', '7500', '氢能货船载重'],
  ])('%s names the subject, no leftover', (sentence, value, label) => {
    const found = figure(datedFiguresOf(sentence), value);
    expect(found.label).toBe(label);
    for (const word of leftovers) expect(found.label).not.toContain(word);
  });

  it('gives each number of 由…增加到… its own period: the first is not the later year’s', () => {
    const figures = figuresOf('2024年，全省专精特新企业由3个增加到4个。');
    expect(figure(figures, '3').period).toBeNull();
    expect(figure(figures, '4').period).toBe('2024年');
    const dated = figuresOf('2024年，全省5G基站由2020年的3万个增加到8万个。');
    expect([figure(dated, '3').period, figure(dated, '8').period]).toEqual(['2020年', '2024年']);
  });

  it('dates 今年 with the report’s year where the report dates itself, and leaves it as written where not', () => {
    expect(figure(datedFiguresOf('今年前三季度，全省规模以上工业增加值增长6.2%。'), '6.2').period).toBe('2025年前三季度');
    expect(figure(datedFiguresOf('预计今年全省粮食产量达到800万吨。'), '800').period).toBe('2025年');
    expect(figure(figuresOf('预计今年全省粮食产量达到800万吨。'), '800').period).toBe('今年');
  });

  it('reads 第一梯队 and 前列 as no rank 1', () => {
    for (const sentence of ['综合实力位居全国第一梯队。', '全省科技创新能力居全国前列。']) {
      expect(figuresOf(sentence).filter((found) => found.rank?.position === 1)).toEqual([]);
    }
  });

  it('takes a unit right after a number as the unit: 7500车, 353家', () => {
    expect(figure(figuresOf('新能源汽车产量达到7500车。'), '7500')).toMatchObject({ unit: '车', label: '新能源汽车产量' });
    expect(figure(figuresOf('全省共有上市公司353家。'), '353')).toMatchObject({ unit: '家', label: '上市公司数量' });
  });
});

describe('a comparison with an earlier part of the year', () => {
  it('增速比上半年加快: the base is 比上半年, the period the sentence’s, the label whole', () => {
    const found = figure(figuresOf('前三季度，地区生产总值增长5.8%，增速比上半年加快0.3个百分点。'), '0.3');
    expect(found).toMatchObject({ label: '地区生产总值增速加快', base: '比上半年', period: '前三季度' });
  });

  it('增速比上半年提高0.3个百分点: the rate rose, and the label says so', () => {
    const found = figure(figuresOf('前三季度，全省地区生产总值增长5.8%，增速比上半年提高0.3个百分点。'), '0.3');
    expect(found).toMatchObject({ label: '地区生产总值增速提高', base: '比上半年', period: '前三季度' });
  });

  it.each([
    ['前三季度，全省地区生产总值增长5.8%，增速比上半年提高0.3个百分点。', '比上半年'],
    ['居民消费价格上涨1.2%，涨幅比上半年回落0.3个百分点。', '比上半年'],
    ['上半年，规模以上工业增加值增长6%，比一季度加快1.2个百分点。', '比一季度'],
    ['10月份，社会消费品零售总额增长3%，增速比上月加快0.3个百分点。', '比上月'],
  ])('%s: %s is the base, never the period, and leaves no 比 in the label', (sentence, base) => {
    const found = figure(figuresOf(sentence), sentence.includes('1.2个') ? '1.2' : '0.3');
    expect(found.base).toBe(base);
    expect(found.period).not.toBe(base.slice(1));
    expect(found.label).not.toMatch(/比/u);
  });
});

describe('words that only look like connectors', () => {
  it.each([
    ['全市共有普通高校28所，在校生42.6万人。', '42.6', '普通高校在校生'],
    ['全年对外贸易进出口总额2380.6亿元。', '2380.6', '对外贸易进出口总额'],
    ['全省在建项目1260个。', '1260', '在建项目数量'],
    ['消费品以旧换新带动销售额86.5亿元。', '86.5', '消费品以旧换新带动销售额'],
    ['全年以工代赈项目发放劳务报酬3.2亿元。', '3.2', '以工代赈项目发放劳务报酬'],
    ['全市与会代表520人。', '520', '与会代表'],
  ])('%s keeps the word its label starts with', (sentence, value, label) => {
    expect(figure(figuresOf(sentence), value).label).toBe(label);
  });

  it('drops 共 that sums up and 按可比口径 that says how a value was counted, not 共 of a word', () => {
    const figures = figuresOf('国庆假期，全市共接待游客1286.5万人次，按可比口径同比增长8.6%。');
    expect([figure(figures, '1286.5').label, figure(figures, '8.6').label]).toEqual(['接待游客', '接待游客同比增速']);
    expect(figure(figuresOf('全市地区生产总值按可比价格计算增长5.2%。'), '5.2').label).toBe('地区生产总值增速');
    expect(figure(figuresOf('全市共享单车投放量达到12万辆。'), '12').label).toBe('共享单车投放量');
    expect(figure(figuresOf('计划新建城市公园20个。'), '20').label).toBe('新建城市公园数量');
    expect(figure(figuresOf('项目计划总投资120亿元。'), '120').label).toBe('项目计划总投资');
  });

  it('still drops a connector that joins the subject to the clause before (和, 对, 在)', () => {
    expect(figure(figuresOf('全省新建学校12所，和幼儿园35所。'), '35').label).not.toMatch(/^和/u);
    expect(figure(figuresOf('全省加大投入力度，对农业投资达到120亿元。'), '120').label).not.toMatch(/^对/u);
  });
});

describe('periods and bases written with 和 and 分别', () => {
  it('和去年相比 is the base of the sentence, not its period', () => {
    expect(figure(figuresOf('和去年相比，全市新增企业1.2万家。'), '1.2').period).toBeNull();
    expect(figure(figuresOf('同上年相比，全市粮食产量增长2.1%。'), '2.1').period).toBeNull();
  });

  it('gives each value of a 分别 one period of the list before it, in order', () => {
    const two = figuresOf('2023年和2024年，全市新增企业分别为1.1万家和1.2万家。');
    expect([figure(two, '1.1').period, figure(two, '1.2').period]).toEqual(['2023年', '2024年']);
    const three = figuresOf('2022年、2023年和2024年，全市粮食产量分别为120万吨、125万吨和126.8万吨。');
    expect(['120', '125', '126.8'].map((value) => figure(three, value).period)).toEqual(['2022年', '2023年', '2024年']);
  });

  it('keeps one period for every value where no 分别 shares a list out, or the list has run out', () => {
    const joined = figuresOf('2023年和2024年，全市新增企业共2.3万家。');
    expect(figure(joined, '2.3').period).toBe('2024年');
    const longer = figuresOf('2023年和2024年，全市新增企业分别为1.1万家和1.2万家，合计2.3万家。');
    expect(figure(longer, '2.3').period).toBe('2024年');
  });
});

describe('a value that speaks of the figure before it', () => {
  it('快于城镇居民2.1个百分点: the rate before, compared with another group', () => {
    const found = figure(figuresOf('农村居民人均可支配收入16920元，增长6.8%，快于城镇居民2.1个百分点。'), '2.1');
    expect(found.label).toBe('农村居民人均可支配收入增速快于城镇居民');
    const named = figure(figuresOf('全年农村居民人均可支配收入22365元，增长6.6%，增速高于城镇居民1.9个百分点。'), '1.9');
    expect(named.label).toBe('农村居民人均可支配收入增速高于城镇居民');
  });

  it('完成全年目标的93.8%: how much of its target the figure before has reached', () => {
    const found = figure(figuresOf('前三季度，全省城镇新增就业56.3万人，完成全年目标的93.8%。'), '93.8');
    expect(found.label).toBe('城镇新增就业完成全年目标');
    expect(found.period).toBe('前三季度');
  });

  it('完成预算的82.6%: the share of the budget, of the figure before', () => {
    const found = figure(figuresOf('1—10月，全市一般公共预算收入完成286.4亿元，同比增长3.2%，完成预算的82.6%。'), '82.6');
    expect(found.label).toBe('一般公共预算收入完成预算');
  });

  it('环比下降5.3%: 环比 is the base of the change, and the label says it as it says 同比', () => {
    const found = figure(figuresOf('10月份，全市一般公共预算收入24.1亿元，环比下降5.3%。'), '5.3');
    expect(found).toMatchObject({ label: '一般公共预算收入环比下降', period: '10月份' });
    expect(found.base).toBeUndefined();
  });

  it('says the verb of 完成…目标 once', () => {
    const found = figure(figuresOf('今年以来，全省交通运输行业完成固定资产投资1286亿元，完成年度计划的102%。'), '102');
    expect(found.label).toBe('交通运输行业固定资产投资完成年度计划');
    expect(figure(figuresOf('今年以来，全省交通运输行业完成固定资产投资1286亿元。'), '1286').label).toBe('交通运输行业固定资产投资');
    expect(figure(figuresOf('全省目标完成率达到98%。'), '98').label).toBe('目标完成率');
  });

  it('恢复至2019年同期的118%: 2019年同期 is what the value is measured against, never its period', () => {
    const found = figure(figuresOf('民航旅客吞吐量3260万人次，恢复至2019年同期的118%。'), '118');
    expect(found).toMatchObject({ label: '民航旅客吞吐量', period: null, base: '恢复至2019年同期的' });
  });

  it('累计建成8.9万个: a count with a verb only counts what the count before it counts', () => {
    const figures = figuresOf('全省新建5G基站1.2万个，累计建成8.9万个，实现乡镇以上区域全覆盖。');
    expect(figure(figures, '8.9').label).toBe('建成5G基站数量（累计）');
    const lines = figuresOf('今年新开通城市轨道交通线路3条，累计开通12条。');
    expect(figure(lines, '12').label).toBe('开通城市轨道交通线路数量（累计）');
  });

  it('完成投资 / 总投资 / 总里程: an amount of what the figure before is about', () => {
    expect(figure(figuresOf('全年新开工亿元以上项目486个，完成投资1250亿元。'), '1250').label).toBe('新开工亿元以上项目完成投资');
    expect(figure(figuresOf('其中，沿江高速公路全长186公里，总投资约312亿元。'), '312').label).toBe('沿江高速公路总投资');
    expect(figure(figuresOf('全省新增高速公路通车里程320公里，总里程达到9860公里。'), '9860').label).toBe('高速公路通车总里程');
    expect(figure(figuresOf('全省完成投资5200亿元。'), '5200').label).toBe('投资');
  });

  it('总数达到67家: the total of what the count before it counts', () => {
    const found = figure(figuresOf('新认定专精特新企业18家，总数达到67家。'), '67');
    expect(found.label).toBe('专精特新企业总数');
  });

  it('净增72家 / 其中国家级3个: the change of the count before, a level of its object', () => {
    expect(figure(figuresOf('全区高新技术企业达到486家，净增72家。'), '72').label).toBe('高新技术企业净增数量');
    expect(figure(figuresOf('新增省级以上研发平台18个，其中国家级3个。'), '3').label).toBe('国家级研发平台数量');
  });

  it('优良率 after 空气质量优良天数: the rate of the same thing, named whole', () => {
    expect(figure(figuresOf('全年空气质量优良天数312天，优良率85.2%。'), '85.2').label).toBe('空气质量优良率');
    expect(figure(figuresOf('全市城镇调查失业率5.1%，就业率95%。'), '95').label).toBe('就业率');
  });

  it('leaves a value alone whose own words say what it is', () => {
    expect(figure(figuresOf('全省建成5G基站1.2万个，其中新建0.3万座。'), '0.3').label).not.toContain('5G基站');
    expect(figure(figuresOf('全省地区生产总值增长5.6%，高于全国0.4个百分点。'), '0.4').label).toBe('地区生产总值增速高于全国');
  });
});

describe('lists with 分别 that name their items once', () => {
  it('第一、二、三产业增加值分别为…: each numbered item completed (they were 第一值, 二值)', () => {
    const figures = figuresOf('第一、二、三产业增加值分别为234.1亿元、1102.5亿元和1519.8亿元。');
    expect(['234.1', '1102.5', '1519.8'].map((value) => figure(figures, value).label)).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值']);
  });

  it('城镇、农村居民人均可支配收入分别增长…: the groups share the rest of the name (城镇 was 城镇收入)', () => {
    const figures = figuresOf('城镇、农村居民人均可支配收入分别增长4.6%和6.5%。');
    expect([figure(figures, '4.6').label, figure(figures, '6.5').label]).toEqual(['城镇居民人均可支配收入增速', '农村居民人均可支配收入增速']);
    const products = figuresOf('牛奶、牛羊肉产量分别达到700万吨和50万吨。');
    expect([figure(products, '700').label, figure(products, '50').label]).toEqual(['牛奶产量', '牛羊肉产量']);
  });
});

describe('城乡 with 分别', () => {
  it('城乡居民人均可支配收入分别达到…和…: the town’s and the country’s, in that order', () => {
    const figures = figuresOf('城乡居民人均可支配收入分别达到56800元和28400元，分别增长4.9%和6.6%。');
    expect(['56800', '28400', '4.9', '6.6'].map((value) => figure(figures, value).label)).toEqual([
      '城镇居民人均可支配收入', '农村居民人均可支配收入', '城镇居民人均可支配收入增速', '农村居民人均可支配收入增速',
    ]);
  });
});

describe('what a rank or a rate is taken over', () => {
  it('在全省16个地市中排名第3: 16 is no figure, and the rank is the figure’s before', () => {
    const figures = figuresOf('2024年，全市环境空气质量优良天数比例为88.6%，在全省16个地市中排名第3。');
    expect(figures.map((found) => found.valueText)).not.toContain('16');
    expect(figure(figures, '88.6').rank).toMatchObject({ position: 3 });
  });

  it('23个国控断面水质优良比例达到95.7%: the rate is of the 23, and 23 is no figure', () => {
    const figures = figuresOf('全市23个国控断面水质优良比例达到95.7%。');
    expect(figures.map((found) => found.valueText)).toEqual(['95.7']);
    expect(figure(figures, '95.7').label).toBe('国控断面水质优良比例');
    expect(figure(figuresOf('全市共有国控断面23个。'), '23').label).toBe('国控断面数量');
  });

  it('a rank after a rate and its change in percentage points ranks the rate', () => {
    const figures = figuresOf('2024年，全市环境空气质量优良天数比例为88.6%，同比上升2.3个百分点，在全省16个地市中排名第3。');
    expect(figure(figures, '88.6').rank).toMatchObject({ position: 3 });
    expect(figure(figures, '2.3').rank).toBeNull();
    const growth = figuresOf('2024年，全市地区生产总值增长5.8%，比上年提高0.3个百分点，居全省第2位。');
    expect(figure(growth, '5.8').rank).toMatchObject({ position: 2, scope: '全省' });
    expect(figure(growth, '0.3').label).toBe('地区生产总值增速提高');
    const share = figuresOf('装备制造业增加值占规模以上工业的比重为41.2%，比上年提高1.5个百分点。');
    expect(figure(share, '1.5').label).toBe('装备制造业增加值占规模以上工业比重提高');
  });

  it('由上年的5天减少到1天: 上年 is the first value’s period, as written', () => {
    const figures = figuresOf('2024年，重污染天数由上年的5天减少到1天。');
    expect([figure(figures, '5'), figure(figures, '1')].map((found) => [found.label, found.period])).toEqual([
      ['重污染天数', '上年'], ['重污染天数', '2024年'],
    ]);
  });
});

describe('shares and holdings', () => {
  it('占地区生产总值比重达到2.8%: a share of 地区生产总值 (占地 is not 占地区), of the figure before', () => {
    const figures = figuresOf('全社会研发经费投入达到45.6亿元，占地区生产总值比重达到2.8%。');
    expect(figure(figures, '2.8').label).toBe('全社会研发经费投入占地区生产总值比重');
    expect(figure(figuresOf('装备制造业增加值占规模以上工业的比重为41.2%。'), '41.2').label).toBe('装备制造业增加值占规模以上工业比重');
    expect(figure(figuresOf('全市新建项目占地面积120公顷。'), '120').label).not.toContain('比重');
  });

  it('占进出口总额的65.7% / 占全市GDP的比重: the whole a share is of, with its scope', () => {
    expect(figure(figuresOf('其中，出口1564.3亿元，增长11.5%，占进出口总额的65.7%。'), '65.7').label).toBe('出口占进出口总额比重');
    expect(figure(figuresOf('民营经济增加值占全市GDP的比重达到58.6%。'), '58.6').label).toBe('民营经济增加值占全市GDP比重');
    expect(figure(figuresOf('全市外送电量占全国外送电量1/6以上。'), '1/6').label).toBe('外送电量占全国比重');
  });

  it('每万人口发明专利拥有量: 拥有量 is the noun, not the verb', () => {
    expect(figure(figuresOf('每万人口发明专利拥有量达到28.5件。'), '28.5').label).toBe('每万人口发明专利拥有量');
    expect(figure(figuresOf('每千人口拥有3岁以下婴幼儿托位数4.5个。'), '4.5').label).toBe('每千人口3岁以下婴幼儿托位数');
  });
});

describe('a count before the value it owns', () => {
  it('1.2万家规模以上工业企业实现利润总额3200亿元: the count counts the firms, and the profit is theirs', () => {
    const figures = figuresOf('全省1.2万家规模以上工业企业实现利润总额3200亿元。');
    expect(figure(figures, '1.2').label).toBe('规模以上工业企业数量');
    expect(figure(figures, '3200').label).toBe('规模以上工业企业利润总额');
  });

  it('keeps a predicate that ends a counted object when no value follows it', () => {
    expect(figure(figuresOf('年产20万吨粉煤灰提取氧化铝生产线全线贯通。'), '20').label).toBe('粉煤灰提取氧化铝生产线年产能');
    expect(figure(figuresOf('全市新建学校12所，新增学位3.1万个。'), '3.1').label).toBe('新增学位数量');
  });
});

describe('ranges and rates of the figure before', () => {
  it('增长8%—10%: the end of a range is the same measure as its start (its label was a dash)', () => {
    const figures = figuresOf('全社会用电量增长8%—10%。');
    expect([figure(figures, '8').label, figure(figures, '10').label]).toEqual(['全社会用电量增速', '全社会用电量增速']);
  });

  it('降幅比上年收窄1.5个百分点 after a change is that change’s rate', () => {
    expect(figure(figuresOf('财政收入增长-3.2%，降幅比上年收窄1.5个百分点。'), '1.5').label).toBe('财政收入降幅收窄');
  });
});

describe('signs and age bands', () => {
  it('人口自然增长率为-2.6‰: the figure is negative, as written, and its label has no sign in it', () => {
    const found = figuresOf('全年人口自然增长率为-2.6‰。').find((candidate) => candidate.unit === '‰');
    expect(found).toMatchObject({ value: -2.6, valueText: '-2.6', label: '人口自然增长率' });
  });

  it('0—15岁人口712.5万人: the ages select the population, they are no figures', () => {
    const figures = figuresOf('从年龄构成看，0—15岁人口712.5万人，占14.7%；16—59岁人口2980.4万人，占61.4%。');
    expect(figures.map((found) => found.valueText)).toEqual(['712.5', '14.7', '2980.4', '61.4']);
    expect(figure(figures, '712.5').label).toBe('0—15岁人口');
  });

  it('用3～5年时间: a span of years written with any range dash is a duration, no figure', () => {
    for (const dash of ['～', '~', '—', '-', '至']) {
      const figures = figuresOf(`力争用3${dash}5年时间，培育龙头企业10家。`);
      expect(figures.map((found) => found.valueText)).toEqual(['10']);
    }
  });
});
