/**
 * A count of the inner steps of figure extraction: one per value, rank and clause analysed, plus one per
 * candidate examined by every lookup that searches a sentence beyond the value at hand (periods carried,
 * ranks merged, drafts revisited, marks and brackets matched).
 *
 * Why a count and not a clock: whether the extraction stays linear in the length of a paragraph is a
 * property of this count, which is deterministic, while CPU time on a shared machine is not (issue 13: a
 * timed ratio failed on garbage-collection noise). Tests read it around one run (see `measureWork`); it
 * costs one addition per step.
 */
let steps = 0;

export function countSteps(count = 1): void {
  steps += count;
}

/** The steps one call of `run` takes, and its result. */
export function measureWork<T>(run: () => T): { steps: number; result: T } {
  const before = steps;
  const result = run();
  return { steps: steps - before, result };
}
