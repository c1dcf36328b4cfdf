/**
 * From the page's blocks to the ReportModel: title, parts (a headline followed by a dateline paragraph),
 * sections (any other heading), body paragraphs and the closing line, each paragraph with its source map.
 */
import type { ParagraphJoin, ReportModel, ReportParagraph, ReportPart, ReportSection } from '../../../shared/report';
import { isByline, isClosingLine, isLeadParagraph, isTitleLine, sloganOf } from './conventions';
import { joinBreaks } from './joins';
import { paragraphSourceMap, type ParagraphSourceMap } from './mapped-text';
import { fillMissingTitles } from './fill-titles';
import { readBlocks, type Block, type ParagraphBlock } from './markdown';

export interface ParsedReport {
  readonly report: ReportModel;
  /** Source maps of the report's paragraphs, by paragraph index. */
  readonly maps: ReadonlyMap<number, ParagraphSourceMap>;
}

export function parseWithSourceMaps(source: string): ParsedReport {
  const collected = readBlocks(source);

  let title = '';
  let firstBody = 0;
  const first = collected[0];
  if (first?.kind === 'paragraph' && isTitleLine(first.content.text)) {
    title = first.content.text;
    firstBody = 1;
  } else if (first?.kind === 'heading' && first.depth === 1) {
    title = first.content.text;
    firstBody = 1;
  }

  const blocks = joinBreaks(collected, firstBody);
  const last = blocks[blocks.length - 1];
  const closingBlock =
    blocks.length - 1 >= firstBody && last?.kind === 'paragraph' && last.join === null && isClosingLine(last.content.text) && blocks.length - firstBody > 1
      ? last
      : null;

  const partDepth = partHeadingDepth(blocks, firstBody);
  const builder = new ModelBuilder();
  for (let i = firstBody; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind === 'heading') {
      const next = blocks[i + 1];
      if (next?.kind === 'paragraph' && isLeadParagraph(next.content.text)) {
        builder.openPart(block.content.text, block.contentStart, block.contentEnd);
        builder.addLead(next);
        i++;
      } else if (block.depth === partDepth) builder.openPart(block.content.text, block.contentStart, block.contentEnd);
      else builder.openSection(block.content.text, block.contentStart, block.contentEnd);
    } else if (block === closingBlock) {
      builder.closing = builder.paragraph(block, 'closing');
    } else if (builder.parts.length === 0 && isByline(block.content.text)) {
      continue; // who issued the report, or when: the cover's business, no slide of its own
    } else if (builder.parts.length === 0 && isLeadParagraph(block.content.text)) {
      builder.openPart('', block.start, block.start); // a release without a headline
      builder.addLead(block);
    } else builder.addBody(block);
  }

  fillMissingTitles(builder.parts, title);
  const parts = builder.builtParts();
  const report: ReportModel = { title: title || (parts[0]?.headline ?? ''), parts, closing: builder.closing, joins: builder.joins, source };
  return { report, maps: builder.maps };
}

/**
 * The depth of the headings that open parts, when the page says so by its heading levels or its numbering
 * rather than by datelines: a report with headings at two or more depths (一、 above （一）, Heading 1 above
 * Heading 2), or with headings at one depth numbered as official documents number their parts (一、 二、,
 * 第一部分), and no heading followed by a dateline. Null otherwise: then a dateline opens a part, as on a
 * newspaper page, and every other heading a section.
 */
function partHeadingDepth(blocks: readonly Block[], firstBody: number): number | null {
  const depths = new Set<number>();
  let partNumbered = 0;
  for (let i = firstBody; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'heading') continue;
    const next = blocks[i + 1];
    if (next?.kind === 'paragraph' && isLeadParagraph(next.content.text)) return null;
    depths.add(block.depth);
    if (block.numbering === 'han' || block.numbering === 'chapter') partNumbered++;
  }
  if (depths.size >= 2) return Math.min(...depths);
  const [depth] = depths;
  return depth !== undefined && partNumbered >= 2 ? depth : null;
}

export interface SectionDraft {
  index: number;
  heading: string;
  headingStart: number;
  headingEnd: number;
  paragraphs: ReportParagraph[];
}

export interface PartDraft {
  index: number;
  headline: string;
  headlineStart: number;
  headlineEnd: number;
  lead: ReportParagraph | null;
  sections: SectionDraft[];
}

class ModelBuilder {
  readonly parts: PartDraft[] = [];
  readonly joins: ParagraphJoin[] = [];
  readonly maps = new Map<number, ParagraphSourceMap>();
  closing: ReportParagraph | null = null;
  private paragraphCount = 0;
  private sectionCount = 0;

  openPart(heading: string, start: number, end: number): void {
    this.parts.push({ index: this.parts.length, headline: heading, headlineStart: start, headlineEnd: end, lead: null, sections: [] });
  }

  openSection(heading: string, start: number, end: number): void {
    if (this.parts.length === 0) this.openPart('', start, start); // a page that starts without a release headline
    const part = this.parts[this.parts.length - 1];
    part?.sections.push({ index: this.sectionCount++, heading, headingStart: start, headingEnd: end, paragraphs: [] });
  }

  paragraph(block: ParagraphBlock, role: ReportParagraph['role']): ReportParagraph {
    const { content } = block;
    const paragraph: ReportParagraph = {
      index: this.paragraphCount++,
      role,
      text: content.text,
      marks: content.marks,
      sourceStart: block.start,
      sourceEnd: block.end,
    };
    this.maps.set(paragraph.index, paragraphSourceMap(content));
    if (block.join) this.joins.push({ paragraphIndex: paragraph.index, ...block.join });
    return paragraph;
  }

  addLead(block: ParagraphBlock): void {
    const part = this.parts[this.parts.length - 1];
    if (part) part.lead = this.paragraph(block, 'lead');
  }

  addBody(block: ParagraphBlock): void {
    const part = this.parts[this.parts.length - 1];
    if (!part || part.sections.length === 0) this.openSection('', block.start, block.start);
    const current = this.parts[this.parts.length - 1];
    current?.sections[current.sections.length - 1]?.paragraphs.push(this.paragraph(block, 'body'));
  }

  builtParts(): ReportPart[] {
    let sectionIndex = 0; // sections split into topics are numbered again, in document order
    return this.parts.map((part) => ({
      index: part.index,
      headline: part.headline,
      slogan: sloganOf(part.headline),
      headlineStart: part.headlineStart,
      headlineEnd: part.headlineEnd,
      lead: part.lead,
      sections: part.sections.map(
        (section): ReportSection => ({ ...section, index: sectionIndex++, partIndex: part.index, paragraphs: section.paragraphs }),
      ),
    }));
  }
}
