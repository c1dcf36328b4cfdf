import { sourceToTextOffsets, toTextRange } from '../report/text-offsets';
import type { TextRange } from '../../shared/figure';
import { annotationLimits, type QuoteSelector } from '../../shared/annotations';
import { paragraphAtSource, type IndexedParagraph, type ReportIndex } from './report-index';

/**
 * Quotes of the report text, the W3C way: the exact text plus some context on each side (TextQuoteSelector)
 * and where it was (TextPositionSelector). Offsets are into the report source; the UI works in a paragraph's
 * plain text, so both directions of that mapping live here too.
 */

/** The quote selector of `source[start, end)`, with up to 32 characters of context on each side. */
export function quoteAt(source: string, start: number, end: number): QuoteSelector {
  const context = annotationLimits.quoteContextChars;
  return {
    exact: source.slice(start, end),
    prefix: source.slice(Math.max(0, start - context), start),
    suffix: source.slice(end, end + context),
    position: { start, end },
  };
}

export interface QuoteToFind {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  /** Where it was; only breaks ties between equally good candidates. */
  readonly start?: number | undefined;
}

/** Far more than any real report repeats a phrase; bounds the work on a one-character quote. */
const maxCandidates = 2000;

/**
 * Find a quote in the report: every exact occurrence in the source (else in the paragraphs' plain text,
 * for a quote copied from the screen across markup or a layout break), the one whose surroundings agree
 * best with prefix and suffix, the position hint breaking ties. Null when the text is not there at all.
 */
export function locateQuote(index: ReportIndex, quote: QuoteToFind): TextRange | null {
  if (quote.exact === '') return null;
  let candidates = occurrencesIn(index.source, quote.exact).map((start) => ({ start, end: start + quote.exact.length }));
  if (candidates.length === 0) candidates = plainTextOccurrences(index, quote.exact);
  let best: TextRange | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const score =
      commonSuffixLength(index.source.slice(0, candidate.start), quote.prefix ?? '') +
      commonPrefixLength(index.source.slice(candidate.end), quote.suffix ?? '');
    const distance = quote.start === undefined ? 0 : Math.abs(candidate.start - quote.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = candidate;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

function occurrencesIn(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < maxCandidates; at = text.indexOf(exact, at + 1)) {
    found.push(at);
  }
  return found;
}

function plainTextOccurrences(index: ReportIndex, exact: string): TextRange[] {
  const found: TextRange[] = [];
  for (const paragraph of index.paragraphs) {
    for (const at of occurrencesIn(paragraph.text, exact)) {
      found.push(sourceRangeOfText(index.source, paragraph, { start: at, end: at + exact.length }));
    }
  }
  return found;
}

/** How many characters at the end of `text` agree with the end of `prefix`. */
function commonSuffixLength(text: string, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < text.length && text[text.length - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(text: string, suffix: string): number {
  let n = 0;
  while (n < suffix.length && n < text.length && text[n] === suffix[n]) n++;
  return n;
}

/** The source span of a range of a paragraph's plain text (markup inside it included). */
export function sourceRangeOfText(source: string, paragraph: IndexedParagraph, range: TextRange): TextRange {
  const span = source.slice(paragraph.sourceStart, paragraph.sourceEnd);
  const map = sourceToTextOffsets(span, paragraph.text);
  // Source position s stands for text character map[s] exactly when the walk advanced past it.
  const sourceOfText = new Int32Array(paragraph.text.length + 1).fill(-1);
  for (let s = 0; s < span.length; s++) {
    const t = map[s] ?? 0;
    if ((map[s + 1] ?? 0) > t) sourceOfText[t] = s;
  }
  const startText = Math.min(range.start, paragraph.text.length - 1);
  const lastText = Math.min(Math.max(range.end - 1, range.start), paragraph.text.length - 1);
  const start = sourceOfText[Math.max(startText, 0)] ?? 0;
  const last = sourceOfText[Math.max(lastText, 0)] ?? start;
  const quoted = { start: paragraph.sourceStart + Math.max(start, 0), end: paragraph.sourceStart + Math.max(last, start) + 1 };
  return balanceMarkup(source, quoted);
}

/**
 * A span of plain text that covers part of PM<sub>2.5</sub> would cut the source's markup in half; take in
 * the tag that closes (or opens) it, so the quoted source is well formed.
 */
function balanceMarkup(source: string, range: TextRange): TextRange {
  let { start, end } = range;
  const slice = source.slice(start, end);
  let open = (slice.match(/<(?:sub|sup)>/gi) ?? []).length - (slice.match(/<\/(?:sub|sup)>/gi) ?? []).length;
  for (let closing = /^<\/(?:sub|sup)>/i.exec(source.slice(end)); open > 0 && closing; ) {
    end += closing[0].length;
    open--;
    closing = /^<\/(?:sub|sup)>/i.exec(source.slice(end));
  }
  for (let opening = /<(?:sub|sup)>$/i.exec(source.slice(0, start)); open < 0 && opening; ) {
    start -= opening[0].length;
    open++;
    opening = /<(?:sub|sup)>$/i.exec(source.slice(0, start));
  }
  return { start, end };
}

/** Where a source span shows in the plain text of the paragraph it starts in. */
export function textRangeOfSource(
  index: ReportIndex,
  range: TextRange,
): { paragraph: IndexedParagraph; textRange: TextRange } | null {
  const paragraph = paragraphAtSource(index, range.start);
  if (!paragraph) return null;
  const span = index.source.slice(paragraph.sourceStart, paragraph.sourceEnd);
  const map = sourceToTextOffsets(span, paragraph.text);
  const textRange = toTextRange(map, paragraph.sourceStart, range.start, Math.min(range.end, paragraph.sourceEnd));
  return { paragraph, textRange };
}
