import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/widgets/diplomacy-capacity/diplomacy-capacity.js';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import type { DiplomacyCapacity } from '../../../src/widgets/diplomacy-capacity/diplomacy-capacity.js';
import data from '../../../data/diplomacy-capacity.json';
import { accessibleName, mount, seriousViolations, shadow, showSummary, until, uniqueKey, radioGroups as groups, radioNamed as radio } from '../../helpers.js';

async function make(key = uniqueKey('dc'), lang = 'en'): Promise<DiplomacyCapacity> {
  const el = await fixture<DiplomacyCapacity>(html`<diplomacy-capacity storage-key=${key} lang=${lang}></diplomacy-capacity>`);
  await until(() => !!el.data, 3000, 'data');
  await el.updateComplete;
  await showSummary(el);
  await el.updateComplete;
  return el;
}
const summary = (el: Element) => shadow(el).querySelector('[role="region"]')!;
const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const current = (el: Element) => [...summary(el).querySelectorAll('[aria-current="true"]')].map(text);
const groupOf = (el: Element, id: string) => groups(el).find((g) => g.getAttribute('aria-labelledby') === `q-${id}`)!;

async function answerAll(el: DiplomacyCapacity, name: string) {
  for (const g of groups(el)) radio(g, name).click();
  await el.updateComplete;
}
async function answer(el: DiplomacyCapacity, answers: Record<string, string>) {
  for (const [id, name] of Object.entries(answers)) radio(groupOf(el, id), name).click();
  await el.updateComplete;
}

describe('<diplomacy-capacity>', () => {
  it('asks every question as a radio group named by its text, with the four answers and Notes', async () => {
    const el = await make();
    const qs = data.sections.flatMap((s) => s.questions);
    expect(groups(el)).to.have.length(qs.length);
    groups(el).forEach((g, i) => {
      expect(accessibleName(g)).to.contain(qs[i]!.text);
      expect([...g.querySelectorAll('input[type="radio"]')].map(accessibleName)).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
    });
    const notes = [...shadow(el).querySelectorAll('textarea')];
    expect(notes).to.have.length(qs.length);
    notes.forEach((n) => expect(accessibleName(n)).to.contain('Notes'));
  });

  it('shows the survey figure beside its question, with its source line, and none where the text has none', async () => {
    const el = await make();
    const office = groups(el).find((g) => accessibleName(g).includes('international office'))!;
    const li = office.closest('li')!;
    const fig = li.querySelector('.figure')!;
    expect(text(fig)).to.contain('86%').and.contain('Key Survey Findings: International Offices and Funding').and.not.contain('line');
    expect(office.getAttribute('aria-describedby')).to.equal(fig.id);
    const rows: [string, string][] = [
      ['senior-manager', '93%'],
      ['travel-budget', '40%'],
      ['events-budget', '38%'],
      ['training', 'more than 50%'],
      ['formal-training', 'at most 15%'],
      ['strategy', 'about 50%'],
      ['national-coordination', '14%'],
      ['sdg-tracking', '55%'],
      ['sdg-publishing', '26 cities'],
      ['residents', 'about 50%'],
      ['authority', 'about 50%'],
    ];
    for (const [id, value] of rows) expect(text(groupOf(el, id).closest('li')!.querySelector('.figure-value')!), id).to.equal(value);
    for (const id of ['protocols', 'continuity', 'network-contribution', 'ind-analytical', 'sys-political']) {
      expect(groupOf(el, id).closest('li')!.querySelector('.figure'), id).to.equal(null);
    }
  });

  it('names the stage in the Summary and marks it aria-current: all No → Ad hoc, all Yes → Institutionalised', async () => {
    const el = await make();
    expect(current(el)).to.have.length(0);
    await answerAll(el, 'No');
    expect(current(el)).to.have.length(1);
    expect(current(el)[0]).to.match(/^▶?\s*Ad hoc/);
    expect(text(summary(el))).to.contain('Your stage: Ad hoc');
    await answerAll(el, 'Yes');
    expect(current(el)).to.have.length(1);
    expect(current(el)[0]).to.contain('Institutionalised');
    expect(text(summary(el))).to.contain('Your stage: Institutionalised');
  });

  it('climbs the stages as the pillars fill: Started, then Resourced and professionalised, provisional until decided', async () => {
    const el = await make();
    await answer(el, { office: 'Yes' });
    expect(current(el)).to.have.length(0);
    expect(text(summary(el).querySelector('.stages')!)).to.contain('provisional: Started').and.contain('travel internationally');
    await answer(el, { 'senior-manager': 'No', 'travel-budget': 'Partly', 'events-budget': 'Partly', training: 'Yes', 'formal-training': 'No' });
    // Informal training alone does not professionalise: Started, decided.
    expect(current(el)[0]).to.contain('Started');
    await answer(el, { 'formal-training': 'Partly' });
    expect(current(el)).to.have.length(0);
    await answer(el, Object.fromEntries(['strategy', 'protocols', 'continuity'].map((q) => [q, 'No'])));
    expect(current(el)[0]).to.contain('Resourced and professionalised');
    const pillars = [...summary(el).querySelectorAll('table.pillars tbody tr')].map((r) => [text(r.querySelector('th')!), text(r.querySelector('td')!)]);
    expect(pillars).to.deep.equal([
      ['Started', '50%'],
      ['Resourced', '50%'],
      ['Professionalised', '75%'],
      ['Institutionalised', '0%'],
      ['Authority', 'no score yet'],
    ]);
  });

  it('raises the lack-of-authority flag and scores authority in the Mandate section', async () => {
    const el = await make();
    expect(summary(el).querySelector('.flag')).to.equal(null);
    await answer(el, { authority: 'No' });
    expect(text(summary(el).querySelector('.flag')!)).to.contain('Lack of explicit authority');
    expect(text(summary(el).querySelector('td.overall')!)).to.equal('0% (1 answered)');
    expect([...summary(el).querySelectorAll('table[part="summary-table"] tbody th')].map(text)).to.include('Mandate');
  });

  it('draws the policy-capacity matrix as a table with row and column headers, undescribed cells labelled', async () => {
    const el = await make();
    const table = summary(el).querySelector('table.matrix')!;
    expect([...table.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(['Individual', 'Organisational', 'Systemic']);
    expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Analytical', 'Operational', 'Political']);
    expect(table.querySelectorAll('td.cell')).to.have.length(9);
    expect(table.querySelectorAll('.undescribed')).to.have.length(4);
    expect([...table.querySelectorAll('td.cell')].every((c) => c.classList.contains('level-none'))).to.equal(true);
    expect([...table.querySelectorAll('[style]')]).to.deep.equal([]);
  });

  it('warns that capacity depends on individuals where an individual cell outranks its organisational one', async () => {
    const el = await make();
    await answer(el, { 'ind-political': 'Yes', 'org-political': 'Partly', 'ind-analytical': 'Partly', 'org-analytical': 'Yes' });
    const warnings = [...summary(el).querySelectorAll('.warning')].map(text);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Capacity depends on individuals').and.contain('Political');
    const cells = [...summary(el).querySelectorAll('table.matrix td.cell')];
    expect(cells[2]!.classList.contains('level-2')).to.equal(true);
    expect(cells[5]!.classList.contains('level-1')).to.equal(true);
    expect(cells[2]!.classList.contains('warn')).to.equal(true);
    await answer(el, { 'org-political': 'Yes' });
    expect(summary(el).querySelectorAll('.warning')).to.have.length(0);
  });

  it('says the stage rules are ours and shows them', async () => {
    const el = await make();
    const details = [...summary(el).querySelectorAll('details.scoring')].map(text);
    const stageRules = details.find((d) => d.includes('How the stage is set'))!;
    expect(stageRules).to.contain('Our rule').and.contain('Institutionalised at least 75%');
  });

  it('has the contract buttons, file input and several named assessments', async () => {
    const el = await make();
    const buttons = [...shadow(el).querySelectorAll('button')].map((b) => text(b));
    expect(buttons).to.include.members(['Download JSON', 'Download CSV', 'Print', 'New assessment']);
    expect(accessibleName(shadow(el).querySelector('input[type="file"]')!)).to.equal('Import JSON');
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'New assessment')!.click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Assessment 1', 'Assessment 2']);
  });

  it('fires cw-change and keeps state apart from <branding-checklist> under the same key', async () => {
    const key = uniqueKey('shared');
    const el = await make(key);
    setTimeout(() => radio(groupOf(el, 'office'), 'Yes').click());
    const ev = await oneEvent(el, 'cw-change');
    expect(ev.detail).to.include({ field: 'answer', questionId: 'office', value: 'yes' });
    // fixture() awaits updateComplete: the data and the saved state are there.
    const other = await fixture(html`<branding-checklist storage-key=${key}></branding-checklist>`);
    expect(Object.keys((other as any).assessments.assessments[0].entries)).to.deep.equal([]);
  });

  it('refuses an import from another checklist, naming the field', async () => {
    const el = await make();
    const file = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    const body = { format: 'city-widgets/checklist', schemaVersion: 1, checklist: 'branding-checklist', exportedAt: 'x', assessments: [{ id: 'a', name: 'A', createdAt: 1, updatedAt: 1, entries: {} }] };
    dt.items.add(new File([JSON.stringify(body)], 'b.json', { type: 'application/json' }));
    file.files = dt.files;
    file.dispatchEvent(new Event('change'));
    await until(() => !!shadow(el).querySelector('.actions ~ [role="alert"]'), 2000, 'alert');
    expect(text(shadow(el).querySelector('.actions ~ [role="alert"]')!)).to.contain('checklist').and.contain('diplomacy-capacity');
  });

  it('shows invalid inline data (a broken output reference) as an alert with the path', async () => {
    const bad = structuredClone(data) as any;
    bad.outputs.pillars.items[0].items[0].question = 'nope';
    const wrap = await mount<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('diplomacy-capacity');
    el.innerHTML = `<script type="application/json">${JSON.stringify(bad)}</script>`;
    setTimeout(() => wrap.append(el));
    const ev = await oneEvent(wrap, 'cw-invalid-data');
    expect(ev.detail.path).to.equal('outputs.pillars.items[0].items[0].question');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[role="alert"]')!)).to.contain('outputs.pillars.items[0].items[0].question');
  });

  it('renders markup in data as text', async () => {
    const evil = structuredClone(data) as any;
    evil.sections[0].questions[0].figure.text = '<img src=x onerror="window.__pwned2=1">';
    const el = document.createElement('diplomacy-capacity');
    el.innerHTML = `<script type="application/json">${JSON.stringify(evil)}</script>`;
    el.setAttribute('storage-key', uniqueKey());
    document.body.append(el);
    await until(() => !!el.data, 2000);
    await el.updateComplete;
    expect(shadow(el).querySelector('.figure')!.textContent).to.contain('<img src=x');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as any).__pwned2).to.equal(undefined);
    el.remove();
  });

  it('formats figures in the element language (Dutch)', async () => {
    const el = await make(uniqueKey(), 'nl');
    expect(text(groupOf(el, 'office').closest('li')!.querySelector('.figure-value')!)).to.match(/^86\s?%$/);
  });

  it('passes axe with no serious or critical violation, light and dark, with warnings shown', async () => {
    const el = await make();
    await answer(el, { office: 'Yes', 'ind-political': 'Yes', 'org-political': 'No', 'org-analytical': 'Partly', authority: 'No', 'sys-operational': 'Not applicable' });
    expect(await seriousViolations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('is usable at 320 px and by keyboard', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="width:320px"><diplomacy-capacity storage-key=${uniqueKey()}></diplomacy-capacity></div>`);
    const el = wrap.querySelector('diplomacy-capacity')!;
    await until(() => !!el.data, 3000);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const root = shadow(el).querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    const yes = radio(groups(el)[0]!, 'Yes');
    yes.focus();
    expect(shadow(el).activeElement).to.equal(yes);
  });

  it('compares the stages of two assessments', async () => {
    const el = await make();
    await answerAll(el, 'No');
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Duplicate')!.click();
    await el.updateComplete;
    await answerAll(el, 'Yes');
    const select = shadow(el).querySelector<HTMLSelectElement>('.compare select')!;
    select.value = el.assessments.assessments[0]!.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('.compare-table tbody tr')].map(text);
    expect(rows.at(-1)).to.contain('Institutionalised').and.contain('Ad hoc').and.contain('≠');
    expect(rows.at(-1)).to.not.contain('provisional');
    // A stage not yet decided is compared as provisional.
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'New assessment')!.click();
    await el.updateComplete;
    radio(groupOf(el, 'office'), 'Yes').click();
    await el.updateComplete;
    const pick = shadow(el).querySelector<HTMLSelectElement>('.compare select')!;
    pick.value = el.assessments.assessments[0]!.id;
    pick.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('.compare-table tbody tr')].map(text).at(-1)).to.contain('Started (provisional)').and.contain('Ad hoc');
  });
});
