/**
 * What an annotation is, and what the annotation channels answer: types (plus limits), shared by the core
 * and the renderer.
 *
 * An annotation hangs on one anchor of a briefing's report:
 * - a slide, by its stable slide id (`section-1-2-p1`), with the heading and figure keys it showed so it can
 *   find its way back after a re-import that renumbers slides;
 * - a figure, by its stable figure key, with the quote of the figure's sentence as a fallback;
 * - a quote of the report text, as a W3C TextQuoteSelector (exact + prefix/suffix) plus a
 *   TextPositionSelector hint (start/end are UTF-16 offsets into the report source text);
 * - ink strokes drawn on a slide.
 */

/** A W3C TextQuoteSelector with its TextPositionSelector hint, both relative to the report source text. */
export interface QuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /**
   * Where the quote is in the source (TextPositionSelector, UTF-16 offsets, end exclusive). Null only for a
   * quote imported without one that could not be found in the report (an orphan).
   */
  readonly position: { readonly start: number; readonly end: number } | null;
}

/** What a slide showed when it was annotated: lets a slide anchor survive renumbered slides. */
export interface SlideContext {
  /** Section heading (content slide), part headline (divider), else the slide title; null if unknown. */
  readonly heading: string | null;
  readonly figureKeys: readonly string[];
}

/** One point of a stroke: x and y normalised to the slide (0..1, origin top left) and pen pressure 0..1. */
export type InkPoint = readonly [x: number, y: number, pressure: number];

export interface InkStroke {
  readonly tool: 'pen' | 'highlighter';
  /** CSS colour `#rrggbb`. */
  readonly colour: string;
  /** Line width as a fraction of the slide width (0.004 ≈ 8 px on a 1920 px slide). */
  readonly width: number;
  readonly points: readonly InkPoint[];
}

export type AnnotationAnchor =
  | { readonly kind: 'slide'; readonly slideId: string; readonly context: SlideContext }
  | { readonly kind: 'figure'; readonly figureKey: string; readonly quote: QuoteSelector | null }
  | { readonly kind: 'quote'; readonly quote: QuoteSelector }
  | {
      readonly kind: 'ink';
      readonly slideId: string;
      readonly context: SlideContext;
      readonly strokes: readonly InkStroke[];
    };

export type AnchorKind = AnnotationAnchor['kind'];

/** Where an anchor lands in the current report; all null (and `orphan`) when it no longer fits anywhere. */
export interface AnnotationPlacement {
  readonly slideId: string | null;
  readonly paragraphId: number | null;
  /** For quotes: the quoted span in the paragraph's plain `text` (what the UI highlights). */
  readonly textRange: { readonly start: number; readonly end: number } | null;
  /** True when a re-import left nothing for the anchor to attach to; the annotation is kept, never dropped. */
  readonly orphan: boolean;
}

/** The editable content of an annotation: what a revision records. */
export interface AnnotationContent {
  readonly anchor: AnnotationAnchor;
  readonly body: string;
  readonly author: string;
  readonly tags: readonly string[];
  /** CSS colour `#rrggbb`, or null for the default. */
  readonly colour: string | null;
  /** When this version was written; also moves on a delete or a restore (it orders versions in a merge). */
  readonly updatedAt: string;
  /**
   * When the text (body, tags or colour) was last changed, null if never since it was written: what
   * "（已修改）" shows. Deleting and restoring are not edits, so they leave it as it was.
   */
  readonly editedAt: string | null;
  readonly deletedAt: string | null;
}

export interface Annotation extends AnnotationContent, AnnotationPlacement {
  /** UUID (lower case); exported as `urn:uuid:<id>`. */
  readonly id: string;
  readonly briefingId: number;
  readonly createdAt: string;
}

export type RevisionReason = 'update' | 'delete' | 'restore' | 'import';

/** A version an annotation had before it was replaced. */
export interface AnnotationRevision extends AnnotationContent {
  readonly annotationId: string;
  /** When this version stopped being the current one (for 'import': when the older version arrived). */
  readonly supersededAt: string;
  /** What replaced it: a local update/delete/restore, or a colleague's version merged by import. */
  readonly reason: RevisionReason;
}

export const annotationLimits = {
  bodyChars: 4000,
  tagCount: 20,
  tagChars: 32,
  authorChars: 64,
  strokeCount: 500,
  pointsPerStroke: 5000,
  quoteChars: 4000,
  /** Characters of context kept on each side of a quote (W3C prefix/suffix). */
  quoteContextChars: 32,
  /**
   * The largest annotation file an import reads: 20 MB (20 × 1024 × 1024 bytes of UTF-8). A colleague's
   * file of thousands of notes is well under 1 MB; a larger one is refused before it is parsed, so a huge
   * file cannot hold the app up or fill the store.
   */
  importBytes: 20_971_520,
} as const;

/** The name that signs new notes (settings:get / settings:set). */
export interface AuthorSettings {
  readonly authorName: string;
  /** True while no name was set and the OS account name is used. */
  readonly authorNameIsDefault: boolean;
}

/** An annotations:export answer: the file to save, and what it holds. */
export interface ExportedFile {
  /** A suggested name for the save dialog. */
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
  /**
   * What the file holds, counted as the panel counts it: written notes, and ink strokes apart. Deleted
   * annotations are not counted: JSON-LD carries them as tombstones, with nothing of what they said, and
   * Markdown leaves them out.
   */
  readonly notes: number;
  readonly ink: number;
}

/** A piece of the matched text with the matches marked, as offsets (the UI renders them; no markup). */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

/**
 * One hit of search:query: a passage of the report (where to jump: the paragraph, the offset of the match in
 * its plain text, and the slide it is on) or a note (its id, and its slide).
 */
export type SearchResult =
  | {
      readonly kind: 'paragraph';
      readonly paragraphId: number;
      /** Offset and length of the first match in the paragraph's plain `text`. */
      readonly offset: number;
      readonly length: number;
      readonly slideId: string | null;
      readonly slideTitle: string | null;
      readonly snippet: Snippet;
    }
  | {
      readonly kind: 'annotation';
      readonly annotationId: string;
      readonly author: string;
      readonly tags: readonly string[];
      readonly slideId: string | null;
      readonly paragraphId: number | null;
      readonly snippet: Snippet;
    };

/** An item of an imported file that was not taken, and why (Chinese, for the user). */
export interface ImportSkip {
  /** 1-based position in the file, as the messages count. */
  readonly item: number;
  readonly id: string;
  readonly reason: string;
}

/** What an annotations:import did, counted as the panel reports it. */
export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  /** Notes here that a colleague's newer deletion (a tombstone) deleted. */
  readonly deleted: number;
  readonly unchanged: number;
  /**
   * Notes the file holds as they were before they were deleted here: the newer deletion stands, so they are
   * not restored (nor counted as unchanged). Their ids, for whoever wants them back (`annotations:restore`).
   */
  readonly deletedHere: readonly string[];
  readonly skipped: readonly ImportSkip[];
}

export type ExportFormat = 'jsonld' | 'markdown';
