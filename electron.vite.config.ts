import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Three bundles: the main process, the preload bridge and the React renderer. */
export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } } },
  },
  preload: {
    // Sandboxed preloads cannot be ES modules: emit CommonJS as index.cjs.
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    // Minified: the break window's script is loaded on every start and measured (npm run bench).
    build: { minify: true, rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } } },
    plugins: [react()],
  },
});
