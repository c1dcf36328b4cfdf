/**
 * Labels: short noun phrases saying what a figure measures, for an official reading a card.
 *
 * The measured subject comes from the sentence (subjects.ts); the label adds what the construction and
 * the kind mean: 增长 for a difference, 数量 for a count of things, 面积 for an area, 占全国比重 for a share,
 * 高于全国 for a gap to the nation, （累计） for a running total.
 */
import { GROWTH_HEADS, LIGHT_VERBS, METRIC_HEADS, endsWithAny } from './lexicon';
import { shortenLabel } from './subjects';
import type { FigureKind } from '../../../shared/figure';
import type { ValueReading } from './value-reading';

/** A rate a change in 个百分点 is a change of. */
const RATE_HEADS = ['增长率', '增速', '增幅', '降幅', '涨幅'];

const COMPARATIVES: Readonly<Record<string, string>> = { 高出: '高于', 高: '高于', 低: '低于', 快: '快于', 慢: '慢于', 多: '多于', 少: '少于' };

/** Label of a value stated of a subject: 城镇新增就业累计103.8万人 → 城镇新增就业（累计）. */
export function subjectLabel(subject: string, reading: ValueReading, kind: FigureKind): string {
  const label = labelOfSubject(subject, reading, kind);
  return finish(kind === 'change' || kind === 'qualitative' ? asGrowthRate(label, reading) : label, reading);
}

function labelOfSubject(subject: string, reading: ValueReading, kind: FigureKind): string {
  let label = subject;
  const comparison = reading.comparison;
  if (reading.pattern === 'gap' && comparison) {
    label = `${subject}${COMPARATIVES[comparison.word] ?? '高于'}${comparison.scope}`;
  } else if (reading.pattern === 'multiple' && comparison) {
    label = `${subject}与${comparison.scope}${comparison.average ? '平均' : ''}之比`;
  } else if (reading.pattern === 'share') {
    label = reading.shareScope ? `${subject}占${reading.shareScope}比重` : `${subject}占比`;
  } else if (reading.unit.category === 'multiple' && reading.changeVerb) {
    // 入境游客同比增长1.5倍: a growth by a multiple says it grew (入境游客同比增长), not that it is 1.5 times.
    label = `${subject}${yearOnYearOf(reading)}${reading.changeVerb}`;
  } else if (kind === 'qualitative') {
    label = endsWithAny(subject, GROWTH_HEADS) ? subject : `${subject}增速`;
  } else if (kind === 'change' && reading.changeVerb && !endsWithAny(subject, GROWTH_HEADS)) {
    label = `${subject}${reading.annual ? '年均' : ''}${yearOnYearOf(reading)}${reading.changeVerb}`;
  } else if (kind === 'change' && reading.changeVerb && reading.unit.unit === '个百分点' && endsWithAny(subject, RATE_HEADS)) {
    // 增速比上半年提高0.3个百分点: what changed is the rate, and by how much it rose or fell is the figure.
    label = `${subject}${reading.changeVerb}`;
  } else if (reading.unit.category === 'count' && !endsWithAny(subject, METRIC_HEADS)) {
    label = `${subject}数量`;
  } else if (reading.unit.category === 'area' && !subject.endsWith('面积')) {
    label = `${subject}面积`;
  }
  return label;
}

/** 同比 / 环比 say what a change is measured against, and its label keeps it (同比增速, 环比下降). */
function yearOnYearOf(reading: ValueReading): string {
  return reading.base?.text === '同比' || reading.base?.text === '环比' ? reading.base.text : '';
}

/**
 * A growth stated in % is a growth rate, and one measure gets one name wherever the report states it:
 * GDP年均增长6.1% (增长 the verb), 年均6.1%的GDP增长 (增长 the noun) and GDP年均增速6.1% are all
 * GDP年均增速. A growth in an amount (增长854.8亿元) keeps 增长.
 */
function asGrowthRate(label: string, reading: ValueReading): string {
  return reading.unit.category === 'percent' && label.endsWith(GROWTH_NOUN) ? `${label.slice(0, -GROWTH_NOUN.length)}${GROWTH_RATE}` : label;
}

const GROWTH_NOUN = '增长';
const GROWTH_RATE = '增速';

/**
 * Label of a value that modifies a noun.
 *   counted:   落户4个国家区域医疗中心 → 落户国家区域医疗中心; 6条…外送通道纳规 → …外送通道纳规;
 *              年产20万吨…生产线 → …生产线年产能; 9种大中型矿产地 → 新发现大中型矿产地种类
 *   share:     实现100%绿电制氢 → 绿电制氢比例; 保障了全国2/3以上省份的煤炭供应 → 煤炭供应保障省份占比
 *   described: 年均1.4%的能耗增速 → 年均能耗增速
 * Returns the label and the subject a following value may refer to.
 */
export function objectLabel(reading: ValueReading, verbPhrase: string, kind: FigureKind): { label: string; subject: string } {
  const object = reading.object ?? '';
  // 三分之二的县实现全覆盖 / 90%的乡镇建成卫生院: the share of the members that did it.
  if (reading.pattern === 'described' && reading.predicate && (kind === 'percent' || kind === 'fraction')) {
    const label = `${reading.predicate}的${object}占比`;
    return { label: finish(label, reading), subject: label };
  }
  // 民营经济贡献了六成以上的税收: the share of the taxes that the economy named before the verb contributed.
  if (reading.pattern === 'described' && verbPhrase !== '' && (kind === 'percent' || kind === 'fraction') && !endsWithAny(object, METRIC_HEADS)) {
    const label = `${verbPhrase}${object}占比`;
    return { label: finish(label, reading), subject: label };
  }
  if (reading.pattern === 'described') return { label: finish(asGrowthRate(annualOf(object, reading.annual), reading), reading), subject: object };
  if (reading.capacity) {
    return { label: finish(`${object}${reading.capacity.includes('年') ? '年产能' : '产能'}`, reading), subject: object };
  }
  if (kind === 'percent' || kind === 'fraction') {
    const of = object.indexOf('的');
    const verb = stripLightVerb(verbPhrase);
    const label = of > 0 ? `${object.slice(of + 1)}${verb}${object.slice(0, of)}占比` : `${object}比例`;
    return { label: finish(label, reading), subject: label };
  }
  const byOutcome = verbPhrase === '' && reading.unit.category === 'count' ? MEMBERS_BY_OUTCOME.exec(object) : null;
  if (byOutcome) {
    const label = `${byOutcome[2]}的${byOutcome[1]}数量`;
    return { label: finish(label, reading), subject: label };
  }
  const counted = verbPhrase !== '' ? `${verbPhrase}${object}` : `${object}${reading.predicate ?? ''}`;
  if (reading.unit.category === 'kind-count') return { label: finish(`${counted}种类`, reading), subject: counted };
  // 每10万人口拥有12所幼儿园: the phrase before is a population, not a verb — the value is a count.
  const perPopulation = verbPhrase.startsWith('每');
  const needsCountWord = (verbPhrase === '' || perPopulation) && !reading.predicate && reading.unit.category === 'count' && !endsWithAny(object, METRIC_HEADS);
  return { label: finish(needsCountWord ? `${counted}数量` : counted, reading), subject: counted };
}

/**
 * 有29个行业增加值保持增长, 12个市增速高于全省平均, 9个城市空气质量达到国家二级标准: members (行业, 市, 城市)
 * counted by what they did — the count is of 增加值保持增长的行业, not a measure of 行业增加值.
 */
const MEMBERS_BY_OUTCOME = new RegExp(
  '^(设区市|地级市|城市|地市|市|县（市、区）|县（市）|县市区|县区|县|区|乡镇|街道|行政村|村|行业|企业|断面|点位|站点|省份|省区市)' +
    '([\\p{Script=Han}]{0,6}?(?:保持|实现)?(?:正增长|负增长|增长|下降|达标|(?:高于|低于|快于|慢于|超过|达到|优于)[\\p{Script=Han}]{1,8}))$',
  'u',
);

/** 年均1.4%的能耗增速 → 能耗年均增速: 年均 goes right before the growth word, as in GDP年均增速. */
function annualOf(object: string, annual: boolean): string {
  if (!annual || object.includes('年均')) return object;
  const head = endsWithAny(object, GROWTH_HEADS);
  return head ? `${object.slice(0, object.length - head.length)}年均${head}` : `年均${object}`;
}

function stripLightVerb(verb: string): string {
  return LIGHT_VERBS.includes(verb) ? '' : verb;
}

function finish(label: string, reading: ValueReading): string {
  const total = reading.cumulative && !label.includes('累计') ? `${label}（累计）` : label;
  return shortenLabel(total);
}
