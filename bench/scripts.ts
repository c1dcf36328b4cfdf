import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table';

/** Gzipped JavaScript: what index.html loads up front (entry + modulepreloads), and everything built. */
export function measureScripts(root: string): BenchRow[] {
  const outDir = join(root, 'out', 'renderer');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const gzip = (file: string): number => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const all = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;
  return [
    { name: 'renderer JS, gzip, initial (entry + modulepreload)', value: kb(initial.reduce((s, f) => s + gzip(f), 0)), unit: 'KB', target: '≤ 150 KB', note: initial.join(', ') },
    { name: 'renderer JS, gzip, total', value: kb(all.reduce((s, f) => s + gzip(f), 0)), unit: 'KB', target: '≤ 300 KB', note: `${all.length} files` },
  ];
}
