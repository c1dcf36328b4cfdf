/**
 * Which period a value has: the latest period stated before it in its sentence ("a period stated earlier in
 * the same sentence carries to later clauses"), except
 *   - a scoped period (从“十三五”末的0.8个) belongs only to the value right after it;
 *   - the period inside an earlier rank (从2020年的倒数第3位跃升至…) belongs to that earlier rank.
 */
import type { PeriodMark } from './periods';
import type { RankMark } from './ranks';

export class PeriodCarry {
  private readonly periods: readonly PeriodMark[];
  /** Ranks that state an earlier rank: the periods inside them are theirs. */
  private readonly ranks: readonly RankMark[];

  constructor(
    periods: readonly PeriodMark[],
    ranks: readonly RankMark[],
    /** Start offsets of every value and rank of the sentence, ascending. */
    private readonly valueStarts: readonly number[],
  ) {
    this.periods = periods.filter((mark) => mark.role === 'period');
    this.ranks = ranks.filter((rank) => rank.previous !== null);
  }

  at(position: number): string | null {
    for (let i = this.lastEndingBy(position); i >= 0; i--) {
      const mark = this.periods[i];
      if (!mark || mark.end > position) continue;
      if (mark.scoped && this.firstValueFrom(mark.end) < position) continue;
      if (this.ranks.some((rank) => mark.start >= rank.start && mark.end <= rank.valueStart && position >= rank.valueStart)) continue;
      return mark.text;
    }
    return null;
  }

  /** Index of the last period that starts before `position` (binary search: sentences can be long). */
  private lastEndingBy(position: number): number {
    let low = 0;
    let high = this.periods.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.periods[middle]?.start ?? Infinity) < position) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  private firstValueFrom(offset: number): number {
    let low = 0;
    let high = this.valueStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.valueStarts[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return this.valueStarts[low] ?? Infinity;
  }
}
