/** Characters no file system takes in a name (Windows' set, the strictest), and control characters. */
const unsafeInName = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;

/**
 * A briefing's title as the name of a file written from it (exports, packs, annotations, PDFs), without the
 * extension: characters a file system refuses become spaces, runs of white space one space, no leading dot
 * (a hidden file, or a path's ..), at most 80 characters; 简报 when nothing is left. One rule for every file
 * the app names, in the Electron shell and in the browser preview alike.
 */
export function fileNameOf(title: string): string {
  const cleaned = title.replace(unsafeInName, ' ').replace(/\s+/gu, ' ').replace(/^[.\s]+/u, '').slice(0, 80).trim();
  return cleaned || '简报';
}
