import type { Figure } from '../../shared/figure';

/**
 * Which figures belong together on a slide: the two values of a before/after pair, a derived value and the
 * figures it was computed from, a value and the national value it is compared with or the figure that says
 * by how much (人均GDP突破11万元，是全国平均水平的1.15倍), and the items of one
 * list of efforts in a sentence (造林、种草、防沙治沙 …万亩). A slide that showed only half of such a group
 * would lose the comparison, so splitting never separates them.
 */

/** What grouping (and paging, section-slides.ts) looks at in a figure. */
export type GroupedFigure = Pick<Figure, 'key' | 'index' | 'kind' | 'unit' | 'period' | 'derived' | 'relations' | 'source'>;

/** Keys of the figures this one names in its relations. */
export function relatedKeys(figure: Pick<Figure, 'relations'>): string[] {
  return figure.relations.flatMap((relation) => {
    switch (relation.type) {
      case 'before-after':
        return [relation.otherKey];
      case 'derived-from':
        return [...relation.fromKeys];
      case 'vs-nation':
        return [relation.nationKey, relation.byKey, relation.ofKey].filter((key): key is string => typeof key === 'string' && key !== '');
    }
  });
}

/**
 * Figures that are items of one list: printed amounts in the same unit, of the same period, in the same
 * sentence. Null for a figure that cannot be such an item.
 */
export function listKeyOf(figure: GroupedFigure): string | null {
  if (figure.derived || figure.kind !== 'amount' || figure.unit === '') return null;
  return `${figure.source.paragraphIndex}:${figure.source.quoteStart}:${figure.unit}:${figure.period ?? ''}`;
}

/**
 * Partition figures into groups that must stay on one slide (union of the relations above, restricted to
 * the figures given). Each group keeps document order; groups are ordered by their first figure.
 */
export function groupRelated<F extends GroupedFigure>(figures: readonly F[]): F[][] {
  const ordered = [...figures].sort((a, b) => a.index - b.index);
  const parent = new Map<string, string>(ordered.map((f) => [f.key, f.key]));
  const root = (key: string): string => {
    let at = key;
    for (let next = parent.get(at); next !== undefined && next !== at; next = parent.get(at)) at = next;
    return at;
  };
  const join = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return; // a figure outside this set does not pull anything in
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  };

  const firstOfList = new Map<string, string>();
  for (const figure of ordered) {
    for (const other of relatedKeys(figure)) join(figure.key, other);
    const list = listKeyOf(figure);
    if (list === null) continue;
    const first = firstOfList.get(list);
    if (first === undefined) firstOfList.set(list, figure.key);
    else join(first, figure.key);
  }

  const groups = new Map<string, F[]>();
  for (const figure of ordered) {
    const key = root(figure.key);
    const group = groups.get(key) ?? [];
    group.push(figure);
    groups.set(key, group);
  }
  // Map iteration follows insertion, i.e. the document order of each group's first figure.
  return [...groups.values()];
}
