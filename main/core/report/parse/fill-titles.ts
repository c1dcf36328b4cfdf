/**
 * Every part and section gets a title before the model is built: a part without a headline, a run of
 * paragraphs under no heading (a press release of plain paragraphs) are named from their text, and a long
 * headingless run is split into a few topics first (see derived-titles.ts). A derived title is not in the
 * source: its span is empty, at the place where the heading would stand.
 */
import type { PartDraft, SectionDraft } from './assemble';
import { titleOfParagraphs, topicStarts } from './derived-titles';

export function fillMissingTitles(parts: PartDraft[], title: string): void {
  for (const part of parts) {
    part.sections = part.sections.flatMap((section) => (section.heading === '' ? namedTopics(section, part) : [section]));
    distinguish(part.sections);
    if (part.headline === '') {
      const texts = [...(part.lead ? [part.lead.text] : []), ...part.sections.flatMap((section) => section.paragraphs.map((p) => p.text))];
      part.headline = parts.length === 1 && title !== '' ? title : firstHeading(part) ?? titleOfParagraphs(texts);
    }
  }
}

function namedTopics(section: SectionDraft, part: PartDraft): SectionDraft[] {
  const texts = section.paragraphs.map((paragraph) => paragraph.text);
  const starts = topicStarts(texts);
  if (starts.length === 1) {
    // The only run of a part with a headline is what the headline says.
    const heading = part.sections.length === 1 && part.headline !== '' ? part.headline : titleOfParagraphs(texts);
    return [{ ...section, heading }];
  }
  return starts.map((start, i) => {
    const paragraphs = section.paragraphs.slice(start, starts[i + 1] ?? section.paragraphs.length);
    const at = paragraphs[0]?.sourceStart ?? section.headingStart;
    return { ...section, heading: titleOfParagraphs(paragraphs.map((p) => p.text)), headingStart: at, headingEnd: at, paragraphs };
  });
}

/** A headline-less part among several is named after its first section, when that one has a heading. */
function firstHeading(part: PartDraft): string | null {
  const first = part.sections[0];
  return first && first.headingStart !== first.headingEnd ? first.heading : null;
}

/** Two sections of a part never share a title: a repeated derived one is marked as continued. */
function distinguish(sections: SectionDraft[]): void {
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.heading) && section.headingStart === section.headingEnd) section.heading = `${section.heading}（续）`;
    seen.add(section.heading);
  }
}
