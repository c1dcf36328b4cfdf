import { AppError } from '../../shared/result';
import type { Db } from '../store/connection';
import { listAllAnnotations, listAnnotations, listAnnotationsByIds } from '../store/queries/annotations';
import { briefingNotFound, getBriefingSummary, listBriefings } from '../store/queries/briefings';
import { listCorrections } from '../store/queries/figure-corrections';
import { toMarkdown } from './markdown';
import type { Annotation } from '../../shared/annotations';
import { reportIndexOf } from './report-index';
import { toW3CCollection } from './w3c';
import { fileNameOf } from '../../shared/file-names';
import type { ExportedFile, ExportFormat } from '../../shared/annotations';

export interface ExportSelection {
  /** One briefing's annotations; all briefings when absent. */
  readonly briefingId?: number | undefined;
  /** Only these annotations (of that briefing, when one is given). */
  readonly ids?: readonly string[] | undefined;
}

/**
 * One file with the selected annotations, for a colleague (JSON-LD, deleted ones as tombstones so the
 * deletion travels too) or for reading (Markdown, deleted ones left out).
 */
export function exportAnnotations(db: Db, selection: ExportSelection, format: ExportFormat, now = new Date()): ExportedFile {
  const briefings = new Map(listBriefings(db).map((b) => [b.id, b]));
  const { briefingId } = selection;
  if (briefingId !== undefined && !briefings.has(briefingId)) throw briefingNotFound(briefingId);
  const annotations = selectAnnotations(db, selection);
  const title = briefingId === undefined ? '全部简报' : (getBriefingSummary(db, briefingId)?.title ?? '');
  const stamp = now.toISOString().slice(0, 10).replaceAll('-', '');
  const baseName = `批注_${fileNameOf(title)}_${stamp}`;
  const live = annotations.filter((a) => a.deletedAt === null);
  const ink = live.filter((a) => a.anchor.kind === 'ink').length;
  const counts = { notes: live.length - ink, ink };

  if (format === 'jsonld') {
    const sources = new Map([...briefings].map(([id, b]) => [id, b.sourceSha256]));
    const collection = toW3CCollection(annotations, sources, `批注：${title}`, now);
    const text = `${JSON.stringify(collection, null, 2)}\n`;
    return { fileName: `${baseName}.jsonld`, mimeType: 'application/ld+json', text, ...counts };
  }
  const ids = briefingId === undefined ? [...new Set(annotations.map((a) => a.briefingId))] : [briefingId];
  const text = ids
    .map((id) => {
      const index = reportIndexOf(db, id);
      if (!index) throw briefingNotFound(id);
      const own = annotations.filter((a) => a.briefingId === id);
      // The corrections alone: the report index already holds the figures they are laid over.
      const corrections = new Map(listCorrections(db, id).map((correction) => [correction.figureKey, correction]));
      return toMarkdown(briefings.get(id)?.title ?? '', index, own, now, corrections);
    })
    .join('\n');
  return {
    fileName: `${baseName}.md`,
    mimeType: 'text/markdown; charset=utf-8',
    text: text === '' ? '（没有批注）\n' : text,
    ...counts,
  };
}

function selectAnnotations(db: Db, { briefingId, ids }: ExportSelection): Annotation[] {
  if (ids === undefined) {
    return briefingId === undefined ? listAllAnnotations(db) : listAnnotations(db, { briefingId, includeDeleted: true });
  }
  const found = listAnnotationsByIds(db, ids).filter((a) => briefingId === undefined || a.briefingId === briefingId);
  const foundIds = new Set(found.map((a) => a.id));
  const missing = ids.filter((id) => !foundIds.has(id));
  if (missing.length > 0) {
    const where = briefingId === undefined ? '' : `编号为 ${briefingId} 的简报中`;
    throw new AppError('NOT_FOUND', `${where}找不到批注 ${missing.slice(0, 3).join('、')}${missing.length > 3 ? ' 等' : ''}`);
  }
  return found;
}

