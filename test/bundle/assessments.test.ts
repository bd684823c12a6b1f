// The BUILT dist/diplomacy-capacity.js and dist/talent-governance.js on a plain page served with the
// contract's strict Content-Security-Policy (see web-test-runner.config.mjs), as an embedder would.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { showSummary, until } from '../helpers.js';

const TAGS = ['diplomacy-capacity', 'talent-governance'];

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
/** The accessible name of a radio: its wrapping label. */
const radio = (group: Element, name: string) =>
  [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => text(r.closest('label')!) === name)!;

describe('built dist/diplomacy-capacity.js and dist/talent-governance.js under a strict CSP', () => {
  let win: FixtureWindow;
  let doc: Document;
  let frame: HTMLIFrameElement;
  const root = (id: string) => doc.querySelector(`#${id}`)!.shadowRoot!;
  const summary = (id: string) => root(id).querySelector('[role="region"]')!;
  const groups = (id: string) => [...root(id).querySelectorAll('[role="radiogroup"]')];
  const answerAll = async (id: string, name: string) => {
    for (const g of groups(id)) radio(g, name).click();
    await (doc.querySelector(`#${id}`) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  };

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/test/fixtures/csp/assessments.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win = frame.contentWindow as FixtureWindow;
    doc = frame.contentDocument!;
    await until(() => TAGS.every((t) => !!win.customElements.get(t)), 5000, 'elements defined');
    await until(() => ['dc', 'tg'].every((id) => !!doc.querySelector(`#${id}`)!.shadowRoot?.querySelector('[role="radiogroup"]')), 5000, 'render');
    await until(() => ['dc', 'tg'].every((id) => !!root(id).querySelector('[part="summary"]')), 5000, 'state');
    // The Summary's outputs load as it comes near the screen.
    for (const id of ['dc', 'tg']) await showSummary(doc.querySelector(`#${id}`)!);
    // Inline data is checked once the schemas have loaded (on demand).
    await until(() => !!root('bad').querySelector('[role="alert"]'), 5000, 'bad inline data checked');
  });
  after(() => frame.remove());

  it('defines both elements with open shadow roots', () => {
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(doc.querySelector(tag)!.shadowRoot, tag).to.exist;
    }
  });

  it('shows the survey figure beside the international office question, with its source', () => {
    const office = groups('dc').find((g) => text(root('dc').getElementById(g.getAttribute('aria-labelledby')!)!).includes('international office'))!;
    const fig = office.closest('li')!.querySelector('.figure')!;
    expect(text(fig)).to.contain('86%').and.contain('Conducting City Diplomacy').and.contain('International Offices and Funding');
    expect(text(fig)).to.not.match(/seed|\.txt|\blines? ?\d/i);
  });

  it('shows progress before the first question and marks no stage or placement before any answer', () => {
    for (const [id, total] of [['dc', '24'], ['tg', '21']] as const) {
      const bar = root(id).querySelector('[role="progressbar"]')!;
      expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')], id).to.deep.equal(['0', total]);
      expect(bar.compareDocumentPosition(groups(id)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING, id).to.not.equal(0);
      expect(summary(id).querySelectorAll('[aria-current]').length, id).to.equal(0);
      expect([...root(id).querySelectorAll('button')].map(text), id).to.include('Next unanswered');
    }
  });

  it('names the stage: all No → Ad hoc, all Yes → Institutionalised (aria-current)', async () => {
    await answerAll('dc', 'No');
    expect(text(summary('dc').querySelector('[aria-current="true"]')!)).to.contain('Ad hoc');
    await answerAll('dc', 'Yes');
    expect(text(summary('dc').querySelector('[aria-current="true"]')!)).to.contain('Institutionalised');
  });

  it('draws the policy-capacity matrix as a table with the headers of the contract', () => {
    const table = summary('dc').querySelector('table.matrix')!;
    expect([...table.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(['Individual', 'Organisational', 'Systemic']);
    expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Analytical', 'Operational', 'Political']);
  });

  it('places the city: all No → Lighter, all Yes → Strategic, beside the four cases', async () => {
    await answerAll('tg', 'No');
    expect(text(summary('tg').querySelector('[aria-current="true"]')!)).to.contain('Lighter');
    await answerAll('tg', 'Yes');
    expect(text(summary('tg').querySelector('[aria-current="true"]')!)).to.contain('Strategic');
    for (const city of ['Groningen', 'Leuven', 'Magdeburg', 'Parma']) expect(text(summary('tg'))).to.contain(city);
  });

  it('has the buttons and file input of the contract in both', () => {
    for (const id of ['dc', 'tg']) {
      const buttons = [...root(id).querySelectorAll('button')].map(text);
      expect(buttons, id).to.include.members(['Download JSON', 'Download CSV', 'Print']);
      expect(text(root(id).querySelector('input[type="file"]')!.closest('label')!), id).to.equal('Import JSON');
    }
  });

  it('shows bad inline data as an alert naming the path, while the others work', () => {
    expect(text(root('bad').querySelector('[role="alert"]')!)).to.contain('title').and.contain('string');
    expect(root('dc').querySelector('[role="alert"]')).to.equal(null);
  });

  it('folds "How the 47 cities answered" under its heading and loads its figures when opened', async () => {
    const survey = root('dc').querySelector('[part="survey"]')!;
    const fold = survey.querySelector<HTMLDetailsElement>('details.survey-fold')!;
    expect(text(survey.querySelector('summary h3')!)).to.equal('How the 47 cities answered');
    expect(fold.open).to.equal(false);
    survey.querySelector<HTMLElement>('summary')!.click();
    await until(() => survey.querySelectorAll('tbody tr').length > 10, 5000, 'survey figures');
    expect(text(survey)).to.contain('more than 80%');
    survey.querySelector<HTMLElement>('summary')!.click();
  });

  it('prints the assessment alone: the host page and the other widgets are hidden, under the CSP', async () => {
    let printed = 0;
    (win as Window).print = () => void printed++;
    [...root('dc').querySelectorAll('button')].find((b) => text(b) === 'Print')!.click();
    // Printing's code (and the survey's figures, which print open) load on the first press.
    await until(() => printed === 1, 5000, 'print');
    await emulateMedia({ media: 'print' });
    try {
      expect(doc.querySelector('#dc')!.checkVisibility()).to.equal(true);
      expect(doc.querySelector('#tg')!.checkVisibility()).to.equal(false);
      expect(doc.querySelector('#bad')!.checkVisibility()).to.equal(false);
      const printedText = [...root('dc').querySelectorAll('.print-only')].filter((p) => p.checkVisibility()).map(text).join(' ');
      expect(printedText).to.contain('Answer: Yes');
      const survey = root('dc').querySelector('[part="survey"]')!;
      expect(survey.checkVisibility()).to.equal(true);
      expect(text(survey)).to.contain('49 responses from 47 cities');
    } finally {
      win.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    expect(doc.querySelector('#tg')!.checkVisibility()).to.equal(true);
  });

  it('causes no CSP violation and no uncaught error, even when loaded twice', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect([...doc.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [...e.shadowRoot.querySelectorAll('[style]')] : []))).to.deep.equal([]);
  });
});
