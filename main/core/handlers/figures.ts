import { AppError } from '../../shared/result';
import { getBriefingSummary } from '../store/queries/briefings';
import { listFiguresOfBriefing, listFiguresOfSection } from '../store/queries/figures';
import type { Handler } from './types';

export const listFiguresHandler = (({ briefingId, sectionId }, { db }) => {
  if (!getBriefingSummary(db, briefingId)) throw new AppError('NOT_FOUND', `找不到编号为 ${briefingId} 的简报`);
  return sectionId === undefined ? listFiguresOfBriefing(db, briefingId) : listFiguresOfSection(db, briefingId, sectionId);
}) satisfies Handler<'figures:list'>;
