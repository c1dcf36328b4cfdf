import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GlyphCache } from '../../../../main/serve/first-paint/glyph-cache';
import { tempDir } from '../../../support/temp';

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('the glyph cache', () => {
  it('cuts once per key in memory', async () => {
    const cache = new GlyphCache(null);
    const compute = vi.fn(async () => '@font-face{}');
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect(a).toBe('@font-face{}');
    expect(b).toBe(a);
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.get('other', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps what it cut on disk for the next start, leaving no partial file', async () => {
    const folder = join(dir.path, 'cache');
    expect(await new GlyphCache(folder).get('k', async () => 'faces v1')).toBe('faces v1');
    const nextStart = vi.fn(async () => 'faces v2');
    expect(await new GlyphCache(folder).get('k', nextStart)).toBe('faces v1');
    expect(nextStart).not.toHaveBeenCalled();
    expect(readdirSync(folder).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('does not keep a failure: the next call tries again', async () => {
    const cache = new GlyphCache(null);
    await expect(cache.get('k', () => Promise.reject(new Error('font file missing')))).rejects.toThrow('font file missing');
    expect(await cache.get('k', async () => 'faces')).toBe('faces');
  });

  it('still answers when its folder cannot be made', async () => {
    // A file where the folder's parent should be: no one, root included, can make a folder in it.
    const file = join(dir.path, 'not-a-folder');
    writeFileSync(file, '');
    const compute = vi.fn(async () => 'faces');
    expect(await new GlyphCache(join(file, 'cache')).get('k', compute)).toBe('faces');
    expect(await new GlyphCache(join(file, 'cache')).get('k', compute)).toBe('faces');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
