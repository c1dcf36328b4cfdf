import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildRenderer } from '../main/host/renderer-build';
import { bundledPdfAssetsDir, pdfAssetFolders } from '../main/core/report/read/pdf-assets';
import { apartBundlePath, apartBundles, buildElectron } from './build-electron';
import { feedUrlArg, updateFeedArgs, updateFeedVariable } from './update-feed';
import { updateConfigFileName } from '../main/electron/update-check';

/**
 * Check the desktop package's layout without an Electron binary: build, pack `--linux dir` with
 * electron-builder against a stand-in Electron in a temp folder, then inspect app.asar, the unpacked native
 * module and the fuses. Exits 1 listing every problem. This proves the layout, not that the app runs.
 *
 *   npx tsx scripts/check-package.ts            build renderer + electron bundles first
 *   npx tsx scripts/check-package.ts --no-build use the existing out/
 *   npx tsx scripts/check-package.ts --keep     keep the temp folder (path printed) for a look
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromRoot = createRequire(join(root, 'package.json'));

/** Written into the stand-in binary by electron's build; @electron/fuses finds the fuse wire right after it. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseEnabled = 0x31;
const fuseDisabled = 0x30;

/** What electron-builder.yml must switch; the stand-in starts with each one the other way round. */
const expectedFuses: ReadonlyArray<readonly [FuseV1Options, boolean]> = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableCookieEncryption, true],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

/** The only modules main.cjs / preload.cjs may still require at runtime (everything else is bundled). */
const mainRuntimeModules = new Set(['electron', 'better-sqlite3', 'subset-font']);
/** subset-font and what it needs at run time (its production dependencies, as package-lock.json has them). */
const glyphCutterPackages = ['subset-font', 'fontverter', 'harfbuzzjs', 'p-limit', 'yocto-queue', 'wawoff2', 'woff2sfnt-sfnt2woff', 'pako', 'argparse'];
const preloadRuntimeModules = new Set(['electron']);

function electronVersion(): string {
  const manifest = JSON.parse(readFileSync(requireFromRoot.resolve('electron/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** A folder shaped like Electron's dist (what `electronDist` expects), with a script for a binary. */
function makeStandInElectron(dir: string, version: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = [...Array(8)].map((_, index) => {
    const expected = expectedFuses.find(([fuse]) => fuse === index);
    return expected ? (expected[1] ? fuseDisabled : fuseEnabled) : fuseEnabled;
  });
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: packaging check only" >&2\nexit 1\n# '),
    Buffer.from(fuseSentinel),
    Buffer.from([1, wire.length, ...wire]),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
}

function runElectronBuilder(electronDist: string, version: string, outputDir: string, feed: readonly string[]): void {
  const cli = join(requireFromRoot.resolve('electron-builder/package.json'), '..', 'cli.js');
  const args = [
    cli,
    '--linux',
    'dir',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${version}`,
    `-c.directories.output=${outputDir}`,
    ...feed,
    '--publish',
    'never',
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  if (result.status !== 0) {
    throw new Error(`electron-builder failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Files below `dir`, relative and with forward slashes, as asar lists them (minus the leading slash). */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * What a bundle loads at run time: require("…") and import("…") of a constant name (not a template that
 * pdfjs writes for a browser inside a string: it holds `${`).
 */
/** Modules a bundle loads; a JSDoc type in a comment (`@type {import('./get')}`, kept in exceljs's bundle) loads nothing. */
function requiredModules(bundle: string): string[] {
  const code = bundle.replace(/\/\*\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/\b(?:require|import)\(["']([^"'$]+)["']\)/g)].map((match) => match[1] ?? '');
}

function isBuiltin(name: string): boolean {
  return name.startsWith('node:') || builtinModules.includes(name);
}

/**
 * The update feed is chosen at build time (scripts/update-feed.ts): by default the package must carry none;
 * checked with BRIEFING_UPDATE_URL set, it must name exactly that URL.
 */
function inspectUpdateFeed(resourcesDir: string, feedUrl: string | undefined, problems: string[]): void {
  const configPath = join(resourcesDir, updateConfigFileName);
  if (feedUrl === undefined) {
    if (existsSync(configPath)) problems.push(`resources/${updateConfigFileName} exists: a package built without ${updateFeedVariable} must carry no update feed`);
    return;
  }
  if (!existsSync(configPath)) return void problems.push(`resources/${updateConfigFileName} is missing although ${updateFeedVariable} is set`);
  const config = readFileSync(configPath, 'utf8');
  if (!/^provider: generic$/m.test(config) || !config.includes(`url: ${feedUrl}`)) {
    problems.push(`resources/${updateConfigFileName} does not name the generic feed ${feedUrl}:\n${config}`);
  }
}

async function inspectPackage(outputDir: string, problems: string[], feedUrl: string | undefined): Promise<void> {
  const unpackedDirName = readdirSync(outputDir).find((name) => /^linux(-\w+)?-unpacked$/.test(name));
  if (!unpackedDirName) return void problems.push(`no linux*-unpacked folder in ${outputDir}`);
  const appDir = join(outputDir, unpackedDirName);
  const asarPath = join(appDir, 'resources', 'app.asar');
  if (!existsSync(asarPath)) return void problems.push(`missing ${asarPath}`);
  inspectUpdateFeed(join(appDir, 'resources'), feedUrl, problems);

  const entries = new Set(listPackage(asarPath, { isPack: false }).map((entry) => entry.split('\\').join('/').replace(/^\//, '')));
  const prebuild = `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`;
  const required = [
    'package.json',
    'out/electron/main.cjs',
    'out/electron/preload.cjs',
    'out/renderer/index.html',
    'out/first-paint/pre-draw.cjs',
    'node_modules/subset-font/index.js',
    'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm',
    'node_modules/fontverter/package.json',
    'node_modules/wawoff2/package.json',
    'node_modules/better-sqlite3/package.json',
    'node_modules/better-sqlite3/lib/index.js',
    'node_modules/better-sqlite3/lib/binding.js',
    prebuild,
    ...filesBelow(join(root, 'out', 'renderer')).filter((file) => !file.endsWith('.map')),
    ...filesBelow(join(root, 'out', 'first-paint')).filter((file) => !file.endsWith('.map')),
    ...filesBelow(join(root, 'data')),
  ];
  // pdf.js's CMaps and standard fonts, every file of the package's, beside main.cjs (build-electron.ts).
  const pdfjsDir = dirname(requireFromRoot.resolve('pdfjs-dist/package.json'));
  for (const folder of pdfAssetFolders) {
    const files = readdirSync(join(pdfjsDir, folder));
    if (files.length === 0) problems.push(`pdfjs-dist/${folder} is empty`);
    for (const file of files) {
      const shipped = posix.join('out/electron', ...bundledPdfAssetsDir.split(/[\\/]/), folder, file);
      if (!entries.has(shipped)) problems.push(`missing from app.asar: ${shipped}`);
    }
  }
  const dataReports = filesBelow(join(root, 'data')).filter((file) => file.endsWith('.txt'));
  if (dataReports.length === 0) problems.push('data/ holds no .txt report to check for');
  for (const file of required) if (!entries.has(file)) problems.push(`missing from app.asar: ${file}`);

  // Allowlist: anything else in the archive is a leak (sources, tests, other prebuilds, dev dependencies).
  const allowed = [
    /^package\.json$/,
    /^out(\/electron|\/renderer|\/first-paint)?(\/.*)?$/,
    /^data(\/.*)?$/,
    /^node_modules(\/better-sqlite3(\/(package\.json|LICENSE|lib(\/.*)?|prebuilds))?)?$/,
    new RegExp(`^node_modules/(${glyphCutterPackages.join('|')})(/.*)?$`),
  ];
  for (const entry of entries) {
    if (entry === prebuild) continue;
    if (!allowed.some((pattern) => pattern.test(entry)) || entry.endsWith('.map') || /^out\/(?!electron|renderer|first-paint)/.test(entry)) {
      problems.push(`unexpected in app.asar: ${entry}`);
    }
  }

  // The native module must sit outside the archive: dlopen() cannot read from inside app.asar.
  const unpackedPrebuild = join(appDir, 'resources', 'app.asar.unpacked', ...prebuild.split('/'));
  if (!existsSync(unpackedPrebuild)) problems.push(`not unpacked next to app.asar: ${prebuild}`);

  const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main?: string };
  if (manifest.main !== 'out/electron/main.cjs') problems.push(`package.json "main" is ${manifest.main ?? '(none)'}, expected out/electron/main.cjs`);

  // The readers', the exporters' libraries and the updater are bundles of their own, which main.cjs loads when first needed
  // (build-electron.ts).
  const apart = apartBundles.map((bundle) => [`out/electron/${apartBundlePath(bundle)}`, new Set(bundle.external)] as const);
  for (const [bundle] of apart) if (!entries.has(bundle)) problems.push(`missing from app.asar: ${bundle}`);
  const bundles: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
    ['out/electron/main.cjs', mainRuntimeModules],
    ['out/electron/preload.cjs', preloadRuntimeModules],
    ...apart,
  ];
  for (const [bundle, allowedModules] of bundles) {
    if (!entries.has(bundle)) continue;
    const text = extractFile(asarPath, bundle).toString('utf8');
    const nodeSide = bundle !== 'out/electron/preload.cjs';
    for (const name of requiredModules(text)) {
      // A file next to the bundle that the package ships (main.cjs → ./readers/…): resolved as the app runs.
      const shipped = name.startsWith('./') && entries.has(posix.join(posix.dirname(bundle), name));
      const ok = allowedModules.has(name) || (nodeSide && (isBuiltin(name) || shipped));
      if (!ok) problems.push(`${bundle} requires "${name}", which the package does not ship`);
    }
    if (text.includes('import.meta')) problems.push(`${bundle} mentions import.meta, which is empty in CommonJS`);
  }

  const binary = join(appDir, 'briefing');
  if (!existsSync(binary)) return void problems.push(`no executable "briefing" in ${appDir}`);
  const wire = await getCurrentFuseWire(binary);
  for (const [fuse, enabled] of expectedFuses) {
    const state = wire[fuse];
    if (state !== (enabled ? fuseEnabled : fuseDisabled)) {
      problems.push(`fuse ${FuseV1Options[fuse]} should be ${enabled ? 'enabled' : 'disabled'} (electronFuses in electron-builder.yml)`);
    }
  }
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) {
    buildRenderer(root);
    await buildElectron(root);
  }
  for (const built of ['out/renderer/index.html', 'out/electron/main.cjs', 'out/electron/preload.cjs']) {
    if (!existsSync(join(root, built))) {
      console.error(`check-package: ${built} is missing; build first (npm run build) or drop --no-build.`);
      return 1;
    }
  }

  const workDir = mkdtempSync(join(tmpdir(), 'briefing-package-'));
  const problems: string[] = [];
  try {
    const version = electronVersion();
    const electronDist = join(workDir, 'electron-dist');
    const outputDir = join(workDir, 'release');
    const feed = updateFeedArgs(process.env);
    const feedUrl = feed.find((arg) => arg.startsWith(feedUrlArg))?.slice(feedUrlArg.length);
    makeStandInElectron(electronDist, version);
    runElectronBuilder(electronDist, version, outputDir, feed);
    await inspectPackage(outputDir, problems, feedUrl);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (args.has('--keep')) console.log(`check-package: kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }

  if (problems.length > 0) {
    console.error(`check-package: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log('check-package: app.asar layout, unpacked better-sqlite3 prebuild and fuses are as expected.');
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`check-package failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
