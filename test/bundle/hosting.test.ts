// dist/ hosted as a web team hosts it, under the contract's strict CSP: copied to a nested path
// (/city-widgets/1.2.0/), served from a second origin with CORS (named in the page's CSP), and a
// copy whose language modules answer 404. Pages made by the test server (web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { loadLanguages, translationsOf, until } from '../helpers.js';

const TAGS = ['branding-checklist', 'capital-radar', 'network-compare', 'diplomacy-capacity', 'talent-governance', 'labour-market-barriers', 'inclusion-action-plan'];

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };

async function open(kind: 'nested' | 'cross' | 'nolang' | 'nocode', lang: string, query = '') {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = `/__hosting/${kind}/${lang}.html${query}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  // Every element shown: rendered, and past its loading line.
  await until(
    () => TAGS.every((t) => {
      const root = doc.querySelector(t)?.shadowRoot;
      return !!root && root.childElementCount > 0 && !root.querySelector('.root > p[role="status"]:not([part])');
    }),
    15000,
    'every element shown',
  );
  return { frame, win, doc };
}

const h2 = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('dist/ hosted under a strict CSP', function () {
  this.timeout(40000);
  before(loadLanguages);

  for (const kind of ['nested', 'cross'] as const) {
    for (const lang of ['en', 'pl'] as const) {
      it(`${kind === 'nested' ? 'from a nested path' : 'from a second origin with CORS'}: every widget in ${lang}`, async () => {
        const { frame, win, doc } = await open(kind, lang);
        try {
          const title = lang === 'en' ? 'Checklist for co-ordinated branding and communication' : translationsOf('branding-checklist').pl!.strings['title'];
          expect(h2(doc, 'branding-checklist')).to.equal(title);
          if (lang === 'pl') {
            expect(h2(doc, 'talent-governance')).to.equal(translationsOf('talent-governance').pl!.strings['title']);
            expect(doc.querySelector('inclusion-action-plan')!.shadowRoot!.textContent).to.contain('Pobierz');
            // Default names are made in the page's language, never in English before it arrived.
            const state = (t: string) => JSON.stringify((doc.querySelector(t) as unknown as { _state: { value: unknown } })._state.value);
            expect(state('branding-checklist')).to.contain('"Ocena 1"').and.not.contain('Assessment 1');
            expect(state('capital-radar')).to.contain('"Moje odpowiedzi"').and.not.contain('My answers');
            expect(state('labour-market-barriers')).to.contain('"Moje miasto 1"').and.not.contain('My city 1');
          }
          for (const t of TAGS) expect(doc.querySelector(t)!.shadowRoot!.querySelector('[part="lang-notice"]'), t).to.equal(null);
          const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js') && n.includes('/city-widgets/1.2.0/'));
          expect(scripts.length).to.be.greaterThan(8);
          if (kind === 'cross') for (const s of scripts) expect(new URL(s).origin).to.not.equal(location.origin);
          // No waterfall: the loader asked for each element's shared chunks up front, with
          // <link rel="modulepreload"> made from script (CORS mode, so a second origin works).
          const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
          expect(preloads.some((l) => /\/chunks\/[\w.-]+\.js$/.test(l.href)), 'shared chunk preloaded').to.equal(true);
          for (const l of preloads) {
            expect(l.crossOrigin, l.href).to.equal('anonymous');
            expect(l.href.startsWith(kind === 'cross' ? 'http://127.0.0.1:' : `${location.origin}/city-widgets/1.2.0/`), l.href).to.equal(true);
          }
          // English pages fetch no language module; Polish pages fetch only Polish.
          const langs = scripts.filter((s) => /\/translations\/[a-z]{2}\//.test(s));
          expect([...new Set(langs.map((s) => /translations\/(\w+)\//.exec(s)![1]))]).to.deep.equal(lang === 'en' ? [] : ['pl']);
          await new Promise((r) => setTimeout(r, 200));
          expect(win.__violations).to.deep.equal([]);
          expect(win.__errors).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('every element from its own one-file dist/<tag>.js on one page, in Polish, from a second origin: all shown, one file each before their language', async () => {
    const { frame, win, doc } = await open('cross', 'pl', '?own=1&key=hosting-own');
    try {
      expect(h2(doc, 'branding-checklist')).to.equal(translationsOf('branding-checklist').pl!.strings['title']);
      expect(h2(doc, 'talent-governance')).to.equal(translationsOf('talent-governance').pl!.strings['title']);
      for (const t of TAGS) expect(doc.querySelector(t)!.shadowRoot!.querySelector('[part="lang-notice"]'), t).to.equal(null);
      const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((n) => n.startsWith('/city-widgets/1.2.0/'));
      // Each element's own file, then only language modules (and each file's map of them).
      for (const t of TAGS) expect(scripts, t).to.include(`/city-widgets/1.2.0/${t}.js`);
      for (const s of scripts.filter((x) => !TAGS.some((t) => x === `/city-widgets/1.2.0/${t}.js`))) {
        expect(s).to.match(/^\/city-widgets\/1\.2\.0\/(translations\/pl\/[\w-]+|chunks\/translations-[\w-]+)\.js$/);
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('element code that fails to load: the tags keep their fallback content, and nothing is thrown', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/__hosting/nocode/en.html';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as FixtureWindow;
      const doc = frame.contentDocument!;
      await new Promise((r) => setTimeout(r, 1000));
      for (const t of TAGS) {
        expect(win.customElements.get(t), t).to.equal(undefined);
        expect(doc.querySelector(t)!.textContent!.trim(), t).to.equal(`${t} could not load.`);
        expect((doc.querySelector(t)!.querySelector('.fallback') as HTMLElement).offsetHeight, t).to.be.greaterThan(0);
      }
      expect(win.__errors).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a language module that answers 404: English, with a role="status" notice, and nothing thrown', async () => {
    const { frame, win, doc } = await open('nolang', 'pl');
    try {
      expect(h2(doc, 'branding-checklist')).to.equal('Checklist for co-ordinated branding and communication');
      for (const t of TAGS) {
        const notice = doc.querySelector(t)!.shadowRoot!.querySelector('[part="lang-notice"]');
        expect(notice, t).to.exist;
        expect(notice!.getAttribute('role')).to.equal('status');
        expect(notice!.textContent).to.contain('Polish').and.contain('English');
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
