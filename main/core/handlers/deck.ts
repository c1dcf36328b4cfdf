import { slideIdsOf } from '../deck/build';
import { loadDeck, openingBriefingId } from '../deck/load';
import { AppError } from '../../shared/result';
import type { Db } from '../store/connection';
import { getBriefing } from '../store/queries/briefings';
import { getLastSlide, setLastSlide } from '../store/queries/deck';
import { listFiguresOfBriefing } from '../store/queries/figures';
import type { Handler } from './types';

const notFound = (briefingId: number): AppError => new AppError('NOT_FOUND', `找不到编号为 ${briefingId} 的简报`);

/** How many slides the briefing's deck has; throws NOT_FOUND for a briefing that does not exist. */
function slideCount(db: Db, briefingId: number): number {
  const briefing = getBriefing(db, briefingId);
  if (!briefing) throw notFound(briefingId);
  return slideIdsOf(briefing, listFiguresOfBriefing(db, briefingId)).length;
}

export const getDeckHandler = (({ briefingId }, { db }) => {
  const deck = loadDeck(db, briefingId);
  if (!deck) throw notFound(briefingId);
  return deck;
}) satisfies Handler<'deck:get'>;

/**
 * The deck to open: the briefing asked for when it still exists (the one the app showed last), else the
 * first of the store; null when the store holds none. Its remembered slide comes along.
 */
export const openDeckHandler = (({ briefingId }, context) => {
  const id = openingBriefingId(context.db, briefingId);
  if (id === null) return null;
  const deck = getDeckHandler({ briefingId: id }, context);
  return { deck, lastSlide: getPositionHandler({ briefingId: id }, context).lastSlide };
}) satisfies Handler<'deck:open'>;

export const getPositionHandler = (({ briefingId }, { db }) => {
  const count = slideCount(db, briefingId);
  const lastSlide = getLastSlide(db, briefingId);
  // A position saved by an app that split the deck differently may point past its end: show the last slide.
  return { lastSlide: lastSlide === null ? null : Math.min(lastSlide, Math.max(count - 1, 0)) };
}) satisfies Handler<'deck:getPosition'>;

export const setPositionHandler: Handler<'deck:setPosition'> = ({ briefingId, slide }, { db }) => {
  const count = slideCount(db, briefingId);
  if (slide >= count) {
    throw new AppError('INVALID_INPUT', `输入无效 — 没有第 ${slide + 1} 张幻灯片：该简报共 ${count} 张（位置 0—${count - 1}）`);
  }
  setLastSlide(db, briefingId, slide, new Date().toISOString());
  return { lastSlide: slide };
};
