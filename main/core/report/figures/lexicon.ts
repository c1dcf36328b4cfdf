/**
 * Word lists of the press-release register (Chinese provincial government releases). The figure rules are
 * shallow: there is no word segmenter, so the few words that matter — verbs that introduce a value, adverbs,
 * metric heads, place names — are listed here, each list with the reason it exists.
 */
import { wordsEndingLike, wordsStartingLike } from './word-index';

/**
 * Words of a forecast or an aim. They say how sure a value is, not what it measures, so a label never keeps
 * them (预计全年地区生产总值 → 地区生产总值). Declared before the lists that use them.
 */
const FORECAST_WORDS = ['预计', '预期', '有望', '可望', '力争', '争取', '确保', '将会'];

/** Sorts longest first so that a longer word wins over its prefix or suffix (缩小至 before 缩小). */
function longestFirst(words: readonly string[]): readonly string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Verbs of a change (the value after them is the difference). */
const CHANGING = [
  '增长', '增加', '提高', '提升', '上升', '下降', '降低', '减少', '缩小', '扩大', '缩短', '延长', '增产', '减产', '上涨', '下跌',
  // a growth rate that changed (增速比上半年加快0.2个百分点, 比上月回落0.3个百分点)
  '加快', '放缓', '回落', '回升',
];

/** A level reached by a change, said with 为 (每10万人中…由9876人上升为15504人): the value is the new level. */
export const CHANGED_TO_AS = ['提高为', '提升为', '上升为', '增加为', '增长为', '下降为', '降低为', '减少为', '扩大为', '缩小为', '回升为', '回落为', '降为', '升为'];

/**
 * Words that may stand between a subject and its value (城镇新增就业【累计】103.8万人, 里程【达到】23.8万公里).
 * They are peeled off the end of the text before a value to find the subject.
 */
export const VALUE_VERBS = longestFirst([
  // bounds and totals
  '超过', '突破', '达到了', '达到', '达', '逾', '超', '接近', '将近', '近', '大约', '约为', '约', '至少', '不到', '不足',
  // thresholds crossed (装机容量相继跨越5000万千瓦、6000万千瓦两个台阶, 迈上2万亿元台阶)
  '跨越', '跨过', '越过', '迈过', '迈上', '站上',
  '仅为', '仅', '只有', '共计', '合计', '总计', '共', '累计',
  // copulas
  '为', '是', '有', '拥有', '共有', '保持在', '稳定在', '维持在', '控制在', '处于', '相当于',
  // a level reached by a change (the value is the new level)
  '缩小至', '缩小到', '扩大至', '扩大到', '提高至', '提高到', '提升至', '提升到', '增长至', '增长到', '增加至', '增加到',
  '增至', '降至', '降低至', '降低到', '下降至', '下降到', '减少至', '减少到', '减至', '上升至', '上升到', '升至',
  '跃升至', '跃升到', '攀升至', '攀升到', '跃居', '恢复至', '恢复到', '回升至', '回升到', '回落至', '回落到',
  ...CHANGED_TO_AS,
  // a change (the value is the difference)
  ...changeVerbsWithParticle(),
  // light verbs whose object is the measured thing (完成造林2202万亩)
  '完成', '实现', '保持',
]);

/** Verbs whose value is a difference, not a level: 增长了854.8亿元, 下降16.8%. */
export const CHANGE_VERBS = longestFirst([...CHANGING, '增幅', '降幅']);

function changeVerbsWithParticle(): string[] {
  return CHANGING.flatMap((verb) => [`${verb}了`, verb]);
}

/** Adverbs and particles that carry no meaning for a label: 均, 更是, 首次, 了 … */
export const ADVERBS = longestFirst([
  '均', '都', '全部', '分别', '已经', '已', '更是', '首次', '再次', '持续', '稳步', '逐步', '进一步', '大幅', '明显', '也',
  '还', '又', '就', '再', '仍', '将', '了', '共同', '依然', '始终', '一直', '重新', '继续', '全年', '当年',
  // on a comparable basis (同口径增长4.6%): the growth is still the subject's
  '同口径', '按可比价格计算', '按可比价计算',
  // succession (相继跨越, 先后突破, 接连迈上)
  '相继', '先后', '接连', '陆续', '连续',
  // forecasts and aims: what is measured is the same (预计全年地区生产总值达到…, 社会消费品零售总额有望突破…)
  ...FORECAST_WORDS,
]);

/** Adverbs that may open a subject and mean nothing for it (精心谋划了…, 积极落户…, 预计全年…). */
export const LEADING_ADVERBS = longestFirst([
  '精心', '积极', '大力', '加快', '全面', '先后', '陆续', '相继', '接连', '成功', '累计', '已', '均', '还', '更是', '全年', '当年',
  ...FORECAST_WORDS,
  '其中', '同时', '此外', '另外', '截至目前', '目前', '当前', '现在',
  // conjunctions; not 并, which starts nouns (并网装机)
  '而且', '并且', '但是', '而', '但', '且',
]);

/** Light verbs at the start of an object that add nothing to its label (累计完成造林 → 造林). */
export const LIGHT_VERBS = longestFirst(['完成', '实现', '开展', '进行', '达成', '保持', '共有', '拥有']);

/**
 * Heads of metric nouns: a label that ends with one already names a quantity (托位数, 参保率, 总装机), so no
 * 数量/面积 is appended, and removing them from a subject leaves the measured entity (煤炭年产量 → 煤炭).
 */
export const METRIC_HEADS = longestFirst([
  '增长率', '增速', '增幅', '降幅', '增量', '增长', '比重', '占比', '比例', '规模', '总量', '总额', '年产量', '产量', '产值', '播种面积', '种植面积', '建筑面积',
  '总装机', '装机', '装机容量', '能力', '里程', '面积', '收入', '指数', '水平', '强度', '密度', '差距', '系数', '浓度',
  '天数', '人数', '个数', '数量', '排名', '位次', '率', '数', '量', '额', '值', '价',
]);

/** Metric heads that mean a rate of change: a figure measured by one is a change (GDP年均增速6.1%). */
export const GROWTH_HEADS = longestFirst(['增长率', '增速', '增幅', '降幅', '增量', '增长', '下降', '降低', '减少', '提高', '提升']);

/** Metric heads that mean a share of a whole (外送占比, 比重). */
export const SHARE_HEADS = longestFirst(['占比', '比重', '比例']);

/**
 * Subjects that are a metric without its entity: 外送占比 (of coal), 增速排名 (of investment). They take
 * the topic of the sentence (再看投资 / the entity of the previous figure) as a prefix.
 */
export const ELLIPTICAL_STARTS = longestFirst(['增速', '增长率', '增幅', '降幅', '占比', '比重', '外送', '排名', '规模', '总量', '产量', '产值']);

/** Subjects that refer back to the figures just stated (规模均居全国首位): a rank then belongs to them. */
export const BACK_REFERENCES = new Set(['', '规模', '总量', '数量', '其', '以上', '上述', '二者', '三者', '两者', '均', '都']);

/** Topic openers that name a dimension, not an entity (从总量看, 从速度看): never a label prefix. */
export const DIMENSION_WORDS = new Set(['总量', '速度', '人均', '结构', '质量', '效益', '规模', '增速', '总体', '整体', '全年', '当年']);

/** Metaphors that follow a value without being what it measures (突破2万亿元【大关】). */
export const VALUE_METAPHORS = longestFirst(['大关', '关口', '台阶', '新台阶', '新关口', '之多', '左右', '上下', '以内', '以上', '以下']);

/**
 * Predicates that end a counted object (年产20万吨粉煤灰提取氧化铝生产线【全线贯通】).
 */
export const OBJECT_PREDICATES = longestFirst([
  '纳入规划', '纳规', '开工建设', '全线贯通', '贯通', '投入运行', '投入使用', '投运', '投产', '建成', '开工', '竣工', '落地', '开通', '运营', '运行', '见效',
  '交付', '下线', '下水', '首航', '启用', '落成', '亮相', '问世', '点火',
  '加速建设', '建设', '入选', '获批', '通过', '成为', '覆盖', '支撑', '保障', '带动', '惠及', '迈进', '实现', '提供',
]);

/** Markers of production capacity before a value (年产20万吨…生产线). */
export const CAPACITY_MARKERS = longestFirst(['年产能', '年产', '年处理', '年加工', '设计产能', '产能', '装机容量']);

/**
 * Names of the provincial-level regions and of "the whole region": a release's subject often starts with
 * its own place (内蒙古新能源总装机, 全区脱贫人口…), which a label does not need.
 */
export const REGION_PREFIXES = longestFirst([
  '内蒙古自治区', '内蒙古', '北京市', '北京', '天津市', '天津', '河北省', '河北', '山西省', '山西', '辽宁省', '辽宁', '吉林省',
  '吉林', '黑龙江省', '黑龙江', '上海市', '上海', '江苏省', '江苏', '浙江省', '浙江', '安徽省', '安徽', '福建省', '福建',
  '江西省', '江西', '山东省', '山东', '河南省', '河南', '湖北省', '湖北', '湖南省', '湖南', '广东省', '广东', '广西壮族自治区',
  '广西', '海南省', '海南', '重庆市', '重庆', '四川省', '四川', '贵州省', '贵州', '云南省', '云南', '西藏自治区', '西藏',
  '陕西省', '陕西', '甘肃省', '甘肃', '青海省', '青海', '宁夏回族自治区', '宁夏', '新疆维吾尔自治区', '新疆', '全区', '全省',
  '全市', '全州', '全盟', '全县', '全旗', '自治区', '我区', '我省', '我市', '本区', '本省', '本市',
]);

/**
 * A superlative describes the thing, it is not part of what is measured: 全球最大绿色氢氨项目, 全球首艘…工船,
 * 建成国内首台…起重机. 首 or 第一 with any measure word (首艘, 首列, 第一台) is a first of its kind.
 */
const SUPERLATIVE = '(?:全球|世界|全国|国内|省内|区内|亚洲|西部)?(?:规模)?(?:最大|最长|最高|最完整|(?:首|第一)[个条台套座家艘架辆列批款只项例部颗])(?:的)?';
export const SUPERLATIVE_PREFIX = new RegExp(`^${SUPERLATIVE}`, 'u');
export const SUPERLATIVE_SUFFIX = new RegExp(`${SUPERLATIVE}$`, 'u');

/** Scopes of a comparison or rank. */
export const SCOPES = longestFirst(['全国同类城市', '全国', '全区', '全省', '全市', '全球', '世界', '国内', '西部地区', '西部', '北方地区', '沿黄省区', '同类城市']);

/** Stripping helpers over the lists above (looked up by first or last character: word-index.ts). */
export function stripLeading(text: string, words: readonly string[]): string {
  let result = text;
  let changed = true;
  while (changed) {
    changed = false;
    for (const word of wordsStartingLike(words, result)) {
      if (result.startsWith(word) && result.length > word.length) {
        result = result.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return result;
}

export function stripTrailing(text: string, words: readonly string[]): { rest: string; stripped: string[] } {
  let rest = text;
  const stripped: string[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const word of wordsEndingLike(words, rest)) {
      if (rest.endsWith(word)) {
        rest = rest.slice(0, rest.length - word.length);
        stripped.unshift(word);
        changed = true;
        break;
      }
    }
  }
  return { rest, stripped };
}

/** The first word of the list that `text` ends with. */
export function endsWithAny(text: string, words: readonly string[]): string | null {
  for (const word of wordsEndingLike(words, text)) if (text.endsWith(word)) return word;
  return null;
}

/** The first word of the list that `text` starts with. */
export function startsWithAny(text: string, words: readonly string[]): string | null {
  for (const word of wordsStartingLike(words, text)) if (text.startsWith(word)) return word;
  return null;
}

/**
 * What joins the two ends of a range (3—5个, 1-10月, 2022～2024年, 16至59岁), as pattern source for the
 * modules that read ranges of values, periods and ages alike.
 */
export const RANGE_DASH = '(?:—|－|-|–|~|～|至|到)';

/**
 * What a count of new things opens with (新增规模以上工业企业, 新认定…企业): a total (总数) is of all of
 * them, new or not, and drops it.
 */
export const NEWLY_ADDED = /^(?:新增|新认定|新培育|新引进|新建|新改建|新开通)/u;

/** Connectors between the values of a list or a range (3—5个, 820亿斤和280万吨). */
export const RANGE_CONNECTOR = new RegExp(`^${RANGE_DASH}(?=\\d)`, 'u');
