import type { ExportedBinary } from '../../../main/shared/exports';

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
