/**
 * The report's Markdown structure: the source's tree as remark makes it, walked into a flat list of headings
 * and paragraphs, each with its plain text mapped back to the source. Plain paragraphs and headings, most of a
 * report, are made directly (plain-blocks.ts); remark reads the rest.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Heading, Html, Nodes, Root, RootContent } from 'mdast';
import { plainNode, sourceBlocks } from './plain-blocks';
import { appendLiteral, endOf, phrasingText, startOf } from './inline-text';
import { dropLeading, TextBuilder, trimMapped, type MappedText } from './mapped-text';
import { numberingOf, type NumberingKind } from './numbering';

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  /** The numbering it was written with (一、 （一） 1.), taken off its content; null when none. */
  numbering: NumberingKind | null;
  content: MappedText;
  contentStart: number;
  contentEnd: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  content: MappedText;
  start: number;
  end: number;
  /** Set when this paragraph is two layout fragments joined again. */
  join: { breakStart: number; breakEnd: number; before: string; after: string } | null;
}

export type Block = HeadingBlock | ParagraphBlock;

/** The headings and non-empty paragraphs of the source, in document order. */
export function readBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  if (WHOLE_DOCUMENT_CONSTRUCT.test(source)) {
    collectBlocks(markdownParser().parse(source).children, source, blocks);
    return blocks;
  }
  // Group by group: a group's nodes are dropped once its blocks are read, so a long report never holds the
  // Markdown tree of its whole text (many times the text's size) at once.
  for (const nodes of blockTrees(source)) collectBlocks(nodes, source, blocks);
  return blocks;
}

const markdownParser = () => unified().use(remarkParse);
type MarkdownParser = ReturnType<typeof markdownParser>;

/**
 * Constructs that can run across blank lines or reach across the document (fenced code, raw HTML blocks
 * that end only at their closing tag, comments, link reference definitions): a source with any of them is
 * given to remark whole.
 */
const WHOLE_DOCUMENT_CONSTRUCT = /^ {0,3}(?:```|~~~|<(?:!--|script|pre|style|textarea|\?|![A-Z]|!\[CDATA\[)|\[[^\]]+\]:)/imu;

/**
 * remark's input should be this long at least: it has a cost per call (it combines its syntax extensions
 * afresh each time), and a report with a heading every few lines would pay it thousands of times.
 */
const chunkChars = 4096;
/** Top-level nodes handed on at a time (a group of blockTrees). */
const groupNodes = 4096;

/**
 * Stands between two stretches of the source given to remark in one call. In the source they were apart, with
 * a plain paragraph at column 0 between them, which closes any list or quote; an HTML comment after a blank
 * line closes them the same way, so each stretch parses as it did in place. It yields no text.
 */
const STRETCH_SEPARATOR = '\n\n<!-- -->\n\n';

/** A stretch of the source given to remark: [sourceStart, sourceEnd) at [batchStart, …) of its input. */
interface Stretch {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly batchStart: number;
  /** The top-level nodes remark made of it, in source offsets. */
  readonly nodes: RootContent[];
}

/**
 * The source's top-level mdast nodes, in document order, in groups. Plain blocks (plain-blocks.ts) are made
 * directly; the stretches between them are given to remark, several in one call (STRETCH_SEPARATOR), and
 * their nodes are shifted back to source offsets.
 */
function* blockTrees(source: string): Generator<RootContent[]> {
  const parser = markdownParser();
  // In document order: a node made directly, or a stretch waiting for its batch to be parsed.
  const pending: (RootContent | Stretch)[] = [];
  let batch: Stretch[] = [];
  let batchText = '';
  let open: { start: number; end: number } | null = null; // a stretch still growing

  const closeStretch = (): void => {
    if (!open) return;
    if (batchText !== '') batchText += STRETCH_SEPARATOR;
    const stretch: Stretch = { sourceStart: open.start, sourceEnd: open.end, batchStart: batchText.length, nodes: [] };
    batchText += source.slice(open.start, open.end);
    batch.push(stretch);
    pending.push(stretch);
    open = null;
  };
  const parseBatch = (): void => {
    for (const tree of markdownChunks(parser, batchText)) {
      for (const node of tree.children) {
        const at = startOf(node);
        const stretch = batch.find((s) => at >= s.batchStart && at < s.batchStart + (s.sourceEnd - s.sourceStart));
        if (!stretch) continue; // a separator
        shiftOffsets(node, stretch.sourceStart - stretch.batchStart);
        stretch.nodes.push(node);
      }
    }
    batch = [];
    batchText = '';
  };
  const drain = function* (): Generator<RootContent[]> {
    if (batch.length > 0) parseBatch();
    const nodes = pending.flatMap((item) => ('type' in item ? [item] : item.nodes));
    pending.length = 0;
    yield nodes;
  };

  for (const block of sourceBlocks(source)) {
    const node = plainNode(source, block);
    if (node === undefined) {
      open = open ? { start: open.start, end: block.end } : { start: block.start, end: block.end };
      continue;
    }
    closeStretch();
    pending.push(node);
    if (batchText.length >= chunkChars || pending.length >= groupNodes) yield* drain();
  }
  closeStretch();
  yield* drain();
}

/**
 * The Markdown trees of `text`, in order. remark's cost grows faster than the document (one event array for
 * the whole document, spliced again and again, and the garbage it leaves), so a long text is given to it in
 * chunks that start at a heading after a blank line — a heading always starts a new block, so the chunks
 * parse exactly as the whole would — and the chunks' offsets are shifted back into the text.
 */
function* markdownChunks(parser: MarkdownParser, text: string): Generator<Root> {
  // A heading at column 0 after a blank line is always a top-level block (indented, it could belong to a list item).
  const boundaries = /\n[ \t\r]*\n(?=#{1,6}[ \t])/gu;
  let start = 0;
  while (start < text.length) {
    boundaries.lastIndex = start + chunkChars;
    const next = boundaries.exec(text);
    const end = next ? next.index + next[0].length : text.length;
    const chunk = parser.parse(text.slice(start, end));
    for (const child of chunk.children) shiftOffsets(child, start);
    yield chunk;
    start = end;
  }
}

function shiftOffsets(node: Nodes, by: number): void {
  const position = node.position;
  if (position && by !== 0) {
    if (position.start.offset !== undefined) position.start.offset += by;
    if (position.end.offset !== undefined) position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, by);
}

function collectBlocks(nodes: readonly RootContent[], source: string, into: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        into.push(headingBlock(node, source));
        break;
      case 'paragraph':
        pushParagraph(into, phrasingText(node.children, source), startOf(node), endOf(node));
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

/** A heading, without the numbering it was written with (一、 （一） 1.): the deck numbers its own. */
function headingBlock(node: Heading, source: string): HeadingBlock {
  const last = node.children[node.children.length - 1];
  const written = phrasingText(node.children, source);
  const numbering = numberingOf(written.text);
  const content = numbering ? trimMapped(dropLeading(written, numbering.length)) : written;
  const first = node.children[0];
  return {
    kind: 'heading',
    depth: node.depth,
    numbering: numbering?.kind ?? null,
    content,
    contentStart: content.starts[0] ?? (first ? startOf(first) : endOf(node)),
    contentEnd: last ? endOf(last) : endOf(node),
  };
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
