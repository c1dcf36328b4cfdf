import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { sectionTopicOf } from '../../../../../main/core/report/figures/topics';
import { figure, figuresOf } from './helpers';

const labels = (...paragraphs: string[]) => figuresOf(...paragraphs).map((found) => [found.valueText, found.label]);
const unitsAndLabels = (...paragraphs: string[]) => figuresOf(...paragraphs).map((found) => [found.valueText, found.unit, found.label]);

describe('labels from a subject before the value', () => {
  it('takes the subject before 达到/为/累计/突破/稳定在 …', () => {
    expect(labels('综合交通网里程达到12.6万公里，城乡居民收入比缩小至2.31，人均GDP突破7万元大关，原煤年产量稳定在9亿吨以上。')).toEqual([
      ['12.6', '综合交通网里程'], ['2.31', '城乡居民收入比'], ['7', '人均GDP'], ['9', '原煤年产量'],
    ]);
  });

  it('marks a running total with （累计）', () => {
    expect(labels('“十四五”以来，全省城镇新增就业累计56.2万人。')).toEqual([['56.2', '城镇新增就业（累计）']]);
  });

  it('says 数量 for things counted one by one, 面积 for an area', () => {
    expect(labels('民用机场达到12个，高标准农田达到3000万亩，A级旅游景区达到420家。')).toEqual([
      ['12', '民用机场数量'], ['3000', '高标准农田面积'], ['420', 'A级旅游景区数量'],
    ]);
  });

  it('gives each item of a list sharing a verb its own label', () => {
    expect(labels('累计完成造林300万亩、种草120万亩、防沙治沙95万亩。')).toEqual([
      ['300', '造林面积（累计）'], ['120', '种草面积（累计）'], ['95', '防沙治沙面积（累计）'],
    ]);
  });

  it('gives each subject of a 分别 list its value, completed with the shared metric', () => {
    expect(labels('粮食和油料产量分别达到700万吨和50万吨。')).toEqual([['700', '粮食产量'], ['50', '油料产量']]);
  });

  it('drops the release’s own place, a leading superlative and 每…拥有', () => {
    expect(labels('宁夏新能源装机达到3500万千瓦，每千人口拥有执业医师3.2人。')).toEqual([['3500', '新能源装机'], ['3.2', '每千人口执业医师']]);
  });

  it('names a change by its verb: 下降, 增加; a growth in % is a growth rate: 增速, 同比增速, 年均增速', () => {
    expect(labels('单位GDP能耗下降13.5%，外贸进出口总额同比增长12.3%，农村居民人均可支配收入年均增长8.2%。')).toEqual([
      ['13.5', '单位GDP能耗下降'], ['12.3', '外贸进出口总额同比增速'], ['8.2', '农村居民人均可支配收入年均增速'],
    ]);
    expect(labels('地区生产总值较上年增加了850亿元，增长5.2%。')).toEqual([['850', '地区生产总值增加'], ['5.2', '地区生产总值增速']]);
  });

  it('gives one measure one label wherever the report states it (增长 verb, 增长 noun, 增速)', () => {
    const found = figuresOf(
      '“十四五”前4年，全省以年均2.3%的能耗增速支撑了年均5.9%的GDP增长。',
      '“十四五”前4年，全省GDP年均增速5.9%，比全国高0.4个百分点。',
      '“十四五”前4年，全省GDP年均增长5.9%。',
    );
    expect(found.filter((f) => f.valueText === '5.9').map((f) => f.label)).toEqual(['GDP年均增速', 'GDP年均增速', 'GDP年均增速']);
  });

  it('names 两位数 growth as a growth rate', () => {
    expect(labels('农民人均纯收入保持两位数增长。')).toEqual([['两位数', '农民人均纯收入增速']]);
  });

  it('takes the subject of the clause before when a clause has none', () => {
    expect(labels('地区生产总值达到1.18万亿元，较2020年增加了3050.6亿元。')).toEqual([['1.18', '地区生产总值'], ['3050.6', '地区生产总值增加']]);
  });

  it('prefixes a metric without its entity with the topic of the sentence', () => {
    expect(labels('原煤年产量稳定在9亿吨以上，外送占比达到55%。')).toEqual([['9', '原煤年产量'], ['55', '原煤外送占比']]);
    expect(labels('再看消费，2023—2024年保持两位数增长。')).toEqual([['两位数', '消费增速']]);
  });

  it('keeps 规模以上 as part of a subject, not a metric without entity', () => {
    expect(labels('地区生产总值达到1.18万亿元，规模以上工业增加值增长7.5%。')).toEqual([['1.18', '地区生产总值'], ['7.5', '规模以上工业增加值增速']]);
  });

  it('names a share by what it is a share of', () => {
    expect(labels('外调电量占全国外调电量1/5，新能源装机约占全省电力装机的三分之二。')).toEqual([
      ['1/5', '外调电量占全国比重'], ['三分之二', '新能源装机占全省电力装机比重'],
    ]);
  });

  it('drops quoted modifiers from a long label', () => {
    expect(labels('“两横三纵”综合立体交通主骨架建成率达到76.5%。')).toEqual([['76.5', '综合立体交通主骨架建成率']]);
  });
});

describe('labels from a noun after the value', () => {
  it('counted objects: verb + object', () => {
    expect(labels('建成8条高速公路出省通道，落户3个国家区域医疗中心。')).toEqual([['8', '建成高速公路出省通道'], ['3', '落户国家区域医疗中心']]);
  });

  it('shares the verb and the head noun across coordinated counts', () => {
    expect(labels('新增5个国家级和12个省级重点实验室，精心谋划了8大产业集群、15条产业链。')).toEqual([
      ['5', '新增国家级重点实验室'], ['12', '新增省级重点实验室'], ['8', '谋划产业集群'], ['15', '谋划产业链'],
    ]);
  });

  it('counted objects without a verb before: object + predicate, or object + 数量', () => {
    expect(labels('4条特高压通道纳规，全省有3个国家级新区。')).toEqual([['4', '特高压通道纳规'], ['3', '国家级新区数量']]);
  });

  it('a capacity before the object: object + 年产能', () => {
    expect(labels('国内首个年产50万吨煤制烯烃项目建成投产。')).toEqual([['50', '煤制烯烃项目年产能']]);
  });

  it('kinds and sites: 种类 and 数量, with an enumeration of examples dropped', () => {
    expect(labels('新发现铜、铅、锌等5种大中型矿产地18处。')).toEqual([['5', '新发现大中型矿产地种类'], ['18', '新发现大中型矿产地数量']]);
  });

  it('a percentage or fraction of an object: 比例 / 占比', () => {
    expect(labels('全省实现100%清洁供暖，满足了全国1/4以上城市的天然气需求。')).toEqual([['100', '清洁供暖比例'], ['1/4', '天然气需求满足城市占比']]);
  });

  it('a value described by 的: the noun after it, with 年均 before the growth word', () => {
    expect(labels('以年均2.1%的用水增速支撑了年均7%的经济增长。')).toEqual([['2.1', '用水年均增速'], ['7', '经济年均增速']]);
  });

  it('the first value of a range reads the same object', () => {
    expect(labels('新建3至5个物流园区。')).toEqual([['3', '新建物流园区'], ['5', '新建物流园区']]);
  });

  it('a per-population count is a count', () => {
    expect(labels('每10万人口拥有12所幼儿园。')).toEqual([['12', '每10万人口幼儿园数量']]);
  });

  it('never leaves a figure without a label', () => {
    for (const found of figuresOf('增长5%。', '达到12个。', '3000万。')) expect(found.label).not.toBe('');
  });

  it('falls back on what the section is about when a sentence names no subject at all', () => {
    const source = ['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 综合经济实力实现新跃升', '经济稳中有进，增长5.2%。'].join('\n\n');
    expect(analyseReport(source).figures.map((found) => found.label)).toEqual(['综合经济实力增速']);
    expect(sectionTopicOf('基本民生保障水平显著提升')).toBe('基本民生保障水平');
    expect(sectionTopicOf('内蒙古生态屏障筑就『三个持续向好』')).toBe('生态屏障');
  });
});

describe('labels on the phrasings of releases never seen', () => {
  it('drops forecast and aim words: 预计全年…达到, 有望突破, 力争', () => {
    expect(labels('预计全年地区生产总值达到3.2万亿元，同比增长5.6%，社会消费品零售总额有望突破1.5万亿元，粮食产量力争稳定在700亿斤以上。')).toEqual([
      ['3.2', '地区生产总值'], ['5.6', '地区生产总值同比增速'], ['1.5', '社会消费品零售总额'], ['700', '粮食产量'],
    ]);
    expect(labels('全省地区生产总值预计增长5.5%左右。')).toEqual([['5.5', '地区生产总值增速']]);
  });

  it('drops 今年 and 全年, which say when, not what', () => {
    expect(labels('今年全省粮食产量达到760亿斤，中欧班列全年开行5200列。')).toEqual([['760', '粮食产量'], ['5200', '中欧班列开行数量']]);
  });

  it('gives every threshold crossed in succession the subject and the verb (相继跨越…、…两个台阶)', () => {
    const found = figuresOf('全省风电光伏装机容量相继跨越5000万千瓦、6000万千瓦两个台阶，铁路营业里程先后突破5000公里和6000公里。');
    expect(found.map((f) => [f.valueText, f.label, f.qualifier])).toEqual([
      ['5000', '风电光伏装机容量', '突破'], ['6000', '风电光伏装机容量', '突破'], ['5000', '铁路营业里程', '突破'], ['6000', '铁路营业里程', '突破'],
    ]);
  });

  it('drops a first of its kind (全球首艘, 国内首台) and the place of the event, and reads a size class', () => {
    expect(unitsAndLabels('全球首艘10万吨级智慧渔业养殖工船在海门港交付，建成国内首台2000吨级履带起重机。')).toEqual([
      ['10', '万吨级', '智慧渔业养殖工船'], ['2000', '吨级', '履带起重机'],
    ]);
    expect(labels('全国首个零碳港区年吞吐量达到1.2亿吨。')).toEqual([['1.2', '零碳港区年吞吐量']]);
  });

  it('names the measure of a from–to pair once for both values (占GDP比重从4.1%提高到5.3%)', () => {
    expect(labels('文旅产业增加值占GDP比重从4.1%提高到5.3%。')).toEqual([['4.1', '文旅产业增加值占GDP比重'], ['5.3', '文旅产业增加值占GDP比重']]);
  });

  it('gives each figure just stated its value of a 分别 list after them (…，同比分别增长12.5%和15.1%)', () => {
    expect(labels('全年接待国内游客5.6亿人次、实现旅游收入6800亿元，同比分别增长12.5%和15.1%。')).toEqual([
      ['5.6', '接待国内游客'], ['6800', '旅游收入'], ['12.5', '接待国内游客同比增速'], ['15.1', '旅游收入同比增速'],
    ]);
  });

  it('keeps words that start like an adverb or a place (就业困难人员, 在建规模) and reads 恢复到 as a verb', () => {
    expect(labels('帮助5.2万名就业困难人员实现就业，民航旅客吞吐量有望恢复到4500万人次。')).toEqual([
      ['5.2', '帮助就业困难人员'], ['4500', '民航旅客吞吐量'],
    ]);
    expect(figuresOf('抽水蓄能在建规模位居全国第一。').map((f) => f.label)).toEqual(['抽水蓄能在建规模排名']);
  });

  it('names a bare 增速 after the figure it is about (地区生产总值…，增速居全国第3位) and reads 同口径, 上涨, 比年初', () => {
    const found = figuresOf('2024年，全省地区生产总值3.52万亿元，同比增长5.5%，增速居全国第3位。');
    expect(found.map((f) => [f.valueText, f.label])).toEqual([['3.52', '地区生产总值'], ['5.5', '地区生产总值同比增速'], ['第3', '地区生产总值增速排名']]);
    expect(labels('一般公共预算收入3120亿元，同口径增长4.6%，居民消费价格同比上涨0.3%。')).toEqual([
      ['3120', '一般公共预算收入'], ['4.6', '一般公共预算收入增速'], ['0.3', '居民消费价格同比上涨'],
    ]);
    expect(figure(figuresOf('存款余额8.6万亿元，比年初增加6200亿元。'), '6200')).toMatchObject({ label: '存款余额增加', base: '比年初', period: null });
  });

  it('reads the measure word right after a value (7500车, 353家) and counts 10大 …, with no unit, as the noun after it', () => {
    expect(unitsAndLabels('中欧班列开行7500车，外贸企业达到353家，精心谋划了12大产业集群。')).toEqual([
      ['7500', '车', '中欧班列开行数量'], ['353', '家', '外贸企业数量'], ['12', '', '谋划产业集群'],
    ]);
  });
});

describe('label length', () => {
  it('keeps labels short on an invented page', () => {
    const found = figuresOf('“十四五”以来，全省城镇新增就业累计56.2万人，民用机场达到12个。');
    expect(figure(found, '56.2').label.length).toBeLessThanOrEqual(14);
  });
});
