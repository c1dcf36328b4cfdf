import type { DeckEdit } from '../../../main/shared/deck-edits';
import type { FigureValue, ReimportPreview } from '../../../main/shared/reimport-preview';

/**
 * The words the review of a new version (ReimportReview) shows for what the preview names by key: a slide by
 * its title, an edit by what it did, a value with its unit, and where in its quote the value stands.
 */

type Names = ReimportPreview['names'];

/** A slide by its title as presented now; a key the preview did not name (should not happen) as itself. */
export const slideName = (names: Names, key: string): string => `《${names.slides[key] ?? key}》`;

export const valueLabel = (value: Pick<FigureValue, 'valueText' | 'unit'>): string => `${value.valueText}${value.unit}`;

/** The slide an edit was made on (for a moved figure card: the slide it was moved to). */
function editSlide(edit: DeckEdit): string | null {
  switch (edit.op) {
    case 'resetAll':
      return null;
    case 'moveFigure':
      return edit.to;
    case 'addText':
      return edit.after;
    default:
      return edit.key;
  }
}

function editAction(edit: DeckEdit): string {
  switch (edit.op) {
    case 'retitle':
      return `改标题为“${edit.title}”`;
    case 'hide':
      return '隐藏';
    case 'show':
      return '取消隐藏';
    case 'move':
      return '调整位置';
    case 'notes':
      return '修改演讲备注';
    case 'chart':
      return edit.type === 'none' ? '不显示图表' : '更换图表';
    case 'minutes':
      return `限时 ${edit.minutes} 分钟`;
    case 'budget':
      return `时间预算 ${edit.minutes} 分钟`;
    case 'moveFigure':
      return '移入数据卡片';
    case 'addText':
      return `其后添加文字幻灯片“${edit.title}”`;
    case 'text':
      return '修改要点';
    case 'reset':
      return '恢复为生成的样子';
    case 'resetAll':
      return '整套幻灯片恢复为生成的样子';
  }
}

/** An edit as a line: 《就业收入水平显著提升》：隐藏. */
export function editLabel(names: Names, edit: DeckEdit): string {
  const slide = editSlide(edit);
  // A retitled slide is named by its new title already: 《交通》：改标题为“交通” would say it twice.
  return slide === null || edit.op === 'retitle' ? editAction(edit) : `${slideName(names, slide)}：${editAction(edit)}`;
}

/** An annotation's text, shortened to one line's worth. */
export function annotationLabel(names: Names, id: string): string {
  const text = (names.annotations[id] ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return '（手写或空白批注）';
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

/**
 * A quote cut where its value stands, so the value can be marked: the value with its unit where the quote
 * has it so, else the bare value; null when the quote does not hold it (then it is shown unmarked).
 */
export function splitQuote(value: FigureValue): { before: string; value: string; after: string } | null {
  for (const needle of [valueLabel(value), value.valueText]) {
    const at = needle === '' ? -1 : value.quote.indexOf(needle);
    if (at >= 0) return { before: value.quote.slice(0, at), value: needle, after: value.quote.slice(at + needle.length) };
  }
  return null;
}
