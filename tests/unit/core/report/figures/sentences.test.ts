import { describe, expect, it } from 'vitest';
import { quotedNames, splitClauses, splitSentences } from '../../../../../main/core/report/figures/sentences';

const texts = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('ends a sentence at 。！？ and at ；, which separates independent statements', () => {
    const text = '全省新增就业10万人，城镇化率达到68%；粮食产量达到600亿斤。成绩显著！还有吗？';
    expect(texts(text, splitSentences(text))).toEqual(['全省新增就业10万人，城镇化率达到68%；', '粮食产量达到600亿斤。', '成绩显著！', '还有吗？']);
  });

  it('keeps closing quotes with their sentence and does not split inside quotes', () => {
    const text = '他说：“增长了5%。”全省实现“稳中有进；进中向好”的目标。';
    expect(texts(text, splitSentences(text))).toEqual(['他说：“增长了5%。”', '全省实现“稳中有进；进中向好”的目标。']);
  });

  it('keeps a trailing fragment without terminal punctuation and trims blanks', () => {
    const text = ' 粮食产量达到600亿斤。 内蒙古答卷 ';
    expect(texts(text, splitSentences(text))).toEqual(['粮食产量达到600亿斤。', '内蒙古答卷']);
  });

  it('ignores an opening quote that is never closed', () => {
    const text = '全省“十四五以来新增就业10万人。粮食产量达到600亿斤。';
    expect(texts(text, splitSentences(text))).toEqual(['全省“十四五以来新增就业10万人。', '粮食产量达到600亿斤。']);
  });
});

describe('splitClauses', () => {
  it('splits at commas and colons, not inside quotes or brackets', () => {
    const text = '在“老有颐养、幼有善育，病有良医”方面，全省（含兵团，不含农场）参保率达95%：成效显著';
    expect(texts(text, splitClauses(text))).toEqual(['在“老有颐养、幼有善育，病有良医”方面', '全省（含兵团，不含农场）参保率达95%', '成效显著']);
  });
});

describe('quotedNames', () => {
  it('returns short quotations (names and slogans) and not long quoted statements', () => {
    const text = '建成“15分钟健身圈”，他表示“今年全省地区生产总值增长了5.2%，城镇新增就业超过30万人，就业形势总体稳定”。';
    expect(texts(text, quotedNames(text))).toEqual(['“15分钟健身圈”']);
  });
});
