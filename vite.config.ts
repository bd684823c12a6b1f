import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The demo site: index.html at the root, more pages in demo/. The library builds are in scripts/build.mjs.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    outDir: 'site',
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
      },
    },
  },
});
