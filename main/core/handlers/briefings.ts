import { briefingNotFound, getBriefing, getSourceText } from '../store/queries/briefings';
import type { Handler } from './types';

export const getBriefingHandler = (({ id }, { db }) => {
  const briefing = getBriefing(db, id);
  if (!briefing) throw briefingNotFound(id);
  return briefing;
}) satisfies Handler<'briefings:get'>;

export const getSourceHandler = (({ id }, { db }) => {
  const text = getSourceText(db, id);
  if (text === null) throw briefingNotFound(id);
  return { text };
}) satisfies Handler<'briefings:source'>;
