import { currentAuthor } from '../annotations/author';
import { correctFigure, reviewedFigures, uncorrectFigure } from '../deck/corrections';
import { requireBriefing } from '../store/queries/briefings';
import type { Handler } from './types';

export const listFiguresHandler = (({ briefingId, sectionId }, { db }) => {
  requireBriefing(db, briefingId);
  const { figures } = reviewedFigures(db, briefingId);
  return sectionId === undefined ? [...figures] : figures.filter((figure) => figure.sectionId === sectionId);
}) satisfies Handler<'figures:list'>;

/** Signed with the author name annotations are signed with (settings:set authorName). */
export const correctFigureHandler = (({ briefingId, ...request }, { db }) => correctFigure(db, briefingId, request, currentAuthor(db))) satisfies Handler<'figures:correct'>;

export const uncorrectFigureHandler = (({ briefingId, figureKey }, { db }) => uncorrectFigure(db, briefingId, figureKey)) satisfies Handler<'figures:uncorrect'>;
