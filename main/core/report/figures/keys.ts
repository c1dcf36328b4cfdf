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

export function meaningKey(meaning: KeyedMeaning): string {
  const base = `${meaning.label}|${meaning.period ?? '-'}|${meaning.unit || '-'}`;
  return meaning.derived ? `derived:${base}` : base;
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
