/**
 * Values that say something of the figure before them in their sentence and do not name it whole: a
 * comparison with another group (快于城镇居民2.1个百分点), a share of a target (完成全年目标的93.8%), the end
 * of a range (8%—10%), an amount of the same thing (完成投资, 总投资, 总里程), a second count of the same
 * object (累计建成8.9万个, 总数, 净增, 其中国家级), a value of what a count counts (1.2万家企业实现利润总额…) and a
 * rate named by its end or on its own (优良率, 降幅收窄). Each function gives null for a value it does not
 * recognise, and the figure is labelled as any other (value-drafts.ts).
 */
import type { FigureDraft } from './draft';
import { METRIC_HEADS, NEWLY_ADDED, OBJECT_PREDICATES, RANGE_DASH, endsWithAny, startsWithAny } from './lexicon';
import type { SentenceState } from './sentence-analysis';
import { entityOf } from './subjects';
import { NEXT_VALUE_VERBS, type ValueReading } from './value-reading';

/** 快于城镇居民 / 高于上年: a rate compared with another group or time, not with a region (those are gaps). */
const COMPARED_WITH = /^(?:高于|低于|快于|慢于|高出|多于|少于)[\p{Script=Han}“”]{2,10}$/u;
const ONLY_RANGE_DASH = new RegExp(`^${RANGE_DASH}$`, 'u');
const RATE_NAMED_AGAIN = /^(?:增速|增幅|涨幅|增长率)/u;
/** Amounts that name no owner of their own: 投资, 总投资 … of what the figure before is about. */
const GENERIC_AMOUNTS = new Set(['投资', '总投资', '总里程', '全长', '总长', '总面积', '总产值', '总产量']);
const LENGTH_WORD = /(?:全长|总长|长度)$/u;
/**
 * 完成全年目标的93.8%: how much of a target the figure before has reached; so, in a budget report, 为预算的
 * 101.2% / 为调整预算的96.8% (收入完成386.5亿元，为预算的101.2%: the revenue carried out 101.2 % of the budget).
 */
const SHARE_OF_TARGET = /^(完成|达到|实现|为)(?:了)?((?:全年|年度|年初|调整)?(?:目标任务|目标|任务|计划|预算)(?:数)?)的$/u;

/**
 * The label of a value that says something of the figure before and names no subject of its own: 增长6.8%，
 * 快于城镇居民2.1个百分点 (→ …增速快于城镇居民), 新增就业56.3万人，完成全年目标的93.8% (→ 新增就业完成全年目标),
 * 项目486个，完成投资1250亿元 (→ 项目完成投资), and what it is about, which a value after it in the clause may
 * be about too: the label, or for a share of a target what the figure before is about (收入完成386.5亿元，为预算
 * 的101.2%，增长3.5%: the growth is the revenue's). Null for any other value.
 */
export function relativeToPrevious(subject: string, reading: ValueReading, previous: FigureDraft): { label: string; subject: string } | null {
  // 与2010年第六次全国人口普查的2986542人相比: the same measure as the figure before, at another time.
  if (reading.comparedWith && previous.subject !== '') return { label: previous.label.replace(/（累计）$/u, ''), subject: previous.subject };
  // 食品烟酒类价格下降0.9%，影响CPI下降约0.27个百分点: whose pull it is, is the figure before's.
  if (PULL.test(subject) && reading.unit.unit === '个百分点' && previous.subject !== '' && previous.kind === 'change') {
    return { label: `${previous.subject}${subject}${reading.changeVerb ?? ''}`, subject: previous.subject };
  }
  // 收入预期增长3%左右，安排400.1亿元: what is budgeted is what the figure before is about.
  if (BUDGETED.test(subject) && previous.subject !== '' && reading.unit.category !== 'percent') {
    return { label: `${previous.subject}${subject}`, subject: previous.subject };
  }
  const target = reading.unit.unit === '%' ? SHARE_OF_TARGET.exec(reading.before.trim()) : null;
  // 为预算的 says what 完成预算的 says: the label names the carrying out (收入完成预算).
  if (target) return { label: `${previous.subject}${target[1] === '为' ? '完成' : (target[1] ?? '')}${target[2] ?? ''}`, subject: previous.subject };
  const label = relativeLabel(subject, reading, previous);
  return label === null ? null : { label, subject: label };
}

/** A contribution named by its verb alone: 影响CPI下降, 拉动全省经济增长, 带动投资增长. */
const PULL = /^(?:影响|拉动|带动)/u;
/** A subject that is only the verb of a budget: 安排400.1亿元, 预算安排…. */
const BUDGETED = /^(?:预算)?安排$/u;

function relativeLabel(subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  const unit = reading.unit.unit;
  if (unit === '个百分点' && (previous.kind === 'change' || previous.kind === 'percent')) {
    // 增长6.6%，增速高于城镇居民1.9个百分点: the rate named again is the figure before's.
    const compared = previous.kind === 'change' ? subject.replace(RATE_NAMED_AGAIN, '') : subject;
    if (COMPARED_WITH.test(compared)) return `${previous.label.replace(/（累计）$/u, '')}${compared}`;
  }
  const before = reading.before.trim();
  // 增长8%—10%: the end of a range is the same measure as its start.
  if (ONLY_RANGE_DASH.test(before) && previous.unit === unit && previous.label !== '') return previous.label;
  if (reading.unit.category !== 'count' && GENERIC_AMOUNTS.has(subject) && previous.subject !== '') {
    // 新开工亿元以上项目486个，完成投资1250亿元 / 沿江高速公路全长186公里，总投资约312亿元: of the same thing.
    const measured = previous.subject.replace(LENGTH_WORD, '');
    const owner = entityOf(measured) ?? measured;
    // A total is of everything, not only of what is new (新增…通车里程320公里，总里程…: 高速公路通车总里程).
    return subject === '投资' ? `${owner}${before.replace(/^(?:累计|共|已)/u, '')}` : `${owner.replace(NEWLY_ADDED, '')}${subject}`;
  }
  return null;
}

/**
 * The subject of a count whose own subject is only a verb or 总数 and that names no object: what the figure
 * before counts (新建5G基站1.2万个，累计建成8.9万个 → 建成5G基站; 新认定企业18家，总数达到67家 → 企业总数).
 * Null for any other value.
 */
export function countOfPreviousObject(state: SentenceState, subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  const object = previousObject(state, subject, reading, previous);
  if (object === null) return null;
  // 新增规模以上工业企业21家，总数达到236家: the total is of all of them, not only of the new ones.
  if (subject === TOTAL) return `${object.replace(NEWLY_ADDED, '')}${subject}`;
  if (COUNT_CHANGE.test(subject)) return `${object}${subject}`;
  // 新增省级以上研发平台18个，其中国家级3个: the level replaces the one the object had (国家级研发平台).
  const level = LEVEL.exec(subject) ? LEVEL_PREFIX.exec(object) : null;
  if (level) return `${subject}${object.slice(level[0].length)}`;
  return `${subject}${object}`;
}

/** 净增72家 / 减少3家 after a count: the change of that count. */
const COUNT_CHANGE = /^(?:净增|净减|增加|减少)$/u;
/** 国家级, 省级 …: a level of an object that a count before names whole. */
const LEVEL = /^[\p{Script=Han}]{1,4}级$/u;
const LEVEL_PREFIX = /^[\p{Script=Han}]{1,4}级(?:以上|及以上)?(?=[\p{Script=Han}]{2})/u;

/** What a second value of the same object may measure: a count, or an area (新建高标准农田6.2万亩，累计建成48.6万亩). */
const RECOUNTED = new Set(['count', 'area']);

function previousObject(state: SentenceState, subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  if (reading.object !== null || !RECOUNTED.has(reading.unit.category)) return null;
  if (subject !== TOTAL && !COUNT_CHANGE.test(subject) && !LEVEL.test(subject) && !OBJECT_PREDICATES.includes(subject)) return null;
  const counted = state.notes.get(previous.id)?.reading;
  if (!counted || counted.unit.unit.slice(-1) !== reading.unit.unit.slice(-1)) return null;
  if (counted.pattern === 'counted') return counted.object || null;
  if (counted.pattern !== 'subject') return null;
  // 新建5G基站1.2万个: the object is the subject after its verb; 高新技术企业达到486家: the subject itself.
  const verb = COUNTING_VERB.exec(previous.subject)?.[0];
  const object = verb === undefined ? (OBJECT_PREDICATES.includes(subject) ? '' : previous.subject) : previous.subject.slice(verb.length);
  return object.length >= 2 ? object : null;
}

const TOTAL = '总数';

/** The verb a counted subject starts with: 新建, 累计建成, 新开通 … */
const COUNTING_VERB = /^(?:新|累计)?(?:建成|建设|建|开通|投运|投产|开工|竣工|启用|改造|打造|培育|认定|创建|引进|设立)/u;

/**
 * The subject of a value whose words follow a counted object directly (1.2万家规模以上工业企业【实现利润总额】
 * 3200亿元): what the count counts owns it (规模以上工业企业利润总额). Null for any other value.
 */
export function ownedByPreviousCount(state: SentenceState, subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  const counted = state.notes.get(previous.id)?.reading;
  if (counted?.pattern !== 'counted' || !counted.object || counted.predicate !== null || subject === '') return null;
  // Its words start where the count's phrase ended (the same clause, nothing between) and with a value verb.
  if (counted.phraseEnd !== reading.token.start - reading.before.length || startsWithAny(reading.before, NEXT_VALUE_VERBS) === null) return null;
  return subject.startsWith(counted.object) ? subject : `${counted.object}${subject}`;
}

/**
 * People of an institution named alone after a figure of that institution: 普通高中68所，招生3.6万人，在校生
 * 10.2万人 (→ 普通高中招生, 普通高中在校生); 普通本专科招生5.2万人，在校生17.8万人 (→ 普通本专科在校生). Null
 * for any other subject.
 */
export function membersOfPrevious(subject: string, previous: FigureDraft): string | null {
  if (!MEMBER_WORDS.has(subject) || previous.subject === '') return null;
  const member = MEMBER_WORD_LIST.find((word) => previous.subject.endsWith(word));
  if (member !== undefined) {
    const institution = previous.subject.slice(0, -member.length);
    // 研究生招生3120人，在学研究生9860人: the subject names its institution already.
    return institution.length >= 2 && !subject.includes(institution) ? `${institution}${subject}` : null;
  }
  return INSTITUTION_COUNT.test(previous.unit) && !MEMBER_WORDS.has(previous.subject) ? `${previous.subject}${subject}` : null;
}

/**
 * The next item of a list of rates per head: 每千人口执业（助理）医师3.4人、注册护士4.1人 (→ 每千人口注册护士).
 * Null for any other value.
 */
export function perPopulationOfPrevious(subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  if (subject === '' || subject.startsWith('每') || !reading.before.startsWith('、') || previous.unit !== reading.unit.unit) return null;
  const per = PER_HEAD.exec(previous.subject)?.[0];
  return per === undefined ? null : `${per}${subject}`;
}

const PER_HEAD = /^每[^每，。；、]{0,4}?(?:人口|人|户|平方公里|万元|亿元)/u;

/**
 * The next item of a breakdown by kind, named without the measure the first item names: 国有控股企业增加值增长5.2%，
 * 股份制企业增长7.6% (→ 股份制企业增加值). Null for any other value.
 */
export function measureOfPreviousItem(state: SentenceState, clauseIndex: number, subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  if (subject === '' || subject.length > 20 || previous.kind !== 'change' || reading.changeVerb === null) return null;
  // The item right before, in the clause before and of the same period (a breakdown lists one item a clause;
  // …增加值增长6.8%，前三季度GDP增长5.3% is a new statement, not an item). GDP, CPI … are measures already.
  if (state.notes.get(previous.id)?.clauseIndex !== clauseIndex - 1 || state.carry.at(reading.token.start, reading) !== previous.period) return null;
  if (previous.unit !== reading.unit.unit || endsWithAny(subject, METRIC_HEADS) || LATIN_MEASURE.test(subject)) return null;
  // 居民消费价格同比上涨0.4%，其中城市上涨0.3%: after 其中 the figure before is the whole, and may be the measure itself.
  return itemWithMeasure(subject, previous.subject, /其中/u.test(reading.before));
}

/**
 * The first item of a breakdown that opens a sentence of its own (全省居民消费价格同比上涨0.4%。其中，城市上涨0.3%):
 * named with the measure the sentence before ends on (城市居民消费价格). Null for any other value.
 */
export function itemOfBrokenDown(state: SentenceState, subject: string, reading: ValueReading): string | null {
  if (state.brokenDown === null || !BREAKDOWN_OPENING.test(state.sentence) || subject === '' || subject.length > 8) return null;
  if (endsWithAny(subject, METRIC_HEADS) || LATIN_MEASURE.test(subject) || reading.unit.category === 'count') return null;
  return itemWithMeasure(subject, state.brokenDown, true);
}

const BREAKDOWN_OPENING = /^其中[，,：:]/u;

/**
 * The item named with the measure of the whole (国有控股企业 + 增加值), unless it names the measure itself (工业投资 of
 * 固定资产投资). The whole names an item of its own before the measure (国有控股企业增加值), or is the measure
 * (居民消费价格) where `wholeMayBeMeasure`.
 */
function itemWithMeasure(subject: string, whole: string, wholeMayBeMeasure: boolean): string | null {
  const measure = endsWithAny(whole, BREAKDOWN_MEASURES);
  if (measure === null || subject.includes(measure) || !(whole.length > measure.length || wholeMayBeMeasure)) return null;
  return `${subject}${measure}`;
}

const LATIN_MEASURE = /^[A-Za-z]+$/u;

/** Measures a release breaks down by kind (经济类型, 门类, 行业), item by item. */
const BREAKDOWN_MEASURES = ['增加值', '营业收入', '利润总额', '产值', '产量', '投资', '零售额', '销售额', '进出口', '居民消费价格'];

/** Who (or what) a school, a hospital or a firm has, as statistical releases list them after it. */
const MEMBER_WORD_LIST = ['招生', '在校生', '在园幼儿', '在学研究生', '毕业生', '教职工', '专任教师', '从业人员', '职工', '床位', '卫生技术人员'];
const MEMBER_WORDS = new Set(MEMBER_WORD_LIST);
/** Units of a count of institutions: 68所, 32家, 186个. */
const INSTITUTION_COUNT = /^(?:所|家|个|座)$/u;

/**
 * A short rate that names only the end of what the figure before measures (空气质量优良天数312天，优良率85.2%):
 * the whole name, overlapping where they meet (空气质量优良率). Null for any other subject.
 */
export function rateOfPreviousEntity(subject: string, previous: FigureDraft): string | null {
  if (subject.length < 3 || subject.length > 4 || !subject.endsWith('率')) return null;
  const entity = entityOf(previous.subject);
  const overlap = subject.slice(0, 2);
  return entity !== null && entity.endsWith(overlap) ? `${entity}${subject.slice(2)}` : null;
}

/**
 * 财政收入增长-3.2%，降幅比上年收窄1.5个百分点: a rate named on its own, right after a change, is that change's
 * rate (财政收入降幅). Null for any other subject.
 */
export function rateOfPreviousChange(subject: string, reading: ValueReading, previous: FigureDraft): string | null {
  if (reading.unit.unit !== '个百分点' || previous.kind !== 'change' || !OWN_RATE.test(subject) || previous.subject === '') return null;
  return `${previous.subject}${subject}`;
}

/** A rate, perhaps with the way it moved: 降幅, 降幅收窄, 增速加快. */
const OWN_RATE = /^(?:增速|增幅|降幅|涨幅|跌幅)(?:加快|放缓|收窄|扩大|回落|回升|提高|下降|上升|提升|降低)?$/u;
