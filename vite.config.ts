import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static bundle served by the Electron app:// protocol or by the browser host.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    minify: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
