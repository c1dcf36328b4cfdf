import { getBriefingHandler, getSourceHandler } from './briefings';
import {
  cancelImportHandler,
  deleteHandler,
  importHandler,
  importProgressHandler,
  listLibraryHandler,
  previewReimportHandler,
  reimportHandler,
  renameHandler,
  restoreHandler,
} from './library';
import { getDeckHandler, getPositionHandler, openDeckHandler, setPositionHandler } from './deck';
import {
  annotationHistoryHandler,
  createAnnotationHandler,
  deleteAnnotationHandler,
  exportAnnotationsHandler,
  importAnnotationsHandler,
  listAnnotationsHandler,
  restoreAnnotationHandler,
  updateAnnotationHandler,
} from './annotations';
import { applyEditsHandler, checkHandler, editedDeckHandler, redoHandler, undoHandler } from './deck-edits';
import { exportFileHandler } from './exports';
import { correctFigureHandler, listFiguresHandler, uncorrectFigureHandler } from './figures';
import { exportPackHandler, importPackHandler } from './packs';
import { searchHandler } from './search';
import { getSettingsHandler, setSettingsHandler } from './settings';
import type { HandlerTable } from './types';

/** One plain function per channel; the contract's `satisfies` check keeps this table complete. */
export const handlers = {
  'briefings:list': listLibraryHandler,
  'briefings:get': getBriefingHandler,
  'briefings:source': getSourceHandler,
  'briefings:import': importHandler,
  'briefings:importProgress': importProgressHandler,
  'briefings:cancelImport': cancelImportHandler,
  'briefings:reimport': reimportHandler,
  'briefings:previewReimport': previewReimportHandler,
  'briefings:rename': renameHandler,
  'briefings:delete': deleteHandler,
  'briefings:restore': restoreHandler,
  'figures:list': listFiguresHandler,
  'figures:correct': correctFigureHandler,
  'figures:uncorrect': uncorrectFigureHandler,
  'deck:get': getDeckHandler,
  'deck:open': openDeckHandler,
  'deck:getPosition': getPositionHandler,
  'deck:setPosition': setPositionHandler,
  'deck:edited': editedDeckHandler,
  'deck:applyEdits': applyEditsHandler,
  'deck:undo': undoHandler,
  'deck:redo': redoHandler,
  'deck:check': checkHandler,
  'packs:export': exportPackHandler,
  'packs:import': importPackHandler,
  'annotations:list': listAnnotationsHandler,
  'annotations:create': createAnnotationHandler,
  'annotations:update': updateAnnotationHandler,
  'annotations:delete': deleteAnnotationHandler,
  'annotations:restore': restoreAnnotationHandler,
  'annotations:history': annotationHistoryHandler,
  'annotations:export': exportAnnotationsHandler,
  'annotations:import': importAnnotationsHandler,
  'search:query': searchHandler,
  'exports:file': exportFileHandler,
  'settings:get': getSettingsHandler,
  'settings:set': setSettingsHandler,
} satisfies HandlerTable;
