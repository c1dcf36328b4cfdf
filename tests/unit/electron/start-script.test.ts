import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/start';
import { projectRoot, tempDir } from '../../support/temp';

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('npm start: finding the Electron binary', () => {
  it('finds a binary in ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = join(dir.path, 'with-binary');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    const found = findElectronBinary(projectRoot, { ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(found?.startsWith(dist)).toBe(true);
  });

  it('answers null, without trying to download, when the binary is not there', () => {
    const empty = join(dir.path, 'empty');
    mkdirSync(empty);
    expect(findElectronBinary(projectRoot, { ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeNull();
    expect(findElectronBinary(join(dir.path, 'no-project'), {})).toBeNull();
  });
});
