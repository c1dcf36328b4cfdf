/**
 * The plain text of Markdown inline content, with marks (<sub>, <sup>) and a per-character map back to the
 * source. Inline HTML other than <sub>/<sup> is dropped, and so is the content of <script> and <style>:
 * the report is shown as text only, never as markup.
 */
import type { Html, PhrasingContent } from 'mdast';
import { TextBuilder, trimMapped, type MappedText } from './mapped-text';

export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

/** The trimmed plain text of inline nodes. */
export function phrasingText(nodes: readonly PhrasingContent[], source: string): MappedText {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text') {
    const verbatim = verbatimLine(only.value, source, startOf(only), endOf(only));
    if (verbatim) return trimMapped(verbatim);
  }
  const target = new TextBuilder();
  appendPhrasing(target, nodes, source, { marks: new Map(), hidden: false });
  return trimMapped(target.build());
}

/**
 * A literal on one line, exactly as written in the source, maps each character to itself: the common case
 * (most paragraphs of a report), built directly instead of one code unit at a time. Null otherwise.
 */
function verbatimLine(value: string, source: string, start: number, end: number): MappedText | null {
  if (end - start !== value.length || value.includes('\n') || value.includes('\r') || !source.startsWith(value, start)) return null;
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  for (let i = 0; i < value.length; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { text: value, starts, ends, marks: [] };
}

const CJK_OR_FULLWIDTH = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F]/;

/**
 * Appends a literal `value` that remark produced from `source[start, end)`. The value can differ from the
 * slice (escapes, entities, indentation of continuation lines), so its characters are aligned with the
 * slice greedily, looking a few characters ahead at most. A line break inside a paragraph is a layout
 * artefact: between CJK characters it disappears, between Latin words it becomes one space.
 */
export function appendLiteral(target: TextBuilder, value: string, source: string, start: number, end: number): void {
  if (source.slice(start, end) === value) {
    for (let i = 0; i < value.length; i++) appendUnit(target, value, i, start + i);
    return;
  }
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let at = cursor;
    const limit = Math.min(end, cursor + 12);
    for (let probe = cursor; probe < limit; probe++) {
      if (source.charCodeAt(probe) === code) {
        at = probe;
        break;
      }
    }
    cursor = Math.min(end, at + 1);
    appendUnit(target, value, i, at);
  }
}

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;

/** Appends value[i], which came from source[at]; the blanks of a line break are handled as one. */
function appendUnit(target: TextBuilder, value: string, i: number, at: number): void {
  const code = value.charCodeAt(i);
  if (code === LINE_FEED || code === CARRIAGE_RETURN) appendLineBreak(target, value, i, at);
  else if ((code === SPACE || code === TAB) && isInsideLineBreak(value, i)) return;
  else target.push(code, at, at + 1);
}

/** Whether the blank at `i` belongs to the whitespace around a line break (handled by appendLineBreak). */
function isInsideLineBreak(value: string, i: number): boolean {
  let j = i;
  while (j < value.length && (value[j] === ' ' || value[j] === '\t')) j++;
  if (value[j] === '\n' || value[j] === '\r') return true;
  j = i;
  while (j >= 0 && (value[j] === ' ' || value[j] === '\t')) j--;
  return value[j] === '\n' || value[j] === '\r';
}

function appendLineBreak(target: TextBuilder, value: string, i: number, sourceAt: number): void {
  if (value[i] === '\r' && value[i + 1] === '\n') return; // the \n that follows decides
  const before = target.last();
  let j = i + 1;
  while (j < value.length && /\s/.test(value.charAt(j))) j++;
  const after = value.charAt(j);
  if (before === '' || before === ' ' || after === '') return;
  if (CJK_OR_FULLWIDTH.test(before) || CJK_OR_FULLWIDTH.test(after)) return;
  target.push(SPACE, sourceAt, sourceAt + 1);
}

interface OpenMarks {
  readonly marks: Map<'sub' | 'sup', number>;
  /** Inside an inline <script> or <style>: its content is not text of the report. */
  hidden: boolean;
}

function appendPhrasing(target: TextBuilder, nodes: readonly PhrasingContent[], source: string, open: OpenMarks): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (!open.hidden) appendLiteral(target, node.value, source, startOf(node), endOf(node));
        break;
      case 'html':
        applyInlineHtml(target, node, open);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        appendPhrasing(target, node.children, source, open);
        break;
      default:
        break; // break, image, footnote references: no text of the report
    }
  }
}

const SUB_OR_SUP_TAG = /^<\s*(\/?)\s*(sub|sup)\b[^>]*>$/i;
const HIDDEN_CONTENT_TAG = /^<\s*(\/?)\s*(script|style)\b[^>]*>$/i;

function applyInlineHtml(target: TextBuilder, node: Html, open: OpenMarks): void {
  const hidden = HIDDEN_CONTENT_TAG.exec(node.value.trim());
  if (hidden) {
    open.hidden = hidden[1] === '';
    return;
  }
  const tag = SUB_OR_SUP_TAG.exec(node.value.trim());
  if (!tag) return;
  const kind = tag[2]?.toLowerCase() === 'sub' ? 'sub' : 'sup';
  if (tag[1] === '') {
    open.marks.set(kind, target.length);
    return;
  }
  const start = open.marks.get(kind);
  open.marks.delete(kind);
  if (start !== undefined && start < target.length) target.marks.push({ kind, start, end: target.length });
}
