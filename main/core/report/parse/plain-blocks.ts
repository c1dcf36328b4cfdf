/**
 * Most of a long report is plain paragraphs: lines of text with no Markdown syntax in them (at most the
 * <sub>/<sup> tags of PM<sub>2.5</sub>). For those, remark's tree is known without running remark — one
 * paragraph (or one ATX heading) holding text nodes whose values are the source itself, and an html node per
 * tag — and building it directly is many times faster than remark's tokenizer.
 * The rules below are deliberately narrower than CommonMark: a block counts as plain only when no character
 * in it could start or change any construct; anything else is left to remark.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';

/** A run of non-blank lines of the source: [start, end) ends at the last line's last character. */
export interface SourceBlock {
  readonly start: number;
  readonly end: number;
}

/** The runs of non-blank lines of the source, in order. A blank line holds nothing but spaces and tabs. */
export function* sourceBlocks(source: string): Generator<SourceBlock> {
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = 0;
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    if (isBlankLine(source, lineStart, lineEnd)) {
      if (blockStart !== -1) yield { start: blockStart, end: blockEnd };
      blockStart = -1;
    } else {
      if (blockStart === -1) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (blockStart !== -1) yield { start: blockStart, end: blockEnd };
}

function isBlankLine(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Characters that may mean something to Markdown (or to remark's handling of the text) anywhere in a line:
 * escapes, code, emphasis, links and images, HTML and autolinks, entities; tabs, carriage returns and NUL are
 * rewritten by remark, so a line with one is not plain either.
 */
const SYNTAX_ANYWHERE = /[\\`*_[\]<>&!\t\r\0]/;
/**
 * How a line may not start: indentation (code, list continuation), ATX headings, block quotes, list
 * bullets, setext underlines, fences, HTML, ordered list numbers (any digits then . or ), however used).
 */
const SYNTAX_AT_LINE_START = /^(?:[ #>+=\-~<]|\d+[.)])/;
/**
 * The one piece of inline HTML a plain paragraph may hold: the subscript and superscript tags of a report's
 * units and formulas (PM<sub>2.5</sub>, 米<sup>2</sup>), exactly so written. remark makes each an html node
 * between text nodes.
 */
const MARK_TAG = /<\/?su[bp]>/g;
/** An ATX heading whose content is plain: no closing sequence, no syntax, nothing trailing. */
const PLAIN_ATX_HEADING = /^(#{1,6}) +(?=[^ ])/;

/**
 * The mdast node remark would make of the block, when the block is plain: a paragraph of plain lines, or a
 * single-line ATX heading with plain content. Undefined when remark has to read the block.
 */
export function plainNode(source: string, block: SourceBlock): RootContent | undefined {
  const text = source.slice(block.start, block.end);
  const heading = PLAIN_ATX_HEADING.exec(text);
  if (heading) {
    const contentStart = block.start + heading[0].length;
    const content = source.slice(contentStart, block.end);
    if (content.includes('\n') || content.includes('#') || !isPlainText(content)) return undefined;
    const node: Heading = {
      type: 'heading',
      depth: (heading[1]?.length ?? 1) as Heading['depth'],
      children: [{ type: 'text', value: content, position: positionOf(contentStart, block.end) }],
      position: positionOf(block.start, block.end),
    };
    return node;
  }
  for (const line of text.split('\n')) if (SYNTAX_AT_LINE_START.test(line) || !isPlainText(line.replace(MARK_TAG, ''), line)) return undefined;
  const node: Paragraph = { type: 'paragraph', children: phrasingOf(text, block.start), position: positionOf(block.start, block.end) };
  return node;
}

/** Text nodes, and an html node for each sub/sup tag, as remark makes them of a plain paragraph. */
function phrasingOf(text: string, start: number): Paragraph['children'] {
  const children: Paragraph['children'] = [];
  let last = 0;
  const textUntil = (end: number): void => {
    if (end > last) children.push({ type: 'text', value: text.slice(last, end), position: positionOf(start + last, start + end) });
  };
  for (const tag of text.matchAll(MARK_TAG)) {
    textUntil(tag.index);
    children.push({ type: 'html', value: tag[0], position: positionOf(start + tag.index, start + tag.index + tag[0].length) });
    last = tag.index + tag[0].length;
  }
  textUntil(text.length);
  return children;
}

/** `line` (as written: `written`, which may hold sub/sup tags) has no syntax and no trailing blank. */
function isPlainText(line: string, written = line): boolean {
  return line.length > 0 && !SYNTAX_ANYWHERE.test(line) && !written.endsWith(' ');
}

/** Offsets are all the parser reads of a position; lines and columns are not used, so they are left at 1. */
function positionOf(start: number, end: number): NonNullable<Paragraph['position']> {
  return { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
}
