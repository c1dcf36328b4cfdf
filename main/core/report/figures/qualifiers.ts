/**
 * Qualifiers: the words that make a value a bound or a total rather than an exact measurement
 * (95%以上, 突破2万亿元, 累计103.8万人, 约, 近). Only one is kept per figure, the most informative:
 * a written bound (以上, 以下, 左右) over a bounding verb (超过, 突破, 近, 约) over 累计 over 达到.
 */
import type { Qualifier } from '../../../shared/figure';

const SUFFIXES: readonly { text: string; qualifier: Qualifier | null }[] = [
  { text: '及以上', qualifier: '以上' },
  { text: '以上', qualifier: '以上' },
  { text: '以下', qualifier: '以下' },
  { text: '以内', qualifier: '以下' },
  { text: '左右', qualifier: '约' },
  { text: '上下', qualifier: '约' },
  { text: '之多', qualifier: null },
];

/** A bound written after the value (and its unit): 95%以上, 10亿吨以上. */
export function readQualifierSuffix(sentence: string, at: number): { qualifier: Qualifier | null; end: number } {
  for (const suffix of SUFFIXES) {
    if (sentence.startsWith(suffix.text, at)) return { qualifier: suffix.qualifier, end: at + suffix.text.length };
  }
  return { qualifier: null, end: at };
}

const VERB_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  超过: '超过', 超: '超过', 逾: '超过', 突破: '突破', 近: '近', 接近: '近', 将近: '近', 约: '约', 大约: '约', 约为: '约',
  至少: '至少', 不到: '以下', 不足: '以下',
  // a threshold crossed: 相继跨越5000万千瓦、6000万千瓦两个台阶
  跨越: '突破', 跨过: '突破', 越过: '突破', 迈过: '突破',
};
const REACHING_VERBS = new Set(['达到', '达到了', '达', '迈上', '站上']);

export interface QualifierEvidence {
  /** Written after the value. */
  readonly suffix: Qualifier | null;
  /** 3000多家, 5万余人. */
  readonly approximate: boolean;
  /** The verbs and adverbs right before the value. */
  readonly verbs: readonly string[];
  /** 累计 stated for this value (or for the list it belongs to). */
  readonly cumulative: boolean;
}

export function qualifierOf(evidence: QualifierEvidence): Qualifier | null {
  if (evidence.suffix) return evidence.suffix;
  if (evidence.approximate) return '超过';
  for (const verb of evidence.verbs) {
    const qualifier = VERB_QUALIFIERS[verb];
    if (qualifier) return qualifier;
  }
  if (evidence.cumulative) return '累计';
  if (evidence.verbs.some((verb) => REACHING_VERBS.has(verb))) return '达到';
  return null;
}
