import type { Db } from '../connection';
import type { PlacedFigure, StoredFigure } from '../../../shared/figure';
import { meaningOfKey } from '../../report/figures/keys';

/** The stored report the figures belong to: its row ids and its paragraphs' text, by index in the model. */
export interface FigureRowIds {
  readonly sectionIds: ReadonlyMap<number, number>;
  readonly paragraphIds: ReadonlyMap<number, number>;
  readonly paragraphTexts: ReadonlyMap<number, string>;
}

/**
 * Insert a briefing's figures. Call inside the briefing's import transaction. Nothing is returned: what the
 * importer needs of the stored figures (the deck's length) it works out from the figures it has, and a large
 * report's tens of thousands of figures are not held twice.
 */
export function insertFigures(db: Db, briefingId: number, figures: readonly PlacedFigure[], ids: FigureRowIds): void {
  const insert = db.prepare(
    `INSERT INTO figures (briefing_id, section_id, paragraph_id, position, figure_key, detail_json) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const figure of figures) {
    const { source } = figure;
    const paragraphId = ids.paragraphIds.get(source.paragraphIndex);
    if (paragraphId === undefined) throw new Error(`figure ${figure.key} refers to unknown paragraph`);
    const sectionId = source.sectionIndex === null ? null : (ids.sectionIds.get(source.sectionIndex) ?? null);
    const detailJson = detailJsonOf(figure, ids.paragraphTexts.get(source.paragraphIndex) ?? '');
    insert.run(briefingId, sectionId, paragraphId, figure.index, figure.key, detailJson);
  }
}

/**
 * A figure as its row stores it: the JSON holds what the row's columns do not, and leaves out what reading
 * puts back. The key and the document position are the figure_key and position columns. A field at its
 * empty value (no period, qualifier, rank, not derived, no relations) is left out, and so is what the row
 * gives back otherwise (see CompactDetail): the label, period and unit its key names, the number as written
 * where it is the value's own digits, the normalised value where it is the value itself. Its sentence is text
 * the store already holds: as shown (`quoteText`), it is its paragraph's text over `quoteRange`, and as in
 * the source (`quote`) it is the same text unless the sentence has markup or a layout break; each is kept
 * only when it differs. Its offsets are two arrays (`at`, `in`, see CompactPlace) rather than objects with a
 * name for every number. A large report has tens of thousands of figures, and their JSON is most of the
 * bytes an import writes: a 5 MB report's figures table took 56 MB with every field, 44 MB with the sentence
 * and the empty fields left out, 30 MB with the offsets as arrays, and takes 21 MB with what the key and the
 * value give back left out (the whole store, 57 MB before, 50 MB).
 */
function detailJsonOf(figure: PlacedFigure, paragraphText: string): string {
  const { source } = figure;
  // Built field by field rather than by copying the figure without some fields: this runs for every figure
  // of an import, tens of thousands for a large report.
  const stored: Record<string, unknown> = { form: COMPACT_FORM, kind: figure.kind, value: figure.value };
  if (figure.valueText !== String(figure.value)) stored['valueText'] = figure.valueText;
  if (!keyGivesMeaning(figure)) {
    stored['label'] = figure.label;
    stored['unit'] = figure.unit;
    if (figure.period !== null) stored['period'] = figure.period;
    if (figure.derived) stored['derived'] = figure.derived;
  }
  if (figure.base !== undefined) stored['base'] = figure.base;
  if (figure.meaning !== undefined) stored['meaning'] = figure.meaning;
  const { normalised } = figure;
  if (normalised === null || normalised.value !== figure.value || normalised.unit !== figure.unit) stored['normalised'] = normalised;
  if (figure.qualifier !== null) stored['qualifier'] = figure.qualifier;
  if (figure.rank !== null) stored['rank'] = figure.rank;
  if (figure.relations.length > 0) stored['relations'] = figure.relations;
  const at: CompactPlace['at'] = [
    figure.valueRange.start, figure.valueRange.end, figure.quoteRange.start, figure.quoteRange.end,
    source.valueStart, source.valueEnd, source.quoteStart, source.quoteEnd,
  ];
  stored['at'] = at;
  stored['in'] = [source.partIndex, source.sectionIndex, source.paragraphIndex] satisfies CompactPlace['in'];
  if (source.quoteText !== sentenceShown(figure, paragraphText)) stored['quoteText'] = source.quoteText;
  if (source.quote !== source.quoteText) stored['quote'] = source.quote;
  return JSON.stringify(stored);
}

/** Rows that leave out what the key and the value give back say so (`form`): in rows before, a missing normalised value was none. */
const COMPACT_FORM = 2;

/** Whether the figure's key names exactly its label, period, unit and whether it is derived. */
function keyGivesMeaning(figure: PlacedFigure): boolean {
  const meaning = meaningOfKey(figure.key);
  return (
    meaning !== null &&
    meaning.label === figure.label &&
    meaning.period === figure.period &&
    meaning.unit === figure.unit &&
    meaning.derived === figure.derived
  );
}

/** The sentence as shown, from its paragraph's text: what reading puts back when the row leaves it out. */
const sentenceShown = (figure: Pick<PlacedFigure, 'quoteRange'>, paragraphText: string): string =>
  paragraphText.slice(figure.quoteRange.start, figure.quoteRange.end);

type StoredSource = Omit<PlacedFigure['source'], 'quote' | 'quoteText'> & { quote?: string; quoteText?: string };
/** Fields left out at their empty value (and, in rows written before that, all there). */
type LeftOut = 'key' | 'index' | 'normalised' | 'period' | 'qualifier' | 'rank' | 'derived' | 'relations';
/** Rows written before the offsets were arrays: the ranges and the source as objects. */
type StoredDetail = Omit<PlacedFigure, 'source' | LeftOut> & Partial<Pick<PlacedFigure, LeftOut>> & { source: StoredSource };

/**
 * Where a figure is, as rows written now hold it: `at` = [valueRange start, end, quoteRange start, end
 * (offsets in the paragraph's text), value start, end, quote start, end (offsets in the source)], `in` =
 * [part, section (null for a lead or the closing), paragraph], each an index in the report.
 */
interface CompactPlace {
  at: [number, number, number, number, number, number, number, number];
  in: [number, number | null, number];
  quote?: string;
  quoteText?: string;
}
/**
 * A row with its offsets as arrays. With `form` 2 it also leaves out the label, unit, period and derived
 * flag where its key names them (no label: they are the key's), the number as written where it is
 * String(value), and the normalised value where it is the value in its own unit (none is written as null).
 */
type CompactDetail = Omit<StoredDetail, 'source' | 'valueRange' | 'quoteRange' | 'label' | 'unit' | 'valueText'> &
  CompactPlace &
  Partial<Pick<StoredDetail, 'label' | 'unit' | 'valueText'>> & { form?: typeof COMPACT_FORM };

/** A row's JSON as a figure (still without key and position), whichever way the row was written. */
function detailOf(json: string, key: string): StoredDetail {
  const detail = JSON.parse(json) as StoredDetail | CompactDetail;
  if (!('at' in detail)) return detail;
  const { at, in: place, quote, quoteText, form, ...figure } = detail;
  const [valueFrom, valueTo, quoteFrom, quoteTo, valueStart, valueEnd, quoteStart, quoteEnd] = at;
  const [partIndex, sectionIndex, paragraphIndex] = place;
  const source: StoredSource = { sectionIndex, partIndex, paragraphIndex, quoteStart, quoteEnd, valueStart, valueEnd };
  if (quote !== undefined) source.quote = quote;
  if (quoteText !== undefined) source.quoteText = quoteText;
  const ranges = { valueRange: { start: valueFrom, end: valueTo }, quoteRange: { start: quoteFrom, end: quoteTo }, source };
  // Rows of the first compact form hold label, unit and the number as written (the empty string is no more than the type's due).
  if (form !== COMPACT_FORM) return { ...figure, label: figure.label ?? '', unit: figure.unit ?? '', valueText: figure.valueText ?? '', ...ranges };
  const named = figure.label === undefined ? meaningOfKey(key) : null;
  const unit = named?.unit ?? figure.unit ?? '';
  return {
    ...figure,
    ...(named === null ? {} : { period: named.period, derived: named.derived }),
    label: named?.label ?? figure.label ?? '',
    unit,
    valueText: figure.valueText ?? String(figure.value),
    normalised: figure.normalised === undefined ? { value: figure.value, unit } : figure.normalised,
    ...ranges,
  };
}

/** The figure of a stored row: its key and position from the columns, left-out fields and sentence put back. */
function withSentence(row: FigureRow, paragraphText: string): StoredFigure {
  const { source, ...figure } = detailOf(row.detailJson, row.figureKey);
  const quoteText = source.quoteText ?? sentenceShown(figure, paragraphText);
  return {
    key: row.figureKey,
    index: row.position,
    normalised: null,
    period: null,
    qualifier: null,
    rank: null,
    derived: false,
    relations: [],
    ...figure,
    source: { ...source, quote: source.quote ?? quoteText, quoteText },
    id: row.id,
    briefingId: row.briefingId,
    sectionId: row.sectionId,
    paragraphId: row.paragraphId,
  };
}

interface FigureRow {
  id: number;
  figureKey: string;
  position: number;
  briefingId: number;
  sectionId: number | null;
  paragraphId: number;
  detailJson: string;
}

const selectFigures = `SELECT id, figure_key AS figureKey, position, briefing_id AS briefingId, section_id AS sectionId, paragraph_id AS paragraphId,
                              detail_json AS detailJson
                       FROM figures`;

/** The text of the paragraphs the rows' figures come from, by paragraph row id. */
function paragraphTextsOf(db: Db, sql: string, ...params: number[]): Map<number, string> {
  return new Map(db.prepare(sql).raw().all(...params) as [number, string][]);
}

/** Every figure of a briefing, in document order. */
export function listFiguresOfBriefing(db: Db, briefingId: number): StoredFigure[] {
  const rows = db.prepare(`${selectFigures} WHERE briefing_id = ? ORDER BY position`).all(briefingId) as FigureRow[];
  const texts = paragraphTextsOf(db, 'SELECT id, text FROM paragraphs WHERE briefing_id = ?', briefingId);
  return rows.map((row) => withSentence(row, texts.get(row.paragraphId) ?? ''));
}

/** The figures of one section (by its row id), in document order. */
export function listFiguresOfSection(db: Db, briefingId: number, sectionId: number): StoredFigure[] {
  const rows = db
    .prepare(`${selectFigures} WHERE briefing_id = ? AND section_id = ? ORDER BY position`)
    .all(briefingId, sectionId) as FigureRow[];
  const texts = paragraphTextsOf(
    db,
    'SELECT id, text FROM paragraphs WHERE id IN (SELECT paragraph_id FROM figures WHERE briefing_id = ? AND section_id = ?)',
    briefingId,
    sectionId,
  );
  return rows.map((row) => withSentence(row, texts.get(row.paragraphId) ?? ''));
}
