import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { quotesOnDemand } from './scripts/quotes-on-demand.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** demo/csp.html is served with the contract's strict CSP, in dev and in preview. */
function strictCspPage(): Plugin {
  const apply = (server: { middlewares: { use: (fn: (req: any, res: any, next: () => void) => void) => unknown } }) => {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/demo/csp.html')) res.setHeader('Content-Security-Policy', STRICT_CSP);
      next();
    });
  };
  return { name: 'strict-csp-page', configureServer: apply, configurePreviewServer: apply };
}

const pages = readdirSync(resolve(import.meta.dirname, 'demo')).filter((f) => f.endsWith('.html'));

// The demo site: index.html at the root, more pages in demo/. `npm run build:site` writes site/,
// static files to publish anywhere. The library itself is built by scripts/build.mjs.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [strictCspPage(), quotesOnDemand(import.meta.dirname)],
  build: {
    outDir: 'site',
    target: 'es2022',
    rolldownOptions: {
      input: Object.fromEntries([
        ['index', resolve(import.meta.dirname, 'index.html')],
        ...pages.map((p) => [p.replace('.html', ''), resolve(import.meta.dirname, 'demo', p)]),
      ]),
    },
  },
});
