import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const dataDir = join(projectRoot, 'data');
export const seedPath = join(dataDir, '000_4400adb43caeaed0.txt');
export const seedText = (): string => readFileSync(seedPath, 'utf8');

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'briefing-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
