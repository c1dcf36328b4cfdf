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
