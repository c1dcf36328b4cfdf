/**
 * Most of a long report is plain paragraphs: lines of text with no Markdown syntax in them. For those,
 * remark's tree is known without running remark — one paragraph (or one ATX heading) holding one text node
 * whose value is the source itself — and building it directly is many times faster than remark's tokenizer.
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
 * bullets, setext underlines, fences, ordered list numbers (any digits then . or ), however used).
 */
const SYNTAX_AT_LINE_START = /^(?:[ #>+=\-~]|\d+[.)])/;
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
  for (const line of text.split('\n')) if (SYNTAX_AT_LINE_START.test(line) || !isPlainText(line)) return undefined;
  const position = positionOf(block.start, block.end);
  const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
  return node;
}

function isPlainText(line: string): boolean {
  return line.length > 0 && !SYNTAX_ANYWHERE.test(line) && !line.endsWith(' ');
}

/** Offsets are all the parser reads of a position; lines and columns are not used, so they are left at 1. */
function positionOf(start: number, end: number): NonNullable<Paragraph['position']> {
  return { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
}
