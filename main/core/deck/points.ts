/**
 * Key sentences for a slide whose section states no figure: the first sentence of each paragraph, short
 * enough to read from across a room. Only the report's own words, cut where a clause ends.
 */

export const maxPoints = 4;
export const maxPointChars = 60;

/** Sentence ends; a ； is a clause boundary, not the end of a sentence. */
const sentenceEnd = /[。！？!?]/;
/** Where a long sentence may be cut, strongest first. */
const clauseBreaks = ['；', '：', '，', '、'] as const;

export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const end = sentenceEnd.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** Offsets in `text` that lie inside a “…” or 《…》 quote, where a cut would leave a quote open. */
function quotedOffsets(text: string): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《' || ch === '「') depth++;
    else if ((ch === '”' || ch === '》' || ch === '」') && depth > 0) depth--;
    else if (depth > 0) inside.add(i);
  }
  return inside;
}

const isNumberChar = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９.．%／/]/.test(ch);

/**
 * A sentence no longer than about `limit`: whole when it fits; else up to the last clause boundary that fits
 * (outside quotes); else cut before `limit` where the cut neither ends on a bare number nor opens a quote
 * it cannot close; and if that would leave too little, up to the first boundary past the limit.
 */
export function shortenSentence(sentence: string, limit = maxPointChars): string {
  if (sentence.length <= limit) return sentence;
  const quoted = quotedOffsets(sentence);
  // A point shorter than a quarter of the limit says too little; a weaker boundary further on is better.
  const shortest = Math.floor(limit / 4);
  const isBoundary = (at: number, mark: string): boolean => sentence[at] === mark && !quoted.has(at);
  for (const mark of clauseBreaks) {
    for (let at = limit; at >= shortest; at--) if (isBoundary(at, mark)) return sentence.slice(0, at);
  }
  let at = limit;
  // Ending on a digit would cut a number (123|456) or part it from its unit (2202|万亩).
  while (at > 0 && (quoted.has(at - 1) || isQuoteOpening(sentence[at - 1]) || isNumberChar(sentence[at - 1]))) at--;
  if (at >= shortest) return sentence.slice(0, at);
  for (let next = limit + 1; next < sentence.length; next++) {
    if (clauseBreaks.some((mark) => isBoundary(next, mark))) return sentence.slice(0, next);
  }
  return sentence;
}

const isQuoteOpening = (ch: string | undefined): boolean => ch === '“' || ch === '《' || ch === '「';

export function keySentences(paragraphs: readonly string[]): string[] {
  return paragraphs
    .map((p) => shortenSentence(firstSentence(p)))
    .filter((s) => s !== '')
    .slice(0, maxPoints);
}
