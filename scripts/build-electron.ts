import { build, type BuildOptions, type Message } from 'esbuild';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run build:electron`: bundle the Electron shell with esbuild.
 *   main/electron/main.ts    → out/electron/main.cjs     (Node side; electron and better-sqlite3 stay external)
 *   main/electron/preload.ts → out/electron/preload.cjs  (sandboxed preload; only `electron` may be required)
 * CommonJS because package.json says "type": "module" and Electron's sandboxed preload cannot load ESM;
 * main follows suit so both can use __dirname rather than import.meta.url.
 */

/** The only files the preload may contain: anything more (zod, handlers, node:*) would not run sandboxed. */
const preloadAllowedInputs = ['main/electron/preload.ts', 'main/shared/channels.ts'];

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
      // ship as packages.
      external: ['electron', 'better-sqlite3', 'subset-font'],
      // linkedom (web pages) tries the native `canvas` package and falls back to its own shim; the app ships
      // no native canvas, so the shim is bundled in its place instead of a require that can only fail.
      alias: { canvas: './node_modules/linkedom/commonjs/canvas-shim.cjs' },
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

  const problems = [...fatalWarnings(main.warnings), ...fatalWarnings(preload.warnings)];
  for (const warning of [...main.warnings, ...preload.warnings]) console.warn(`build-electron warning: ${formatMessage(warning)}`);
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
