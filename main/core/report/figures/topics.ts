/**
 * The topic of a stretch of a sentence: 再看投资，… / 从人均看，… / 在养老方面，… A value whose subject is
 * only a metric (增速排名, 外送占比) is about the topic — or, failing an explicit one, about the entity of the
 * figure just before it (煤炭年产量… 外送占比 → 煤炭外送占比).
 */
import { DIMENSION_WORDS } from './lexicon';
import { cleanSubject } from './subjects';
import type { Span } from './sentences';

export interface TopicMark {
  readonly position: number;
  readonly topic: string;
}

const TOPIC_PATTERNS: readonly RegExp[] = [
  /^(?:再看|再说|看|至于)(?<topic>[^，。]{1,8})$/u,
  /^从(?<topic>[^，。]{1,6}?)(?:上|来)?看$/u,
  /^在(?<topic>[^，。]{1,12})方面$/u,
];

export function findTopics(sentence: string, clauses: readonly Span[]): TopicMark[] {
  const topics: TopicMark[] = [];
  for (const clause of clauses) {
    const text = sentence.slice(clause.start, clause.end).trim();
    for (const pattern of TOPIC_PATTERNS) {
      const topic = pattern.exec(text)?.groups?.topic;
      if (topic && !DIMENSION_WORDS.has(topic)) topics.push({ position: clause.start, topic });
    }
  }
  return topics;
}

/** The last topic stated before `position` (binary search: topics are in order). */
export function topicAt(topics: readonly TopicMark[], position: number): string | null {
  let low = 0;
  let high = topics.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((topics[middle]?.position ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return topics[low - 1]?.topic ?? null;
}

/** 综合经济实力实现新跃升 → 综合经济实力; 基本民生保障水平显著提升 → 基本民生保障水平. */
export function sectionTopicOf(heading: string): string {
  const cut = heading.search(/实现|显著|持续|稳步|不断|全面|加快|取得|迈上|筑就|绘就/u);
  return cleanSubject(cut > 0 ? heading.slice(0, cut) : '');
}
