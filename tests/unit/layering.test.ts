import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/temp';

/** The layer rules live in eslint.config.js; these cases prove they bite (a rule that never fires proves nothing). */
const eslint = new ESLint({ cwd: projectRoot });

const layerRules = new Set(['@typescript-eslint/no-restricted-imports', 'briefing/layer-order', 'no-restricted-syntax']);

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && layerRules.has(m.ruleId)).map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['renderer/src/x.ts', "import { join } from 'path';\nexport const x = join;"],
    ['renderer/src/x.ts', "import { dispatch } from '../../main/core/dispatch';\nexport const x = dispatch;"],
    ['renderer/src/x.ts', "import type { Db } from '../../main/core/store/connection';\nexport type X = Db;"],
    ['renderer/src/deck/x.ts', "import type { StoredFigure } from '../../../main/core/store/queries/figures';\nexport type X = StoredFigure;"],
    ['main/core/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/host/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/cli/x.ts', "import { createMainWindow } from '../electron/windows';\nexport const x = createMainWindow;"],
    ['main/serve/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/serve/x.ts', "import { SlideView } from '../../renderer/src/slides/SlideView';\nexport const x = SlideView;"],
    ['main/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['main/shared/x.ts', "import { loadDeck } from '../core/deck/load';\nexport const x = loadDeck;"],
    ['main/shared/x.ts', "import type { Db } from '../core/store/connection';\nexport type X = Db;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import type { Channel } from '../../main/shared/channels';\nexport type X = Channel;"],
    ['main/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/shared/x.ts', "import type { Deck } from './deck';\nexport type X = Deck;"],
    ['main/serve/x.ts', "import { loadDeck } from '../core/deck/load';\nexport const x = loadDeck;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });

  it.each([
    // The core's order: report < store < deck < annotations < briefings < handlers.
    ['main/core/report/x.ts', "import { openStore } from '../store/connection';\nexport const x = openStore;"],
    ['main/core/store/queries/x.ts', "import { loadDeck } from '../../deck/load';\nexport const x = loadDeck;"],
    ['main/core/deck/x.ts', "import { createAnnotation } from '../annotations/service';\nexport const x = createAnnotation;"],
    ['main/core/annotations/x.ts', "import { importReport } from '../briefings/import';\nexport const x = importReport;"],
    ['main/core/deck/x.ts', "import { dispatch } from '../dispatch';\nexport const x = dispatch;"],
    ['main/core/newfolder/x.ts', "import { loadDeck } from '../deck/load';\nexport const x = loadDeck;"],
    // The renderer's: no folder imports upwards or sideways, so no cycle can form.
    ['renderer/src/deck/x.ts', "import { StageOverlay } from '../overlays/StageOverlay';\nexport const x = StageOverlay;"],
    ['renderer/src/slides/x.ts', "import { useAnnotations } from '../annotations/context';\nexport const x = useAnnotations;"],
    ['renderer/src/annotations/x.ts', "import { InkLayer } from '../ink/InkLayer';\nexport const x = InkLayer;"],
    ['renderer/src/ink/x.ts', "import { SearchOverlay } from '../search/SearchOverlay';\nexport const x = SearchOverlay;"],
    ['renderer/src/deck/x.ts', "import { App } from '../app/App';\nexport const x = App;"],
    ['renderer/src/ui/x.ts', "import { createDeck } from '../deck/engine';\nexport const x = createDeck;"],
  ])('keeps the layer order: refuses in %s: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toEqual([]);
  });

  it.each([
    ['main/core/deck/x.ts', "import { openStore } from '../store/connection';\nexport const x = openStore;"],
    ['main/core/handlers/x.ts', "import { loadDeck } from '../deck/load';\nexport const x = loadDeck;"],
    ['main/core/dispatch2.ts', "import { handlers } from './handlers/index';\nexport const x = handlers;"],
    ['renderer/src/app/x.ts', "import { createDeck } from '../deck/engine';\nexport const x = createDeck;"],
    ['renderer/src/overlays/x.ts', "import { InkLayer } from '../ink/InkLayer';\nexport const x = InkLayer;"],
    ['renderer/src/deck/x.ts', "import { whenIdle } from '../ui/idle';\nexport const x = whenIdle;"],
  ])('keeps the layer order: allows in %s: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });

  it.each([
    "import { shell } from 'electron';\nexport const open = (url: string) => shell.openExternal(url);",
    "import { shell } from 'electron';\nexport const open = (name: string) => shell.openPath(`/tmp/${name}`);",
    "import { shell } from 'electron';\nconst { openExternal } = shell;\nexport const open = (url: string) => openExternal(url);",
  ])('lets the shell open only constant addresses: refuses %s', async (code) => {
    expect(await errorsFor('main/electron/x.ts', code)).not.toEqual([]);
  });

  it('lets the shell open a constant address, and show a file in its folder', async () => {
    const code = "import { shell } from 'electron';\nexport const help = () => shell.openExternal('https://example.org/help');\nexport const show = (p: string) => shell.showItemInFolder(p);";
    expect(await errorsFor('main/electron/x.ts', code)).toEqual([]);
  });

  it('opens transactions only through the store', async () => {
    const code = "import type { Db } from '../store/connection';\nexport const x = (db: Db) => db.transaction(() => 1)();";
    expect(await errorsFor('main/core/deck/x.ts', code)).not.toEqual([]);
    expect(await errorsFor('main/core/store/x.ts', code)).toEqual([]);
    const through = "import { inTransaction } from '../store/transaction';\nimport type { Db } from '../store/connection';\nexport const x = (db: Db) => inTransaction(db, () => 1);";
    expect(await errorsFor('main/core/deck/x.ts', through)).toEqual([]);
  });
});
