import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * After `electron-builder`, writes SHA256SUMS.txt next to the installers in the output folder, in the format
 * `sha256sum -c` (Linux, macOS) reads; on Windows `Get-FileHash -Algorithm SHA256 <file>` gives the same
 * digests. IT checks a copy against it before handing it out. Usage: `tsx scripts/checksums.ts [folder]`
 * (default: release).
 */

export const checksumFileName = 'SHA256SUMS.txt';

/** What electron-builder hands out: installers and archives, not its update metadata or blockmaps. */
const artifactPattern = /\.(exe|msi|zip|dmg|pkg|AppImage|deb|rpm|snap|tar\.gz|tar\.xz|7z)$/;

export function isArtifact(fileName: string): boolean {
  return artifactPattern.test(fileName);
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Hash every artifact directly in `folder` (sorted by name) and write the checksum file; returns its lines. */
export async function writeChecksums(folder: string): Promise<string[]> {
  const names = readdirSync(folder)
    .filter((name) => isArtifact(name) && statSync(join(folder, name)).isFile())
    .sort();
  if (names.length === 0) throw new Error(`no installers or archives in ${folder}: run electron-builder first`);
  const lines: string[] = [];
  for (const name of names) lines.push(`${await sha256Of(join(folder, name))}  ${name}`);
  writeFileSync(join(folder, checksumFileName), `${lines.join('\n')}\n`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = process.argv[2] ?? 'release';
  writeChecksums(folder).then(
    (lines) => console.log(`${join(folder, checksumFileName)}:\n${lines.join('\n')}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
