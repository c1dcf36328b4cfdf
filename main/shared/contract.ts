import { z } from 'zod';
import { rowId } from './row-id';
import type { Channel } from './channels';
import * as annotationSchemas from './annotation-schemas';
import * as librarySchemas from './library-schemas';
import * as editSchemas from './deck-edit-schemas';
import type { Annotation, AnnotationRevision, AuthorSettings, ExportedFile, ImportCounts, SearchResult } from './annotations';
import type { StoredBriefing } from './briefing';
import type { ImportOutcome, ImportProgress, LibraryEntry, ReimportOutcome } from './library';
import type { Deck } from './deck';
import type { DeckCheck, EditedDeck } from './deck-edits';
import type { PackExport, PackImportOutcome } from './packs';
import type { ReviewedFigure } from './figure-corrections';
import * as correctionSchemas from './figure-correction-schemas';
import type { ReimportPreviewOutcome } from './reimport-preview';
import { exportFileInput, type ExportedBinary } from './exports';

/** Marks a channel's result type; the value only exists to carry the type. */
const returns = <T>(): T => undefined as T;

/** A slide's 0-based position in the deck; whether it exists in the deck is the handler's check. */
const slideIndex = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * The one contract between the renderer and the app: each channel's input schema and result type.
 * The handler table must satisfy it; the preload and the browser host are derived from it.
 */
export const contract = {
  /** The library, oldest first; with `includeDeleted`, also what was deleted and can still be brought back. */
  'briefings:list': { input: librarySchemas.listInput, result: returns<LibraryEntry[]>() },
  'briefings:get': { input: z.object({ id: rowId }).strict(), result: returns<StoredBriefing>() },
  'briefings:source': { input: z.object({ id: rowId }).strict(), result: returns<{ text: string }>() },
  /** A report file's bytes (at most 20 MB) and name: a new briefing, or the one that already has this report. */
  'briefings:import': { input: librarySchemas.importInput, result: returns<ImportOutcome>() },
  'briefings:importProgress': { input: librarySchemas.jobInput, result: returns<ImportProgress>() },
  /** `cancelling` false: the import has ended (stored its briefing, or been refused); nothing is left to stop. */
  'briefings:cancelImport': { input: librarySchemas.jobInput, result: returns<{ cancelling: boolean }>() },
  /** 导入新版本: the briefing's report replaced by the file's, its annotations re-anchored. */
  'briefings:reimport': { input: librarySchemas.reimportInput, result: returns<ReimportOutcome>() },
  /** What briefings:reimport of the same file would change (figures, the slides, edits and notes they touch); stores nothing. */
  'briefings:previewReimport': { input: librarySchemas.reimportInput, result: returns<ReimportPreviewOutcome>() },
  'briefings:rename': { input: librarySchemas.renameInput, result: returns<LibraryEntry>() },
  /** Deleted for now: briefings:restore brings it back until the app next starts. */
  'briefings:delete': { input: librarySchemas.idInput, result: returns<LibraryEntry>() },
  'briefings:restore': { input: librarySchemas.idInput, result: returns<LibraryEntry>() },
  /** The figures as corrected (each with its `correction`, excluded ones included), in document order. */
  'figures:list': {
    input: z.object({ briefingId: rowId, sectionId: rowId.optional() }).strict(),
    result: returns<ReviewedFigure[]>(),
  },
  /** 更正: a figure's label, period, unit, qualifier or exclusion from the deck, signed with the author name; the figure as now corrected. */
  'figures:correct': { input: correctionSchemas.correctInput, result: returns<ReviewedFigure>() },
  /** 撤销更正: the figure's correction in force undone (the one before it, if any, is in force again). */
  'figures:uncorrect': { input: correctionSchemas.uncorrectInput, result: returns<ReviewedFigure>() },
  'deck:get': { input: z.object({ briefingId: rowId }).strict(), result: returns<Deck>() },
  /** What the app shows on start, in one round trip: the asked briefing (else the first) and where it was left. */
  'deck:open': {
    input: z.object({ briefingId: rowId.optional() }).strict(),
    result: returns<{ deck: Deck; lastSlide: number | null } | null>(),
  },
  'deck:getPosition': {
    input: z.object({ briefingId: rowId }).strict(),
    result: returns<{ lastSlide: number | null }>(),
  },
  'deck:setPosition': {
    input: z.object({ briefingId: rowId, slide: slideIndex }).strict(),
    result: returns<{ lastSlide: number }>(),
  },
  /** The deck as presented (the presenter's edits laid over the generated deck), its undo state and the edits a re-import left without their slide. */
  'deck:edited': { input: editSchemas.briefingInput, result: returns<EditedDeck>() },
  /** A list of edits (shared/deck-edits.ts) applied as one undo step: all of them, or none with each bad one named. */
  'deck:applyEdits': { input: editSchemas.applyEditsInput, result: returns<EditedDeck>() },
  'deck:undo': { input: editSchemas.briefingInput, result: returns<EditedDeck>() },
  'deck:redo': { input: editSchemas.briefingInput, result: returns<EditedDeck>() },
  /** 检查: numbers on the deck that are no stored figure, edits and figures a re-import left behind. */
  'deck:check': { input: editSchemas.briefingInput, result: returns<DeckCheck>() },
  /** A prepared briefing as one .briefing file (report, notes, deck edits, annotations), as bytes. */
  'packs:export': { input: editSchemas.briefingInput, result: returns<PackExport>() },
  /** A .briefing file's bytes: its briefing added, or the one already here brought up to it. */
  'packs:import': { input: editSchemas.packImportInput, result: returns<PackImportOutcome>() },
  'annotations:list': { input: annotationSchemas.listInput, result: returns<Annotation[]>() },
  'annotations:create': { input: annotationSchemas.createInput, result: returns<Annotation>() },
  'annotations:update': { input: annotationSchemas.updateInput, result: returns<Annotation>() },
  'annotations:delete': { input: annotationSchemas.deleteInput, result: returns<Annotation>() },
  'annotations:restore': { input: annotationSchemas.idInput, result: returns<Annotation>() },
  'annotations:history': { input: annotationSchemas.idInput, result: returns<AnnotationRevision[]>() },
  'annotations:export': { input: annotationSchemas.exportInput, result: returns<ExportedFile>() },
  'annotations:import': { input: annotationSchemas.importInput, result: returns<ImportCounts>() },
  'search:query': { input: annotationSchemas.searchInput, result: returns<SearchResult[]>() },
  /** The briefing as a PowerPoint, Excel or CSV file: its name and bytes, for the caller to save. */
  'exports:file': { input: exportFileInput, result: returns<ExportedBinary>() },
  'settings:get': { input: z.object({}).strict(), result: returns<AuthorSettings>() },
  'settings:set': { input: annotationSchemas.settingsSetInput, result: returns<AuthorSettings>() },
} satisfies Record<Channel, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type ChannelResult<K extends Channel> = Contract[K]['result'];
export type { Channel } from './channels';
