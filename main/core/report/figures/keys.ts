/**
 * Stable keys. A key says what a figure means — label, period, unit — so that it survives re-import of an
 * edited report (another paragraph inserted, a value corrected): it never contains offsets, row ids or the
 * value itself. Figures with the same meaning are numbered in document order (#2, #3 …); derived values
 * have their own namespace so that printing one later does not renumber the others.
 */
export interface KeyedMeaning {
  readonly label: string;
  readonly period: string | null;
  readonly unit: string;
  readonly derived: boolean;
}

const DERIVED_PREFIX = 'derived:';

export function meaningKey(meaning: KeyedMeaning): string {
  const base = `${meaning.label}|${meaning.period ?? '-'}|${meaning.unit || '-'}`;
  return meaning.derived ? `${DERIVED_PREFIX}${base}` : base;
}

/** A repeated meaning's number at the end of a key (KeyCounter). */
const REPEAT_NUMBER = /#\d+$/;

/**
 * The meaning a key names (meaningKey's inverse, a repeated meaning's "#n" left aside), or null for a key
 * not of that form (a label or period holding "|"). Not every meaning comes back: a period or unit written
 * "-" reads as none, a unit ending in "#" and digits loses them. So the store, which leaves out of a figure's
 * row what its key gives back (store/queries/figures.ts), leaves it out only where it compared the two.
 */
export function meaningOfKey(key: string): KeyedMeaning | null {
  const named = key.replace(REPEAT_NUMBER, '');
  const derived = named.startsWith(DERIVED_PREFIX);
  const fields = (derived ? named.slice(DERIVED_PREFIX.length) : named).split('|');
  if (fields.length !== 3) return null;
  const [label = '', period = '-', unit = '-'] = fields;
  const meaning: KeyedMeaning = { label, period: period === '-' ? null : period, unit: unit === '-' ? '' : unit, derived };
  return meaningKey(meaning) === named ? meaning : null;
}

/** Keys for figures met in document order: the n-th figure with the same meaning gets "#n" from the second on. */
export class KeyCounter {
  private readonly seen = new Map<string, number>();

  next(meaning: KeyedMeaning): string {
    const key = meaningKey(meaning);
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  }
}
