import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildRenderer, rendererIsStale } from '../main/host/renderer-build';
import { buildElectron } from './build-electron';

/**
 * `npm start`: build and run the desktop app when this machine has the Electron binary; otherwise say so
 * plainly and point at `npm run preview`.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where the `electron` package put its binary, or null when it is not there. This mirrors
 * node_modules/electron/index.js without calling it: requiring that file when the binary is missing starts
 * a download (blocked here) instead of answering.
 */
export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativeBinary ?? 'electron')
    : relativeBinary
      ? join(packageDir, 'dist', relativeBinary)
      : null;
  return binary && existsSync(binary) ? binary : null;
}

const missingElectronMessage = `
The Electron binary is not installed on this machine, so the desktop app cannot start here.
  Why: Electron downloads its binary on first start, and that download failed or was switched off
  (ELECTRON_SKIP_BINARY_DOWNLOAD=1; machines whose network blocks the download, like this one).
  On a normal machine: unset ELECTRON_SKIP_BINARY_DOWNLOAD and run \`npm start\` again.
  Here: \`npm run preview\` shows the same app in a browser.

本机没有安装 Electron 程序文件，桌面版无法在此启动。
  原因：Electron 在首次启动时下载程序文件，而下载失败或已被关闭（ELECTRON_SKIP_BINARY_DOWNLOAD=1；本机网络不允许下载）。
  在可联网的普通电脑上：不设置 ELECTRON_SKIP_BINARY_DOWNLOAD，再次运行 \`npm start\`。
  在本机：运行 \`npm run preview\`，即可在浏览器中使用同一个应用。
`;

/**
 * Electron 45 has no install script: its package fetches the binary the first time it is asked for. Do that
 * here, visibly, unless downloads are switched off; a failure is reported by the caller.
 */
function downloadElectron(projectRoot: string): void {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  let installScript: string;
  try {
    installScript = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json')), 'install.js');
  } catch {
    return;
  }
  console.error('Downloading the Electron binary (first start)… / 正在下载 Electron 程序文件（首次启动）…');
  spawnSync(process.execPath, [installScript], { stdio: 'inherit', timeout: 15 * 60_000 });
}

async function main(): Promise<void> {
  let electron = findElectronBinary(root);
  if (!electron) {
    downloadElectron(root);
    electron = findElectronBinary(root);
  }
  if (!electron) {
    console.error(missingElectronMessage);
    process.exit(1);
  }
  if (rendererIsStale(root)) buildRenderer(root);
  await buildElectron(root);

  // ELECTRON_RUN_AS_NODE (set by some tools) would make the binary behave as plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
