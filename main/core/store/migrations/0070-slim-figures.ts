import type { Migration } from './types';

/** Columns of `figures` that were written on every import and never read: the figure lives in detail_json. */
export const unreadFigureColumns = [
  'kind',
  'value',
  'value_text',
  'unit',
  'label',
  'period',
  'qualifier',
  'derived',
  'quote',
  'quote_start',
  'quote_end',
] as const;

/**
 * Figures are read whole, from detail_json, which can grow without a migration; eleven columns copied what
 * it holds and no query ever read them. They go. What stays is what the store reads or guards: the row and
 * its links (briefing, section, paragraph), the document order (position, ORDER BY) and the figure key,
 * whose uniqueness within a briefing annotations rely on.
 */
export const slimFigures: Migration = {
  version: 70,
  name: 'slim-figures',
  up(db) {
    // Column names are this file's own constants, never input: ALTER TABLE takes no bound parameters.
    for (const column of unreadFigureColumns) db.exec(`ALTER TABLE figures DROP COLUMN ${column}`);
  },
};
