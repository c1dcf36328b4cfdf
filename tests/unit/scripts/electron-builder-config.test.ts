import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { packFormat, packMimeType } from '../../../main/shared/packs';
import { projectRoot } from '../../support/temp';

/**
 * electron-builder.yml as electron-builder reads it: what the package check cannot see on a `--linux dir`
 * pack (installers, file associations) is held here against the app's own constants.
 */
interface Config {
  fileAssociations?: { ext: string; name: string; mimeType: string; role: string }[];
  nsis?: Record<string, unknown>;
  mac?: { target: { target: string; arch: string[] }[]; hardenedRuntime: boolean };
  linux?: { target: { target: string }[] };
  win?: { target: { target: string }[] };
  publish?: unknown;
  artifactName?: string;
}
const config = load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('opens a prepared briefing with the app, under the extension and type the app writes', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: packFormat.extension.slice(1), mimeType: packMimeType, role: 'Editor' })]);
    expect(config.fileAssociations?.[0]?.name).toMatch(/简报/);
  });

  it('builds every installer the organisation hands out, per user on Windows, and never publishes', () => {
    expect(config.win?.target.map((t) => t.target)).toEqual(['nsis', 'zip']);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false, deleteAppDataOnUninstall: false });
    expect(config.mac?.target.map((t) => t.target)).toEqual(['dmg', 'zip']);
    expect(config.mac?.target[0]?.arch).toEqual(['x64', 'arm64']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.linux?.target.map((t) => t.target)).toEqual(['AppImage', 'deb', 'tar.gz']);
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}');
    expect(config.publish).toBeNull();
  });
});
