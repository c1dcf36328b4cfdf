import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/temp';

/** The layer rules live in eslint.config.js; these cases prove they bite (a rule that never fires proves nothing). */
const eslint = new ESLint({ cwd: projectRoot });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
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
});
