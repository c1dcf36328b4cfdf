/**
 * A text file: Markdown stays as it is written (the embedded report is such a file, with ## headings);
 * plain text is cut into paragraphs and its structure read from its numbering (see compose.ts).
 */
import { composeSource, paragraphBlock, type DocBlock } from './compose';

/** A heading line (ATX, or setext: a line of = or - under text) makes a text Markdown. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]|\S[^\n]*\n {0,3}(?:=+|-{2,})[ \t]*$/mu;

export function isMarkdown(text: string): boolean {
  return MARKDOWN_HEADING.test(text);
}

/** The source of a text file: itself when it is Markdown, else its plain text composed. */
export function textSource(text: string): string {
  return isMarkdown(text) ? text : composeSource(plainTextBlocks(text));
}

/**
 * The paragraphs of plain text. Most Chinese text files hold one paragraph per line; some separate
 * paragraphs by blank lines and wrap them, and then a paragraph is a block of lines. A text wrapped at a
 * fixed width without blank lines has its wrapped lines joined again.
 */
export function plainTextBlocks(text: string): DocBlock[] {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/gu, ''));
  const filled = lines.filter((line) => line !== '').length;
  const blank = lines.length - filled;
  const byBlankLines = filled > 0 && blank >= filled * 0.5 && lines.some((line, i) => line !== '' && (lines[i + 1] ?? '') !== '');
  const paragraphs = byBlankLines ? blocksOfLines(lines) : unwrap(lines.filter((line) => line !== ''));
  return paragraphs.map((paragraph) => paragraphBlock(paragraph));
}

/** Blocks of lines separated by blank lines, each block's lines joined as one paragraph. */
function blocksOfLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  return paragraphs;
}

const SENTENCE_END = /[。！？；：!?;:”’」』）)]$/u;

/**
 * Lines wrapped at a fixed width joined again: when many lines have the same, largest length, a line of
 * that length that does not end a sentence continues on the next line, directly.
 */
function unwrap(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    current += line; // a fixed width breaks the text at any character, inside a word or a number too
    if (line.length < width - 2 || SENTENCE_END.test(line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

function wrapWidth(lines: readonly string[]): number | null {
  if (lines.length < 8) return null;
  const longest = Math.max(...lines.map((line) => line.length));
  if (longest < 20) return null;
  const atWidth = lines.filter((line) => line.length >= longest - 2).length;
  return atWidth >= lines.length / 3 ? longest : null;
}
