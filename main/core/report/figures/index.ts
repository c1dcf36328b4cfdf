/**
 * Figures of a report: every quantitative statement with its meaning (label, period, qualifier, relations,
 * rank) and its provenance (the sentence it was read from, with exact source offsets).
 *
 * Paragraphs are split into sentences, and each sentence is analysed on its own (sentence-analysis.ts), so
 * the work is linear in the length of the report.
 */
import type { ReportModel, ReportParagraph, TextMark } from '../../../shared/report';
import type { FigureDraft, RelationDraft } from './draft';
import { DraftIds } from './draft';
import { KeyCounter } from './keys';
import { coveredYearOf, reportYearOf } from './report-year';
import { analyseSentence } from './sentence-analysis';
import { headingPeriod, listIntroPeriod, openingPeriod, type PeriodMark } from './periods';
import { sectionTopicOf } from './topics';
import { splitSentences, type Span } from './sentences';
import { SourceSpans } from './source-map';
import type { Figure, FigureRelation } from '../../../shared/figure';
import { countSteps } from './work-meter';

export type { Figure } from '../../../shared/figure';

interface PlacedParagraph {
  readonly paragraph: ReportParagraph;
  readonly partIndex: number;
  readonly sectionIndex: number | null;
  /** What the section (or, for a lead, the release) is about: the last resort for a label. */
  readonly topic: string;
  /** The headings the author wrote over the paragraph, the nearest first (the section's, the part's). */
  readonly headings: readonly string[];
}

export function extractFigures(report: ReportModel): Figure[] {
  return extractFiguresAs(report, (figure) => figure);
}

/**
 * The figures, each handed to `finish` as soon as it is made and kept only as `finish` returns it (the
 * importer places it in its paragraph's text, placement.ts). A large report has tens of thousands of
 * figures: made sentence by sentence, their drafts and the figures as first made are short-lived, and only
 * one form of each is kept — made all at once and then copied, a 5 MB report held three.
 *
 * Keys are numbered in document order (keys.ts), and a draft's relations name drafts of its own sentence
 * only (sentence-analysis.ts), so each sentence's figures are complete when the sentence is done.
 */
export function extractFiguresAs<T>(report: ReportModel, finish: (figure: Figure) => T): T[] {
  const ids = new DraftIds();
  const keys = new KeyCounter();
  const reportYear = reportYearOf(report);
  const coveredYear = coveredYearOf(report);
  const coveredPeriod = coveredYear === null ? null : wholeYear(coveredYear);
  const spans = new SourceSpans(report);
  const figures: T[] = [];
  const headingPeriods = new Map<string, PeriodMark | null>();
  const periodOfHeading = (heading: string): PeriodMark | null => {
    if (!headingPeriods.has(heading)) headingPeriods.set(heading, headingPeriod(heading, reportYear, coveredYear));
    return headingPeriods.get(heading) ?? null;
  };
  for (const place of paragraphsInOrder(report)) {
    const sentences = splitSentences(place.paragraph.text);
    const marks = marksBySentence(place.paragraph.marks, sentences);
    // The nearest heading that names a period dates what its paragraphs leave undated (a section's before its part's).
    const underHeading = place.headings.reduce<PeriodMark | null>((found, heading) => found ?? periodOfHeading(heading), null);
    // A heading naming a whole year (2024年预算执行情况) is what its paragraphs' 全年 and 年末 are of, as a bulletin's title is.
    const yearCovered = underHeading && WHOLE_YEAR.test(underHeading.text) ? Number.parseInt(underHeading.text, 10) : coveredYear;
    let paragraphPeriod: PeriodMark | null = null;
    let listPeriod: PeriodMark | null = null;
    let brokenDown: string | null = null;
    sentences.forEach((sentence, i) => {
      const text = place.paragraph.text.slice(sentence.start, sentence.end);
      const inheritedPeriod = listPeriod ?? paragraphPeriod ?? underHeading ?? coveredPeriod;
      const context = { sectionTopic: place.topic, reportYear, coveredYear: yearCovered, inheritedPeriod, brokenDown };
      // A sentence that opens with a date (前三季度，…) dates the ones after it, until another does.
      paragraphPeriod = openingPeriod(text, reportYear, yearCovered) ?? paragraphPeriod;
      // A list introduced by a colon runs from item to item (；) until a sentence ends otherwise.
      listPeriod = text.endsWith('；') ? (listPeriod ?? listIntroPeriod(text, reportYear, yearCovered)) : null;
      const drafts = inDocumentOrder(analyseSentence(text, marks[i] ?? [], ids, context));
      brokenDown = drafts.at(-1)?.subject ?? null;
      if (drafts.length === 0) return;
      const keyOf = new Map(drafts.map((draft) => [draft.id, keys.next(draft)]));
      const quoted = quotedSentence(report, spans, place.paragraph, sentence, text);
      for (const draft of drafts) figures.push(finish(toFigure(spans, place, quoted, draft, figures.length, keyOf)));
    });
  }
  return figures;
}

const WHOLE_YEAR = /^\d{4}年$/u;

/** The year a bulletin covers, as the period of a value that names none (it is at no place in the text). */
const wholeYear = (year: number): PeriodMark => ({ start: 0, end: 0, text: `${year}年`, role: 'period', basePeriod: null, span: false, scoped: false });

function paragraphsInOrder(report: ReportModel): PlacedParagraph[] {
  const places: PlacedParagraph[] = [];
  for (const part of report.parts) {
    const partTopic = sectionTopicOf(part.headline);
    // Headings the author wrote, not those derived from the text (their span is empty) nor the title as a headline.
    const partHeadings = part.headlineStart < part.headlineEnd && part.headline !== report.title ? [part.headline] : [];
    if (part.lead) places.push({ paragraph: part.lead, partIndex: part.index, sectionIndex: null, topic: partTopic, headings: partHeadings });
    for (const section of part.sections) {
      const topic = sectionTopicOf(section.heading) || partTopic;
      const headings = section.headingStart < section.headingEnd ? [section.heading, ...partHeadings] : partHeadings;
      for (const paragraph of section.paragraphs) places.push({ paragraph, partIndex: part.index, sectionIndex: section.index, topic, headings });
    }
  }
  if (report.closing) places.push({ paragraph: report.closing, partIndex: Math.max(0, report.parts.length - 1), sectionIndex: null, topic: '', headings: [] });
  return places.sort((a, b) => a.paragraph.index - b.paragraph.index);
}

/**
 * The paragraph's marks of each sentence, in sentence offsets. Marks and sentences are both in order and
 * marks do not nest, so one pass over both suffices (filtering all marks per sentence was quadratic in a
 * long paragraph of PM<sub>2.5</sub> sentences).
 */
function marksBySentence(marks: readonly TextMark[], sentences: readonly Span[]): TextMark[][] {
  let first = 0;
  return sentences.map((sentence) => {
    while (first < marks.length && (marks[first]?.end ?? Infinity) <= sentence.start) first++;
    const within: TextMark[] = [];
    for (let i = first; i < marks.length; i++) {
      countSteps();
      const mark = marks[i];
      if (!mark || mark.start >= sentence.end) break;
      within.push({ ...mark, start: mark.start - sentence.start, end: mark.end - sentence.start });
    }
    return within;
  });
}

/** By position of the value; a derived value comes right after the figure that implies it. */
function inDocumentOrder(drafts: readonly FigureDraft[]): readonly FigureDraft[] {
  const order = (a: FigureDraft, b: FigureDraft): number => a.anchor - b.anchor || Number(a.derived) - Number(b.derived);
  // Usually in order already: a sort allocates, and this runs for every sentence of a report.
  const ordered = drafts.every((draft, i) => i === 0 || order(drafts[i - 1] as FigureDraft, draft) <= 0);
  return ordered ? drafts : [...drafts].sort(order);
}

/** A sentence as its figures quote it: its span in the paragraph and in the source, and its text in each. */
interface QuotedSentence {
  readonly sentence: Span;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly quote: string;
  readonly quoteText: string;
}

/**
 * Made once per sentence and shared by its figures (three on average): a large report's figures are tens of
 * thousands, and each of their strings is one more object for the collector to carry. Where the source says
 * exactly what the paragraph shows, one string is both.
 */
function quotedSentence(report: ReportModel, spans: SourceSpans, paragraph: ReportParagraph, sentence: Span, text: string): QuotedSentence {
  const { start, end } = spans.span(paragraph, sentence.start, sentence.end);
  const quote = report.source.slice(start, end);
  return { sentence, sourceStart: start, sourceEnd: end, quote: quote === text ? text : quote, quoteText: text };
}

/** The relations of a figure that has none: one array for all of them (most figures have none). */
const NO_RELATIONS: readonly FigureRelation[] = Object.freeze([]);

function toFigure(
  spans: SourceSpans,
  place: PlacedParagraph,
  quoted: QuotedSentence,
  draft: FigureDraft,
  index: number,
  keyOf: ReadonlyMap<number, string>,
): Figure {
  const { paragraph } = place;
  const { sentence } = quoted;
  const value = spans.span(paragraph, sentence.start + draft.valueStart, sentence.start + draft.valueEnd);
  const figure: { -readonly [Field in keyof Figure]: Figure[Field] } = {
    key: keyOf.get(draft.id) ?? '',
    index,
    kind: draft.kind,
    value: draft.value,
    valueText: draft.valueText,
    unit: draft.unit,
    normalised: draft.normalised,
    label: draft.label,
    period: draft.period,
    qualifier: draft.qualifier,
    derived: draft.derived,
    relations: draft.relations.length === 0 ? NO_RELATIONS : draft.relations.map((relation) => toRelation(relation, keyOf)),
    rank: draft.rank,
    source: {
      sectionIndex: place.sectionIndex,
      partIndex: place.partIndex,
      paragraphIndex: paragraph.index,
      quote: quoted.quote,
      quoteText: quoted.quoteText,
      quoteStart: quoted.sourceStart,
      quoteEnd: quoted.sourceEnd,
      valueStart: value.start,
      valueEnd: value.end,
    },
  };
  // Set only when there is one (a figure has no base or meaning field otherwise), without spreading a
  // literal into the figure: this runs for every figure of an import.
  if (draft.base !== null) figure.base = draft.base;
  if (draft.meaning !== null) figure.meaning = draft.meaning;
  return figure;
}

function toRelation(relation: RelationDraft, keyOf: ReadonlyMap<number, string>): FigureRelation {
  switch (relation.type) {
    case 'before-after':
      return { type: 'before-after', role: relation.role, otherKey: keyOf.get(relation.otherId) ?? '' };
    case 'derived-from':
      return { type: 'derived-from', fromKeys: relation.fromIds.map((id) => keyOf.get(id) ?? ''), formula: relation.formula };
    case 'vs-nation':
      return {
        type: 'vs-nation',
        comparison: relation.comparison,
        nationKey: relation.nationId === null ? null : (keyOf.get(relation.nationId) ?? null),
        ...(relation.byId === undefined ? {} : { byKey: keyOf.get(relation.byId) ?? '' }),
        ...(relation.ofId === undefined ? {} : { ofKey: keyOf.get(relation.ofId) ?? '' }),
      };
  }
}
