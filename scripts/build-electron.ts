import { build, type BuildOptions, type Message, type Plugin } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledPdfAssetsDir, pdfAssetFolders } from '../main/core/report/read/pdf-assets';

/**
 * `npm run build:electron`: bundle the Electron shell with esbuild.
 *   main/electron/main.ts    → out/electron/main.cjs     (Node side; electron and better-sqlite3 stay external)
 *   main/electron/preload.ts → out/electron/preload.cjs  (sandboxed preload; only `electron` may be required)
 *   the report readers' libraries → out/electron/readers/*.cjs (required by main.cjs on the first import)
 *   the exporters' libraries → out/electron/exporters/*.cjs (required by main.cjs on the first export)
 *   pdf.js's CMaps and standard fonts → out/electron/readers/pdfjs/ (read by the PDF reader, pdf-assets.ts)
 * CommonJS because package.json says "type": "module" and Electron's sandboxed preload cannot load ESM;
 * main follows suit so both can use __dirname rather than import.meta.url.
 */

/** The only files the preload may contain: anything more (zod, handlers, node:*) would not run sandboxed. */
const preloadAllowedInputs = ['main/electron/preload.ts', 'main/shared/channels.ts'];

/**
 * The libraries that read Word files, web pages and PDFs: five times the rest of the app, and needed only when
 * someone imports a file (the core loads its readers on the first import). Bundled into main.cjs they would
 * be compiled at every start; so each is bundled apart, into out/electron/readers/, and main.cjs requires it
 * from there when the readers load.
 */
export const readerPackages = ['mammoth', 'linkedom', '@mozilla/readability', 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'];

/**
 * The libraries that write PowerPoint and Excel files (and the zip library the presentation is finished
 * with): needed only when someone exports, and two thirds of main.cjs if bundled into it; loaded apart the
 * same way, from a folder of their own.
 */
export const exportPackages = ['pptxgenjs', 'exceljs', 'jszip'];

/** The file a library apart is bundled into, inside its folder of out/electron: mozilla-readability.cjs, … */
export function readerBundleName(specifier: string): string {
  return `${specifier.replace(/\.mjs$/, '').replace(/^@/, '').replace(/\//g, '-')}.cjs`;
}

/**
 * What a bundle apart exports: a CommonJS package as it is (mammoth's default is its module.exports); an ES
 * module's named exports, written so that Node finds their names when main.cjs import()s the bundle.
 */
function apartEntry({ specifier, folder }: ApartBundle): { contents: string; sourcefile: string } {
  const name = readerBundleName(specifier);
  return specifier.endsWith('.mjs')
    ? { contents: `export * from ${JSON.stringify(specifier)};`, sourcefile: `${folder}/${name.replace(/\.cjs$/, '.mjs')}` }
    : { contents: `module.exports = require(${JSON.stringify(specifier)});`, sourcefile: `${folder}/${name}` };
}

/** A library bundled apart from main.cjs, into a folder of out/electron, and loaded only when first needed. */
export interface ApartBundle {
  specifier: string;
  folder: string;
  /** Modules the bundle may still require at run time (besides Node's own). */
  external: readonly string[];
}

export const apartBundles: readonly ApartBundle[] = [
  ...readerPackages.map((specifier) => ({ specifier, folder: 'readers', external: [] })),
  ...exportPackages.map((specifier) => ({ specifier, folder: 'exporters', external: [] })),
  // Only a package built with an internal update feed ever loads it (main/electron/update-check.ts); inside
  // main.cjs it would add 45 % to what every start compiles.
  { specifier: 'electron-updater', folder: 'updater', external: ['electron'] },
];

/** Where an apart bundle sits, relative to out/electron: readers/mammoth.cjs, updater/electron-updater.cjs, … */
export function apartBundlePath(bundle: ApartBundle): string {
  return `${bundle.folder}/${readerBundleName(bundle.specifier)}`;
}

/** In main.cjs, an import of a library bundled apart becomes a require of its own bundle. */
const bundlesApart: Plugin = {
  name: 'bundles-apart',
  setup(build) {
    const paths = new Map(apartBundles.map((bundle) => [bundle.specifier, `./${apartBundlePath(bundle)}`]));
    build.onResolve({ filter: /^[@a-z]/ }, (args) => {
      const path = paths.get(args.path);
      return path === undefined ? undefined : { path, external: true };
    });
  },
};

/**
 * linkedom tries the native `canvas` package (for drawing on <canvas>, which reading a web page never does)
 * and falls back on a shim of its own: the shim is what is bundled, so nothing asks for a package the app
 * does not ship.
 */
const canvasShim: Plugin = {
  name: 'canvas-shim',
  setup(build) {
    build.onResolve({ filter: /^canvas$/ }, (args) =>
      /linkedom[\\/]commonjs[\\/]canvas\.cjs$/.test(args.importer) ? { path: join(args.resolveDir, 'canvas-shim.cjs') } : undefined,
    );
  },
};

/** `outDir` is relative to `root` (or absolute); tests build into a temp folder. */
export async function buildElectron(root: string, outDir = 'out/electron'): Promise<void> {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    sourcemap: false,
    minify: false,
    logLevel: 'silent', // messages are reported below, once, with our own verdict
    metafile: true,
  };
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: ['main/electron/main.ts'],
      outfile: join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      // better-sqlite3 loads its native prebuild, and subset-font its wasm, relative to their own files: both
      // ship as packages. The readers', the exporters' libraries and the updater are bundles of
      // their own (bundlesApart).
      external: ['electron', 'better-sqlite3', 'subset-font'],
      plugins: [bundlesApart],
    }),
    build({
      ...common,
      entryPoints: ['main/electron/preload.ts'],
      outfile: join(outDir, 'preload.cjs'),
      // A sandboxed preload is a browser context with a tiny `require`; "browser" makes any node:* import fail here.
      platform: 'browser',
      target: 'es2022',
      external: ['electron'],
    }),
  ]);

  const apart = await Promise.all(
    apartBundles.map((bundle) =>
      build({
        ...common,
        metafile: false,
        stdin: { ...apartEntry(bundle), resolveDir: root, loader: 'js' },
        outfile: join(outDir, apartBundlePath(bundle)),
        platform: 'node',
        target: 'node22',
        external: [...bundle.external],
        plugins: [canvasShim],
      }),
    ),
  );

  copyPdfAssets(root, outDir);

  const problems = [...fatalWarnings(main.warnings), ...fatalWarnings(preload.warnings), ...apart.flatMap((bundle) => fatalWarnings(bundle.warnings))];
  for (const warning of [...main.warnings, ...preload.warnings, ...apart.flatMap((bundle) => bundle.warnings)]) {
    console.warn(`build-electron warning: ${formatMessage(warning)}`);
  }
  const preloadInputs = Object.keys(preload.metafile?.inputs ?? {});
  const stray = preloadInputs.filter((input) => !preloadAllowedInputs.includes(input));
  if (stray.length > 0) problems.push(`the preload bundle pulled in more than the channel list: ${stray.join(', ')}`);
  if (problems.length > 0) throw new Error(`build-electron failed:\n  ${problems.join('\n  ')}`);
}

/**
 * pdf.js's CMaps and standard fonts, copied beside main.cjs: the package does not ship node_modules/pdfjs-dist
 * (its code is bundled), and without the CMaps Chinese text in fonts a PDF does not embed reads as nothing.
 */
function copyPdfAssets(root: string, outDir: string): void {
  const packageDir = dirname(createRequire(join(root, 'package.json')).resolve('pdfjs-dist/package.json'));
  const target = resolve(root, outDir, bundledPdfAssetsDir);
  rmSync(target, { recursive: true, force: true });
  for (const folder of pdfAssetFolders) cpSync(join(packageDir, folder), join(target, folder), { recursive: true });
}

/**
 * `import.meta` compiles to an empty object in CommonJS: code relying on it would break only inside the
 * packaged app, so it fails the build here instead.
 */
function fatalWarnings(warnings: readonly Message[]): string[] {
  return warnings.filter((warning) => warning.text.includes('import.meta')).map(formatMessage);
}

function formatMessage(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return `${where}${message.text}`;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  buildElectron(root)
    .then(() => console.log(`Built ${relative(process.cwd(), resolve(root, 'out/electron'))}/main.cjs and preload.cjs`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
