import type { Db } from '../connection';
import type { PlacedFigure, StoredFigure } from '../../../shared/figure';

export interface FigureRowIds {
  readonly sectionIds: ReadonlyMap<number, number>;
  readonly paragraphIds: ReadonlyMap<number, number>;
}

/**
 * Insert a briefing's figures. Call inside the briefing's import transaction. Returns them as stored, in
 * document order — what listFiguresOfBriefing would read back: the figures written (their JSON is plain
 * data) with their row ids — so the importer need not read and parse tens of thousands of rows it has just
 * written.
 */
export function insertFigures(db: Db, briefingId: number, figures: readonly PlacedFigure[], ids: FigureRowIds): StoredFigure[] {
  const insert = db.prepare(
    `INSERT INTO figures (briefing_id, section_id, paragraph_id, position, figure_key, detail_json) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const stored: StoredFigure[] = [];
  for (const figure of figures) {
    const { source } = figure;
    const paragraphId = ids.paragraphIds.get(source.paragraphIndex);
    if (paragraphId === undefined) throw new Error(`figure ${figure.key} refers to unknown paragraph`);
    const sectionId = source.sectionIndex === null ? null : (ids.sectionIds.get(source.sectionIndex) ?? null);
    const id = Number(insert.run(briefingId, sectionId, paragraphId, figure.index, figure.key, detailJsonOf(figure)).lastInsertRowid);
    stored.push({ ...figure, id, briefingId, sectionId, paragraphId });
  }
  // In the order listFiguresOfBriefing reads them (by position; a stable sort keeps equal ones as inserted, as the rowid does).
  return stored.sort((a, b) => a.index - b.index);
}

/**
 * A figure as its row stores it. The sentence is usually in it twice, as in the source (`quote`) and as shown
 * (`quoteText`), and the two are equal unless the sentence has markup or a layout break: then `quote` is left
 * out, and put back on reading. It is about a third of the figure's JSON, and a large report has tens of
 * thousands of figures.
 */
function detailJsonOf(figure: PlacedFigure): string {
  const { quote, ...source } = figure.source;
  return JSON.stringify(quote === source.quoteText ? { ...figure, source } : figure);
}

type StoredDetail = Omit<PlacedFigure, 'source'> & { source: Omit<PlacedFigure['source'], 'quote'> & { quote?: string } };

interface FigureRow {
  id: number;
  briefingId: number;
  sectionId: number | null;
  paragraphId: number;
  detailJson: string;
}

const selectFigures = `SELECT id, briefing_id AS briefingId, section_id AS sectionId, paragraph_id AS paragraphId,
                              detail_json AS detailJson
                       FROM figures`;

function toStoredFigure(row: FigureRow): StoredFigure {
  const { source, ...figure } = JSON.parse(row.detailJson) as StoredDetail;
  return {
    ...figure,
    source: { ...source, quote: source.quote ?? source.quoteText },
    id: row.id,
    briefingId: row.briefingId,
    sectionId: row.sectionId,
    paragraphId: row.paragraphId,
  };
}

/** Every figure of a briefing, in document order. */
export function listFiguresOfBriefing(db: Db, briefingId: number): StoredFigure[] {
  const rows = db.prepare(`${selectFigures} WHERE briefing_id = ? ORDER BY position`).all(briefingId) as FigureRow[];
  return rows.map(toStoredFigure);
}

/** The figures of one section (by its row id), in document order. */
export function listFiguresOfSection(db: Db, briefingId: number, sectionId: number): StoredFigure[] {
  const rows = db
    .prepare(`${selectFigures} WHERE briefing_id = ? AND section_id = ? ORDER BY position`)
    .all(briefingId, sectionId) as FigureRow[];
  return rows.map(toStoredFigure);
}
