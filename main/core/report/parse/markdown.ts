/**
 * The report's Markdown structure: remark's tree of the source, walked into a flat list of headings and
 * paragraphs, each with its plain text mapped back to the source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Heading, Html, Nodes, Root, RootContent } from 'mdast';
import { appendLiteral, endOf, phrasingText, startOf } from './inline-text';
import { dropLeading, TextBuilder, trimMapped, type MappedText } from './mapped-text';
import { numberingOf } from './numbering';

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
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
  // Chunk by chunk: a chunk's tree is dropped once its blocks are read, so a long report never holds the
  // Markdown tree of its whole text (many times the text's size) at once.
  for (const chunk of markdownChunks(source)) collectBlocks(chunk.children, source, blocks);
  return blocks;
}

/**
 * Chunks of the source should be this long at least: remark has a cost per call (it combines its syntax
 * extensions afresh each time), and a report with a heading every few lines would pay it thousands of times.
 */
const chunkChars = 4096;

/**
 * The Markdown trees of the source, in document order. remark's cost grows faster than the document (one
 * event array for the whole document, spliced again and again, and the garbage it leaves), so the source is
 * given to it in chunks that start at a heading after a blank line — a heading always starts a new block, so
 * the chunks parse exactly as the whole would — and the chunks' offsets are shifted back into the source.
 * When a construct could span such a boundary (fenced code, raw HTML or comments, link reference
 * definitions, which are document-wide), the source is parsed whole.
 */
function* markdownChunks(source: string): Generator<Root> {
  const parser = unified().use(remarkParse);
  if (/^ {0,3}(?:```|~~~|<(?:!--|script|pre|style|textarea|\?|![A-Z]|!\[CDATA\[)|\[[^\]]+\]:)/imu.test(source)) {
    yield parser.parse(source);
    return;
  }
  // A heading at column 0 after a blank line is always a top-level block (indented, it could belong to a list item).
  const boundaries = /\n[ \t\r]*\n(?=#{1,6}[ \t])/gu;
  let start = 0;
  while (start < source.length) {
    boundaries.lastIndex = start + chunkChars;
    const next = boundaries.exec(source);
    const end = next ? next.index + next[0].length : source.length;
    const chunk = parser.parse(source.slice(start, end));
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
