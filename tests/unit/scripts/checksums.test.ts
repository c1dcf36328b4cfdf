import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumFileName, isArtifact, writeChecksums } from '../../../scripts/checksums';
import { tempDir } from '../../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function releaseFolder(files: Record<string, string>): string {
  const dir = tempDir('briefing-release-');
  cleanups.push(dir.cleanup);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir.path, name), content);
  return dir.path;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('SHA256SUMS.txt next to the installers', () => {
  it('lists every installer and archive, sorted, in the format sha256sum -c reads', async () => {
    const folder = releaseFolder({
      'Briefing-0.1.0-win-x64.exe': 'windows installer',
      'Briefing-0.1.0-linux-x86_64.AppImage': 'appimage',
      'Briefing-0.1.0-linux-x64.tar.gz': 'tarball',
      'Briefing-0.1.0-mac-arm64.dmg': 'disk image',
      'Briefing-0.1.0-win-x64.exe.blockmap': 'update metadata',
      'latest.yml': 'update feed',
      'builder-debug.yml': 'debug',
    });
    mkdirSync(join(folder, 'linux-unpacked'));
    await writeChecksums(folder);
    expect(readFileSync(join(folder, checksumFileName), 'utf8')).toBe(
      [
        `${sha256('tarball')}  Briefing-0.1.0-linux-x64.tar.gz`,
        `${sha256('appimage')}  Briefing-0.1.0-linux-x86_64.AppImage`,
        `${sha256('disk image')}  Briefing-0.1.0-mac-arm64.dmg`,
        `${sha256('windows installer')}  Briefing-0.1.0-win-x64.exe`,
        '',
      ].join('\n'),
    );
  });

  it('refuses a folder without any installer instead of writing an empty list', async () => {
    const folder = releaseFolder({ 'latest.yml': 'update feed' });
    await expect(writeChecksums(folder)).rejects.toThrow(/no installers/);
  });

  it('knows installers from what electron-builder writes beside them', () => {
    expect(['a.exe', 'a.zip', 'a.dmg', 'a.AppImage', 'a.deb', 'a.tar.gz'].every(isArtifact)).toBe(true);
    expect(['a.exe.blockmap', 'latest-mac.yml', 'builder-effective-config.yaml', 'a.dmg.blockmap'].some(isArtifact)).toBe(false);
  });
});
