/**
 * Parses a report (a Markdown-like newspaper page of press releases) into a ReportModel.
 *
 * The structure comes from a real Markdown parser (remark): block nodes and their source offsets. On top of
 * that tree the page's conventions are applied:
 *   - the first short paragraph before any heading is the page title;
 *   - a heading immediately followed by a dateline paragraph (本报讯…) opens a PART (one release), and that
 *     paragraph is the part's lead;
 *   - any other heading opens a SECTION of the current part; paragraphs go to the current section;
 *   - a final short line without sentence punctuation (内蒙古答卷) is the page's closing;
 *   - a sentence that the layout broke across two paragraphs ("投用8" / "个国家级…") is joined again.
 *
 * Every piece of plain text keeps a per-character map back to the source, so figures found in the plain
 * text can be quoted with exact source offsets (see `paragraphSourceMaps`).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Heading, Html, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ParagraphJoin, ReportModel, ReportParagraph, ReportPart, ReportSection, TextMark } from './model';

/** Source span of each character of a paragraph's plain text: char i came from source[starts[i], ends[i]). */
export interface ParagraphSourceMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export function parseReport(source: string): ReportModel {
  return parseWithSourceMaps(source).report;
}

/**
 * The source maps of a report's paragraphs, by paragraph index. Cached for models made by `parseReport`;
 * for a model that came from elsewhere (e.g. deserialised) the source is parsed again, which yields the
 * same paragraphs because parsing is deterministic.
 */
export function paragraphSourceMaps(report: ReportModel): ReadonlyMap<number, ParagraphSourceMap> {
  return sourceMapCache.get(report) ?? parseWithSourceMaps(report.source).maps;
}

const sourceMapCache = new WeakMap<ReportModel, ReadonlyMap<number, ParagraphSourceMap>>();

// ---------------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------------

/**
 * The Markdown tree of the whole source. remark's cost grows faster than the document (one event array for
 * the whole document, spliced again and again, and the garbage it leaves), so the source is given to it in
 * chunks that start at a heading after a blank line — a heading always starts a new block, so the chunks
 * parse exactly as the whole would — and the chunks' offsets are shifted back into the source. When a
 * construct could span such a boundary (fenced code, raw HTML or comments, link reference definitions,
 * which are document-wide), the source is parsed whole.
 */
function parseMarkdown(source: string): Root {
  const parser = unified().use(remarkParse);
  if (/^ {0,3}(?:```|~~~|<(?:!--|script|pre|style|textarea|\?|![A-Z]|!\[CDATA\[)|\[[^\]]+\]:)/imu.test(source)) return parser.parse(source);
  const children: RootContent[] = [];
  // A heading at column 0 after a blank line is always a top-level block (indented, it could belong to a list item).
  const starts = [0, ...[...source.matchAll(/\n[ \t\r]*\n(?=#{1,6}[ \t])/gu)].map((match) => match.index + match[0].length)];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? source.length;
    const chunk = parser.parse(source.slice(start, end));
    for (const child of chunk.children) shiftOffsets(child, start);
    children.push(...chunk.children);
  });
  return { type: 'root', children };
}

function shiftOffsets(node: Nodes, by: number): void {
  const position = node.position;
  if (position && by !== 0) {
    if (position.start.offset !== undefined) position.start.offset += by;
    if (position.end.offset !== undefined) position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, by);
}

// ---------------------------------------------------------------------------------------------------------
// Plain text with a source map
// ---------------------------------------------------------------------------------------------------------

interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly marks: TextMark[];
}

/**
 * Plain text being built, one UTF-16 code unit at a time with its source span. Code units and offsets go
 * into growable typed arrays and the string is made once at the end: a string grown by += and plain arrays
 * grown by push degrade badly in optimised code for very long paragraphs (hundreds of kilobytes).
 */
class TextBuilder {
  private units = new Uint16Array(256);
  private startOffsets = new Int32Array(256);
  private endOffsets = new Int32Array(256);
  length = 0;
  readonly marks: TextMark[] = [];

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.startOffsets[this.length] = start;
    this.endOffsets[this.length] = end;
    this.length++;
  }

  last(): string {
    return this.length === 0 ? '' : String.fromCharCode(this.units[this.length - 1] ?? 0);
  }

  build(): MappedText {
    let text = '';
    const chunk = 8192; // String.fromCharCode takes its code units as arguments: keep the call small
    for (let i = 0; i < this.length; i += chunk) text += String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + chunk)));
    return { text, starts: this.startOffsets.slice(0, this.length), ends: this.endOffsets.slice(0, this.length), marks: this.marks };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.startOffsets);
    ends.set(this.endOffsets);
    this.units = units;
    this.startOffsets = starts;
    this.endOffsets = ends;
  }
}

const CJK_OR_FULLWIDTH = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F]/;

/**
 * Appends a literal `value` that remark produced from `source[start, end)`. The value can differ from the
 * slice (escapes, entities, indentation of continuation lines), so its characters are aligned with the
 * slice greedily, looking a few characters ahead at most. A line break inside a paragraph is a layout
 * artefact: between CJK characters it disappears, between Latin words it becomes one space.
 */
function appendLiteral(target: TextBuilder, value: string, source: string, start: number, end: number): void {
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

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

const SUB_OR_SUP_TAG = /^<\s*(\/?)\s*(sub|sup)\b[^>]*>$/i;

/** Inline HTML other than <sub>/<sup> is dropped: the report is shown as text only, never as markup. */
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

interface OpenMarks {
  readonly marks: Map<'sub' | 'sup', number>;
  /** Inside an inline <script> or <style>: its content is not text of the report. */
  hidden: boolean;
}

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

function phrasingText(nodes: readonly PhrasingContent[], source: string): MappedText {
  const target = new TextBuilder();
  appendPhrasing(target, nodes, source, { marks: new Map(), hidden: false });
  return trimMapped(target.build());
}

function trimMapped(mapped: MappedText): MappedText {
  let from = 0;
  let to = mapped.text.length;
  while (from < to && /\s/.test(mapped.text.charAt(from))) from++;
  while (to > from && /\s/.test(mapped.text.charAt(to - 1))) to--;
  if (from === 0 && to === mapped.text.length) return mapped;
  return {
    text: mapped.text.slice(from, to),
    starts: mapped.starts.slice(from, to),
    ends: mapped.ends.slice(from, to),
    marks: mapped.marks
      .map((mark) => ({ ...mark, start: Math.max(from, mark.start) - from, end: Math.min(to, mark.end) - from }))
      .filter((mark) => mark.end > mark.start),
  };
}

function concatOffsets(first: Int32Array, second: Int32Array): Int32Array {
  const joined = new Int32Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

function concatMapped(first: MappedText, second: MappedText): MappedText {
  const shift = first.text.length;
  return {
    text: first.text + second.text,
    starts: concatOffsets(first.starts, second.starts),
    ends: concatOffsets(first.ends, second.ends),
    marks: [...first.marks, ...second.marks.map((mark) => ({ ...mark, start: mark.start + shift, end: mark.end + shift }))],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------------------

interface HeadingBlock {
  kind: 'heading';
  depth: number;
  content: MappedText;
  contentStart: number;
  contentEnd: number;
}

interface ParagraphBlock {
  kind: 'paragraph';
  content: MappedText;
  start: number;
  end: number;
  /** Set when this paragraph is two layout fragments joined again. */
  join: { breakStart: number; breakEnd: number; before: string; after: string } | null;
}

type Block = HeadingBlock | ParagraphBlock;

function collectBlocks(nodes: readonly RootContent[], source: string, into: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        into.push(headingBlock(node, source));
        break;
      case 'paragraph':
        pushParagraph(into, paragraphContent(node, source), startOf(node), endOf(node));
        break;
      case 'blockquote':
      case 'list':
      case 'listItem':
        collectBlocks(node.children, source, into);
        break;
      case 'html':
        pushParagraph(into, htmlBlockText(node, source), startOf(node), endOf(node));
        break;
      case 'code':
        collectIndentedLines(node, source, into);
        break;
      default:
        break; // thematic breaks, definitions, tables: not part of a press release's text
    }
  }
}

function pushParagraph(into: Block[], content: MappedText, start: number, end: number): void {
  if (content.text === '') return;
  into.push({ kind: 'paragraph', content, start, end, join: null });
}

function headingBlock(node: Heading, source: string): HeadingBlock {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  return {
    kind: 'heading',
    depth: node.depth,
    content: phrasingText(node.children, source),
    contentStart: first ? startOf(first) : endOf(node),
    contentEnd: last ? endOf(last) : endOf(node),
  };
}

function paragraphContent(node: Paragraph, source: string): MappedText {
  return phrasingText(node.children, source);
}

/** A block of raw HTML keeps only its text (tags, scripts and styles dropped): text-only, never markup. */
function htmlBlockText(node: Html, source: string): MappedText {
  const start = startOf(node);
  const raw = source.slice(start, endOf(node));
  const target = new TextBuilder();
  const hidden = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
  let cursor = 0;
  for (const match of raw.matchAll(hidden)) {
    appendLiteral(target, raw.slice(cursor, match.index), source, start + cursor, start + match.index);
    cursor = match.index + match[0].length;
  }
  appendLiteral(target, raw.slice(cursor), source, start + cursor, start + raw.length);
  return trimMapped(target.build());
}

/**
 * Text indented by four spaces is a code block to Markdown, but in a pasted report it is just an indented
 * paragraph; fenced code is not report text and is skipped.
 */
function collectIndentedLines(node: Code, source: string, into: Block[]): void {
  const start = startOf(node);
  const raw = source.slice(start, endOf(node));
  if (/^\s*(```|~~~)/.test(raw)) return;
  let offset = start;
  for (const line of raw.split('\n')) {
    const target = new TextBuilder();
    appendLiteral(target, line, source, offset, offset + line.length);
    const content = trimMapped(target.build());
    const first = content.starts[0];
    const lastEnd = content.ends[content.ends.length - 1];
    if (first !== undefined && lastEnd !== undefined) pushParagraph(into, content, first, lastEnd);
    offset += line.length + 1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Page conventions
// ---------------------------------------------------------------------------------------------------------

/** A dateline opens a release: 本报讯（记者…）, 本报呼和浩特1月5日电, 新华社北京…电, ××日报讯. */
const DATELINE = /^(?:本报讯|本报[^，。\s]{0,12}(?:电|讯)|新华社[^，。\s]{0,12}电|[^，。\s]{2,12}(?:日报|晚报|新闻网|网)讯)/;

export function isLeadParagraph(text: string): boolean {
  return DATELINE.test(text);
}

/** The slogan is the text inside the headline's (last) pair of quotes: “四个显著提升”, 『三个持续向好』. */
export function sloganOf(headline: string): string | null {
  const quoted = [...headline.matchAll(/[“"「『‘]([^“”"「」『』‘’]+)[”"」』’]/g)];
  const last = quoted[quoted.length - 1];
  return last?.[1]?.trim() || null;
}

/**
 * A layout break: the first fragment stops mid-clause — on a word, a digit, a % or a comma, never on a
 * closing quote or colon — and the next paragraph continues it (starts with a word or digit, is not a
 * dateline, and is prose that ends a sentence somewhere). The first fragment must be running prose (have
 * clause punctuation), unless the break splits a number from its measure word (投用8 / 个国家级…), which
 * no heading or title ever does.
 */
export function isLayoutBreak(first: string, second: string): boolean {
  const splitsNumberFromUnit = /\d$/.test(first) && MEASURE_WORD_START.test(second);
  if (!splitsNumberFromUnit && !/[，、；：,]/.test(first)) return false;
  if (!/[\p{Script=Han}\p{L}\p{N}%％，、,]$/u.test(first)) return false;
  if (!/^[\p{Script=Han}\p{L}\p{N}%％“"]/u.test(second)) return false;
  if (isLeadParagraph(second)) return false;
  return /[。！？；!?;]/.test(second);
}

const MEASURE_WORD_START = /^(?:[个条处种家座所项台套辆架艘张件批场次户名位间栋块支份部款只头株棵元人亩吨斤米倍%％]|万|亿|千[瓦米克]|公[里顷斤]|平方)/u;

/** The closing is a last, short line with no sentence or clause punctuation: 内蒙古答卷, （完）. */
export function isClosingLine(text: string): boolean {
  return text.length <= 20 && !/[。！？；，、,.!?;:：]/.test(text);
}

/** The page title is a short first line before any heading, not a dateline and not a sentence. */
function isTitleLine(text: string): boolean {
  return text.length <= 40 && !isLeadParagraph(text) && !/[。！？；]/.test(text);
}

const BREAK_CONTEXT = 4;

function joinBreaks(blocks: readonly Block[], firstBody: number): Block[] {
  const result: Block[] = blocks.slice(0, firstBody);
  for (let i = firstBody; i < blocks.length; i++) {
    const block = blocks[i];
    const previous = result[result.length - 1];
    if (
      block?.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.join === null &&
      result.length > firstBody &&
      isLayoutBreak(previous.content.text, block.content.text)
    ) {
      result[result.length - 1] = {
        kind: 'paragraph',
        content: concatMapped(previous.content, block.content),
        start: previous.start,
        end: block.end,
        join: {
          breakStart: previous.end,
          breakEnd: block.start,
          before: tailWord(previous.content.text),
          after: headWord(block.content.text),
        },
      };
    } else if (block) result.push(block);
  }
  return result;
}

/** The last few characters before a break, stopping at punctuation: 投用8. */
function tailWord(text: string): string {
  const match = /[^，。、；：,;:“”\s]{1,4}$/u.exec(text);
  return match ? match[0] : text.slice(-BREAK_CONTEXT);
}

/** The first few characters after a break, stopping at punctuation: 个国家级. */
function headWord(text: string): string {
  const match = /^[^，。、；：,;:“”\s]{1,4}/u.exec(text);
  return match ? match[0] : text.slice(0, BREAK_CONTEXT);
}

// ---------------------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------------------

interface SectionDraft {
  index: number;
  heading: string;
  headingStart: number;
  headingEnd: number;
  paragraphs: ReportParagraph[];
}

interface PartDraft {
  index: number;
  headline: string;
  headlineStart: number;
  headlineEnd: number;
  lead: ReportParagraph | null;
  sections: SectionDraft[];
}

class ModelBuilder {
  readonly parts: PartDraft[] = [];
  readonly joins: ParagraphJoin[] = [];
  readonly maps = new Map<number, ParagraphSourceMap>();
  closing: ReportParagraph | null = null;
  private paragraphCount = 0;
  private sectionCount = 0;

  openPart(heading: string, start: number, end: number): void {
    this.parts.push({ index: this.parts.length, headline: heading, headlineStart: start, headlineEnd: end, lead: null, sections: [] });
  }

  openSection(heading: string, start: number, end: number): void {
    if (this.parts.length === 0) this.openPart('', start, start); // a page that starts without a release headline
    const part = this.parts[this.parts.length - 1];
    part?.sections.push({ index: this.sectionCount++, heading, headingStart: start, headingEnd: end, paragraphs: [] });
  }

  paragraph(block: ParagraphBlock, role: ReportParagraph['role']): ReportParagraph {
    const { content } = block;
    const paragraph: ReportParagraph = {
      index: this.paragraphCount++,
      role,
      text: content.text,
      marks: content.marks,
      sourceStart: block.start,
      sourceEnd: block.end,
    };
    this.maps.set(paragraph.index, { starts: content.starts, ends: content.ends });
    if (block.join) this.joins.push({ paragraphIndex: paragraph.index, ...block.join });
    return paragraph;
  }

  addLead(block: ParagraphBlock): void {
    const part = this.parts[this.parts.length - 1];
    if (part) part.lead = this.paragraph(block, 'lead');
  }

  addBody(block: ParagraphBlock): void {
    const part = this.parts[this.parts.length - 1];
    if (!part || part.sections.length === 0) this.openSection('', block.start, block.start);
    const current = this.parts[this.parts.length - 1];
    current?.sections[current.sections.length - 1]?.paragraphs.push(this.paragraph(block, 'body'));
  }

  builtParts(): ReportPart[] {
    return this.parts.map((part) => ({
      index: part.index,
      headline: part.headline,
      slogan: sloganOf(part.headline),
      headlineStart: part.headlineStart,
      headlineEnd: part.headlineEnd,
      lead: part.lead,
      sections: part.sections.map(
        (section): ReportSection => ({ ...section, partIndex: part.index, paragraphs: section.paragraphs }),
      ),
    }));
  }
}

function parseWithSourceMaps(source: string): { report: ReportModel; maps: ReadonlyMap<number, ParagraphSourceMap> } {
  const tree = parseMarkdown(source);
  const collected: Block[] = [];
  collectBlocks(tree.children, source, collected);

  let title = '';
  let firstBody = 0;
  const first = collected[0];
  if (first?.kind === 'paragraph' && isTitleLine(first.content.text)) {
    title = first.content.text;
    firstBody = 1;
  } else if (first?.kind === 'heading' && first.depth === 1) {
    title = first.content.text;
    firstBody = 1;
  }

  const blocks = joinBreaks(collected, firstBody);
  const last = blocks[blocks.length - 1];
  const closingBlock =
    blocks.length - 1 >= firstBody && last?.kind === 'paragraph' && last.join === null && isClosingLine(last.content.text) && blocks.length - firstBody > 1
      ? last
      : null;

  const builder = new ModelBuilder();
  for (let i = firstBody; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind === 'heading') {
      const next = blocks[i + 1];
      if (next?.kind === 'paragraph' && isLeadParagraph(next.content.text)) {
        builder.openPart(block.content.text, block.contentStart, block.contentEnd);
        builder.addLead(next);
        i++;
      } else builder.openSection(block.content.text, block.contentStart, block.contentEnd);
    } else if (block === closingBlock) {
      builder.closing = builder.paragraph(block, 'closing');
    } else if (builder.parts.length === 0 && isLeadParagraph(block.content.text)) {
      builder.openPart('', block.start, block.start); // a release without a headline
      builder.addLead(block);
    } else builder.addBody(block);
  }

  const report: ReportModel = { title, parts: builder.builtParts(), closing: builder.closing, joins: builder.joins, source };
  sourceMapCache.set(report, builder.maps);
  return { report, maps: builder.maps };
}
