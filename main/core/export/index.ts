import { fileNameOf } from '../../shared/file-names';
import { loadDeck } from '../deck/load';
import { AppError } from '../../shared/result';
import type { Db } from '../store/connection';
import { listAnnotations } from '../store/queries/annotations';
import { briefingNotFound, getBriefing } from '../store/queries/briefings';
import { reviewedFigures } from '../deck/corrections';
import { exportMimeTypes, type ExportedBinary, type ExportFileFormat } from '../../shared/exports';
import { annotationRows } from './annotation-rows';
import { figuresCsv } from './csv';
import { figureRows } from './figure-rows';
import { buildPresentation } from './pptx/build';
import type { QuotedFigure } from './pptx/notes';
import { figuresWorkbook } from './xlsx';

/**
 * A briefing as a file for Office or WPS: the slides as PowerPoint, the figures as Excel or CSV. The bytes
 * only: writing them is the caller's (the CLI's atomic write, or the desktop app's save dialog).
 *
 * A briefing without figures still has slides (cover, agenda, parts, and the sections' key sentences), so it
 * exports as a presentation; a figures table of it would be empty and is refused instead.
 */
export async function exportBriefing(db: Db, briefingId: number, format: ExportFileFormat): Promise<ExportedBinary> {
  const briefing = getBriefing(db, briefingId);
  const deck = briefing ? loadDeck(db, briefingId) : null;
  if (!briefing || !deck) throw briefingNotFound(briefingId);
  // As corrected: the table's label, period, unit and qualifier are the corrected ones, the correction beside them.
  const { figures } = reviewedFigures(db, briefingId);
  const fileName = `${fileNameOf(briefing.title)}.${format}`;
  const file = (bytes: Uint8Array): ExportedBinary => ({ fileName, mimeType: exportMimeTypes[format], bytes });

  if (format === 'pptx') {
    const quoted = new Map<string, QuotedFigure>(figures.map((figure) => [figure.key, { ...figure, quote: figure.source.quoteText }]));
    // The deck as presented: a slide the presenter hid is not handed on either.
    const shown = deck.slides.filter((slide) => !slide.hidden);
    return file(await buildPresentation({ title: briefing.title, slides: shown, figures: quoted }));
  }
  if (figures.length === 0) {
    throw new AppError('INVALID_INPUT', `简报“${briefing.title}”没有提取到任何数据，无法导出数据表（可以导出为 PowerPoint）`);
  }
  const rows = figureRows(briefing, figures);
  if (format === 'csv') return file(figuresCsv(rows));
  const annotations = annotationRows(listAnnotations(db, { briefingId, includeDeleted: false }), deck.slides, figures);
  return file(await figuresWorkbook({ title: briefing.title, figures: rows, annotations }));
}
