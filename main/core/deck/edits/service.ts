import type { StoredBriefing } from '../../../shared/briefing';
import type { DeckCheck, EditedDeck } from '../../../shared/deck-edits';
import type { Db } from '../../store/connection';
import { briefingNotFound, getBriefing, getBriefingSummary } from '../../store/queries/briefings';
import { appendEditBatch, appliedBatch, lastBatch, listAppliedEdits, setAppliedBatch, type StoredDeckEdit } from '../../store/queries/deck-edits';
import { listCorrections } from '../../store/queries/figure-corrections';
import { listFiguresOfBriefing } from '../../store/queries/figures';
import { deckFigures } from '../corrections';
import { reviewFigures, type FigureCorrections } from '../../../shared/figure-corrections';
import { inTransaction } from '../../store/transaction';
import { AppError } from '../../../shared/result';
import { planDeck, type DeckPlan } from '../build';
import { notesOfBriefing } from '../stored-notes';
import { presentDeck } from './present';
import { applyNewEdits, replayEdits } from './replay';
import { checkDeck } from './check';
import { generatedState, type DeckState } from './state';

/**
 * The store side of deck edits: the deck as presented (generated deck + the edits in force), applying a
 * batch of new edits, undo and redo. Each is one read or one transaction.
 */

interface Replayed {
  readonly briefing: StoredBriefing;
  readonly state: DeckState;
  /** The edits in force, as laid over the deck. */
  readonly edits: readonly StoredDeckEdit[];
  readonly orphans: EditedDeck['orphans'];
  readonly reviewed: FigureCorrections;
}

interface Generated {
  readonly stamp: string;
  readonly briefing: StoredBriefing;
  readonly plan: DeckPlan;
  /** The figures with their corrections, as the deck was planned from them. */
  readonly reviewed: FigureCorrections;
}

/**
 * The generated deck of each briefing, per store, kept while the briefing's report and title stay the same:
 * reading the report and its figures back and planning the deck is most of the work of a deck read, and an
 * edit changes neither. Only ever read, never changed (the edit state copies what it changes).
 */
const generatedDecks = new WeakMap<Db, Map<number, Generated>>();

function generatedDeck(db: Db, briefingId: number): Generated {
  const summary = getBriefingSummary(db, briefingId);
  if (!summary) throw briefingNotFound(briefingId);
  // A correction changes what the deck shows of a figure (or whether it shows it): part of the stamp.
  const corrections = listCorrections(db, briefingId);
  const stamp = JSON.stringify([summary.sourceSha256, summary.importedAt, summary.title, corrections]);
  const cache = generatedDecks.get(db) ?? new Map<number, Generated>();
  generatedDecks.set(db, cache);
  const cached = cache.get(briefingId);
  if (cached?.stamp === stamp) return cached;
  const briefing = getBriefing(db, briefingId);
  if (!briefing) throw briefingNotFound(briefingId);
  const reviewed = reviewFigures(listFiguresOfBriefing(db, briefingId), corrections);
  const generated = { stamp, briefing, plan: planDeck(briefing, deckFigures(reviewed)), reviewed };
  cache.set(briefingId, generated);
  return generated;
}

function replayStored(db: Db, briefingId: number): Replayed {
  const { briefing, plan, reviewed } = generatedDeck(db, briefingId);
  const state = generatedState(plan, notesOfBriefing(db, briefing, plan.slides.map(({ slide }) => slide.id)));
  const edits = listAppliedEdits(db, briefingId);
  const orphans = replayEdits(state, edits);
  return { briefing, state, edits, orphans, reviewed };
}

function edited(db: Db, { briefing, state, orphans }: Replayed): EditedDeck {
  const applied = appliedBatch(db, briefing.id);
  return { deck: presentDeck(briefing, state), canUndo: applied > 0, canRedo: lastBatch(db, briefing.id) > applied, orphans };
}

/** The deck as presented, with where its edit history stands; throws NOT_FOUND for an unknown briefing. */
export function loadEditedDeck(db: Db, briefingId: number): EditedDeck {
  return edited(db, replayStored(db, briefingId));
}

/**
 * Apply a list of edits as one undo step: all of them, or — when any is malformed or cannot apply — none,
 * with every bad one named. The store is written only when all apply.
 */
export function applyDeckEdits(db: Db, briefingId: number, raw: readonly unknown[], now: Date = new Date()): EditedDeck {
  return inTransaction(db, () => {
    const replayed = replayStored(db, briefingId);
    const accepted = applyNewEdits(replayed.state, raw);
    appendEditBatch(db, briefingId, accepted, now.toISOString());
    return edited(db, replayed);
  });
}

/** Undo the last applied batch of edits; refused (nothing changes) when there is none. */
export function undoDeckEdit(db: Db, briefingId: number, now: Date = new Date()): EditedDeck {
  return moveCursor(db, briefingId, -1, now);
}

/** Redo the batch undone last; refused when nothing was undone (or a new edit dropped what was). */
export function redoDeckEdit(db: Db, briefingId: number, now: Date = new Date()): EditedDeck {
  return moveCursor(db, briefingId, +1, now);
}

function moveCursor(db: Db, briefingId: number, step: -1 | 1, now: Date): EditedDeck {
  return inTransaction(db, () => {
    if (!getBriefing(db, briefingId)) throw briefingNotFound(briefingId);
    const applied = appliedBatch(db, briefingId);
    const target = applied + step;
    if (target < 0) throw new AppError('CONFLICT', '没有可撤销的修改');
    if (target > lastBatch(db, briefingId)) throw new AppError('CONFLICT', '没有可重做的修改');
    setAppliedBatch(db, briefingId, target, now.toISOString());
    return loadEditedDeck(db, briefingId);
  });
}

/** The consistency check (检查) of the deck as presented. */
export function checkBriefingDeck(db: Db, briefingId: number): DeckCheck {
  const replayed = replayStored(db, briefingId);
  const deck = presentDeck(replayed.briefing, replayed.state);
  return checkDeck(replayed.state, deck.slides, replayed.reviewed, replayed.edits, replayed.orphans);
}
