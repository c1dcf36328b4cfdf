import type { Slide } from '../../../main/shared/deck';

/** A slide's kind as the overview and the editing view name it. */
export const kindLabel: Readonly<Record<Slide['kind'], string>> = {
  cover: '封面',
  agenda: '目录',
  divider: '篇章',
  content: '内容',
  closing: '结束',
};
