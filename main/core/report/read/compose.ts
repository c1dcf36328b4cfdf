/**
 * Every reader ends here: the document's blocks (a title, headings with their level, paragraphs) written
 * as the Markdown-like source the report model is parsed from, and that the source view shows. So a Word
 * file, a web page, a PDF and a plain text give the same model as the Markdown of the same report.
 *
 * Where the document marks no heading (plain text, a PDF, a page of bold paragraphs), its structure is read
 * from the numbering of Chinese official documents — 一、 parts, （一） sections — or, when it has none,
 * from short title-like lines that stand before a paragraph.
 */
import { isCaption, isLeadParagraph, isTitleLine } from '../parse/conventions';
import { numberingOf, numberingRank, type NumberingKind } from '../parse/numbering';

export interface DocBlock {
  readonly kind: 'title' | 'heading' | 'paragraph';
  /** Headings only: 1 for the document's largest heading, deeper headings larger. */
  readonly level: number;
  /** The block as Markdown inline text: escaped, with <sub>/<sup> kept. */
  readonly markdown: string;
  /** The block as plain text, to judge what it is. */
  readonly text: string;
}

export function paragraphBlock(text: string, markdown = escapeMarkdown(text)): DocBlock {
  return { kind: 'paragraph', level: 0, markdown, text };
}

/** The Markdown-like source of the blocks. */
export function composeSource(input: readonly DocBlock[]): string {
  const blocks = input.filter((block) => block.text.trim() !== '');
  const lines: string[] = [];
  let body = blocks;
  const first = blocks[0];
  if (first && isTitle(first, blocks)) {
    lines.push(`# ${first.markdown}`);
    body = blocks.slice(1);
  }
  const depthOf = body.some((block) => block.kind === 'heading') ? depthsByLevel(body) : depthsByNumbering(body);
  body.forEach((block, i) => {
    const depth = depthOf(block, body[i + 1]);
    lines.push(depth > 0 ? `${'#'.repeat(depth)} ${block.markdown}` : block.markdown);
  });
  return `${lines.join('\n\n')}\n`;
}

/**
 * The first block is the title when it is marked so, or is a short line that is neither a sentence nor a
 * dateline, or is the only heading of the largest size.
 */
function isTitle(first: DocBlock, blocks: readonly DocBlock[]): boolean {
  if (first.kind === 'title') return true;
  if (first.kind === 'paragraph') return isTitleLine(first.text) && numberingOf(first.text) === null && blocks.length > 1;
  return numberingOf(first.text) === null && blocks.filter((block) => block.kind === 'heading' && block.level <= first.level).length === 1;
}

type DepthOf = (block: DocBlock, next: DocBlock | undefined) => number;

/** Marked headings: their levels ranked (h3 and h4 alone read as ## and ###); titles further down are headings too. */
function depthsByLevel(blocks: readonly DocBlock[]): DepthOf {
  const levels = [...new Set(blocks.filter((block) => block.kind !== 'paragraph').map((block) => (block.kind === 'title' ? 0 : block.level)))].sort((a, b) => a - b);
  return (block) => (block.kind === 'paragraph' ? 0 : Math.min(6, levels.indexOf(block.kind === 'title' ? 0 : block.level) + 2));
}

/**
 * Headings by numbering: the two largest kinds of numbering that stand before a title-like line give ##
 * and ### (deeper numbered lines stay paragraphs: the model has parts and sections only). A document
 * with no numbered heading takes its short title-like lines that stand before a paragraph as headings.
 */
function depthsByNumbering(blocks: readonly DocBlock[]): DepthOf {
  const kinds = new Set<NumberingKind>();
  for (const block of blocks) {
    const numbering = numberingOf(block.text);
    if (numbering && isHeadingLine(block.text.slice(numbering.length))) kinds.add(numbering.kind);
  }
  const ranked = numberingRank.filter((kind) => kinds.has(kind)).slice(0, 2);
  if (ranked.length > 0) {
    return (block) => {
      const numbering = numberingOf(block.text);
      if (!numbering || !isHeadingLine(block.text.slice(numbering.length))) return 0;
      const rank = ranked.indexOf(numbering.kind);
      return rank < 0 ? 0 : rank + 2;
    };
  }
  return (block, next) => (isUnmarkedHeading(block.text, next) ? 2 : 0);
}

/** A heading reads as a title: short, no sentence in it, not a dateline. */
function isHeadingLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= 40 && !/[。！？；!?;]/u.test(trimmed) && !isLeadParagraph(trimmed);
}

/** Without numbering, a heading is a short line with no clause punctuation (nor a table's caption), followed by running prose. */
function isUnmarkedHeading(text: string, next: DocBlock | undefined): boolean {
  if (!next || next.kind !== 'paragraph') return false;
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 30 || /[，。！？；：,!?;:]/u.test(trimmed) || isCaption(trimmed)) return false;
  return next.text.length > 40 || /[。！？]/u.test(next.text);
}

/**
 * Plain text as Markdown that reads back as the same text: characters Markdown would take as markup are
 * escaped (remark removes the backslashes and the parser maps every character back to the source), and
 * a line break inside a block is a layout artefact (removed between Chinese characters, else a space).
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(flattenLines(text)));
}

/** Markdown's inline markup characters escaped. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&#]/gu, '\\$&');
}

/** A block that starts like a list item or a setext underline (1. - + =) is escaped so it stays a paragraph. */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(?:[-+=]|\d+(?=[.)]))/u, (marker: string) => (/^\d/u.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** One line: a line break and the blanks around it go between Chinese characters, else become one space. */
export function flattenLines(text: string): string {
  return text
    .replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/gu, (blank: string, offset: number, whole: string) => (isCjkAround(whole, offset, blank.length) ? '' : ' '))
    .trim();
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F]/u;

function isCjkAround(whole: string, offset: number, length: number): boolean {
  return CJK.test(whole.charAt(offset - 1)) || CJK.test(whole.charAt(offset + length));
}
