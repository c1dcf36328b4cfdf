/**
 * Word lists looked up by their first or last character. The lexicon's lists are tried word by word on every
 * clause of every sentence (is this subject led by a region name? does it end with an adverb?), and only the
 * words that begin (end) with the text's first (last) character can match: grouping each list by that
 * UTF-16 code unit, in list order, tries a handful of words instead of a hundred, with the same answer —
 * the first word of the list that matches.
 */

type Groups<T> = ReadonlyMap<number, readonly T[]>;

const firstUnitGroups = new WeakMap<readonly unknown[], Groups<unknown>>();
const lastUnitGroups = new WeakMap<readonly unknown[], Groups<unknown>>();

/** The items grouped by the code unit `unitOf` gives, in list order, remembered in `cache` for the list. */
function grouped<T>(items: readonly T[], unitOf: (item: T) => number, cache: WeakMap<readonly unknown[], Groups<unknown>>): Groups<T> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const unit = unitOf(item);
    const group = groups.get(unit);
    if (group) group.push(item);
    else groups.set(unit, [item]);
  }
  cache.set(items, groups);
  return groups;
}

const NONE: readonly never[] = [];
const lastUnitOf = (text: string): number => text.charCodeAt(text.length - 1);

/**
 * The items whose text starts with the code unit at `text[at]`, in list order. An item with empty text
 * would match anywhere, so lists are never given one (word-index.test checks the lexicon's).
 */
export function startingAt<T>(items: readonly T[], textOf: (item: T) => string, text: string, at = 0): readonly T[] {
  if (at >= text.length) return NONE;
  // Looked up first: this runs for every clause, and the grouping function is made only for a new list.
  const groups = (firstUnitGroups.get(items) as Groups<T> | undefined) ?? grouped(items, (item) => textOf(item).charCodeAt(0), firstUnitGroups);
  return groups.get(text.charCodeAt(at)) ?? NONE;
}

/** The items whose text ends with the last code unit of `text`, in list order. */
export function endingWith<T>(items: readonly T[], textOf: (item: T) => string, text: string): readonly T[] {
  if (text.length === 0) return NONE;
  const groups = (lastUnitGroups.get(items) as Groups<T> | undefined) ?? grouped(items, (item) => lastUnitOf(textOf(item)), lastUnitGroups);
  return groups.get(lastUnitOf(text)) ?? NONE;
}

const itself = (word: string): string => word;

/** Words of `words` that `text` may start with: those sharing its first character. */
export const wordsStartingLike = (words: readonly string[], text: string): readonly string[] => startingAt(words, itself, text);
/** Words of `words` that `text` may end with: those sharing its last character. */
export const wordsEndingLike = (words: readonly string[], text: string): readonly string[] => endingWith(words, itself, text);
