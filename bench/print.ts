import { chromium, type Page } from '@playwright/test';
import { printHash, type PrintKind } from '../main/shared/print';
import { startPreview, type Preview } from '../tests/e2e/support/preview';
import { chromiumLaunchOptions } from './chromium';
import { median, type BenchRow } from './table';

/**
 * 导出 PDF as the desktop app does it, in Chromium through the host: the print route opened in a fresh tab
 * until it says printReady (every chart drawn as SVG, the fonts loaded), then printed to PDF with the
 * route's own page size. The time from navigation to the PDF's bytes.
 */
async function printOnce(page: Page, preview: Preview, kind: PrintKind): Promise<{ readyMs: number; totalMs: number; bytes: number }> {
  const started = performance.now();
  await page.goto(`${preview.url}${printHash(kind, null)}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true', null, { timeout: 60_000 });
  const ready = performance.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return { readyMs: ready - started, totalMs: performance.now() - started, bytes: pdf.byteLength };
}

const round = (ms: number): number => Math.round(ms);

export async function measurePrint(runs = 3): Promise<BenchRow[]> {
  const preview = await startPreview();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const rows: BenchRow[] = [];
    for (const kind of ['slides', 'handout'] as const) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        results.push(await printOnce(page, preview, kind));
        await context.close();
      }
      const last = results[results.length - 1];
      rows.push({
        name: `${kind === 'slides' ? '幻灯片' : '讲义'} PDF: print route ready + page.pdf (median of ${runs} fresh tabs)`,
        value: round(median(results.map((r) => r.totalMs))),
        unit: 'ms',
        ...(kind === 'slides' ? { target: '≤ 8000 ms' } : {}),
        note: `${results.map((r) => round(r.totalMs)).join(' / ')}; printReady after ${round(median(results.map((r) => r.readyMs)))} ms; ${Math.round((last?.bytes ?? 0) / 1024)} KB`,
      });
    }
    return rows;
  } finally {
    await browser.close();
    await preview.stop();
  }
}
