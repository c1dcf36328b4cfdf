import { loadDeck, openingBriefingId, resumePosition } from '../deck/load';
import { AppError } from '../../shared/result';
import type { Db } from '../store/connection';
import { briefingNotFound } from '../store/queries/briefings';
import { loadEditedDeck } from '../deck/edits/service';
import { getLastSlide, setLastSlide } from '../store/queries/deck';
import { markOpened } from '../store/queries/library';
import type { Handler } from './types';

/**
 * How many slides the briefing's deck has as presented (slides the presenter added count); throws NOT_FOUND
 * for a briefing that does not exist.
 */
function slideCount(db: Db, briefingId: number): number {
  return loadEditedDeck(db, briefingId).deck.slides.length;
}

export const getDeckHandler = (({ briefingId }, { db }) => {
  const deck = loadDeck(db, briefingId);
  if (!deck) throw briefingNotFound(briefingId);
  return deck;
}) satisfies Handler<'deck:get'>;

/**
 * The deck to open: the briefing asked for when it still exists (the one the app showed last), else the
 * first of the store; null when the store holds none. Its remembered slide comes along, and the library
 * notes that it was opened (上次打开).
 */
export const openDeckHandler = (({ briefingId }, { db }) => {
  const id = openingBriefingId(db, briefingId);
  if (id === null) return null;
  // One read of the briefing and its figures: the deck, whose length also bounds the remembered slide.
  const deck = loadDeck(db, id);
  if (!deck) throw briefingNotFound(id);
  markOpened(db, id, new Date().toISOString());
  return { deck, lastSlide: resumePosition(getLastSlide(db, id), deck.slides.length) };
}) satisfies Handler<'deck:open'>;

export const getPositionHandler = (({ briefingId }, { db }) => ({
  lastSlide: resumePosition(getLastSlide(db, briefingId), slideCount(db, briefingId)),
})) satisfies Handler<'deck:getPosition'>;

export const setPositionHandler: Handler<'deck:setPosition'> = ({ briefingId, slide }, { db }) => {
  const count = slideCount(db, briefingId);
  if (slide >= count) {
    throw new AppError('INVALID_INPUT', `输入无效 — 没有第 ${slide + 1} 张幻灯片：该简报共 ${count} 张（位置 0—${count - 1}）`);
  }
  setLastSlide(db, briefingId, slide, new Date().toISOString());
  return { lastSlide: slide };
};
