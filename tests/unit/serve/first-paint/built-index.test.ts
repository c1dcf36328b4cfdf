import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeFirstPaintDocument } from '../../../../main/serve/first-paint/document';
import { builtIndexHtml } from '../../../support/built-index';
import { projectRoot, tempDir } from '../../../support/temp';

/**
 * The first-paint document is composed from index.html as vite writes it, and the unit tests use a stand-in
 * of that file (tests/support/built-index.ts). This builds the real renderer once and checks both: what the
 * composer looks for is in vite's output, and the stand-in has the same tags. Should vite change the shape of
 * its output, this fails, not a page served without its first slide.
 */
let dir: ReturnType<typeof tempDir>;
let built: string;

beforeAll(() => {
  dir = tempDir();
  const viteBin = join(createRequire(join(projectRoot, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', dir.path, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr}`);
  built = readFileSync(join(dir.path, 'index.html'), 'utf8');
}, 120_000);
afterAll(() => dir.cleanup());

describe('index.html as vite builds it', () => {
  it('has the entry module and one stylesheet in the shape the stand-in copies', () => {
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(built)?.[1];
    const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/.exec(built)?.[1];
    expect(script, built).toBeDefined();
    expect(stylesheet, built).toBeDefined();
    const standIn = builtIndexHtml({ script: script ?? '', stylesheet: stylesheet ?? '' });
    for (const tag of [/<script type="module"[^>]*><\/script>/, /<link rel="stylesheet"[^>]*>/]) {
      expect(built.match(tag)?.[0]).toBe(standIn.match(tag)?.[0]);
    }
  });

  it('composes into a first-paint document: the module made a preload, the stylesheet moved into <body>', () => {
    const preDrawn = { markup: '<div id="layer"></div>', script: 'start();', appEntryAttribute: 'data-app-entry', glyphDataId: 'glyphs' };
    const { html } = composeFirstPaintDocument({ template: built, style: '.a{}', preDrawn, glyphs: [], title: 't' });
    expect(html).not.toContain('<script type="module"');
    expect(html).toMatch(/<link rel="modulepreload"[^>]*data-app-entry>/);
    expect(html.indexOf('rel="stylesheet"')).toBeGreaterThan(html.indexOf('<body>'));
  });
});
