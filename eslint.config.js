// @ts-check
import tseslint from 'typescript-eslint';
import { layerOrder } from './eslint/layer-order.js';

/** The project's own rules (eslint/). */
const briefing = { rules: { 'layer-order': layerOrder } };

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'module'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'release/', 'dist/', 'test-results/', 'playwright-report/', 'tests/artifacts/', 'bench/results.json', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layer: code that runs in the browser. No Electron, no Node; from main/ only the shared folder.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the app only through the typed API.' }],
          patterns: [
            { group: nodeBuiltins, message: 'Renderer code runs in a browser: no Node built-ins.' },
            {
              group: ['**/main/**', '!**/main/shared', '!**/main/shared/**'],
              message: 'The renderer reaches main/ only through main/shared (what both sides share), types and values alike.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layer: the core (store, report, handlers, host, CLI) runs under plain Node and never sees Electron.
    files: ['main/core/**/*.ts', 'main/serve/**/*.ts', 'main/host/**/*.ts', 'main/cli/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'The core must not depend on the shell or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // Layer: what the renderer and the app share (VS Code's "common"). It runs on both sides, so it uses no
    // Node, no Electron and no DOM-only code, and it leans on nothing outside itself.
    files: ['main/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Shared code runs in the renderer too.' }],
          patterns: [
            { group: nodeBuiltins, message: 'Shared code runs in the renderer too: no Node built-ins.' },
            { group: ['../*', '!../shared', '!../shared/**'], message: 'Shared code imports only shared code.' },
          ],
        },
      ],
    },
  },
  {
    // Transactions are opened in one place, the store's inTransaction (store/transaction.ts); the shell opens
    // only constant addresses.
    files: ['main/**/*.ts'],
    ignores: ['main/core/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Open a transaction with inTransaction (main/core/store/transaction.ts), not db.transaction.',
        },
        // The shell opens only what the app itself names: a URL or path built from a report, a note or a
        // file name could launch anything on the machine. Show a saved file with shell.showItemInFolder.
        ...['property.name', 'name'].map((callee) => ({
          selector: `CallExpression[callee.${callee}=/^(openExternal|openPath)$/]:not([arguments.0.type='Literal'])`,
          message: 'shell.openExternal / shell.openPath take only a constant string (a literal), never text from data.',
        })),
      ],
    },
  },
  {
    // Layers inside the core: the report is read, stored, made a deck, annotated; briefings orchestrate
    // imports and export writes files for Office; handlers answer the channels. Each imports only what is
    // below it.
    files: ['main/core/**/*.ts'],
    plugins: { briefing },
    rules: {
      'briefing/layer-order': [
        'error',
        { root: 'main/core', layers: [['report'], ['store'], ['deck'], ['annotations'], ['briefings', 'export'], ['handlers']] },
      ],
    },
  },
  {
    // Layers inside the renderer: generic pieces at the bottom, the slides and the deck engine, then the
    // annotation features over them, the views that compose them, and the app and its first paint on top.
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { briefing },
    rules: {
      'briefing/layer-order': [
        'error',
        {
          root: 'renderer/src',
          layers: [
            ['ui', 'styles'],
            ['text', 'api'],
            ['charts'],
            ['slides'],
            ['deck'],
            ['annotations'],
            ['ink', 'search'],
            ['overlays'],
            ['source'],
            ['presenter', 'library', 'print', 'exports', 'edit'],
            ['app'],
            ['first-paint'],
          ],
        },
      ],
    },
  },
);
