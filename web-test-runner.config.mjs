// Runs every test in real headless Chromium. The built bundle is served from /dist by the same server.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

const dist = new URL('./dist/', import.meta.url);

/** The file of dist/ a hosted path names (`/city-widgets/1.2.0/chunks/x.js` → dist/chunks/x.js), or null. */
async function distFile(path, prefix) {
  if (!path.startsWith(prefix)) return null;
  const rel = decodeURIComponent(path.slice(prefix.length));
  if (rel.includes('..')) return null;
  try {
    return await readFile(new URL(rel, dist));
  } catch {
    return null;
  }
}

// A second origin (another port) that serves dist/ with CORS, as a CDN would, at a versioned path.
const secondOrigin = await new Promise((resolve) => {
  const server = createServer(async (req, res) => {
    const body = await distFile(new URL(req.url, 'http://x').pathname, '/city-widgets/1.2.0/');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    server.unref();
    resolve(`http://127.0.0.1:${server.address().port}`);
  });
});

/**
 * A page that embeds every element from a hosted copy of dist/: `nested` (this origin, under
 * /city-widgets/1.2.0/), `cross` (the second origin, named in the page's CSP), `nolang` (a copy
 * whose language modules all answer 404), `nocode` (only the loader answers), `noparts` (the Summary's
 * outputs and comparisons answer 404). `?tags=a,b` keeps only those elements; `&key=k` sets their storage key; `&own=1` loads each
 * element from its own one-file dist/<tag>.js instead of city-widgets.js. The strict CSP in every case.
 */
function hostingPage(kind, lang, only, key = `hosting-${kind}-${lang}`, own = false) {
  const base = {
    cross: `${secondOrigin}/city-widgets/1.2.0/`,
    nolang: '/no-languages/1.2.0/',
    nocode: '/no-code/1.2.0/',
    noparts: '/no-parts/1.2.0/',
  }[kind] ?? '/city-widgets/1.2.0/';
  const csp = kind === 'cross' ? STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${secondOrigin}`) : STRICT_CSP;
  const all = ['branding-checklist', 'capital-radar', 'network-compare', 'diplomacy-capacity', 'talent-governance', 'labour-market-barriers', 'inclusion-action-plan'];
  const tags = only ? all.filter((t) => only.split(',').includes(t)) : all;
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>city-widgets hosted (${kind})</title>
    <script src="/test/fixtures/csp/probe.js"></script>
    ${own ? tags.map((t) => `<script type="module" src="${base}${t}.js"></script>`).join('\n    ') : `<script type="module" src="${base}city-widgets.js"></script>`}
  </head>
  <body>
    ${tags.map((t) => `<${t} storage-key="${key.replace(/[^\w-]/g, '')}"><p class="fallback">${t} could not load.</p></${t}>`).join('\n    ')}
  </body>
</html>`;
  return { html, csp };
}

/** Prints a bare `N passed, N failed` line that CI can read, after everything else. */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) count(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load counts as a failure, even if it reported no test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      // Under `npm test` the counts go to a file and the script prints the one closing line.
      const file = process.env.CW_COUNTS_FILE;
      if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
      else process.on('exit', () => console.log(`\n${passed} passed, ${failed} failed`));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [
    // `/__hang` answers nothing until the client gives up (or 5 s pass): a server that never answers.
    async function hang(ctx, next) {
      if (ctx.path !== '/__hang') return next();
      await new Promise((resolve) => {
        const t = setTimeout(resolve, 5000);
        ctx.req.on('close', () => (clearTimeout(t), resolve()));
      });
      ctx.status = 504;
    },
    // `/__widgets`: the widgets, one directory each in src/widgets/ (the one list every other list follows).
    async function widgets(ctx, next) {
      if (ctx.path !== '/__widgets') return next();
      const dir = new URL('./src/widgets/', import.meta.url);
      const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
      const tags = [];
      for (const n of names) if (await readFile(new URL(`./${n}/${n}.ts`, dir)).then(() => true, () => false)) tags.push(n);
      ctx.body = JSON.stringify(tags.sort());
      ctx.type = 'application/json';
    },
    // `/__raw/<path>`: a file of the repository as it is on disk (the dev server compiles .ts files).
    async function raw(ctx, next) {
      if (!ctx.path.startsWith('/__raw/') || ctx.path.includes('..')) return next();
      try {
        ctx.body = await readFile(new URL(`./${ctx.path.slice('/__raw/'.length)}`, import.meta.url), 'utf8');
        ctx.type = 'text/plain';
      } catch {
        ctx.status = 404;
      }
    },
    // `/__property-runs`: how many cases the property tests run (CW_PROPERTY_RUNS; null: their default).
    function propertyRuns(ctx, next) {
      if (ctx.path !== '/__property-runs') return next();
      ctx.body = JSON.stringify(Number(process.env.CW_PROPERTY_RUNS) || null);
      ctx.type = 'application/json';
    },
    // `/__gzip-size/dist/x.js` answers the gzip size of the built file on disk (level 9).
    async function gzipSize(ctx, next) {
      if (!ctx.path.startsWith('/__gzip-size/')) return next();
      try {
        const file = new URL(`./${ctx.path.slice('/__gzip-size/'.length)}`, import.meta.url);
        const buf = await readFile(file);
        ctx.body = JSON.stringify({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
    },
    // JSON fetched by an element (`src`) must stay JSON; only JSON imported as a module is compiled.
    async function rawJson(ctx, next) {
      if (!ctx.path.endsWith('.json')) return next();
      // The same URL is both a module and a file: never let one answer stand in for the other.
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Vary', 'Sec-Fetch-Dest');
      if (ctx.get('sec-fetch-dest') !== 'empty') return next();
      try {
        ctx.body = await readFile(new URL(`.${decodeURIComponent(ctx.path)}`, import.meta.url), 'utf8');
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
    },
    // dist/ as an embedder hosts it: at a nested path; and a copy whose language modules are missing.
    async function hostedDist(ctx, next) {
      const nested = await distFile(ctx.path, '/city-widgets/1.2.0/');
      const nolang = ctx.path.startsWith('/no-languages/1.2.0/translations/') ? null : await distFile(ctx.path, '/no-languages/1.2.0/');
      // A copy where only the loader answers: every element's code fails to load.
      const nocode = ctx.path === '/no-code/1.2.0/city-widgets.js' ? await distFile(ctx.path, '/no-code/1.2.0/') : null;
      // A copy where the Summary's outputs, loaded on demand, can't be loaded (as when offline).
      const noparts = /^\/no-parts\/1\.2\.0\/chunks\/(outputs-part|compare-view)-/.test(ctx.path) ? null : await distFile(ctx.path, '/no-parts/1.2.0/');
      const body = nested ?? nolang ?? nocode ?? noparts;
      if (!body) return /^\/no-(languages|code|parts)\//.test(ctx.path) ? void (ctx.status = 404) : next();
      ctx.body = body;
      ctx.type = 'text/javascript';
    },
    // `/__hosting/<nested|cross|nolang|nocode|noparts>/<lang>.html[?tags=…]`: see hostingPage.
    function hosting(ctx, next) {
      const m = /^\/__hosting\/(nested|cross|nolang|nocode|noparts)\/([a-z]{2})\.html$/.exec(ctx.path);
      if (!m) return next();
      const { html, csp } = hostingPage(m[1], m[2], ctx.query.tags, ctx.query.key || undefined, ctx.query.own === '1');
      ctx.set('Content-Security-Policy', csp);
      ctx.body = html;
      ctx.type = 'text/html';
    },
    // Fixture pages under /test/fixtures/csp/ are served with the contract's strict CSP.
    function strictCsp(ctx, next) {
      if (ctx.path.startsWith('/test/fixtures/csp/') || ctx.path === '/demo/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // Each test file in its own window: a background tab gets no animation frames, no resize
      // observations and no rendering, so element code that waits for them would stall.
      // And each in its own browser context: its own IndexedDB and localStorage, so that a test that
      // holds the widgets' store (a slow disk) or fills storage never blocks another file's test.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-component-update',
          '--disable-quic',
          '--disable-background-networking',
          '--no-first-run',
          // Tests run in parallel pages: a page in the background must not have its frames and timers throttled.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
