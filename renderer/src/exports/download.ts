import type { SavedFileFormat } from '../../../main/shared/export-menu';
import type { ExportedBinary } from '../../../main/shared/exports';
import { packMimeType } from '../../../main/shared/packs';
import type { Result } from '../../../main/shared/result';
import type { BriefingApi } from '../api/client';

/** The preview builds a file through the core's handler for its format: exports:file, or packs:export. */
export function buildFileWith(api: BriefingApi): (briefingId: number, format: SavedFileFormat) => Promise<Result<ExportedBinary>> {
  return async (briefingId, format) => {
    if (format !== 'briefing') return api.call('exports:file', { briefingId, format });
    const pack = await api.call('packs:export', { briefingId });
    return pack.ok ? { ok: true, value: { ...pack.value, mimeType: packMimeType } } : pack;
  };
}

/**
 * The preview's save: the bytes as a download under the briefing's file name (the browser decides where, as
 * for any download). The object URL is let go once the browser has taken it.
 */
export function downloadFile(file: ExportedBinary): void {
  // A copy into a plain ArrayBuffer: a Blob takes no view of shared memory.
  const url = URL.createObjectURL(new Blob([file.bytes.slice().buffer], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
