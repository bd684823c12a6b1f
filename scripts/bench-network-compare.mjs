// Benchmarks the BUILT dist/network-compare.js with 1,000 and 5,000 synthetic networks in headless
// Chromium: time to first render, a keystroke in the search box until the list is updated, and a
// checkbox toggle until the comparison table is updated. Prints medians and p95s against the
// budgets and exits with 1 when one is exceeded. Not part of `npm test`; run `npm run build` first.
//
//   node scripts/bench-network-compare.mjs [--runs 20] [--sizes 1000,5000]
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 20));
const SIZES = arg('sizes', '1000,5000').split(',').map(Number);
/** Budgets in ms for 1,000 networks (medians); larger sizes are reported only. */
const BUDGETS = { 1000: { filter: 100, toggle: 50 } };
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const bundle = join(root, 'dist/network-compare.js');
if (!existsSync(bundle)) {
  console.error('dist/network-compare.js is missing: run `npm run build` first.');
  process.exit(2);
}

// The generator is src's own makeSyntheticNetworks, compiled once by vite (no second copy).
const work = mkdtempSync(join(tmpdir(), 'bench-nc-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: work,
    emptyOutDir: false,
    minify: false,
    lib: { entry: join(root, 'src/widgets/network-compare/network-compare.synthetic.ts'), formats: ['es'], fileName: () => 'synthetic.mjs' },
  },
});
const { makeSyntheticNetworks } = await import(pathToFileURL(join(work, 'synthetic.mjs')).href);
const datasets = new Map(SIZES.map((n) => [n, JSON.stringify(makeSyntheticNetworks(n))]));

// Runs in the page: builds the element with the dataset inline, then measures.
const pageScript = `
const q = new URLSearchParams(location.search);
const runs = Number(q.get('runs'));
const text = await (await fetch('/data-' + q.get('n') + '.json')).text();
const tick = () => new Promise((r) => setTimeout(r, 0));
async function settle(el) {
  await el.updateComplete;
  el.shadowRoot.querySelector('.root').offsetHeight; // style and layout included
}
const el = document.createElement('network-compare');
el.setAttribute('storage-key', 'bench-' + Math.random());
el.setAttribute('lang', 'en');
const s = document.createElement('script');
s.type = 'application/json';
s.textContent = text;
el.append(s);
let t = performance.now();
document.body.append(el);
await settle(el);
while (!el.shadowRoot.querySelector('input[type="checkbox"]')) { await el.updateComplete; await tick(); }
await settle(el);
const first = performance.now() - t;
const root = el.shadowRoot;
const checks = () => [...root.querySelectorAll('input[type="checkbox"]')];

// Type "cities 1" key by key, then delete it key by key: every keystroke is one sample.
const word = 'cities 12';
const filter = [];
const search = root.querySelector('input[type="search"]');
for (let i = 0; filter.length < runs; i++) {
  const k = i % (2 * word.length);
  search.value = k < word.length ? word.slice(0, k + 1) : word.slice(0, 2 * word.length - k - 1);
  await tick();
  t = performance.now();
  search.dispatchEvent(new Event('input'));
  await settle(el);
  filter.push(performance.now() - t);
}
search.value = '';
search.dispatchEvent(new Event('input'));
await settle(el);

// Two networks stay selected; a third is checked and unchecked, each time rebuilding the table.
checks()[0].click();
checks()[1].click();
await settle(el);
const toggle = [];
for (let i = 0; toggle.length < runs; i++) {
  await tick();
  const box = checks()[2 + (Math.floor(i / 2) % 50)];
  t = performance.now();
  box.click();
  await settle(el);
  toggle.push(performance.now() - t);
  if (root.querySelectorAll('table[part="table"] th[scope="col"]').length !== (box.checked ? 3 : 2)) throw new Error('table not updated');
}
window.__result = { first, filter, toggle, shown: checks().length };
`;

const page = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${n}</title>
<script type="module" src="/dist/network-compare.js"></script><script type="module" src="/bench.js"></script></head><body></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const m = /^\/data-(\d+)\.json$/.exec(url.pathname);
  if (req.method !== 'GET') res.writeHead(405).end();
  else if (url.pathname === '/') send('text/html', page(url.searchParams.get('n')));
  else if (url.pathname === '/bench.js') send('text/javascript', pageScript);
  // The element's entry and the shared chunks it imports (dist/ is a folder of modules).
  else if (/^\/dist\/[\w./-]+\.js$/.test(url.pathname) && !url.pathname.includes('..')) {
    try {
      send('text/javascript', readFileSync(join(root, url.pathname)));
    } catch {
      res.writeHead(404).end();
    }
  }
  else if (m && datasets.has(Number(m[1]))) send('application/json', datasets.get(Number(m[1])));
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
// Never outlives a stuck browser.
const guard = setTimeout(() => {
  console.error('benchmark timed out');
  process.exit(2);
}, 10 * 60_000);
guard.unref();

const profile = mkdtempSync(join(tmpdir(), 'bench-nc-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  viewport: { width: 1200, height: 900 },
});

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, p95: at(0.95) };
};

const rows = [];
let over = false;
try {
  for (const n of SIZES) {
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.error(`page error (${n}):`, e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/?n=${n}&runs=${RUNS}`);
    await tab.waitForFunction(() => window.__result, null, { timeout: 120_000, polling: 100 });
    const r = await tab.evaluate(() => window.__result);
    await tab.close();
    const budget = BUDGETS[n] ?? {};
    const add = (what, xs, limit) => {
      const { median, p95 } = stats(xs);
      const ok = limit === undefined || median <= limit;
      if (!ok) over = true;
      rows.push({ networks: n, measure: what, median, p95, budget: limit, ok });
    };
    add('first render', [r.first]);
    add('filter keystroke → list', r.filter, budget.filter);
    add('toggle checkbox → table', r.toggle, budget.toggle);
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

const f = (v) => (v === undefined ? '—' : v.toFixed(1));
console.log(`\n<network-compare> benchmark, dist/network-compare.js, ${RUNS} runs each (first render: one run)\n`);
console.log('| networks | measure | median ms | p95 ms | budget (median) | |');
console.log('|---:|---|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.networks} | ${r.measure} | ${f(r.median)} | ${f(r.p95)} | ${r.budget === undefined ? '—' : `≤ ${r.budget}`} | ${r.budget === undefined ? '' : r.ok ? 'ok' : 'OVER'} |`);
}
process.exit(over ? 1 : 0);
