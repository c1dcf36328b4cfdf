import type { Annotation } from '../../shared/annotations';
import type { Slide } from '../../shared/deck';
import type { StoredFigure } from '../../shared/figure';
import { figureStatement } from '../../shared/format';
import { localTime } from '../annotations/markdown';

/**
 * A briefing's annotations as a table for the workbook's second sheet: who wrote what, when, where in the
 * deck and about what. Deleted notes are left out, as in the Markdown summary.
 */
export const annotationHeaders = ['作者', '创建时间', '幻灯片', '批注对象', '内容', '标签'] as const;

export function annotationRows(annotations: readonly Annotation[], slides: readonly Slide[], figures: readonly StoredFigure[]): string[][] {
  const slideNumbers = new Map(slides.map((slide, i) => [slide.id, `${i + 1}. ${slide.title}`]));
  const figuresByKey = new Map(figures.map((figure) => [figure.key, figure]));
  return annotations
    .filter((annotation) => annotation.deletedAt === null)
    .map((annotation) => [
      annotation.author,
      localTime(annotation.createdAt),
      (annotation.orphan || annotation.slideId === null ? null : slideNumbers.get(annotation.slideId)) ?? '（未能定位）',
      anchorText(annotation, figuresByKey),
      annotation.body,
      annotation.tags.join('、'),
    ]);
}

function anchorText(annotation: Annotation, figures: ReadonlyMap<string, StoredFigure>): string {
  const { anchor } = annotation;
  switch (anchor.kind) {
    case 'slide':
      return '整张幻灯片';
    case 'figure': {
      const figure = figures.get(anchor.figureKey);
      return figure ? `数据：${figure.label} ${figureStatement(figure)}` : `数据：${anchor.figureKey}`;
    }
    case 'quote':
      return `引文：“${anchor.quote.exact.replace(/\n+/g, '')}”`;
    case 'ink':
      return `墨迹（${anchor.strokes.length} 笔）`;
  }
}
