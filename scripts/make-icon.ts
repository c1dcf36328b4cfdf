import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '../bench/chromium';

/**
 * Draws the app icon (build-resources/icon.png, 1024×1024) with Chromium and the bundled Noto Sans SC, in the
 * deck's colours: a navy tile, the red rule of the slide headers, 简 in white. electron-builder makes the
 * Windows .ico, the macOS .icns and the Linux sizes from it. Run again only to change the icon:
 * `npx tsx scripts/make-icon.ts`.
 */
const root = join(import.meta.dirname, '..');
const font = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2');

const page = `<!doctype html><html><head><style>
@font-face { font-family: 'Noto Sans SC'; font-weight: 700; src: url('${pathToFileURL(font).href}') format('woff2'); }
html, body { margin: 0; background: transparent; }
.tile { position: absolute; left: 64px; top: 64px; width: 896px; height: 896px; border-radius: 180px; background: #14233f;
  overflow: hidden; box-shadow: inset 0 -24px 0 rgb(0 0 0 / 0.18); }
.rule { position: absolute; left: 170px; top: 150px; width: 40px; height: 330px; background: #b3202f; border-radius: 8px; }
.glyph { position: absolute; left: 262px; top: 118px; font: 700 390px/1 'Noto Sans SC'; color: #fff; letter-spacing: 0; }
.bars { position: absolute; left: 170px; right: 170px; bottom: 150px; display: flex; align-items: flex-end; justify-content: space-between; }
.bars span { display: block; width: 112px; border-radius: 10px 10px 0 0; background: #e8e2d6; }
.bars span.hi { background: #b3202f; }
</style></head><body><div class="tile"><div class="rule"></div><div class="glyph">简</div>
<div class="bars"><span style="height:70px"></span><span style="height:115px"></span><span class="hi" style="height:170px"></span><span style="height:95px"></span></div>
</div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await tab.setContent(page);
  await tab.evaluate('document.fonts.ready.then(() => true)'); // a string: this file is compiled without the DOM types
  mkdirSync(join(root, 'build-resources'), { recursive: true });
  await tab.screenshot({ path: join(root, 'build-resources', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
