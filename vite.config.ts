import { defineConfig } from 'vite';

// The UI has no inline script or style and loads nothing remote, so it runs under the server's strict CSP.
export default defineConfig({
  root: 'web',
  base: '/',
  build: { outDir: '../dist/web', emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1500 },
  logLevel: 'warn',
});
