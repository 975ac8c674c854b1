import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Three bundles: the main process, the preload bridge and the React renderer. */
export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } } },
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'preload/index.ts') } } },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } } },
    plugins: [react()],
  },
});
