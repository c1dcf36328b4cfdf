import { build, type BuildOptions, type Message, type Plugin } from 'esbuild';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run build:electron`: bundle the Electron shell with esbuild.
 *   main/electron/main.ts    → out/electron/main.cjs     (Node side; electron and better-sqlite3 stay external)
 *   main/electron/preload.ts → out/electron/preload.cjs  (sandboxed preload; only `electron` may be required)
 *   the report readers' and the exporters' libraries → out/electron/readers/*.cjs (required by main.cjs on first use)
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
 * same way, from the same folder.
 */
export const exportPackages = ['pptxgenjs', 'exceljs', 'jszip'];

/** Every library bundled apart and required by main.cjs when first used. */
export const apartPackages = [...readerPackages, ...exportPackages];

/** The file a reader library is bundled into, inside out/electron/readers/: mozilla-readability.cjs, … */
export function readerBundleName(specifier: string): string {
  return `${specifier.replace(/\.mjs$/, '').replace(/^@/, '').replace(/\//g, '-')}.cjs`;
}

/**
 * What a reader bundle exports: a CommonJS package as it is (mammoth's default is its module.exports); an ES
 * module's named exports, written so that Node finds their names when main.cjs import()s the bundle.
 */
function readerEntry(specifier: string): { contents: string; sourcefile: string } {
  const name = readerBundleName(specifier);
  return specifier.endsWith('.mjs')
    ? { contents: `export * from ${JSON.stringify(specifier)};`, sourcefile: `readers/${name.replace(/\.cjs$/, '.mjs')}` }
    : { contents: `module.exports = require(${JSON.stringify(specifier)});`, sourcefile: `readers/${name}` };
}

/** In main.cjs, an import of a reader library becomes a require of its own bundle. */
const readersApart: Plugin = {
  name: 'readers-apart',
  setup(build) {
    const wanted = new Set(apartPackages);
    build.onResolve({ filter: /^[@a-z]/ }, (args) => (wanted.has(args.path) ? { path: `./readers/${readerBundleName(args.path)}`, external: true } : undefined));
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
      // ship as packages. The readers' libraries are bundles of their own (readersApart).
      external: ['electron', 'better-sqlite3', 'subset-font'],
      plugins: [readersApart],
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

  const readers = await Promise.all(
    apartPackages.map((specifier) =>
      build({
        ...common,
        metafile: false,
        stdin: { ...readerEntry(specifier), resolveDir: root, loader: 'js' },
        outfile: join(outDir, 'readers', readerBundleName(specifier)),
        platform: 'node',
        target: 'node22',
        plugins: [canvasShim],
      }),
    ),
  );

  const problems = [...fatalWarnings(main.warnings), ...fatalWarnings(preload.warnings), ...readers.flatMap((reader) => fatalWarnings(reader.warnings))];
  for (const warning of [...main.warnings, ...preload.warnings, ...readers.flatMap((reader) => reader.warnings)]) {
    console.warn(`build-electron warning: ${formatMessage(warning)}`);
  }
  const preloadInputs = Object.keys(preload.metafile?.inputs ?? {});
  const stray = preloadInputs.filter((input) => !preloadAllowedInputs.includes(input));
  if (stray.length > 0) problems.push(`the preload bundle pulled in more than the channel list: ${stray.join(', ')}`);
  if (problems.length > 0) throw new Error(`build-electron failed:\n  ${problems.join('\n  ')}`);
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
