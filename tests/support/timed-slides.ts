import type { ContentSlide, DividerSlide, Slide } from '../../main/shared/deck';

/**
 * Small decks for the time plan's tests: a cover, then per part a divider and its sections' pages, each slide
 * keyed as the core keys them (part:N, section pages page:S:N with sectionKey S).
 */
const base = { notes: [], steps: 0, minutes: null } as const;

export function cover(key = 'cover'): Slide {
  return { ...base, kind: 'cover', id: key, key, title: '封面', region: null, period: null, subtitle: null };
}

export function divider(partIndex: number, minutes: number | null = null): DividerSlide {
  const key = `part:${partIndex}`;
  return { ...base, kind: 'divider', id: key, key, title: `第${partIndex + 1}部分`, partIndex, headline: `第${partIndex + 1}部分`, slogan: null, sections: [], minutes };
}

export function page(partIndex: number, section: string, n: number, options: { minutes?: number | null; hidden?: boolean } = {}): ContentSlide {
  const key = `page:${section}:${n}`;
  return {
    ...base,
    kind: 'content',
    id: key,
    key,
    title: `${section} ${n}`,
    partIndex,
    partHeadline: `第${partIndex + 1}部分`,
    sectionId: 1,
    sectionKey: section,
    heading: section,
    page: n,
    pages: 2,
    cards: [],
    chart: null,
    points: [],
    minutes: options.minutes ?? null,
    hidden: options.hidden ?? false,
  };
}
