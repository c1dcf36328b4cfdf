import { importReportFile, previewReimportFile, reimportReportFile } from '../briefings/import-file';
import { importJobs } from '../briefings/import-jobs';
import { deleteLibraryBriefing, listLibrary, renameLibraryBriefing, restoreLibraryBriefing } from '../briefings/library';
import type { Handler } from './types';

export const listLibraryHandler = (({ includeDeleted }, { db }) => listLibrary(db, includeDeleted ?? false)) satisfies Handler<'briefings:list'>;

export const importHandler = (({ fileName, bytes, jobId }, { db }) =>
  importReportFile(db, { fileName, bytes, jobId })) satisfies Handler<'briefings:import'>;

export const reimportHandler = (({ briefingId, fileName, bytes, jobId }, { db }) =>
  reimportReportFile(db, briefingId, { fileName, bytes, jobId })) satisfies Handler<'briefings:reimport'>;

export const previewReimportHandler = (({ briefingId, fileName, bytes, jobId }, { db }) =>
  previewReimportFile(db, briefingId, { fileName, bytes, jobId })) satisfies Handler<'briefings:previewReimport'>;

export const importProgressHandler = (({ jobId }, _context) => importJobs.progress(jobId)) satisfies Handler<'briefings:importProgress'>;

export const cancelImportHandler = (({ jobId }, _context) => ({ cancelling: importJobs.cancel(jobId) })) satisfies Handler<'briefings:cancelImport'>;

export const renameHandler = (({ id, title }, { db }) => renameLibraryBriefing(db, id, title)) satisfies Handler<'briefings:rename'>;

export const deleteHandler = (({ id }, { db }) => deleteLibraryBriefing(db, id)) satisfies Handler<'briefings:delete'>;

export const restoreHandler = (({ id }, { db }) => restoreLibraryBriefing(db, id)) satisfies Handler<'briefings:restore'>;
