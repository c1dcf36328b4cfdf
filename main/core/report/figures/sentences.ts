/**
 * Splitting a paragraph into sentences (the unit of a figure's quote) and a sentence into clauses (the unit
 * in which a figure's subject is looked for). Offsets are into the text given.
 */
import { countSteps } from './work-meter';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Opener → closer, keyed by UTF-16 code unit (a Map of numbers: this runs for every character). */
const OPENERS: ReadonlyMap<number, number> = new Map(
  [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['（', '）'], ['(', ')'], ['【', '】'], ['〔', '〕']].map(
    ([open, close]) => [(open ?? '').charCodeAt(0), (close ?? '').charCodeAt(0)],
  ),
);
const CLOSERS_OF_PAIRS = new Set(OPENERS.values());
const QUOTE_OPENERS = new Set([...'“‘「『"'].map((char) => char.charCodeAt(0)));
const ASCII_QUOTE = 0x22;

/**
 * Balanced pairs of quotes and brackets. An opener that is never closed is ignored, so one stray quote
 * cannot swallow the rest of a paragraph. ASCII double quotes pair up in order.
 */
export function bracketedSpans(text: string): { spans: Span[]; quotes: Span[] } {
  const spans: Span[] = [];
  const quotes: Span[] = [];
  const stack: { code: number; at: number }[] = [];
  let asciiQuote = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === ASCII_QUOTE) {
      if (asciiQuote < 0) asciiQuote = i;
      else {
        spans.push({ start: asciiQuote, end: i + 1 });
        quotes.push({ start: asciiQuote, end: i + 1 });
        asciiQuote = -1;
      }
      continue;
    }
    if (OPENERS.has(code)) {
      stack.push({ code, at: i });
      continue;
    }
    if (!CLOSERS_OF_PAIRS.has(code)) continue;
    const openIndex = findOpener(stack, code);
    if (openIndex < 0) continue;
    const opener = stack[openIndex];
    stack.length = openIndex; // unclosed openers inside the pair are dropped
    if (!opener) continue;
    spans.push({ start: opener.at, end: i + 1 });
    if (QUOTE_OPENERS.has(opener.code)) quotes.push({ start: opener.at, end: i + 1 });
  }
  return { spans, quotes };
}

function findOpener(stack: readonly { code: number }[], closer: number): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    countSteps();
    const entry = stack[i];
    if (entry && OPENERS.get(entry.code) === closer) return i;
  }
  return -1;
}

/**
 * Marks every position that lies inside a balanced pair (exclusive of the pair's own characters); null when
 * the text has no pair, so a sentence without quotes or brackets allocates no mask.
 */
function insideMask(length: number, spans: readonly Span[]): Uint8Array | null {
  if (spans.length === 0) return null;
  const mask = new Uint8Array(length);
  for (const span of spans) mask.fill(1, span.start + 1, span.end - 1);
  return mask;
}

/** Code units of a list of single characters: compared by charCodeAt, which makes no string per character. */
const unitsOf = (chars: readonly string[]): ReadonlySet<number> => new Set(chars.map((char) => char.charCodeAt(0)));

const SENTENCE_TERMINALS = unitsOf(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = unitsOf(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"']);
const ELLIPSIS = '…'.charCodeAt(0);

/**
 * Sentences end at 。！？； (a ；-clause is an independent statement in Chinese prose, and its own quote).
 * Closing quotes right after the terminal stay with the sentence; a terminal inside quotes does not end it.
 */
export function splitSentences(text: string): Span[] {
  const inside = insideMask(text.length, bracketedSpans(text).spans);
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!SENTENCE_TERMINALS.has(unit) && !(unit === ELLIPSIS && text.charCodeAt(i + 1) !== ELLIPSIS)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
    if (inside?.[i] === 1 && (end === i + 1 || inside[end - 1] === 1)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(into: Span[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (to > from) into.push({ start: from, end: to });
}

const CLAUSE_SEPARATORS = unitsOf(['，', ',', '：', ':', '；', ';', '。', '！', '？', '!', '?']);

/** Clauses of a sentence: split at commas and colons that are not inside quotes or brackets. */
export function splitClauses(sentence: string): Span[] {
  const inside = insideMask(sentence.length, bracketedSpans(sentence).spans);
  const clauses: Span[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!CLAUSE_SEPARATORS.has(sentence.charCodeAt(i)) || inside?.[i] === 1) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (sentence.length > start) clauses.push({ start, end: sentence.length });
  return clauses;
}

/** Quoted names and slogans (“十四五”, “15分钟健身圈”): short quotations, whose digits are not figures. */
export function quotedNames(sentence: string, maxLength = 30): Span[] {
  return bracketedSpans(sentence).quotes.filter((span) => span.end - span.start <= maxLength + 2);
}
