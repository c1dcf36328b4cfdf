import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxDocumentBytes } from '../../../main/shared/documents';
import { packFormat } from '../../../main/shared/packs';
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
    expect(options.filters?.[0]?.extensions).toEqual(['md', 'markdown', 'txt', 'docx', 'html', 'htm', 'pdf', 'briefing']);
    expect(options.filters?.[1]?.extensions).toEqual(['md', 'markdown', 'txt', 'docx', 'html', 'htm', 'pdf']);
    expect(options.filters?.[2]?.extensions).toEqual(['briefing']);
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

  it('a prepared briefing has a cap of its own: read above a report’s, not above its own', async () => {
    const fits = join(dir.path, '会前准备.briefing');
    writeFileSync(fits, Buffer.alloc(maxDocumentBytes + 1));
    expect((await readPickedFile(fits)).bytes).toHaveLength(maxDocumentBytes + 1);
    const over = join(dir.path, '太大.briefing');
    writeFileSync(over, Buffer.alloc(packFormat.maxBytes + 1));
    expect(await readPickedFile(over)).toEqual({ fileName: '太大.briefing', size: packFormat.maxBytes + 1, bytes: null });
  });
});
