/**
 * A stored briefing as the briefing channels answer it (briefings:list, briefings:get): the report's parts,
 * sections and paragraphs with their row ids, as the renderer and the core both read them.
 */
import type { ReportParagraph, TextMark } from './report';

export interface BriefingSummary {
  readonly id: number;
  readonly uid: string;
  readonly title: string;
  readonly sourceName: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
  readonly sectionCount: number;
}

export interface StoredParagraph {
  readonly id: number;
  readonly position: number;
  readonly role: ReportParagraph['role'];
  readonly text: string;
  readonly marks: readonly TextMark[];
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

export interface StoredSection {
  readonly id: number;
  readonly position: number;
  readonly heading: string;
  readonly paragraphs: readonly StoredParagraph[];
}

export interface StoredPart {
  readonly id: number;
  readonly position: number;
  readonly headline: string;
  readonly slogan: string | null;
  readonly lead: StoredParagraph | null;
  readonly sections: readonly StoredSection[];
}

export interface StoredBriefing extends BriefingSummary {
  readonly parts: readonly StoredPart[];
  readonly closing: StoredParagraph | null;
}

/** A briefing as listed: its summary plus the IRI its annotations target (see annotations/source-iri.ts). */
export interface BriefingListing extends BriefingSummary {
  /** `urn:sha256:<source_sha256>`: the same on every machine that imported the same report text. */
  readonly source: string;
}
