// `npm run bench`: measures the BUILT bundle in headless Chromium (not part of `npm test`).
// Prints, per widget, the gzip sum of every dist/ file a page showing it fetches (English and
// Polish), first-render times of each widget and of all together,
// the content-ready ratio of each widget against a static page of the same content (loopback and
// throttled), and interaction latencies, as medians over repeated runs, and compares them with the budgets.
// Exit code 1 when a budget is exceeded. Run `npm run build` first (done by `prebench`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
// BENCH_BEFORE=<an older build's dist/>: its one-file English builds (`en/<tag>.js`, before dist/
// was split) are timed side by side with this build, the figure being this build's time over theirs.
const before = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : null;
const beforeFile = (tag) => [`en/${tag}.js`, `${tag}.js`].find((f) => before && existsSync(join(before, f)));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// Issue 14's page budgets (gzip of every dist/ file the page fetches), and the render budget.
const BUDGETS = {
  loaderGzip: 6 * 1000,
  pageGzip: 40 * 1000,
  networkCompareGzip: 55 * 1000,
  otherLanguageExtra: 12 * 1000,
  firstRenderAllMs: 150,
};

const results = [];
const record = (name, value, unit, budget) => {
  const ok = budget === undefined || value <= budget;
  results.push({ name, value, unit, budget, ok });
};

// ---- sizes: the loader here; each widget's page sum once the browser is up ------------------
const dist = resolve(root, 'dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const gzipOf = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;
record('gzip dist/city-widgets.js (the loader)', gzipOf('dist/city-widgets.js'), 'B', BUDGETS.loaderGzip);
const candidates = files.filter((f) => f !== 'city-widgets.js').map((f) => f.replace(/\.js$/, ''));
let tags = candidates;

// ---- a tiny static server on loopback -----------------------------------------------------------
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
// The loader defines a tag when it appears: the bench page shows each once, hidden, so that all are defined.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/city-widgets.js"></script></head><body><div hidden>${candidates.map((t) => `<${t} storage-key="bench-warm"></${t}>`).join('')}</div></body></html>`;
// `/one.html?tag=x&lang=y`: a page with one widget, for its weight.
const onePage = (tag, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/dist/city-widgets.js"></script></head><body><${tag} storage-key="bench-one"></${tag}></body></html>`;
// `/static.html?tag=x`: the same content as a plain HTML page (the widget's rendered DOM, captured
// once), the reference of the content-ready ratio. `/ready.js` marks when a widget's content is there.
const staticContent = new Map();
const readyScript = `const ts = new URLSearchParams(location.search).get('tag').split(',');
const shown = (t) => { const r = document.querySelector(t)?.shadowRoot; return !!r && r.childElementCount > 0 && !r.querySelector('.root > p[role="status"]:not([part])'); };
const tick = () => { if (ts.every(shown)) window.__ready = performance.now(); else requestAnimationFrame(tick); };
tick();`;
// The five original widgets, for the page that shows them all.
const FIVE = ['branding-checklist', 'capital-radar', 'network-compare', 'diplomacy-capacity', 'talent-governance'];
// Every answer gzip-compressed when the browser accepts it, as any web host serves text: the
// widget's files and the static reference page alike.
const send = (req, res, type, body) => {
  const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { 'content-type': type, ...(gz ? { 'content-encoding': 'gzip' } : {}) }).end(gz ? gzipSync(body) : body);
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  if (path === '/bench.html') return send(req, res, 'text/html', page);
  if (path === '/ready.js') return send(req, res, 'text/javascript', readyScript);
  if (path === '/static.html') return send(req, res, 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${staticContent.get(url.searchParams.get('tag')) ?? ''}</body></html>`);
  if (path === '/ready.html') {
    // `&own=1`: each element from its one-file dist/<tag>.js, not through the loader.
    const tags = url.searchParams.get('tag').split(',');
    const scripts = url.searchParams.has('own') ? tags.map((t) => `/dist/${t}.js`) : ['/dist/city-widgets.js'];
    return send(req, res, 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8">${scripts.map((x) => `<script type="module" src="${x}"></script>`).join('')}<script type="module" src="/ready.js"></script></head><body>${tags.map((t) => `<${t} storage-key="bench-ready"></${t}>`).join('')}</body></html>`);
  }
  if (path === '/one.html') return send(req, res, 'text/html', onePage(url.searchParams.get('tag'), url.searchParams.get('lang')));
  if (path === '/ready-before.html') {
    const tags = url.searchParams.get('tag').split(',');
    return send(req, res, 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8">${tags.map((t) => `<script type="module" src="/before/${beforeFile(t)}"></script>`).join('')}<script type="module" src="/ready.js"></script></head><body>${tags.map((t) => `<${t} storage-key="bench-ready"></${t}>`).join('')}</body></html>`);
  }
  if (before && path.startsWith('/before/') && !path.includes('..')) {
    try {
      return send(req, res, 'text/javascript', readFileSync(join(before, path.slice('/before/'.length))));
    } catch {
      return res.writeHead(404).end();
    }
  }
  if (!path.startsWith('/dist/')) return res.writeHead(404).end();
  try {
    send(req, res, types[extname(path)] ?? 'application/octet-stream', readFileSync(join(root, path)));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'cw-bench-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  viewport: { width: 1000, height: 800 },
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

try {
  const tab = await ctx.newPage();
  await tab.goto(`${base}/bench.html`);
  await tab.waitForFunction((t) => t.every((x) => customElements.get(x)), candidates, { timeout: 10000 }).catch(() => {});
  tags = await tab.evaluate((t) => t.filter((x) => customElements.get(x)), candidates);

  // Each widget's page weight: the dist/ files a fresh page showing it fetched, in English and Polish.
  const pageWeight = async (tag, lang) => {
    const p = await ctx.newPage();
    await p.goto(`${base}/one.html?tag=${tag}&lang=${lang}`);
    await p.waitForFunction((t) => {
      const root = document.querySelector(t)?.shadowRoot;
      return !!root && root.childElementCount > 0 && !root.querySelector('.root > p[role="status"]:not([part])');
    }, tag, { timeout: 15000 });
    const paths = await p.evaluate(() => [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((x) => x.startsWith('/dist/')))]);
    await p.close();
    return paths.reduce((sum, x) => sum + gzipOf(x), 0);
  };
  for (const tag of tags) {
    const en = await pageWeight(tag, 'en');
    const pl = await pageWeight(tag, 'pl');
    record(`page with one <${tag}>, English: gzip of every dist/ file fetched`, en, 'B', tag === 'network-compare' ? BUDGETS.networkCompareGzip : BUDGETS.pageGzip);
    record(`the same <${tag}> in Polish: more than English`, pl - en, 'B', BUDGETS.otherLanguageExtra);
  }
  // Content-ready ratio: a fresh page showing one widget against a static page of the same content,
  // side by side in this run, on loopback and on a throttled connection (Lighthouse's mobile
  // profile: 150 ms round trip, 1.6 Mbit/s down). The ratio, not the milliseconds, is the figure.
  for (const tag of tags) {
    const p = await ctx.newPage();
    await p.goto(`${base}/ready.html?tag=${tag}`);
    await p.waitForFunction(() => window.__ready !== undefined, null, { timeout: 15000 });
    staticContent.set(tag, await p.evaluate((t) => document.querySelector(t).shadowRoot.innerHTML, tag));
    await p.close();
  }
  const ratioRuns = Math.max(3, Math.min(RUNS, 7));
  for (const [label, net] of [
    ['loopback', null],
    ['throttled', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }],
  ]) {
    const readyAt = async (url, widget) => {
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (net) await cdp.send('Network.emulateNetworkConditions', net);
      await p.goto(url);
      const t = widget
        ? (await p.waitForFunction(() => window.__ready, null, { timeout: 60000 }), await p.evaluate(() => window.__ready))
        : await p.evaluate(() => new Promise((r) => (document.readyState === 'loading' ? addEventListener('DOMContentLoaded', () => r(performance.now())) : r(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd))));
      await p.close();
      return t;
    };
    for (const tag of tags) {
      const w = [];
      const st = [];
      for (let i = 0; i < ratioRuns; i++) {
        w.push(await readyAt(`${base}/ready.html?tag=${tag}`, true));
        st.push(await readyAt(`${base}/static.html?tag=${tag}`, false));
      }
      record(`<${tag}> content ready vs a static page of the same content, ${label} (median ratio; ${Math.round(median(w))} vs ${Math.round(median(st))} ms)`, Math.round((median(w) / median(st)) * 100) / 100, '×');
      if (beforeFile(tag)) {
        const b = [];
        const now = [];
        for (let i = 0; i < ratioRuns; i++) {
          now.push(await readyAt(`${base}/ready.html?tag=${tag}`, true));
          b.push(await readyAt(`${base}/ready-before.html?tag=${tag}`, true));
        }
        record(`<${tag}> content ready vs BENCH_BEFORE's ${beforeFile(tag)}, ${label} (median ratio; ${Math.round(median(now))} vs ${Math.round(median(b))} ms)`, Math.round((median(now) / median(b)) * 100) / 100, '×');
      }
      // The same widget from its one-file dist/<tag>.js (two round trips, as the old file), against
      // the loader's page and, with BENCH_BEFORE, against the old file.
      const own = [];
      const loader = [];
      const old = [];
      for (let i = 0; i < ratioRuns; i++) {
        own.push(await readyAt(`${base}/ready.html?tag=${tag}&own=1`, true));
        loader.push(await readyAt(`${base}/ready.html?tag=${tag}`, true));
        if (beforeFile(tag)) old.push(await readyAt(`${base}/ready-before.html?tag=${tag}`, true));
      }
      record(`<${tag}> from dist/${tag}.js vs through city-widgets.js, ${label} (median ratio; ${Math.round(median(own))} vs ${Math.round(median(loader))} ms)`, Math.round((median(own) / median(loader)) * 100) / 100, '×');
      if (old.length) record(`<${tag}> from dist/${tag}.js vs BENCH_BEFORE's ${beforeFile(tag)}, ${label} (median ratio; ${Math.round(median(own))} vs ${Math.round(median(old))} ms)`, Math.round((median(own) / median(old)) * 100) / 100, '×');
    }
    // The five original widgets on one page: this build's loader against five one-file elements.
    if (FIVE.every((t) => tags.includes(t) && beforeFile(t))) {
      const b = [];
      const now = [];
      for (let i = 0; i < ratioRuns; i++) {
        now.push(await readyAt(`${base}/ready.html?tag=${FIVE}`, true));
        b.push(await readyAt(`${base}/ready-before.html?tag=${FIVE}`, true));
      }
      record(`the five original widgets on one page vs BENCH_BEFORE's five one-file elements, ${label} (median ratio; ${Math.round(median(now))} vs ${Math.round(median(b))} ms)`, Math.round((median(now) / median(b)) * 100) / 100, '×');
    }
  }

  const missing = candidates.filter((t) => !tags.includes(t));
  if (missing.length) console.warn(`not defined by dist/city-widgets.js: ${missing.join(', ')}`);

  // In the page: mount an element, wait until it has rendered its content (data and storage read).
  await tab.evaluate(() => {
    window.__mount = async (tag, key) => {
      const el = document.createElement(tag);
      el.setAttribute('storage-key', key);
      document.body.append(el);
      for (;;) {
        await el.updateComplete;
        const root = el.shadowRoot;
        const text = root?.textContent ?? '';
        if (root && root.childElementCount && !/Loading/.test(text) && !root.querySelector('[role="status"]:not([part="notice"])')?.textContent?.includes('Loading')) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => r()));
      return el;
    };
  });

  for (const tag of tags) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await tab.evaluate(async ([t, k]) => {
          const t0 = performance.now();
          const el = await window.__mount(t, k);
          const dt = performance.now() - t0;
          el.remove();
          return dt;
        }, [tag, `bench-${tag}-${i}`]),
      );
    }
    record(`first render <${tag}> (median)`, median(times), 'ms');
  }

  const all = [];
  for (let i = 0; i < RUNS; i++) {
    all.push(
      await tab.evaluate(async ([ts, i]) => {
        const t0 = performance.now();
        const els = await Promise.all(ts.map((t) => window.__mount(t, `bench-all-${i}`)));
        const dt = performance.now() - t0;
        els.forEach((e) => e.remove());
        return dt;
      }, [tags, i]),
    );
  }
  record(`first render of all ${tags.length} together (median)`, median(all), 'ms', BUDGETS.firstRenderAllMs);

  // Interactions: the time from the user's input to the updated render.
  const interactions = {
    'branding-checklist': 'answer a question',
    'diplomacy-capacity': 'answer a question',
    'talent-governance': 'answer a question',
  };
  for (const [tag, label] of Object.entries(interactions)) {
    if (!tags.includes(tag)) continue;
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await tab.evaluate(async ([t, i]) => {
          const el = await window.__mount(t, `bench-answer-${i}`);
          const radios = el.shadowRoot.querySelectorAll('[role="radiogroup"] input[type="radio"]');
          const target = radios[(i * 5) % radios.length];
          const t0 = performance.now();
          target.click();
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => r()));
          const dt = performance.now() - t0;
          el.remove();
          return dt;
        }, [tag, i]),
      );
    }
    record(`<${tag}>: ${label} (median)`, median(times), 'ms');
  }

  if (tags.includes('capital-radar')) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await tab.evaluate(async (i) => {
          const el = await window.__mount('capital-radar', `bench-profile-${i}`);
          const add = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New profile');
          const t0 = performance.now();
          add.click();
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => r()));
          const dt = performance.now() - t0;
          el.remove();
          return dt;
        }, i),
      );
    }
    record('<capital-radar>: add a profile (median)', median(times), 'ms');
  }
} finally {
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

// The network-compare benchmark (1,000 and 5,000 networks) has its own script.
let networkOk = true;
try {
  readFileSync(resolve(root, 'scripts/bench-network-compare.mjs'));
  console.log('\n── <network-compare> with large datasets');
  networkOk = spawnSync(process.execPath, [resolve(root, 'scripts/bench-network-compare.mjs')], { stdio: 'inherit' }).status === 0;
} catch {
  // not there yet
}

const fmt = (r) => (r.unit === 'B' ? `${(r.value / 1000).toFixed(1)} KB` : r.unit === '×' ? `${r.value.toFixed(2)}×` : `${r.value.toFixed(1)} ms`);
const budget = (r) => (r.budget === undefined ? '' : r.unit === 'B' ? `${(r.budget / 1000).toFixed(0)} KB` : `${r.budget} ms`);
console.log('\n| measure | value | budget | |\n|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${fmt(r)} | ${budget(r)} | ${r.budget === undefined ? '' : r.ok ? 'ok' : 'OVER'} |`);
console.log(`\nruns per measure: ${RUNS}; machine: ${process.platform} ${process.arch}, node ${process.version}`);
const failed = results.filter((r) => !r.ok).length + (networkOk ? 0 : 1);
process.exit(failed ? 1 : 0);
