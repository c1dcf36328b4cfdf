import type { Db } from '../store/connection';
import { requireBriefing } from '../store/queries/briefings';
import { insertCorrectionVersion, listCorrections, undoCorrectionVersion } from '../store/queries/figure-corrections';
import { listFiguresOfBriefing } from '../store/queries/figures';
import { inTransaction } from '../store/transaction';
import type { StoredFigure } from '../../shared/figure';
import { reviewFigures, type CorrectedFields, type FigureCorrections, type ReviewedFigure } from '../../shared/figure-corrections';
import { AppError } from '../../shared/result';

/**
 * Figure review: correcting a figure (label, period, unit, qualifier, or leaving it off the deck), undoing a
 * correction, and the briefing's figures with their corrections laid over them — what the deck, the check,
 * the exports and the source view all read, so a corrected figure reads the same everywhere.
 */

/** Every figure of the briefing, corrected (excluded ones included), and the corrections whose figure is gone. */
export function reviewedFigures(db: Db, briefingId: number, figures: readonly StoredFigure[] = listFiguresOfBriefing(db, briefingId)): FigureCorrections {
  return reviewFigures(figures, listCorrections(db, briefingId));
}

/** The figures a deck is built from: corrected, without the ones excluded from it. */
export function deckFigures(reviewed: FigureCorrections): ReviewedFigure[] {
  return reviewed.figures.filter((figure) => figure.correction?.excluded !== true);
}

export interface CorrectionRequest extends CorrectedFields {
  readonly figureKey: string;
  readonly excluded?: boolean;
}

/**
 * Save a figure's correction as the request states it (a field left out is as the report has it; a field
 * equal to the report's is not stored). Refused, with nothing changed, for an unknown figure, a correction
 * that changes nothing, or one the same as the correction in force. Returns the figure as now corrected.
 */
export function correctFigure(db: Db, briefingId: number, request: CorrectionRequest, author: string, now: Date = new Date()): ReviewedFigure {
  return inTransaction(db, () => {
    requireBriefing(db, briefingId);
    const figure = figureOf(db, briefingId, request.figureKey);
    const fields: { -readonly [K in keyof CorrectedFields]: CorrectedFields[K] } = {};
    if (request.label !== undefined && request.label !== figure.label) fields.label = request.label;
    if (request.period !== undefined && request.period !== figure.period) fields.period = request.period;
    if (request.unit !== undefined && request.unit !== figure.unit) fields.unit = request.unit;
    if (request.qualifier !== undefined && request.qualifier !== figure.qualifier) fields.qualifier = request.qualifier;
    const excluded = request.excluded ?? false;
    if (Object.keys(fields).length === 0 && !excluded) {
      throw new AppError('INVALID_INPUT', '更正与报告原文相同，未保存（要恢复报告原文，请用“撤销更正”）');
    }
    const current = reviewedFigures(db, briefingId, [figure]).figures[0]?.correction;
    if (current && current.excluded === excluded && JSON.stringify(sorted(current.fields)) === JSON.stringify(sorted(fields))) {
      throw new AppError('CONFLICT', '与当前的更正相同，未保存');
    }
    insertCorrectionVersion(db, briefingId, figure.key, { fields, excluded, author }, now.toISOString());
    return reviewedOne(db, briefingId, figure);
  });
}

/** 撤销更正: the figure's correction in force is undone (the one before it, if any, is in force again). */
export function uncorrectFigure(db: Db, briefingId: number, figureKey: string, now: Date = new Date()): ReviewedFigure {
  return inTransaction(db, () => {
    requireBriefing(db, briefingId);
    const figure = figureOf(db, briefingId, figureKey);
    if (!undoCorrectionVersion(db, briefingId, figureKey, now.toISOString())) throw new AppError('CONFLICT', '这项数据没有可撤销的更正');
    return reviewedOne(db, briefingId, figure);
  });
}

function figureOf(db: Db, briefingId: number, figureKey: string): StoredFigure {
  const figure = listFiguresOfBriefing(db, briefingId).find((f) => f.key === figureKey);
  if (!figure) throw new AppError('NOT_FOUND', `简报中没有这项数据（${figureKey}），未更正`);
  return figure;
}

function reviewedOne(db: Db, briefingId: number, figure: StoredFigure): ReviewedFigure {
  return reviewedFigures(db, briefingId, [figure]).figures[0] ?? figure;
}

const sorted = (fields: CorrectedFields): [string, unknown][] => Object.entries(fields).sort(([a], [b]) => a.localeCompare(b));
