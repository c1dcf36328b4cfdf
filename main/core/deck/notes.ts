import type { StoredBriefing } from '../../shared/briefing';
import { parseSlideId } from './ids';

/**
 * Speaker notes as the report gives them, before the presenter edits anything: every slide gets the
 * paragraphs it stands for, as plain text. All pages of one section get the whole section, since the
 * presenter talks through the same text whichever page is showing.
 */
export function defaultNotes(briefing: StoredBriefing, slideIds: readonly string[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const headlines = briefing.parts.map((part) => part.headline);
  for (const id of slideIds) {
    const slide = parseSlideId(id);
    if (!slide) continue;
    switch (slide.kind) {
      case 'cover':
        notes.set(id, [briefing.title, ...headlines]);
        break;
      case 'agenda':
        notes.set(id, headlines);
        break;
      case 'divider': {
        const lead = briefing.parts[slide.partNumber - 1]?.lead;
        notes.set(id, lead ? [lead.text] : []);
        break;
      }
      case 'content': {
        const section = briefing.parts[slide.partNumber - 1]?.sections[slide.sectionNumber - 1];
        notes.set(id, section ? section.paragraphs.map((p) => p.text) : []);
        break;
      }
      case 'closing':
        notes.set(id, briefing.closing ? [briefing.closing.text] : []);
        break;
    }
  }
  return notes;
}
