/**
 * `briefing import|reimport` go the app's way (briefings:import / briefings:reimport): for every format the
 * CLI records the same library facts as the handler, refuses a bad file in the handler's very words, and a
 * refusal leaves the store as it was — byte for byte, or absent when there was none.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLibrary } from '../../../main/core/briefings/library';
import { dispatch } from '../../../main/core/dispatch';
import { closeStore, openStore } from '../../../main/core/store/connection';
import type { ImportOutcome, LibraryEntry } from '../../../main/shared/library';
import { gb18030, scannedPdf, toDocx, toPdf, utf16 } from '../../support/document-fixtures';
import { inventedReport, toMarkdown, toPlainText, toWebPage } from '../../support/invented-report';
import { runCli } from '../../support/run-cli';
import { tempDir } from '../../support/temp';

let dir: ReturnType<typeof tempDir>;
const path = (name: string): string => join(dir.path, name);
const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = tempDir();
  const text = toPlainText(inventedReport);
  Object.assign(files, {
    'report.md': new TextEncoder().encode(toMarkdown(inventedReport)),
    'utf8.txt': new TextEncoder().encode(text),
    'utf16le.txt': utf16(text, 'le'),
    'utf16be.txt': utf16(text, 'be'),
    'gb18030.txt': gb18030(text),
    'report.docx': await toDocx(inventedReport),
    'report.html': new TextEncoder().encode(toWebPage(inventedReport)),
    'report.pdf': await toPdf(inventedReport),
    'scan.pdf': await scannedPdf(),
  });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path(name), bytes);
}, 120_000);
afterAll(() => dir.cleanup());

const encodings: Record<string, string> = { 'report.md': 'utf-8', 'utf8.txt': 'utf-8', 'utf16le.txt': 'utf-16le', 'utf16be.txt': 'utf-16be', 'gb18030.txt': 'gb18030' };

/** The library's entry of a store's only briefing, without what differs by run (ids, times). */
function onlyEntry(db: string): Partial<LibraryEntry> {
  const { db: store } = openStore(db);
  try {
    const entries = listLibrary(store);
    expect(entries).toHaveLength(1);
    const { id: _id, uid: _uid, importedAt, openedAt: _opened, ...facts } = entries[0] as LibraryEntry;
    expect(Date.now() - Date.parse(importedAt)).toBeLessThan(10 * 60_000);
    return facts;
  } finally {
    closeStore(store);
  }
}

/** The same file imported through the app's handler into a store of its own. */
async function throughHandler(name: string, db: string): Promise<void> {
  const { db: store } = openStore(db);
  try {
    const result = await dispatch('briefings:import', { fileName: name, bytes: files[name] as Uint8Array }, { db: store });
    expect(result.ok && (result.value as ImportOutcome).kind).toBe('imported');
  } finally {
    closeStore(store);
  }
}

describe('briefing import through the library path', () => {
  it.each(['report.md', 'utf8.txt', 'utf16le.txt', 'utf16be.txt', 'gb18030.txt', 'report.docx', 'report.html', 'report.pdf'])(
    '%s: the library facts the app records (file name, format, encoding, slides, figures)',
    async (name) => {
      const cliDb = path(`cli-${name}.db`);
      const run = runCli(['import', path(name), '--db', cliDb]);
      expect(run).toMatchObject({ status: 0, stdout: '1\n' });
      await throughHandler(name, path(`app-${name}.db`));
      const facts = onlyEntry(cliDb);
      expect(facts).toEqual(onlyEntry(path(`app-${name}.db`)));
      expect(facts.sourceName).toBe(name);
      expect(facts.slideCount).toBeGreaterThan(5);
      expect(facts.sourceEncoding).toBe(encodings[name] ?? null);
    },
  );

  it('says which briefing already holds a report, exits 3 and stores nothing; reimport of it changes nothing', () => {
    const db = path('duplicate.db');
    expect(runCli(['import', path('utf8.txt'), '--db', db]).stdout).toBe('1\n');
    const digest = createHash('sha256').update(readFileSync(db)).digest('hex');
    const again = runCli(['import', path('gb18030.txt'), '--db', db]);
    expect(again).toMatchObject({ status: 3, stdout: '' });
    expect(again.stderr).toMatch(/^briefing: 简报库中已有这份报告：“gb18030\.txt”的内容与简报 1《青川“十四五”答卷》相同（\d{4}-\d\d-\d\dT[\d:.]+Z 导入），未重复导入\n$/u);
    const same = runCli(['reimport', path('utf16be.txt'), '--briefing', '1', '--db', db]);
    expect(same).toMatchObject({ status: 0, stdout: '简报 1《青川“十四五”答卷》的报告与“utf16be.txt”相同，未作改动\n' });
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(digest);
  });

  it('refuses a scan in the handler’s words (it needs OCR), for import and reimport, with the store as it was', async () => {
    const db = path('scan.db');
    expect(runCli(['import', path('report.md'), '--db', db]).status).toBe(0);
    const digest = createHash('sha256').update(readFileSync(db)).digest('hex');
    const { db: probe } = openStore(':memory:');
    const handler = await dispatch('briefings:import', { fileName: 'scan.pdf', bytes: files['scan.pdf'] as Uint8Array }, { db: probe });
    closeStore(probe);
    expect(handler.ok).toBe(false);
    const message = handler.ok ? '' : handler.error.message;
    expect(message).toMatch(/扫描件.*OCR/u);
    for (const command of [['import', path('scan.pdf')], ['reimport', path('scan.pdf'), '--briefing', '1']]) {
      const run = runCli([...command, '--db', db]);
      expect(run).toMatchObject({ status: 1, stdout: '', stderr: `briefing: ${message}\n` });
      expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(digest);
    }
  });

  it('creates no store for a refused file when there was none, whatever stage refuses it', () => {
    writeFileSync(path('headings.md'), '标题\n\n## 第一节\n\n## 第二节\n');
    for (const name of ['scan.pdf', 'headings.md']) {
      const db = path(`none-${name}.db`);
      const run = runCli(['import', path(name), '--db', db]);
      expect(run.status).toBe(1);
      expect(existsSync(db)).toBe(false);
      expect(existsSync(`${db}-wal`)).toBe(false);
    }
    const db = path('none-reimport.db');
    expect(runCli(['reimport', path('report.md'), '--briefing', '1', '--db', db]).stderr).toMatch(/找不到编号为 1 的简报/);
    expect(existsSync(db)).toBe(false);
  });
});
