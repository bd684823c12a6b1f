import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { DataController } from '../../src/base/data-controller.js';
import { until, uniqueKey } from '../helpers.js';
import { PAYLOADS, poison, WIDGET_CASES } from './cases.js';

type WithData = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role="alert"]') ?? null;

async function mountInline(tag: string, text: string): Promise<{ el: WithData; events: CustomEvent[]; errors: string[] }> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  const el = document.createElement(tag) as WithData;
  el.setAttribute('storage-key', uniqueKey('bad'));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  const events: CustomEvent[] = [];
  el.addEventListener('cw-invalid-data', (e) => events.push(e as CustomEvent));
  document.body.append(el);
  await until(() => !!alertOf(el), 3000, `alert in <${tag}>`);
  window.removeEventListener('error', onError);
  return { el, events, errors };
}

describe('bad input corpus: every case gives an alert naming the path, an event, and no uncaught error', () => {
  let total = 0;
  for (const [tag, { cases }] of Object.entries(WIDGET_CASES)) {
    describe(`<${tag}>`, () => {
      for (const c of cases) {
        total++;
        it(c.name, async () => {
          const neighbour = document.createElement(tag) as WithData;
          neighbour.setAttribute('storage-key', uniqueKey('ok'));
          document.body.append(neighbour);
          const { el, events, errors } = await mountInline(tag, c.text);
          try {
            expect(alertOf(el)!.textContent).to.contain(c.path === '(root)' ? 'expected' : c.path);
            expect(events).to.have.length(1);
            expect(events[0]!.detail.path).to.equal(c.path);
            expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
            expect(el.data).to.equal(undefined);
            expect(errors).to.deep.equal([]);
            await until(() => !!neighbour.data, 2000, 'the neighbour still works');
            expect(alertOf(neighbour)).to.equal(null);
          } finally {
            el.remove();
            neighbour.remove();
          }
        });
      }
    });
  }
  it('has at least 10 cases per widget and 30 in all', () => {
    for (const { cases } of Object.values(WIDGET_CASES)) expect(cases.length).to.be.at.least(10);
    expect(total).to.be.at.least(30);
  });
});

describe('src that fails', () => {
  const tags = Object.keys(WIDGET_CASES);
  const rows: [string, string, RegExp][] = [
    ['a 404', '/no-such-file.json', /404/],
    ['an HTML page', '/test/fixtures/not-json.html', /JSON/],
    ['a server that never answers', '/__hang', /within/],
  ];
  let saved = 0;
  before(() => {
    saved = DataController.timeoutMs;
    DataController.timeoutMs = 400;
  });
  after(() => (DataController.timeoutMs = saved));
  for (const tag of tags) {
    for (const [name, src, expected] of rows) {
      it(`<${tag}> with ${name}`, async () => {
        const el = document.createElement(tag) as WithData;
        el.setAttribute('storage-key', uniqueKey());
        el.setAttribute('src', src);
        const events: CustomEvent[] = [];
        el.addEventListener('cw-invalid-data', (e) => events.push(e as CustomEvent));
        document.body.append(el);
        try {
          await until(() => !!alertOf(el), 3000, 'alert');
          expect(alertOf(el)!.textContent).to.match(expected);
          expect(events).to.have.length(1);
        } finally {
          el.remove();
        }
      });
    }
  }
});

describe('injection corpus: nothing in the data executes or becomes markup', () => {
  afterEach(() => delete (window as { __pwned?: number }).__pwned);
  // Ids and enum-like keys keep their values so the data stays valid and every text is rendered.
  const keep = new Set(['id', 'version', 'origin', 'lines', 'doc', 'status', 'kind', 'capitalId', 'benchmark', 'format']);
  for (const [tag, { data }] of Object.entries(WIDGET_CASES)) {
    for (const payload of PAYLOADS) {
      for (const keepIds of [true, false]) {
        it(`<${tag}> ${keepIds ? 'renders' : 'refuses'} ${payload.slice(0, 30)}…`, async () => {
          const el = document.createElement(tag) as WithData;
          el.setAttribute('storage-key', uniqueKey('inj'));
          const s = document.createElement('script');
          s.type = 'application/json';
          s.textContent = JSON.stringify(poison(data, payload, keepIds ? keep : new Set()));
          el.append(s);
          document.body.append(el);
          try {
            await until(() => !!el.data || !!alertOf(el), 3000, 'settled');
            await el.updateComplete;
            await new Promise((r) => setTimeout(r, 50));
            const root = el.shadowRoot!;
            expect((window as { __pwned?: number }).__pwned, 'executed').to.equal(undefined);
            expect(root.querySelectorAll('script, iframe, object, embed, img:not([src^="data:"]):not([src^="blob:"])').length).to.equal(0);
            for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(a.protocol).to.match(/^https?:$/);
            if (keepIds && el.data) expect(root.textContent).to.contain(payload.slice(0, 12));
          } finally {
            el.remove();
          }
        });
      }
    }
  }
});
