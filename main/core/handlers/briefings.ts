import { AppError } from '../result';
import { getBriefing, getSourceText, listBriefings } from '../store/queries/briefings';
import type { Handler } from './types';

export const listBriefingsHandler: Handler<'briefings:list'> = (_input, { db }) => listBriefings(db);

export const getBriefingHandler: Handler<'briefings:get'> = ({ id }, { db }) => {
  const briefing = getBriefing(db, id);
  if (!briefing) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的简报`);
  return briefing;
};

export const getSourceHandler: Handler<'briefings:source'> = ({ id }, { db }) => {
  const text = getSourceText(db, id);
  if (text === null) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的简报`);
  return { text };
};
