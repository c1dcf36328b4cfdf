/**
 * Slide ids. They are built only from positions in the report (part, section within the part, page), never
 * from row ids, so a re-import of the same report gives the same ids and the notes stored for a slide stay
 * attached to it. Positions are 1-based, as a presenter counts them.
 */

export const coverSlideId = 'cover';
export const agendaSlideId = 'agenda';
export const closingSlideId = 'closing';

export const dividerSlideId = (partNumber: number): string => `part-${partNumber}`;

export const contentSlideId = (partNumber: number, sectionNumber: number, page: number): string =>
  `section-${partNumber}-${sectionNumber}-p${page}`;

export type ParsedSlideId =
  | { readonly kind: 'cover' | 'agenda' | 'closing' }
  | { readonly kind: 'divider'; readonly partNumber: number }
  | { readonly kind: 'content'; readonly partNumber: number; readonly sectionNumber: number; readonly page: number };

/** The inverse of the builders above; null for anything else (e.g. an id from a future version). */
export function parseSlideId(id: string): ParsedSlideId | null {
  if (id === coverSlideId) return { kind: 'cover' };
  if (id === agendaSlideId) return { kind: 'agenda' };
  if (id === closingSlideId) return { kind: 'closing' };
  const divider = /^part-([1-9]\d*)$/.exec(id);
  if (divider) return { kind: 'divider', partNumber: Number(divider[1]) };
  const content = /^section-([1-9]\d*)-([1-9]\d*)-p([1-9]\d*)$/.exec(id);
  if (content) {
    return { kind: 'content', partNumber: Number(content[1]), sectionNumber: Number(content[2]), page: Number(content[3]) };
  }
  return null;
}

/**
 * Slide keys: what deck edits are stored against. Unlike ids they hold no position, so a section inserted
 * before another, or a figure added to a section, leaves the keys of the other slides as they were: a part
 * is its headline, a section its heading, the first page of a section is the section itself and each later
 * page is named by the first figure it prints (figure keys are built from meaning, see report/figures/keys.ts).
 * A key that no longer names a slide after a re-import is how an edit learns it no longer applies.
 */
export const partKey = (headline: string): string => `part:${headline}`;

export const sectionKey = (heading: string): string => `section:${heading}`;

export const contentSlideKey = (ofSection: string, page: number, firstFigureKey: string | null): string =>
  page === 1 || firstFigureKey === null ? ofSection : `${ofSection}>${firstFigureKey}`;

/** Slides the presenter adds (free text) have keys of their own namespace, numbered as they are added. */
export const textSlideKey = (n: number): string => `text:${n}`;

export const isTextSlideKey = (key: string): boolean => /^text:[1-9]\d*$/.test(key);

/**
 * Make keys unique in order of appearance: a second part or section with the same name gets “#2”, as a
 * second figure of the same meaning does.
 */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}
