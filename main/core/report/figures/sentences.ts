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
const ASCII_QUOTE = 0x22;

/**
 * What a UTF-16 code unit is to the scanners below, one bit each, in a table of all 65 536: they look at
 * every character of a report (a 5 MB one has nearly two million), most of which are none of these, and a
 * table lookup answers that faster than a Set or Map per class.
 */
const OPENER = 1;
const PAIR_CLOSER = 2;
const QUOTE_OPENER = 4;
const SENTENCE_TERMINAL = 8;
const CLOSER = 16;
const CLAUSE_SEPARATOR = 32;
const CHAR_CLASSES = new Uint8Array(0x10000);
function classify(chars: Iterable<string | number>, bit: number): void {
  for (const char of chars) {
    const unit = typeof char === 'number' ? char : char.charCodeAt(0);
    CHAR_CLASSES[unit] = (CHAR_CLASSES[unit] ?? 0) | bit;
  }
}
classify(OPENERS.keys(), OPENER);
classify(OPENERS.values(), PAIR_CLOSER);
classify('“‘「『"', QUOTE_OPENER);
classify('。！？；!?;', SENTENCE_TERMINAL);
classify('”’」』）)》】〕"', CLOSER);
classify('，,：:；;。！？!?', CLAUSE_SEPARATOR);
const is = (unit: number, bit: number): boolean => ((CHAR_CLASSES[unit] ?? 0) & bit) !== 0;

/** Balanced quotes and brackets of a text, and those of them that are quotations. */
export interface Brackets {
  readonly spans: Span[];
  readonly quotes: Span[];
}

/**
 * Balanced pairs of quotes and brackets. An opener that is never closed is ignored, so one stray quote
 * cannot swallow the rest of a paragraph. ASCII double quotes pair up in order.
 */
export function bracketedSpans(text: string): Brackets {
  const spans: Span[] = [];
  const quotes: Span[] = [];
  const stack: { code: number; at: number }[] = [];
  let asciiQuote = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (CHAR_CLASSES[code] === 0) continue;
    if (code === ASCII_QUOTE) {
      if (asciiQuote < 0) asciiQuote = i;
      else {
        spans.push({ start: asciiQuote, end: i + 1 });
        quotes.push({ start: asciiQuote, end: i + 1 });
        asciiQuote = -1;
      }
      continue;
    }
    if (is(code, OPENER)) {
      stack.push({ code, at: i });
      continue;
    }
    if (!is(code, PAIR_CLOSER)) continue;
    const openIndex = findOpener(stack, code);
    if (openIndex < 0) continue;
    const opener = stack[openIndex];
    stack.length = openIndex; // unclosed openers inside the pair are dropped
    if (!opener) continue;
    spans.push({ start: opener.at, end: i + 1 });
    if (is(opener.code, QUOTE_OPENER)) quotes.push({ start: opener.at, end: i + 1 });
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
    if (!is(unit, SENTENCE_TERMINAL) && !(unit === ELLIPSIS && text.charCodeAt(i + 1) !== ELLIPSIS)) continue;
    let end = i + 1;
    while (end < text.length && is(text.charCodeAt(end), CLOSER)) end++;
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

/**
 * Clauses of a sentence: split at commas and colons that are not inside quotes or brackets. `brackets` are
 * the sentence's, when the caller has them already (sentence-analysis.ts needs them for quotedNames too).
 */
export function splitClauses(sentence: string, brackets: Brackets = bracketedSpans(sentence)): Span[] {
  const inside = insideMask(sentence.length, brackets.spans);
  const clauses: Span[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!is(sentence.charCodeAt(i), CLAUSE_SEPARATOR) || inside?.[i] === 1) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (sentence.length > start) clauses.push({ start, end: sentence.length });
  return clauses;
}

/** Quoted names and slogans (“十四五”, “15分钟健身圈”): short quotations, whose digits are not figures. */
export function quotedNames(sentence: string, maxLength = 30): Span[] {
  return shortQuotes(bracketedSpans(sentence), maxLength);
}

/** The same from a sentence's brackets, when the caller has them already (sentence-analysis.ts). */
export function shortQuotes(brackets: Brackets, maxLength = 30): Span[] {
  return brackets.quotes.filter((span) => span.end - span.start <= maxLength + 2);
}
