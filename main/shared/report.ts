/**
 * The structured model of a report, as parsed from its source text.
 *
 * Offsets are UTF-16 code-unit offsets into the report's source text (JavaScript string indices), so
 * `source.slice(start, end)` gives back the exact span that a paragraph, heading or quote came from.
 */

/** An inline mark on a paragraph's plain text, e.g. the "2.5" of PM<sub>2.5</sub>. */
export interface TextMark {
  readonly kind: 'sub' | 'sup';
  /** Offsets into the paragraph's plain `text`. */
  readonly start: number;
  readonly end: number;
}

export type ParagraphRole = 'lead' | 'body' | 'closing';

export interface ReportParagraph {
  /** Position in document order over the whole report, 0-based. */
  readonly index: number;
  readonly role: ParagraphRole;
  /** Plain text as shown on screen: inline markup removed (PM<sub>2.5</sub> → PM2.5), layout breaks rejoined. */
  readonly text: string;
  readonly marks: readonly TextMark[];
  /** Exact source span: `source.slice(sourceStart, sourceEnd)`, markup and any rejoined break included. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** A sentence that the layout broke across two source paragraphs and that the parser joined again. */
export interface ParagraphJoin {
  /** Index of the resulting (joined) paragraph. */
  readonly paragraphIndex: number;
  /** Source offset where the first fragment ends and where the second begins. */
  readonly breakStart: number;
  readonly breakEnd: number;
  /** The last characters before and the first after the break, for a readable record ("投用8" / "个国家级"). */
  readonly before: string;
  readonly after: string;
}

export interface ReportSection {
  /** Position in document order over the whole report, 0-based. */
  readonly index: number;
  readonly partIndex: number;
  readonly heading: string;
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly paragraphs: readonly ReportParagraph[];
}

/** One release of the page: a `## ` headline, a lead (本报讯…) paragraph and its sections. */
export interface ReportPart {
  readonly index: number;
  /** The headline as written, e.g. 内蒙古民生福祉实现“四个显著提升”. */
  readonly headline: string;
  /** The slogan inside the headline's quotes, e.g. 四个显著提升; null when the headline has none. */
  readonly slogan: string | null;
  readonly headlineStart: number;
  readonly headlineEnd: number;
  readonly lead: ReportParagraph | null;
  readonly sections: readonly ReportSection[];
}

export interface ReportModel {
  /** The page title (the first non-heading line), e.g. “十四五”成就. */
  readonly title: string;
  readonly parts: readonly ReportPart[];
  /** The closing line of the page (e.g. 内蒙古答卷), null when there is none. */
  readonly closing: ReportParagraph | null;
  readonly joins: readonly ParagraphJoin[];
  /** The verbatim source text the offsets refer to. */
  readonly source: string;
}
