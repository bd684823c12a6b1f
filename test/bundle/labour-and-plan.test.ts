// The BUILT dist/labour-market-barriers.js and dist/inclusion-action-plan.js on a plain page served
// with the contract's strict Content-Security-Policy (see web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };
type Updating = HTMLElement & { updateComplete: Promise<boolean> };

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
/** The text of the label that wraps a control. */
const labelOf = (i: Element) => text(i.closest('label')!);

describe('built dist/labour-market-barriers.js and dist/inclusion-action-plan.js under a strict CSP', () => {
  let win: FixtureWindow;
  let doc: Document;
  let frame: HTMLIFrameElement;
  const root = (id: string) => doc.querySelector(`#${id}`)!.shadowRoot!;
  const el = (id: string) => doc.querySelector(`#${id}`) as Updating;
  const control = (id: string, selector: string, name: string) =>
    [...root(id).querySelectorAll<HTMLInputElement>(selector)].find((i) => labelOf(i) === name)!;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/test/fixtures/csp/labour-and-plan.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win = frame.contentWindow as FixtureWindow;
    doc = frame.contentDocument!;
    await until(() => ['labour-market-barriers', 'inclusion-action-plan'].every((t) => !!win.customElements.get(t)), 5000, 'elements defined');
    await until(() => ['lmb', 'matrix', 'iap'].every((id) => !!root(id)?.querySelector('h2') && !/Loading/.test(root(id).textContent!)), 5000, 'render');
  });
  after(() => frame.remove());

  it('defines both elements once, with open shadow roots, and no CSP violation or error', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('<labour-market-barriers>: students after graduation, with sources as a reader cites them', async () => {
    control('lmb', 'input[type="radio"]', 'After graduation').click();
    await el('lmb').updateComplete;
    const barriers = text(root('lmb').querySelector('[part="barriers"]')!);
    expect(barriers).to.contain('Visa status for non-EU/EEA students').and.contain('Network: Lack of local networks');
    expect(barriers).to.contain('Counihan, M. & van Winden, W.');
    expect(root('lmb').textContent).not.to.match(/\.txt/);
    expect(text(root('lmb').querySelector('[part="initiatives"]')!)).to.contain('Make it in the North').and.contain('Groningen');
  });

  it('<labour-market-barriers>: marking an initiative closes its gaps, and the matrix view shares the key', async () => {
    const gaps = () => [...root('lmb').querySelectorAll('.gap-list li')].map(text);
    expect(gaps()).to.include('Networks');
    control('lmb', 'input[type="checkbox"]', 'Connecting students to the labour market').click();
    await el('lmb').updateComplete;
    expect(gaps()).not.to.include('Networks');
    const table = root('matrix').querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(text)).to.include('International job portals');
    expect([...root('matrix').querySelectorAll('button')].map(text)).to.include('Download CSV');
  });

  it('<inclusion-action-plan>: five areas, an action added and timed, on the timeline', async () => {
    const areas = [...root('iap').querySelectorAll('section.area h3')].map(text);
    expect(areas).to.have.length(5);
    expect(areas[0]).to.contain('An inclusive narrative');
    const add = [...root('iap').querySelectorAll('section.area')][2]!.querySelector<HTMLButtonElement>('button.add')!;
    expect(add.getAttribute('aria-label')).to.contain('Add action');
    add.click();
    await el('iap').updateComplete;
    const group = root('iap').querySelector('[role="group"]')!;
    const set = async (name: string, value: string, event: string) => {
      const i = [...group.querySelectorAll<HTMLInputElement>('input')].find((x) => labelOf(x) === name)!;
      i.value = value;
      i.dispatchEvent(new Event(event, { bubbles: true }));
      await el('iap').updateComplete;
    };
    await set('Action', 'Welcome events', 'input');
    await set('Start', '2026-04', 'change');
    await set('End', '2027-03', 'change');
    const svg = root('iap').querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.contain('Timeline of 1 dated actions');
    expect(text(root('iap').querySelector('table.timeline-table tbody')!)).to.contain('Welcome events');
    for (const n of ['Download CSV', 'Download JSON', 'Print']) expect([...root('iap').querySelectorAll('button')].map(text)).to.include(n);
    expect(labelOf(root('iap').querySelector('input[type="file"]')!)).to.equal('Import JSON');
  });

  it('<inclusion-action-plan>: invalid inline data gives an alert naming the path', () => {
    const alert = root('bad').querySelector('[role="alert"]')!;
    // The first failing field of the document is named: here the missing `work`.
    expect(text(alert)).to.contain('At work').and.contain('expected');
  });

  it('no horizontal overflow at 320 px', async () => {
    frame.style.width = '320px';
    await new Promise((r) => setTimeout(r, 100));
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('built dist/labour-market-barriers.js and dist/inclusion-action-plan.js without IndexedDB', () => {
  it('say that changes can’t be saved, and keep working in memory', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/test/fixtures/csp/labour-and-plan-no-idb.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as FixtureWindow;
    const root = (id: string) => doc.querySelector(`#${id}`)!.shadowRoot!;
    const notice = (id: string) => root(id)?.querySelector('[role="status"][part="notice"]')?.textContent?.trim() ?? '';
    await until(() => !!notice('lmb') && !!notice('iap'), 5000, 'notices');
    expect(notice('lmb')).to.match(/can’t be saved/);
    expect(notice('iap')).to.match(/nicht gespeichert/);
    const box = [...root('lmb').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => labelOf(i) === 'International job portals')!;
    box.click();
    await (doc.querySelector('#lmb') as Updating).updateComplete;
    expect(box.checked).to.equal(true);
    root('iap').querySelector<HTMLButtonElement>('button.add')!.click();
    await until(() => !!root('iap').querySelector('[role="group"]'), 2000, 'action added');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
