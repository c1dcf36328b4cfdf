/**
 * Splitting a section's figures over slides. Units (groups that must stay together, see relations.ts) are
 * kept whole and in order; pages get as even a share of cards as the units allow (7 → 4 + 3, not 6 + 1),
 * each between `min` and `max` cards where that is possible at all.
 */

export interface PageLimits {
  readonly min: number;
  readonly max: number;
}

export const cardsPerSlide: PageLimits = { min: 3, max: 6 };

export function paginate<T>(
  units: readonly (readonly T[])[],
  takesCardSlot: (item: T) => boolean,
  limits: PageLimits = cardsPerSlide,
): T[][] {
  const weighed = fitUnits(units, takesCardSlot, limits.max);
  const total = weighed.reduce((sum, unit) => sum + unit.weight, 0);
  if (weighed.length === 0) return [];
  if (total <= limits.max) return [weighed.flatMap((unit) => unit.items)];

  const fewestPages = Math.ceil(total / limits.max);
  // First ask for pages of at least `min`; units too lumpy for that (6, 1, 6) fall back to any size ≥ 1.
  for (const min of [limits.min, 1]) {
    for (let pages = fewestPages; pages <= weighed.length; pages++) {
      const cut = evenCut(weighed.map((unit) => unit.weight), pages, min, limits.max);
      if (cut) return cut.map(([from, to]) => weighed.slice(from, to).flatMap((unit) => unit.items));
    }
  }
  // Unreachable: with min 1 and one unit per page every unit (≤ max after fitUnits) fits.
  return weighed.map((unit) => unit.items);
}

interface WeighedUnit<T> {
  readonly items: T[];
  readonly weight: number;
}

/**
 * Weigh units by their card slots; fold slot-less units (a derived value alone) into their neighbour, and
 * cut a unit larger than a page into page-sized runs, as there is no way to keep it whole.
 */
function fitUnits<T>(units: readonly (readonly T[])[], takesCardSlot: (item: T) => boolean, max: number): WeighedUnit<T>[] {
  const fitted: { items: T[]; weight: number }[] = [];
  let pendingSlotless: T[] = [];
  for (const unit of units) {
    const weight = unit.filter(takesCardSlot).length;
    if (weight === 0) {
      const last = fitted.at(-1);
      if (last) last.items.push(...unit);
      else pendingSlotless.push(...unit);
      continue;
    }
    let run: { items: T[]; weight: number } = { items: [...pendingSlotless], weight: 0 };
    pendingSlotless = [];
    for (const item of unit) {
      const slot = takesCardSlot(item);
      if (slot && run.weight === max) {
        fitted.push(run);
        run = { items: [], weight: 0 };
      }
      run.items.push(item);
      if (slot) run.weight++;
    }
    fitted.push(run);
  }
  if (pendingSlotless.length > 0) fitted.push({ items: pendingSlotless, weight: 0 });
  return fitted;
}

/**
 * The contiguous cut of `weights` into exactly `pages` runs, each summing to [min, max], that is most even
 * (least squared distance from the mean). Ties go to the cut with the larger earlier pages, so 7 reads
 * 4 + 3. Returns [from, to) unit ranges, or null when no such cut exists.
 */
function evenCut(weights: readonly number[], pages: number, min: number, max: number): [number, number][] | null {
  const n = weights.length;
  const mean = weights.reduce((a, b) => a + b, 0) / pages;
  const prefix = [0];
  for (const w of weights) prefix.push((prefix.at(-1) ?? 0) + w);
  const sum = (from: number, to: number): number => (prefix[to] ?? 0) - (prefix[from] ?? 0);

  // best[p][i]: least cost of cutting units i.. into p runs (Infinity when impossible).
  const best: number[][] = Array.from({ length: pages + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const row = (p: number): number[] => best[p] ?? [];
  row(0)[n] = 0;
  for (let p = 1; p <= pages; p++) {
    for (let i = n - 1; i >= 0; i--) {
      let least = Infinity;
      for (let j = i + 1; j <= n; j++) {
        const size = sum(i, j);
        if (size > max) break;
        if (size < min) continue;
        const cost = (size - mean) ** 2 + (row(p - 1)[j] ?? Infinity);
        if (cost < least) least = cost;
      }
      row(p)[i] = least;
    }
  }
  if (!Number.isFinite(row(pages)[0] ?? Infinity)) return null;

  // Walk forward taking, at each page, the longest run that still reaches the optimum.
  const cut: [number, number][] = [];
  let from = 0;
  for (let p = pages; p >= 1; p--) {
    const target = row(p)[from] ?? Infinity;
    let chosen = -1;
    for (let j = n; j > from; j--) {
      const size = sum(from, j);
      if (size > max || size < min) continue;
      const cost = (size - mean) ** 2 + (row(p - 1)[j] ?? Infinity);
      if (Math.abs(cost - target) < 1e-9) {
        chosen = j;
        break;
      }
    }
    if (chosen < 0) return null;
    cut.push([from, chosen]);
    from = chosen;
  }
  return cut;
}
