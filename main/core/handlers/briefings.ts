import { AppError } from '../../shared/result';
import { getBriefing, getSourceText, listBriefings } from '../store/queries/briefings';
import type { Handler } from './types';

export const listBriefingsHandler = ((_input, { db }) => listBriefings(db)) satisfies Handler<'briefings:list'>;

export const getBriefingHandler = (({ id }, { db }) => {
  const briefing = getBriefing(db, id);
  if (!briefing) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的简报`);
  return briefing;
}) satisfies Handler<'briefings:get'>;

export const getSourceHandler = (({ id }, { db }) => {
  const text = getSourceText(db, id);
  if (text === null) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的简报`);
  return { text };
}) satisfies Handler<'briefings:source'>;
