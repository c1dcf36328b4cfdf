import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The pre-drawn slide's glyphs (as JSON text), cut once per text and kept in memory and, when given a folder,
 * on disk: cutting them costs a few hundred milliseconds (each whole-typeface file is decompressed first),
 * which an app start should pay once per cover text, not every time.
 */
export class GlyphCache {
  private readonly inMemory = new Map<string, Promise<string>>();

  constructor(private readonly folder: string | null) {}

  /** The glyphs for `key` (any string that names the inputs exactly), cut when neither cache has them. */
  get(key: string, compute: () => Promise<string>): Promise<string> {
    let glyphs = this.inMemory.get(key);
    if (!glyphs) {
      glyphs = this.fromDiskOr(key, compute);
      // A failure is not kept: the next document tries again.
      glyphs.catch(() => this.inMemory.delete(key));
      this.inMemory.set(key, glyphs);
    }
    return glyphs;
  }

  private async fromDiskOr(key: string, compute: () => Promise<string>): Promise<string> {
    const file = this.folder ? join(this.folder, `glyphs-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`) : null;
    if (file) {
      try {
        return await readFile(file, 'utf8');
      } catch {
        // Not cached yet (or unreadable): compute below.
      }
    }
    const glyphs = await compute();
    if (file && this.folder) {
      try {
        await mkdir(this.folder, { recursive: true });
        // Written aside and renamed, so a reader never sees half a file.
        const partial = `${file}.${process.pid}.partial`;
        await writeFile(partial, glyphs, 'utf8');
        await rename(partial, file);
      } catch {
        // A cache that cannot be written only costs the next start the same work again.
      }
    }
    return glyphs;
  }
}
