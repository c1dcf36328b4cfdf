import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packedExecutable } from '../../../scripts/test-electron';
import { tempDir } from '../../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function release(files: readonly string[]): string {
  const dir = tempDir('briefing-release-');
  cleanups.push(dir.cleanup);
  for (const file of files) {
    mkdirSync(join(dir.path, file, '..'), { recursive: true });
    writeFileSync(join(dir.path, file), 'binary');
  }
  return dir.path;
}

describe('the packed app the smoke test launches', () => {
  it('is found where electron-builder --dir puts it on each system', () => {
    expect(packedExecutable(release(['linux-unpacked/briefing']), 'linux')).toMatch(/linux-unpacked\/briefing$/);
    expect(packedExecutable(release(['linux-arm64-unpacked/briefing']), 'linux')).toMatch(/linux-arm64-unpacked\/briefing$/);
    expect(packedExecutable(release(['win-unpacked/Briefing.exe']), 'win32')).toMatch(/win-unpacked\/Briefing\.exe$/);
    expect(packedExecutable(release(['mac-arm64/Briefing.app/Contents/MacOS/Briefing']), 'darwin')).toMatch(/MacOS\/Briefing$/);
  });

  it('is not found in an empty or missing release folder', () => {
    expect(packedExecutable(release([]), 'linux')).toBeNull();
    expect(packedExecutable(join(release([]), 'nowhere'), 'linux')).toBeNull();
  });
});
