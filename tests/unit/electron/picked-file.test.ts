import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxDocumentBytes } from '../../../main/shared/documents';
import { tempDir } from '../../support/temp';

vi.mock('electron', () => ({}));
const { readPickedFile, reportDialogOptions } = await import('../../../main/electron/picked-file');

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.cleanup());

describe('a report file chosen in the OS dialog', () => {
  it('offers one file of the formats the readers take', () => {
    const options = reportDialogOptions();
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.[0]?.extensions).toEqual(['md', 'markdown', 'txt', 'docx', 'html', 'htm', 'pdf']);
  });

  it('goes to the page as its name and bytes, never as its path', async () => {
    const path = join(dir.path, '青川答卷.md');
    writeFileSync(path, '# 青川');
    const picked = await readPickedFile(path);
    expect(picked).toEqual({ fileName: '青川答卷.md', size: 8, bytes: new TextEncoder().encode('# 青川') });
    expect(JSON.stringify({ ...picked, bytes: null })).not.toContain(dir.path);
  });

  it('is not read when it is over the cap: the page refuses it by its size', async () => {
    const path = join(dir.path, '太大.txt');
    writeFileSync(path, Buffer.alloc(maxDocumentBytes + 1));
    expect(await readPickedFile(path)).toEqual({ fileName: '太大.txt', size: maxDocumentBytes + 1, bytes: null });
  });
});
