import type { Annotation } from '../../../main/shared/annotations';
import { figureStatement } from '../../../main/shared/format';
import type { DeckIndex } from './deck-index';
import { slideOf } from './filters';
import type { DraftTarget } from './panel-state';

/** How a note names what it is about, in two parts: where (第 6 张) and what (数据 4.5个以上 · 托位数). */
export interface AnchorLabel {
  /** 第 N 张, or null when the note is on no slide (a passage not shown on any slide, an orphan). */
  readonly slideNumber: number | null;
  readonly what: string;
}

const quoteChars = 28;

/** A quote cut to a readable length, in Chinese corner brackets. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `「${flat.length > quoteChars ? `${flat.slice(0, quoteChars)}…` : flat}」`;
}

function figureLabel(index: DeckIndex, figureKey: string): string {
  const figure = index.figureByKey.get(figureKey);
  return figure ? `数据 ${figureStatement(figure.card)} · ${figure.card.label}` : '数据';
}

export function describeAnnotation(annotation: Annotation, index: DeckIndex): AnchorLabel {
  const slide = slideOf(annotation);
  const position = slide === null ? undefined : index.slideIndexById.get(slide);
  const slideNumber = position === undefined ? null : position + 1;
  const anchor = annotation.anchor;
  switch (anchor.kind) {
    case 'slide':
      return { slideNumber, what: index.slides[position ?? -1]?.title ?? anchor.context.heading ?? '幻灯片' };
    case 'figure':
      return { slideNumber, what: figureLabel(index, anchor.figureKey) };
    case 'quote':
      return { slideNumber, what: `原文 ${quoted(anchor.quote.exact)}` };
    case 'ink':
      return { slideNumber, what: `墨迹 ${anchor.strokes.length} 笔` };
  }
}

export function describeDraft(target: DraftTarget, index: DeckIndex): AnchorLabel {
  switch (target.kind) {
    case 'slide': {
      const position = index.slideIndexById.get(target.slideId);
      return { slideNumber: position === undefined ? null : position + 1, what: index.slides[position ?? -1]?.title ?? '幻灯片' };
    }
    case 'figure': {
      const figure = index.figureByKey.get(target.figureKey);
      const position = figure ? index.slideIndexById.get(figure.slideId) : undefined;
      return { slideNumber: position === undefined ? null : position + 1, what: figureLabel(index, target.figureKey) };
    }
    case 'selection':
      return { slideNumber: null, what: `原文 ${quoted(target.quote)}` };
  }
}

/** 今天 14:05 / 5月3日 14:05 / 2024年5月3日: when a note was written, as a colleague would say it. */
export function timeLabel(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const sameDay = date.toDateString() === now.toDateString();
  if (sameDay) return `今天 ${time}`;
  const day = `${date.getMonth() + 1}月${date.getDate()}日`;
  return date.getFullYear() === now.getFullYear() ? `${day} ${time}` : `${date.getFullYear()}年${day}`;
}
