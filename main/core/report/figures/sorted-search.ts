/** Binary search over ascending offsets (value starts, clause starts): sentences can be long. */
import { countSteps } from './work-meter';

/** Index of the first offset at or after `offset`; `sorted.length` when there is none. */
export function firstIndexFrom(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    countSteps();
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
