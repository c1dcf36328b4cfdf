import type JSZip from 'jszip';

/** One part of an Office file (a zip) as text; throws when the part is missing, naming it. */
export async function zipPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing ${path}`);
  return file.async('string');
}
