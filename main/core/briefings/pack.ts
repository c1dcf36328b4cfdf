/**
 * `.briefing` packs: one prepared briefing as one file (shared/packs.ts). The file is one UTF-8 JSON
 * document, `{"format":"briefing-pack","version":1,"sha256":…,"content":{…}}`, where sha256 is the SHA-256 of
 * the content as serialised. Figure corrections travel in an optional `corrections` field, written only when
 * the briefing has any: a pack without it is the version-1 pack every app reads. Everything in it is text (the report's source, notes, edits, the annotations as
 * their W3C JSON-LD file), so a JSON document needs no container library, reads in any editor, and the hash
 * tells a damaged or altered file from a sound one before anything is stored. The manifest's name tells a
 * pack from another JSON file; its version is refused when newer than this app's, as a newer store is.
 *
 * Importing is one transaction and keyed by the briefing's uid: a pack imported twice, or brought back to
 * the store it came from, updates the briefing it already made instead of adding another.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { exportAnnotations } from '../annotations/exchange';
import { fileNameOf } from '../../shared/file-names';
import { importAnnotations } from '../annotations/w3c-import';
import type { Db } from '../store/connection';
import { briefingNotFound } from '../store/queries/briefings';
import { upsertSlideNotes, listSlideNotes } from '../store/queries/deck';
import { clearDeckEdits, insertStoredEdits, listAppliedEdits, type StoredDeckEdit } from '../store/queries/deck-edits';
import { listCorrectionVersions, replaceCorrectionVersions } from '../store/queries/figure-corrections';
import { correctInput } from '../../shared/figure-correction-schemas';
import { recordLibraryFacts, renameBriefing, unmarkDeleted } from '../store/queries/library';
import { findBriefingByUid, getPackedBriefingRow } from '../store/queries/packs';
import { inTransaction } from '../store/transaction';
import { readDeckEdit } from '../../shared/deck-edit-schemas';
import { storedFormats } from '../store/migrations/0080-library';
import { AppError } from '../../shared/result';
import { packFormat, packTooLarge, type PackExport, type PackImportOutcome } from '../../shared/packs';
import { analyseForStore, storeAnalysed } from './import';
import { countSlides } from './library';
import { replaceAnalysed } from './reimport';

const packContent = z
  .object({
    briefing: z
      .object({
        uid: z.string().regex(/^[0-9a-f-]{36}$/i),
        title: z.string().min(1).max(500),
        renamedAt: z.string().nullable(),
        sourceName: z.string().min(1).max(1000),
        sourceText: z.string().min(1),
        sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
        importedAt: z.string().refine((text) => !Number.isNaN(Date.parse(text)), '时间无效'),
        sourceFormat: z.enum(storedFormats).nullable(),
        sourceEncoding: z.string().max(40).nullable(),
      })
      .strict(),
    notes: z.array(z.object({ slideId: z.string().min(1).max(64), body: z.array(z.string()), updatedAt: z.string() }).strict()),
    edits: z.array(
      z
        .object({
          batch: z.number().int().positive(),
          edit: z.unknown(),
          context: z.object({ title: z.string().nullable(), figureKeys: z.array(z.string()).readonly() }).strict(),
          createdAt: z.string(),
        })
        .strict(),
    ),
    annotations: z.string(),
    /** Every version of the figure corrections (undone ones too, so the history goes along); absent when none. */
    corrections: z
      .array(
        z
          .object({
            figureKey: correctInput.shape.figureKey,
            version: z.number().int().positive(),
            fields: correctInput.pick({ label: true, period: true, unit: true, qualifier: true }).strict(),
            excluded: z.boolean(),
            author: z.string().max(200),
            createdAt: z.string(),
            undoneAt: z.string().nullable(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

type PackContent = z.infer<typeof packContent>;
/** A pack's content once read: every edit checked. */
type ReadPack = Omit<PackContent, 'edits'> & { readonly edits: readonly StoredDeckEdit[] };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The pack of a live briefing: its report as imported, the presenter's notes, its deck edits and its annotations. */
export function exportPack(db: Db, briefingId: number, now = new Date()): PackExport {
  const briefing = getPackedBriefingRow(db, briefingId);
  if (!briefing) throw briefingNotFound(briefingId);
  const notes = [...listSlideNotes(db, briefingId).values()]
    .filter((note) => note.origin === 'user')
    .map(({ slideId, body, updatedAt }) => ({ slideId, body, updatedAt }));
  const edits = listAppliedEdits(db, briefingId).map(({ batch, edit, context, createdAt }) => ({ batch, edit, context, createdAt }));
  const annotations = exportAnnotations(db, { briefingId }, 'jsonld', now).text;
  const corrections = listCorrectionVersions(db, briefingId);
  const content: ReadPack = { briefing, notes, edits, annotations, ...(corrections.length > 0 ? { corrections } : {}) };
  const contentText = JSON.stringify(content);
  const manifest = `{"format":${JSON.stringify(packFormat.name)},"version":${packFormat.version},"sha256":"${sha256(contentText)}","content":`;
  return { fileName: `${fileNameOf(briefing.title)}${packFormat.extension}`, bytes: new Uint8Array(Buffer.from(`${manifest}${contentText}}\n`, 'utf8')) };
}

const refuse = (why: string): AppError => new AppError('INVALID_INPUT', `无法导入简报包：${why}；简报库未改动`);

/** A pack's bytes read and checked (format, version, hash, shape, every edit); refused with a reason otherwise. */
export function readPack(bytes: Uint8Array): ReadPack {
  if (bytes.byteLength > packFormat.maxBytes) throw refuse(packTooLarge(bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('文件不是简报包（不是 UTF-8 文本）');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse(text.trimStart().startsWith(`{"format":"${packFormat.name}"`) ? '文件已损坏（内容不完整或被改动）' : '文件不是简报包（不是 JSON）');
  }
  const manifest = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (manifest.format !== packFormat.name) throw refuse(`文件不是简报包（缺少格式标记 “${packFormat.name}”）`);
  const version = manifest.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw refuse('简报包的版本号无效');
  if (version > packFormat.version) {
    throw refuse(`该简报包由更新版本的简报写入（格式版本 ${version}，本程序支持到 ${packFormat.version}），请先升级简报`);
  }
  const contentText = typeof manifest.content === 'object' && manifest.content !== null ? JSON.stringify(manifest.content) : '';
  if (typeof manifest.sha256 !== 'string' || contentText === '' || sha256(contentText) !== manifest.sha256) {
    throw refuse('文件已损坏（校验和不符，内容不完整或被改动）');
  }
  const content = packContent.safeParse(manifest.content);
  if (!content.success) throw refuse(`内容不符合简报包格式（${content.error.issues[0]?.path.join('.') ?? ''}）`);
  const { briefing } = content.data;
  if (sha256(briefing.sourceText) !== briefing.sourceSha256) throw refuse('报告原文与其校验和不符');
  const edits = content.data.edits.map((stored, i): StoredDeckEdit => {
    const read = readDeckEdit(stored.edit);
    if (!read.ok) throw refuse(`第 ${i + 1} 项幻灯片修改无效：${read.why}`);
    return { ...stored, edit: read.edit };
  });
  return { ...content.data, edits };
}

/**
 * Import a pack: the briefing it holds is added (keeping its uid), or — when this store has it already —
 * brought up to the pack: its report replaced when the pack's is another version, its deck edits replaced
 * by the pack's, the pack's notes written over, and its annotations merged by id (so twice changes nothing).
 */
export function importPack(db: Db, bytes: Uint8Array, now = new Date()): PackImportOutcome {
  const pack = readPack(bytes);
  const { briefing } = pack;
  const existing = findBriefingByUid(db, briefing.uid);
  // The report is analysed before the transaction, as every import does, and only when it is stored.
  const analysed = existing?.sourceSha256 === briefing.sourceSha256 ? null : analyseForStore(briefing.sourceText);
  const at = now.toISOString();
  return inTransaction(db, () => {
    let briefingId: number;
    if (existing) {
      briefingId = existing.id;
      if (existing.deleted) unmarkDeleted(db, briefingId);
      if (analysed) replaceAnalysed(db, briefingId, briefing.sourceName, analysed, () => now);
    } else {
      if (!analysed) throw new Error('a new briefing without its analysed report');
      briefingId = storeAnalysed(db, briefing.sourceName, analysed, () => new Date(briefing.importedAt), briefing.uid).id;
    }
    recordLibraryFacts(db, briefingId, { format: briefing.sourceFormat, encoding: briefing.sourceEncoding, slideCount: countSlides(db, briefingId) });
    if (briefing.renamedAt !== null) renameBriefing(db, briefingId, briefing.title, briefing.renamedAt);
    for (const note of pack.notes) upsertSlideNotes(db, briefingId, note.slideId, note.body, 'user', note.updatedAt);
    clearDeckEdits(db, briefingId);
    insertStoredEdits(db, briefingId, pack.edits, at);
    // Like the deck edits, the briefing's corrections become the pack's (none when it carries none).
    replaceCorrectionVersions(db, briefingId, pack.corrections ?? []);
    const annotations = importAnnotations(db, pack.annotations, { briefingId }, now);
    const title = getPackedBriefingRow(db, briefingId)?.title ?? briefing.title;
    return { briefingId, title, created: !existing, reportReplaced: existing !== null && analysed !== null, notes: pack.notes.length, edits: pack.edits.length, annotations };
  });
}
