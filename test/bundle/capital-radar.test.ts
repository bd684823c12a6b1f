// The BUILT dist/capital-radar.js on plain pages served with the contract's strict CSP (see
// web-test-runner.config.mjs), as an embedder would load it.
import { expect } from '@open-wc/testing';
import { accessibleName, until } from '../helpers.js';

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };

async function load(page: string, width = 900) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  frame.src = `/test/fixtures/csp/${page}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FixtureWindow;
  await until(() => !!win.customElements.get('capital-radar'), 5000, 'capital-radar defined');
  return { win, doc: frame.contentDocument!, frame };
}

const root = (doc: Document, id: string) => doc.getElementById(id)!.shadowRoot!;
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('built dist/capital-radar.js under a strict CSP', () => {
  let ctx: Awaited<ReturnType<typeof load>>;
  before(async () => {
    ctx = await load('capital-radar.html');
    await until(() => root(ctx.doc, 'cr')?.querySelectorAll('[role="radiogroup"]').length > 0, 5000, 'render');
    await until(() => !!root(ctx.doc, 'chart')?.querySelector('svg[role="img"]'), 5000, 'chart');
    // Inline profiles and bad data are checked once the schemas have loaded (on demand).
    await until(() => root(ctx.doc, 'chart').querySelectorAll('.legend li').length === 3, 8000, 'profiles checked');
    await until(() => ['bad', 'badp'].every((id) => !!root(ctx.doc, id)?.querySelector('[role="alert"]')), 8000, 'bad data checked');
  });
  after(() => ctx.frame.remove());

  it('is served with the CSP header', async () => {
    const res = await fetch('/test/fixtures/csp/capital-radar.html');
    expect(res.headers.get('content-security-policy')).to.contain("style-src 'self'");
  });

  it('draws six named axes in an SVG with role="img" and an accessible name', () => {
    const svg = root(ctx.doc, 'cr').querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.contain('Radar chart');
    expect([...svg.querySelectorAll('.labels text')].map((t) => t.textContent)).to.deep.equal([
      'Economic', 'Social', 'Information', 'Cultural', 'Psychological', 'Language',
    ]);
  });

  it('tables the benchmark, with economic as no survey data', () => {
    const rows = [...root(ctx.doc, 'cr').querySelectorAll('table tbody tr')].map((r) => [...r.children].slice(0, 2).map(text));
    expect(rows).to.deep.equal([
      ['Economic capital', 'no survey data'],
      ['Social capital', '72%'],
      ['Information capital', '89.4%'],
      ['Cultural capital', '75%'],
      ['Psychological capital', '85.2%'],
      ['Language capital', '69.35%'],
    ]);
  });

  it('makes every statement a radio group with Agree, Disagree, Not sure', () => {
    const groups = [...root(ctx.doc, 'cr').querySelectorAll('[role="radiogroup"]')];
    expect(groups).to.have.length(20);
    for (const g of groups) {
      expect(accessibleName(g).length).to.be.greaterThan(10);
      expect([...g.querySelectorAll('input[type="radio"]')].map(accessibleName)).to.deep.equal(['Agree', 'Disagree', 'Not sure']);
    }
  });

  it('scores an answer and updates the chart', async () => {
    const r = root(ctx.doc, 'cr');
    const group = r.querySelector('#st-soc-1')!.closest('li')!.querySelector('[role="radiogroup"]')!;
    (group.querySelector('input[value="agree"]') as HTMLInputElement).click();
    await until(() => text(r.querySelectorAll('table tbody tr')[1]).includes('100%'), 2000, 'score');
    expect(r.querySelector('svg.points circle.s-1')!.getAttribute('aria-label')).to.equal('Social capital, My answers: 100%');
  });

  it('draws several named profiles together, names as text', () => {
    const r = root(ctx.doc, 'chart');
    const legend = [...r.querySelectorAll('.legend li')].map(text);
    expect(legend).to.have.length(3);
    expect(legend[1]).to.contain('Before mentoring');
    expect(legend[2]).to.contain('<img src=x onerror=alert(1)>');
    expect(r.querySelector('img')).to.equal(null);
    expect(r.querySelectorAll('svg.radar path.s-1, svg.radar path.s-2')).to.have.length(2);
    expect(r.querySelector('.root')!.getAttribute('data-scheme')).to.equal('dark');
  });

  it('shows bad data as an alert naming the path, while the others work', () => {
    expect(text(root(ctx.doc, 'bad').querySelector('[role="alert"]'))).to.contain('At source').and.contain('object');
    expect(text(root(ctx.doc, 'badp').querySelector('[role="alert"]'))).to.contain('profiles[0].values.social');
    expect(root(ctx.doc, 'badp').querySelector('svg[role="img"]')).to.exist;
    expect(root(ctx.doc, 'cr').querySelector('[role="alert"]')).to.equal(null);
    expect((ctx.doc.getElementById('bad') as any).data).to.equal(undefined);
    expect((ctx.doc.getElementById('cr') as any).data.capitals).to.have.length(6);
  });

  it('exports a PNG through a blob: image and a canvas without a CSP violation', async () => {
    const r = root(ctx.doc, 'chart');
    const clicks: string[] = [];
    const anchor = (ctx.win as unknown as typeof window).HTMLAnchorElement.prototype;
    const click = anchor.click;
    anchor.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      [...r.querySelectorAll('button')].find((b) => text(b) === 'Download PNG')!.click();
      [...r.querySelectorAll('button')].find((b) => text(b) === 'Download SVG')!.click();
      await until(() => clicks.length === 2, 4000, 'downloads');
    } finally {
      anchor.click = click;
    }
    expect(clicks.map((c) => c.replace(/\d{4}-\d{2}-\d{2}/, 'D')).sort()).to.deep.equal(['capital-radar-D.png', 'capital-radar-D.svg']);
    expect(r.querySelector('[role="alert"]')).to.equal(null);
  });

  it('causes no CSP violation and no uncaught error, even when loaded twice', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(ctx.win.__violations).to.deep.equal([]);
    expect(ctx.win.__errors).to.deep.equal([]);
  });

  it('passes axe inside the page with no serious or critical violation, light and dark', async () => {
    // axe must run in the page's own window to see its elements; its script is same-origin.
    const win = ctx.win as FixtureWindow & { axe?: { run(el: Element, o: object): Promise<{ violations: { id: string; impact: string }[] }> } };
    if (!win.axe) {
      const s = ctx.doc.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      ctx.doc.head.append(s);
      await new Promise((r) => s.addEventListener('load', r, { once: true }));
    }
    for (const id of ['cr', 'chart']) {
      const result = await win.axe!.run(ctx.doc.getElementById(id)!, { resultTypes: ['violations'] });
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      expect(serious, id).to.deep.equal([]);
    }
  });
});

describe('built dist/capital-radar.js at 280 px', () => {
  it('fits: no horizontal overflow, labels inside the chart', async () => {
    const { doc, frame } = await load('capital-radar.html', 280);
    const el = doc.getElementById('cr')!;
    await until(() => !!el.shadowRoot?.querySelector('svg.radar'), 5000, 'chart');
    await new Promise((r) => setTimeout(r, 150));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    const box = el.shadowRoot!.querySelector('svg.radar')!.getBoundingClientRect();
    for (const t of el.shadowRoot!.querySelectorAll('svg.radar .labels text')) {
      const r = t.getBoundingClientRect();
      expect(r.left, t.textContent!).to.be.at.least(box.left - 0.5);
      expect(r.right, t.textContent!).to.be.at.most(box.right + 0.5);
    }
    frame.remove();
  });
});

describe('built dist/capital-radar.js with IndexedDB blocked', () => {
  it('works in memory and says so with role="status"', async () => {
    // no-idb.html blocks IndexedDB before any module runs; the element's own bundle is added to it.
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/no-idb.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as FixtureWindow;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/capital-radar.js';
    doc.head.append(script);
    const el = doc.createElement('capital-radar');
    doc.body.append(el);
    await until(() => !!el.shadowRoot?.querySelector('[role="status"][part="notice"]')?.textContent?.trim(), 4000, 'notice');
    expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.match(/niet worden opgeslagen/);
    const agree = el.shadowRoot!.querySelector('#st-inf-1')!.closest('li')!.querySelector('input[value="agree"]') as HTMLInputElement;
    agree.click();
    // The page is Dutch: numbers follow it.
    await until(() => text(el.shadowRoot!.querySelectorAll('table tbody tr')[2]).includes('89,4%'), 2000, 'Dutch number');
    expect(text(el.shadowRoot!.querySelectorAll('table tbody tr')[2])).to.contain('100%');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
