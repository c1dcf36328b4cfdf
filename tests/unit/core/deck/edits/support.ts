import { importReport } from '../../../../../main/core/briefings/import';
import { openStore, type Db } from '../../../../../main/core/store/connection';
import type { ContentSlide, Slide } from '../../../../../main/shared/deck';
import { seedText } from '../../../../support/temp';

/** A store holding the embedded report, as a fresh install has it. */
export function storeWithSeed(): { db: Db; briefingId: number } {
  const { db } = openStore(':memory:');
  return { db, briefingId: importReport(db, '000_4400adb43caeaed0.txt', seedText(), () => new Date('2026-12-01T08:00:00Z')).id };
}

/**
 * The embedded report as a new version: a section added before 基础设施, 文化体育 dropped, 84.3% now 86.1%,
 * the 46 airports no longer stated.
 */
export function editedSeedText(): string {
  const text = seedText();
  const dropped = text.slice(text.indexOf('## 文化体育服务供给能力显著提升'), text.indexOf('## 内蒙古生态屏障筑就'));
  return text
    .replace(dropped, '')
    .replace('## 基础设施通达程度显著提升', '## 新增的一节\n\n这一节是新版本加入的，没有数据。\n\n## 基础设施通达程度显著提升')
    .replace('建成率达到84.3%', '建成率达到86.1%')
    .replace('民用机场达到46个，覆盖全部盟市，', '');
}

export const keysOf = (slides: readonly Slide[]): string[] => slides.map((s) => s.key ?? s.id);

export function slideOf(slides: readonly Slide[], key: string): Slide {
  const slide = slides.find((s) => s.key === key);
  if (!slide) throw new Error(`no slide ${key}`);
  return slide;
}

export function contentOf(slides: readonly Slide[], key: string): ContentSlide {
  const slide = slideOf(slides, key);
  if (slide.kind !== 'content') throw new Error(`${key} is not a content slide`);
  return slide;
}

export const section = {
  livelihood: 'section:基本民生保障水平显著提升',
  infrastructure: 'section:基础设施通达程度显著提升',
  culture: 'section:文化体育服务供给能力显著提升',
  economy: 'section:综合经济实力实现新跃升',
  industry: 'section:产业结构优化实现新跃升',
} as const;
