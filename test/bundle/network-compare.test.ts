// The BUILT dist/network-compare.js on plain pages served with the contract's strict CSP, as an
// embedder would use it (run `npm run build` first).
import { expect } from '@open-wc/testing';
import { accessibleName, until } from '../helpers.js';

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };

async function load(page: string): Promise<{ win: FixtureWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.src = `/test/fixtures/csp/${page}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FixtureWindow;
  await until(() => !!win.customElements.get('network-compare'), 5000, 'element defined');
  return { win, doc: frame.contentDocument!, frame };
}

const root = (doc: Document, id: string) => doc.getElementById(id)!.shadowRoot!;
const boxes = (doc: Document, id: string) => [...root(doc, id).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const columns = (doc: Document, id: string) =>
  [...root(doc, id).querySelectorAll('table th[scope="col"]')].map((th) => th.textContent!.trim());

describe('built dist/network-compare.js under a strict CSP', () => {
  let ctx: Awaited<ReturnType<typeof load>>;
  before(async () => {
    ctx = await load('network-compare.html');
    await until(() => boxes(ctx.doc, 'nc').length > 0 && columns(ctx.doc, 'fixed').length === 2, 5000, 'render');
    // Inline data is checked once the schemas have loaded (on demand).
    await until(() => !!root(ctx.doc, 'bad').querySelector('[role="alert"]') && boxes(ctx.doc, 'evil').length > 0, 5000, 'inline data checked');
  });
  after(() => ctx.frame.remove());

  it('is served with the CSP header', async () => {
    const res = await fetch('/test/fixtures/csp/network-compare.html');
    expect(res.headers.get('content-security-policy')).to.contain("style-src 'self'");
  });

  it('renders a checkbox per bundled network, named by the network', () => {
    const names = boxes(ctx.doc, 'nc').map(accessibleName);
    expect(names).to.have.length(57);
    expect(names).to.include.members(['Eurocities', 'Intercultural Cities Programme', 'Welcoming America', 'Solidarity Cities']);
    expect(ctx.doc.getElementById('nc')!.shadowRoot!.mode).to.equal('open');
  });

  it('preselects from selected="icc,welcoming-america" and compares them in a table', () => {
    expect(columns(ctx.doc, 'fixed')).to.deep.equal(['Intercultural Cities Programme', 'Welcoming America']);
    const cells = [...root(ctx.doc, 'fixed').querySelectorAll('table td.cell')].map((td) => td.textContent!.replace(/\s+/g, ' '));
    expect(cells.length).to.equal(2 * (15 + 7 + 9)); // attributes, the typology, the dimensions
    for (const text of cells) expect(text).to.match(/\b(stated|inferred|disputed|unknown)\b/);
    expect(cells.filter((t) => !/^ ?unknown/.test(t)).every((t) => /(Caponio|Lacroix & Spencer|Broadhead & Allen|Kosovac et al\.) 20\d\d/.test(t))).to.equal(true);
  });

  it('compares networks checked by the user', async () => {
    const doc = ctx.doc;
    for (const name of ['Eurocities', 'Solidarity Cities']) {
      boxes(doc, 'nc').find((b) => accessibleName(b) === name)!.click();
      await (doc.getElementById('nc') as any).updateComplete;
    }
    expect(columns(doc, 'nc')).to.deep.equal(['Eurocities', 'Solidarity Cities']);
    // The fixed embed with the same storage-key keeps its own selection.
    expect(columns(doc, 'fixed')).to.deep.equal(['Intercultural Cities Programme', 'Welcoming America']);
    const d2 = [...root(doc, 'nc').querySelectorAll('tbody tr')].find((tr) => /State–society/.test(tr.textContent!))!;
    expect(d2.querySelector('td')!.textContent!.trim()).to.match(/^unknown/);
  });

  it('shows bad inline data as an alert naming the path, while the others work', () => {
    const alert = root(ctx.doc, 'bad').querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('networks[0].name').and.contain('string');
    expect(root(ctx.doc, 'nc').querySelector('[role="alert"]')).to.equal(null);
  });

  it("loads the dataset's quotes only when a reader asks for them, then shows them", async () => {
    const r = root(ctx.doc, 'fixed');
    const fetched = () => ctx.win.performance.getEntriesByType('resource').some((e) => /network-compare\.quotes-[\w-]+\.js$/.test(e.name));
    expect(r.querySelector('.quote'), 'no quote before asking').to.equal(null);
    expect(fetched(), 'quotes not fetched before asking').to.equal(false);
    const toggle = [...r.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show quotes and notes')!;
    toggle.click();
    await until(() => !!r.querySelector('.quote q'), 5000, 'quotes shown');
    expect(fetched()).to.equal(true);
    expect(r.querySelector('.quote q')!.textContent!.length).to.be.greaterThan(3);
  });

  it('renders markup in data as text', () => {
    const evil = root(ctx.doc, 'evil');
    expect(accessibleName(boxes(ctx.doc, 'evil')[0]!)).to.equal('<img src=x onerror=alert(1)>');
    expect(evil.querySelector('h2')!.textContent).to.equal('<b>t</b>');
    expect(evil.querySelector('td.cell')!.textContent).to.contain('<script>alert(2)</script>');
    expect(evil.querySelectorAll('img, b, script')).to.have.length(0);
  });

  it('causes no CSP violation and no uncaught error, even when loaded twice', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(ctx.win.__violations).to.deep.equal([]);
    expect(ctx.win.__errors).to.deep.equal([]);
  });
});

describe('built dist/network-compare.js with IndexedDB blocked', () => {
  it('works in memory and says so with role="status"', async () => {
    const { doc, win, frame } = await load('network-compare-no-idb.html');
    const el = doc.getElementById('nc')!;
    await until(() => !!el.shadowRoot?.querySelector('[role="status"][part="notice"]')?.textContent?.trim(), 4000, 'notice');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.match(/can’t be saved/);
    for (const name of ['Eurocities', 'Welcoming America']) {
      boxes(doc, 'nc').find((b) => accessibleName(b) === name)!.click();
      await (el as any).updateComplete;
    }
    expect(columns(doc, 'nc')).to.deep.equal(['Eurocities', 'Welcoming America']);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
