/**
 * The library of briefings as the renderer and the core both see it: what it lists about each briefing,
 * what importing a report file, a new version of one, renaming and deleting answer, and the limits they
 * are checked against.
 */
import type { BriefingListing } from './briefing';
import type { DocumentFormat } from './documents';

/** A briefing as the library lists it (briefings:list): its listing and what the library shows about it. */
export interface LibraryEntry extends BriefingListing {
  /** What the file was read as; null when its importer did not say (then the file name's extension tells). */
  readonly sourceFormat: DocumentFormat | null;
  /** A text file's encoding (utf-8, gb18030, …); null for other formats or when not recorded. */
  readonly sourceEncoding: string | null;
  readonly figureCount: number;
  readonly slideCount: number;
  /** Live annotations (deleted notes are not counted). */
  readonly annotationCount: number;
  /** When the app last opened it; null when never (since the library existed). */
  readonly openedAt: string | null;
  /** Set while it is deleted but can still be brought back (until the app next starts). */
  readonly deletedAt: string | null;
}

/** What an import is doing: reading the file, reading its structure and figures, building and storing the deck. */
export type ImportStage = 'read' | 'analyse' | 'build';

export const importStages: readonly ImportStage[] = ['read', 'analyse', 'build'];

/** The stages as the progress dialog names them. */
export const importStageLabels: Readonly<Record<ImportStage, string>> = {
  read: '读取文件',
  analyse: '分析结构与数据',
  build: '生成幻灯片',
};

/** A running import, as `briefings:importProgress` reports it; `stage` is null once it has ended (or never ran). */
export interface ImportProgress {
  readonly stage: ImportStage | null;
  /** Someone asked to cancel: it stops before the next stage. */
  readonly cancelling: boolean;
}

export type ImportOutcome =
  | {
      readonly kind: 'imported';
      readonly briefingId: number;
      readonly title: string;
      readonly figureCount: number;
      readonly slideCount: number;
    }
  /** The library already holds this very report: nothing was stored; the app offers to open that one. */
  | { readonly kind: 'duplicate'; readonly briefingId: number; readonly title: string; readonly importedAt: string }
  /** Cancelled before anything was stored. */
  | { readonly kind: 'cancelled' };

export type ReimportOutcome =
  | {
      readonly kind: 'reimported';
      readonly briefingId: number;
      readonly title: string;
      readonly figureCount: number;
      readonly slideCount: number;
      /** Annotations placed on the new version, and those kept as orphans because their anchor is gone. */
      readonly attached: number;
      readonly orphaned: number;
      /** Deck edits the new version leaves without their slide or figure (kept, listed by deck:edited and deck:check). */
      readonly editsOrphaned: number;
    }
  /** The file holds the report the briefing already has: nothing changed. */
  | { readonly kind: 'unchanged'; readonly briefingId: number; readonly title: string }
  | { readonly kind: 'cancelled' };

export const libraryLimits = {
  /** A briefing's title as renamed. */
  titleChars: 200,
  /** A file name as the import takes it (no folders). */
  fileNameChars: 255,
} as const;
