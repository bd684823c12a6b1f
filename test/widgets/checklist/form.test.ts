// The assessments as an official uses them: way-finding before the first question, a compact
// question, honest verdicts, team agreement across imported files, printing alone, citations.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import '../../../src/widgets/diplomacy-capacity/diplomacy-capacity.js';
import '../../../src/widgets/talent-governance/talent-governance.js';
import { accessibleName, mount, seriousViolations, shadow, until, uniqueKey, radioGroups as groups, radioNamed as radio, showSummary } from '../../helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown>; assessments: { assessments: { name: string; entries: Record<string, { answer?: string; notes?: string; lead?: string }> }[] } };

async function make(tag: string, key = uniqueKey(tag)): Promise<El> {
  const el = (await mount<El>(
    tag === 'diplomacy-capacity'
      ? html`<diplomacy-capacity storage-key=${key}></diplomacy-capacity>`
      : tag === 'talent-governance'
        ? html`<talent-governance storage-key=${key}></talent-governance>`
        : html`<branding-checklist storage-key=${key}></branding-checklist>`,
  )) as El;
  await until(() => !!shadow(el).querySelector('[role="radiogroup"]'), 3000, 'render');
  await el.updateComplete;
  // The Summary's outputs load as a reader reaches the Summary.
  if (tag !== 'branding-checklist') await showSummary(el);
  await el.updateComplete;
  return el;
}
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: Element) => shadow(el).querySelector('[role="region"]')!;
const answerAll = async (el: El, name: string) => {
  for (const g of groups(el)) radio(g, name).click();
  await el.updateComplete;
};
/** Visible text of the element, with closed <details> opened (what a reader can reach). */
const visibleText = (el: Element) => {
  for (const d of shadow(el).querySelectorAll('details')) d.open = true;
  return (shadow(el).querySelector('.root') as HTMLElement).innerText;
};

describe('checklist form: way-finding before the first question', () => {
  it('shows a progressbar with answered and questions before the first question, updated as one answers', async () => {
    const el = await make('diplomacy-capacity');
    const bar = shadow(el).querySelector('[role="progressbar"]')!;
    const first = groups(el)[0]!;
    expect(bar.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).to.deep.equal(['0', '24']);
    expect(accessibleName(bar)).to.equal('Progress');
    radio(groups(el)[2]!, 'Yes').click();
    await el.updateComplete;
    expect(bar.getAttribute('aria-valuenow')).to.equal('1');
    expect(text(summary(el))).to.contain('1 of 24 questions answered');
  });

  it('"Next unanswered" moves focus to the next unanswered question’s radiogroup', async () => {
    const el = await make('branding-checklist');
    const next = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Next unanswered')!;
    radio(groups(el)[0]!, 'Yes').click();
    radio(groups(el)[1]!, 'No').click();
    await el.updateComplete;
    next.click();
    expect(shadow(el).activeElement).to.equal(groups(el)[2]);
    expect(shadow(el).activeElement!.getAttribute('role')).to.equal('radiogroup');
    // It goes on from the question last worked on, wrapping round to the start.
    radio(groups(el)[6]!, 'No').focus();
    radio(groups(el)[6]!, 'No').click();
    await el.updateComplete;
    next.click();
    expect(shadow(el).activeElement).to.equal(groups(el)[7]);
    for (const i of [7, 8, 9, 10, 11]) radio(groups(el)[i]!, 'Yes').click();
    (groups(el)[11] as HTMLElement).focus();
    await el.updateComplete;
    next.click();
    expect(shadow(el).activeElement).to.equal(groups(el)[2]);
    await answerAll(el, 'Yes');
    expect(next.disabled).to.equal(true);
  });

  it('links the sections and the Summary from the top', async () => {
    const el = await make('branding-checklist');
    const nav = shadow(el).querySelector('nav')!;
    const links = [...nav.querySelectorAll('a')].map(text);
    expect(links.map((l) => l.replace(/ \d+\/\d+$/, ''))).to.deep.equal(['Before arrival', 'During stay', 'After departure', 'Summary']);
    nav.querySelector<HTMLAnchorElement>('a.to-summary')!.click();
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('#summary-h'));
  });

  it('keeps a radiogroup named by its question with four radios and a Notes box for every question; folds the rest away', async () => {
    const el = await make('talent-governance');
    for (const g of groups(el)) {
      expect(accessibleName(g).length).to.be.greaterThan(10);
      expect([...g.querySelectorAll('input[type="radio"]')].map((r) => text(r.closest('label')))).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
      const q = g.closest('li')!;
      expect(accessibleName(q.querySelector('textarea')!)).to.contain('Notes');
      const more = q.querySelector<HTMLDetailsElement>('details.more')!;
      expect(more.open).to.equal(false);
      expect(text(more.querySelector('summary'))).to.equal('Evidence link and who leads');
    }
  });

  it('saves notes and who leads as typed, and opens the fold where a field is filled', async () => {
    const key = uniqueKey('typed');
    const el = await make('branding-checklist', key);
    const q = groups(el)[0]!.closest('li')!;
    const notes = q.querySelector('textarea')!;
    notes.value = 'Ask the university';
    notes.dispatchEvent(new Event('input'));
    const lead = q.querySelector<HTMLInputElement>('details.more input[type="text"]')!;
    lead.value = 'City marketing';
    lead.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const entry = el.assessments.assessments[0]!.entries['before-arrival-1']!;
    expect([entry.notes, entry.lead]).to.deep.equal(['Ask the university', 'City marketing']);
    el.remove();
    const again = await make('branding-checklist', key);
    await until(() => !!groups(again)[0]!.closest('li')!.querySelector<HTMLDetailsElement>('details.more')!.open, 2000, 'fold open when filled');
  });
});

describe('checklist form: names as typed and narrow screens', () => {
  it('saves the assessment’s name as typed (input, not only change)', async () => {
    const el = await make('branding-checklist');
    const name = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="text"]')].find((i) => accessibleName(i) === 'Name of this assessment')!;
    name.value = 'Groningen 2026';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.assessments.assessments[0]!.name).to.equal('Groningen 2026');
  });

  for (const tag of ['branding-checklist', 'diplomacy-capacity', 'talent-governance']) {
    it(`<${tag} lang="de"> holds in 320 px with every fold open`, async () => {
      const key = uniqueKey('narrow');
      const box = (await mount<HTMLDivElement>(
        tag === 'diplomacy-capacity'
          ? html`<div style="width:320px"><diplomacy-capacity lang="de" storage-key=${key}></diplomacy-capacity></div>`
          : tag === 'talent-governance'
            ? html`<div style="width:320px"><talent-governance lang="de" storage-key=${key}></talent-governance></div>`
            : html`<div style="width:320px"><branding-checklist lang="de" storage-key=${key}></branding-checklist></div>`,
      )) as HTMLDivElement;
      const el = box.firstElementChild as El;
      await el.updateComplete;
      await answerAll(el, 'Teilweise');
      for (const d of shadow(el).querySelectorAll('details')) d.open = true;
      await el.updateComplete;
      const root = shadow(el).querySelector<HTMLElement>('.root')!;
      expect(root.scrollWidth, 'widget content').to.be.at.most(root.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  }
});

describe('checklist verdicts: provisional until decided', () => {
  it('diplomacy: no aria-current stage with no answer; provisional naming what is missing; ends of the scale', async () => {
    const el = await make('diplomacy-capacity');
    expect(summary(el).querySelectorAll('[aria-current]').length).to.equal(0);
    expect(text(summary(el))).to.contain('Nothing answered yet');
    radio(groups(el)[0]!, 'Yes').click();
    await el.updateComplete;
    expect(summary(el).querySelectorAll('[aria-current]').length).to.equal(0);
    const stage = text(summary(el).querySelector('.stages'));
    expect(stage).to.contain('provisional').and.contain('Is there money set aside for staff to travel internationally');
    await answerAll(el, 'No');
    expect(text(summary(el).querySelector('[aria-current="true"]'))).to.contain('Ad hoc');
    await answerAll(el, 'Yes');
    expect(text(summary(el).querySelector('[aria-current="true"]'))).to.contain('Institutionalised');
  });

  it('diplomacy: individuals above the organisation keep a city out of Institutionalised, and the rule says why', async () => {
    const el = await make('diplomacy-capacity');
    await answerAll(el, 'Yes');
    const org = groups(el).find((g) => accessibleName(g).startsWith('7.6'))!;
    radio(org, 'No').click();
    await el.updateComplete;
    expect(text(summary(el).querySelector('[aria-current="true"]'))).to.contain('Resourced and professionalised');
    const rules = text(summary(el).querySelector('.stages details'));
    expect(rules).to.contain('Our rule').and.contain('individuals').and.contain('A Framework for Improving City-Diplomacy Efforts');
  });

  it('talent-governance: the placement is a scale with the city and the four cases; provisional until decided', async () => {
    const el = await make('talent-governance');
    expect(summary(el).querySelectorAll('[aria-current]').length).to.equal(0);
    const scale = summary(el).querySelector('.ladder.scale')!;
    for (const city of ['Groningen', 'Leuven', 'Magdeburg', 'Parma']) expect(text(scale)).to.contain(city);
    const strategy = groups(el).find((g) => accessibleName(g).includes('wider urban or regional development strategy'))!;
    radio(strategy, 'Yes').click();
    await el.updateComplete;
    expect(summary(el).querySelectorAll('[aria-current]').length).to.equal(0);
    expect(text(summary(el).querySelector('.placement .verdict'))).to.contain('provisional');
    expect(text(scale.querySelector('.mark.city'))).to.contain('Your city');
    await answerAll(el, 'No');
    expect(text(summary(el).querySelector('[aria-current="true"]'))).to.contain('Lighter');
    await answerAll(el, 'Yes');
    expect(text(summary(el).querySelector('[aria-current="true"]'))).to.contain('Strategic');
  });
});

describe('checklist team use: agreement across imported assessments', () => {
  it('shows, per question, where three imported assessments differ', async () => {
    const el = await make('branding-checklist');
    const file = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const mk = (id: string, name: string, a1: string, a2: string) => ({ id, name, createdAt: 1, updatedAt: 1, entries: { 'before-arrival-1': { answer: a1 }, 'before-arrival-2': { answer: a2 } } });
    const body = {
      format: 'city-widgets/checklist',
      schemaVersion: 1,
      checklist: 'branding-checklist',
      exportedAt: 'x',
      assessments: [mk('u', 'University', 'yes', 'no'), mk('e', 'Employers', 'yes', 'partly'), mk('s', 'Student union', 'yes', 'no')],
    };
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(body)], 'partners.json', { type: 'application/json' }));
    file.files = dt.files;
    file.dispatchEvent(new Event('change'));
    await until(() => !!shadow(el).querySelector('.confirm'), 2000, 'confirm');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => text(b).includes('Replace'))!.click();
    await el.updateComplete;
    const view = shadow(el).querySelector('[part="agreement"]')!;
    expect(text(view.querySelector('h4'))).to.equal('Where the assessments differ');
    const table = view.querySelector('table')!;
    expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['University', 'Employers', 'Student union']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(1);
    expect([...rows[0]!.querySelectorAll('td')].map(text)).to.deep.equal(['No', 'Partly', 'No']);
    expect(text(view)).to.contain('1 of 12 questions');
    expect(await seriousViolations(el)).to.deep.equal([]);
    // Leaving out the employers: the others agree.
    const pick = [...view.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(pick.map((c) => accessibleName(c))).to.deep.equal(['University', 'Employers', 'Student union']);
    pick[1]!.click();
    await el.updateComplete;
    expect(view.querySelectorAll('table').length).to.equal(0);
    expect(text(view)).to.contain('agree on every question');
  });
});

describe('checklist sources: cited as readers cite them', () => {
  for (const tag of ['branding-checklist', 'diplomacy-capacity', 'talent-governance']) {
    it(`<${tag}> shows no seed, file name or line number anywhere, even with every fold open`, async () => {
      const el = await make(tag);
      await answerAll(el, 'Partly');
      const seen = visibleText(el);
      const hits = [...seen.matchAll(/.{0,40}(seed|\.txt|\blines? ?\d|\bl\. ?\d).{0,20}/gi)].map((m) => m[0]);
      expect(hits).to.deep.equal([]);
      expect(seen).to.contain('Source:');
    });
  }
  it('cites authors, year, title and section', async () => {
    const el = await make('diplomacy-capacity');
    const src = text(shadow(el).querySelector('header .source'));
    expect(src).to.contain('Kosovac').and.contain('2020').and.contain('Conducting City Diplomacy');
    const fig = text(shadow(el).querySelector('.figure'));
    expect(fig).to.contain('Key Survey Findings: International Offices and Funding');
  });
  it('gives the passage behind a placement band on demand', async () => {
    const el = await make('talent-governance');
    const strategic = [...summary(el).querySelectorAll('.placement .ladder > li')][2]!;
    const passage = strategic.querySelector<HTMLDetailsElement>('details.passage')!;
    expect(passage.open).to.equal(false);
    expect(text(passage.querySelector('summary'))).to.equal('(9.4 Co-ordination models for international talent management)');
    expect(text(passage.querySelector('blockquote'))).to.contain('embedded in wider urban or even regional development strategies');
  });

  it('records the report’s contradictions beside the figures they touch', async () => {
    const el = await make('diplomacy-capacity');
    const office = groups(el)[0]!.closest('li')!;
    expect(text(office.querySelector('details.caveat'))).to.contain('nine of the 10');
    const publish = groups(el).find((g) => accessibleName(g).includes('publish the results'))!.closest('li')!;
    expect(text(publish.querySelector('details.caveat'))).to.contain('26 of 47');
  });
});

describe('checklist print: the assessment alone', () => {
  const realPrint = window.print;
  afterEach(async () => {
    window.print = realPrint;
    await emulateMedia({ media: 'screen' });
  });

  it('hides the host page, puts the Summary first and prints every field, Who leads included', async () => {
    const host = document.createElement('nav');
    host.textContent = 'HOST NAVIGATION';
    document.body.prepend(host);
    const el = await make('talent-governance');
    const other = document.createElement('p');
    other.textContent = 'HOST FOOTER';
    el.parentElement!.after(other);
    const q = groups(el)[0]!.closest('li')!;
    radio(groups(el)[0]!, 'Partly').click();
    const lead = q.querySelector<HTMLInputElement>('details.more input[type="text"]')!;
    lead.value = 'Economic affairs';
    lead.dispatchEvent(new Event('input'));
    await el.updateComplete;
    let printed = 0;
    window.print = () => void printed++;
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Print')!.click();
    // Printing's code loads on the first press.
    await until(() => printed === 1, 3000, 'print');
    await emulateMedia({ media: 'print' });
    const shown = (n: Element) => n.checkVisibility();
    expect(shown(host), 'host navigation').to.equal(false);
    expect(shown(other), 'host footer').to.equal(false);
    expect(shown(el)).to.equal(true);
    const root = shadow(el);
    const sum = root.querySelector('[role="region"]')!;
    const firstQ = root.querySelector('section.phase')!;
    expect(sum.getBoundingClientRect().top).to.be.lessThan(firstQ.getBoundingClientRect().top);
    const printedText = [...root.querySelectorAll('.print-only')].filter(shown).map(text).join(' | ');
    expect(printedText).to.contain('Answer: Partly').and.contain('Who leads: Economic affairs').and.contain('Assessment 1 · as of');
    expect(getComputedStyle(root.querySelector('.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    expect(shown(host), 'host page back after printing').to.equal(true);
    host.remove();
    other.remove();
  });
});
