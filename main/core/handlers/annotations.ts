import { exportAnnotations } from '../annotations/exchange';
import {
  annotationHistory,
  createAnnotation,
  deleteAnnotation,
  listBriefingAnnotations,
  restoreAnnotation,
  updateAnnotationContent,
} from '../annotations/service';
import { importAnnotations } from '../annotations/w3c-import';
import { requireBriefing } from '../store/queries/briefings';
import type { Handler } from './types';

export const listAnnotationsHandler = ((input, { db }) => listBriefingAnnotations(db, input)) satisfies Handler<'annotations:list'>;

export const createAnnotationHandler = ((input, { db }) => createAnnotation(db, input)) satisfies Handler<'annotations:create'>;

export const updateAnnotationHandler = ((input, { db }) => updateAnnotationContent(db, input)) satisfies Handler<'annotations:update'>;

export const deleteAnnotationHandler = ((input, { db }) => deleteAnnotation(db, input)) satisfies Handler<'annotations:delete'>;

export const restoreAnnotationHandler = (({ id }, { db }) => restoreAnnotation(db, id)) satisfies Handler<'annotations:restore'>;

export const annotationHistoryHandler = (({ id }, { db }) => annotationHistory(db, id)) satisfies Handler<'annotations:history'>;

export const exportAnnotationsHandler = (({ briefingId, ids, format }, { db }) =>
  exportAnnotations(db, { briefingId, ids }, format)) satisfies Handler<'annotations:export'>;

export const importAnnotationsHandler = (({ text, briefingId }, { db }) => {
  if (briefingId !== undefined) requireBriefing(db, briefingId);
  return importAnnotations(db, text, { briefingId });
}) satisfies Handler<'annotations:import'>;
