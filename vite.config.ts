import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** The drawer needs no stylesheet of its own (the document inlines the app's): emit none. */
const dropStylesheets: Plugin = {
  name: 'briefing:drop-ssr-stylesheets',
  generateBundle(_options, bundle) {
    for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
  },
};

/**
 * Two builds of the renderer:
 * - `vite build`: the app, one static bundle served by the Electron app:// protocol or by the browser host;
 * - `vite build --ssr`: the opening-slide drawer for Node (out/first-paint/pre-draw.cjs), which the host and the
 *   Electron shell load to put the first slide into the document itself (main/serve/first-paint/). React and the
 *   slide components are bundled in, so the packaged app needs no node_modules for it.
 */
export default defineConfig(({ isSsrBuild }) => ({
  root: 'renderer',
  base: '/',
  plugins: isSsrBuild ? [react(), dropStylesheets] : [react()],
  ssr: { noExternal: true },
  // React's CommonJS entries pick development or production at run time; the drawer is always production.
  ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  build: isSsrBuild
    ? {
        outDir: '../out/first-paint',
        emptyOutDir: true,
        target: 'node22',
        // Minified: the first-paint script is inlined into every document from its compiled source text.
        minify: true,
        // The whole-typeface files the glyphs of the pre-drawn slide are cut from (pre-draw.tsx).
        ssrEmitAssets: true,
        assetsInlineLimit: 0,
        sourcemap: false,
        reportCompressedSize: false,
        rollupOptions: {
          input: { 'pre-draw': fileURLToPath(new URL('renderer/src/first-paint/pre-draw.tsx', import.meta.url)) },
          // CommonJS, loaded with require: Electron's main process reads it from inside app.asar, where
          // require has always worked and import() long did not.
          output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'assets/[name]-[hash].cjs' },
          // Charts are never drawn ahead (only a cover is): their lazy import stays out of the drawer.
          external: [/^echarts(\/|$)/],
        },
      }
    : {
        outDir: '../out/renderer',
        emptyOutDir: true,
        target: 'chrome130',
        minify: true,
        sourcemap: false,
        assetsInlineLimit: 0,
        reportCompressedSize: false,
      },
}));
