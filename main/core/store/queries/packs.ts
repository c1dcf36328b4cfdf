import type { Db } from '../connection';
import type { DocumentFormat } from '../../../shared/documents';

/** What a pack carries of a briefing's row: the report as imported and how the library names it. */
export interface PackedBriefingRow {
  readonly uid: string;
  readonly title: string;
  /** When someone renamed it (its title is then theirs, kept through new versions); null if never. */
  readonly renamedAt: string | null;
  readonly sourceName: string;
  readonly sourceText: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
  readonly sourceFormat: DocumentFormat | null;
  readonly sourceEncoding: string | null;
}

/** A live briefing's row as a pack carries it; null when there is no such live briefing. */
export function getPackedBriefingRow(db: Db, briefingId: number): PackedBriefingRow | null {
  const row = db
    .prepare(
      `SELECT uid, title, renamed_at AS renamedAt, source_name AS sourceName, source_text AS sourceText,
              source_sha256 AS sourceSha256, imported_at AS importedAt, source_format AS sourceFormat,
              source_encoding AS sourceEncoding
       FROM briefings WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(briefingId) as PackedBriefingRow | undefined;
  return row ?? null;
}

/** The briefing with this uid, deleted or not (uids are unique); null when the store never had it or purged it. */
export function findBriefingByUid(db: Db, uid: string): { id: number; deleted: boolean; sourceSha256: string } | null {
  const row = db
    .prepare('SELECT id, deleted_at IS NOT NULL AS deleted, source_sha256 AS sourceSha256 FROM briefings WHERE uid = ?')
    .get(uid) as { id: number; deleted: number; sourceSha256: string } | undefined;
  return row ? { id: row.id, deleted: row.deleted === 1, sourceSha256: row.sourceSha256 } : null;
}
