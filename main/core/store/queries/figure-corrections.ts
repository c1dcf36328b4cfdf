import type { Db } from '../connection';
import type { CorrectedFields, FigureCorrection } from '../../../shared/figure-corrections';

/** Figure corrections (see migration 0100): versioned rows, the latest not undone in force. */

interface VersionRow {
  figureKey: string;
  version: number;
  fieldsJson: string;
  excluded: number;
  author: string;
  createdAt: string;
  firstAt: string;
}

/**
 * The corrections in force of a briefing, by figure key order of first correction: each figure's latest
 * version not undone, with when the figure was first corrected (its earliest version still in force).
 */
export function listCorrections(db: Db, briefingId: number): FigureCorrection[] {
  const rows = db
    .prepare(
      `SELECT c.figure_key AS figureKey, c.version, c.fields_json AS fieldsJson, c.excluded, c.author, c.created_at AS createdAt,
              (SELECT min(f.created_at) FROM figure_corrections f
               WHERE f.briefing_id = c.briefing_id AND f.figure_key = c.figure_key AND f.undone_at IS NULL) AS firstAt
       FROM figure_corrections c
       WHERE c.briefing_id = ? AND c.undone_at IS NULL
         AND c.version = (SELECT max(m.version) FROM figure_corrections m
                          WHERE m.briefing_id = c.briefing_id AND m.figure_key = c.figure_key AND m.undone_at IS NULL)
       ORDER BY firstAt, c.figure_key`,
    )
    .all(briefingId) as VersionRow[];
  return rows.map((row) => ({
    figureKey: row.figureKey,
    fields: JSON.parse(row.fieldsJson) as CorrectedFields,
    excluded: row.excluded === 1,
    author: row.author,
    createdAt: row.firstAt,
    updatedAt: row.createdAt,
    version: versionsInForce(db, briefingId, row.figureKey),
  }));
}

function versionsInForce(db: Db, briefingId: number, figureKey: string): number {
  return db
    .prepare('SELECT count(*) FROM figure_corrections WHERE briefing_id = ? AND figure_key = ? AND undone_at IS NULL')
    .pluck()
    .get(briefingId, figureKey) as number;
}

/** Store a new version of a figure's correction, in force from now. Call inside a transaction. */
export function insertCorrectionVersion(
  db: Db,
  briefingId: number,
  figureKey: string,
  correction: { readonly fields: CorrectedFields; readonly excluded: boolean; readonly author: string },
  createdAt: string,
): void {
  const version =
    (db.prepare('SELECT coalesce(max(version), 0) FROM figure_corrections WHERE briefing_id = ? AND figure_key = ?').pluck().get(briefingId, figureKey) as number) + 1;
  db.prepare(
    `INSERT INTO figure_corrections (briefing_id, figure_key, version, fields_json, excluded, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(briefingId, figureKey, version, JSON.stringify(correction.fields), correction.excluded ? 1 : 0, correction.author, createdAt);
}

/** Mark the figure's version in force undone; false when it has none. Call inside a transaction. */
export function undoCorrectionVersion(db: Db, briefingId: number, figureKey: string, undoneAt: string): boolean {
  const result = db
    .prepare(
      `UPDATE figure_corrections SET undone_at = ?
       WHERE briefing_id = ? AND figure_key = ? AND version =
         (SELECT max(version) FROM figure_corrections WHERE briefing_id = ? AND figure_key = ? AND undone_at IS NULL)`,
    )
    .run(undoneAt, briefingId, figureKey, briefingId, figureKey);
  return result.changes > 0;
}

/** One stored version, as a pack carries it. */
export interface StoredCorrectionVersion {
  readonly figureKey: string;
  readonly version: number;
  readonly fields: CorrectedFields;
  readonly excluded: boolean;
  readonly author: string;
  readonly createdAt: string;
  readonly undoneAt: string | null;
}

/** Every version of every correction of a briefing (undone ones included), for a pack. */
export function listCorrectionVersions(db: Db, briefingId: number): StoredCorrectionVersion[] {
  const rows = db
    .prepare(
      `SELECT figure_key AS figureKey, version, fields_json AS fieldsJson, excluded, author, created_at AS createdAt, undone_at AS undoneAt
       FROM figure_corrections WHERE briefing_id = ? ORDER BY figure_key, version`,
    )
    .all(briefingId) as (Omit<VersionRow, 'firstAt'> & { undoneAt: string | null })[];
  return rows.map(({ fieldsJson, excluded, ...row }) => ({ ...row, fields: JSON.parse(fieldsJson) as CorrectedFields, excluded: excluded === 1 }));
}

/** Replace a briefing's corrections by a pack's versions. Call inside a transaction. */
export function replaceCorrectionVersions(db: Db, briefingId: number, versions: readonly StoredCorrectionVersion[]): void {
  db.prepare('DELETE FROM figure_corrections WHERE briefing_id = ?').run(briefingId);
  const insert = db.prepare(
    `INSERT INTO figure_corrections (briefing_id, figure_key, version, fields_json, excluded, author, created_at, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const v of versions) insert.run(briefingId, v.figureKey, v.version, JSON.stringify(v.fields), v.excluded ? 1 : 0, v.author, v.createdAt, v.undoneAt);
}
