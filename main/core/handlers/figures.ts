import { requireBriefing } from '../store/queries/briefings';
import { listFiguresOfBriefing, listFiguresOfSection } from '../store/queries/figures';
import type { Handler } from './types';

export const listFiguresHandler = (({ briefingId, sectionId }, { db }) => {
  requireBriefing(db, briefingId);
  return sectionId === undefined ? listFiguresOfBriefing(db, briefingId) : listFiguresOfSection(db, briefingId, sectionId);
}) satisfies Handler<'figures:list'>;
