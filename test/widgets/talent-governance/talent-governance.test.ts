import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/widgets/talent-governance/talent-governance.js';
import type { TalentGovernance } from '../../../src/widgets/talent-governance/talent-governance.js';
import data from '../../../data/talent-governance.json';
import { accessibleName, mount, seriousViolations, shadow, showSummary, until, uniqueKey, radioGroups as groups, radioNamed as radio } from '../../helpers.js';

async function make(key = uniqueKey('tg')): Promise<TalentGovernance> {
  const el = await fixture<TalentGovernance>(html`<talent-governance storage-key=${key} lang="en"></talent-governance>`);
  await until(() => !!el.data, 3000, 'data');
  await el.updateComplete;
  await showSummary(el);
  await el.updateComplete;
  return el;
}
const summary = (el: Element) => shadow(el).querySelector('[role="region"]')!;
const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const placement = (el: Element) => summary(el).querySelector('.placement [aria-current="true"]');
const step = (el: Element) => text(summary(el).querySelector('.steps [aria-current="true"]')!);
const groupOf = (el: Element, id: string) => groups(el).find((g) => g.getAttribute('aria-labelledby') === `q-${id}`)!;

async function answerAll(el: TalentGovernance, name: string) {
  for (const g of groups(el)) radio(g, name).click();
  await el.updateComplete;
}
async function answer(el: TalentGovernance, answers: Record<string, string>) {
  for (const [id, name] of Object.entries(answers)) radio(groupOf(el, id), name).click();
  await el.updateComplete;
}

describe('<talent-governance>', () => {
  it('asks the three domains, the organisation, the six challenges and the hourglass as sections of radio groups', async () => {
    const el = await make();
    const headings = [...shadow(el).querySelectorAll('section.phase h3')].map(text);
    expect(headings).to.deep.equal(['Attraction', 'Facilitation', 'Integration', 'How the co-ordination is organised', 'Key challenges', 'The hourglass: where your partnership stands']);
    const qs = data.sections.flatMap((s) => s.questions);
    groups(el).forEach((g, i) => {
      expect(accessibleName(g)).to.contain(qs[i]!.text);
      expect([...g.querySelectorAll('input[type="radio"]')].map(accessibleName)).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
    });
    [...shadow(el).querySelectorAll('textarea')].forEach((n) => expect(accessibleName(n)).to.contain('Notes'));
  });

  it('places the city: all No reads Lighter, all Yes reads Strategic, marked aria-current', async () => {
    const el = await make();
    await answerAll(el, 'No');
    expect(summary(el).querySelectorAll('.placement [aria-current="true"]')).to.have.length(1);
    expect(text(placement(el)!)).to.contain('Lighter co-ordination').and.not.contain('Strategic');
    expect(text(summary(el).querySelector('[aria-current="true"]')!)).to.contain('Lighter');
    await answerAll(el, 'Yes');
    expect(text(placement(el)!)).to.contain('Strategic co-ordination').and.not.contain('Lighter');
    expect(text(summary(el).querySelector('[aria-current="true"]')!)).to.contain('Strategic');
  });

  it('reads In between for a mixed profile; the activities alone do not move it', async () => {
    const el = await make();
    const activities = ['attraction-marketing', 'attraction-targets', 'facilitation-desk', 'facilitation-information', 'integration-joint', 'integration-labour-market'];
    const model = ['model-strategy', 'model-comprehensive', 'model-top-level', 'model-priorities', 'model-vision', 'model-regional', 'roles', 'long-term-funding'];
    await answer(el, Object.fromEntries([...activities.map((q) => [q, 'Yes']), ...model.map((q) => [q, 'No'])]));
    expect(text(summary(el).querySelector('.placement [aria-current="true"]')!)).to.contain('Lighter');
    // Embedding (3) and comprehensiveness (3) of 15 = 40% → In between
    await answer(el, { 'model-strategy': 'Yes', 'model-comprehensive': 'Yes' });
    expect(text(summary(el).querySelector('.placement [aria-current="true"]')!)).to.contain('In between');
    expect(text(summary(el).querySelector('.placement .verdict')!)).to.contain('40%');
  });

  it('shows the book’s four cases with their facts and lines, beside their model', async () => {
    const el = await make();
    const cases = text(summary(el).querySelector('.cases')!);
    for (const name of ['Groningen', 'Leuven', 'Magdeburg', 'Parma']) expect(cases).to.contain(name);
    expect(cases).to.contain('Groningen: Strategic co-ordination').and.contain('Parma: Lighter co-ordination');
    expect(cases).to.contain('€100,000').and.contain('Table 9.1').and.not.contain('line');
    const bands = [...summary(el).querySelectorAll('.placement .ladder li')].map(text);
    expect(bands[0]).to.contain('Magdeburg').and.contain('Parma');
    expect(bands[2]).to.contain('Groningen').and.contain('Leuven');
  });

  it('reads the stage of the hourglass', async () => {
    const el = await make();
    expect(summary(el).querySelectorAll('.steps [aria-current]')).to.have.length(0);
    await answer(el, { 'hourglass-go-big': 'No' });
    expect(step(el)).to.contain('Not started');
    await answer(el, { 'hourglass-go-big': 'Yes' });
    expect(step(el)).to.contain('Go big');
    await answer(el, { 'hourglass-slim-down': 'Partly' });
    expect(step(el)).to.contain('Slim down');
    expect(text(summary(el).querySelector('.steps .verdict')!)).to.contain('under way');
    await answer(el, { 'hourglass-slim-down': 'Yes', 'hourglass-go-big-again': 'Yes' });
    expect(step(el)).to.contain('Go big again');
  });

  it('lists the open challenges as next steps, with advice and section', async () => {
    const el = await make();
    expect(summary(el).querySelectorAll('.challenges li')).to.have.length(6);
    await answer(el, { 'common-ground': 'Yes', 'long-term-funding': 'Not applicable', roles: 'Partly' });
    const items = [...summary(el).querySelectorAll('.challenges li')].map(text);
    expect(items).to.have.length(4);
    expect(items[2]).to.contain('Partly').and.contain('Clearly set roles and responsibilities').and.contain('9.5 Key challenges');
  });

  it('says the placement rule is ours', async () => {
    const el = await make();
    const rules = [...summary(el).querySelectorAll('.placement details.scoring')].map(text)[0]!;
    expect(rules).to.contain('Our rule').and.contain('placement is ours');
  });

  it('has the contract buttons and file input, and fires cw-change', async () => {
    const el = await make();
    const buttons = [...shadow(el).querySelectorAll('button')].map(text);
    expect(buttons).to.include.members(['Download JSON', 'Download CSV', 'Print']);
    expect(accessibleName(shadow(el).querySelector('input[type="file"]')!)).to.equal('Import JSON');
    setTimeout(() => radio(groups(el)[0]!, 'Partly').click());
    const ev = await oneEvent(el, 'cw-change');
    expect(ev.detail).to.include({ field: 'answer', questionId: 'attraction-marketing', value: 'partly' });
  });

  it('keeps two elements with the same key in sync', async () => {
    const key = uniqueKey('tg-sync');
    const a = await make(key);
    const b = await make(key);
    radio(groups(a)[3]!, 'Yes').click();
    await until(() => radio(groups(b)[3]!, 'Yes').checked, 1000, 'sync');
  });

  it('passes axe with no serious or critical violation, light and dark', async () => {
    const el = await make();
    await answer(el, { 'model-strategy': 'Yes', 'hourglass-go-big': 'Partly', roles: 'No' });
    expect(await seriousViolations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('is usable at 320 px', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="width:320px"><talent-governance storage-key=${uniqueKey()}></talent-governance></div>`);
    const el = wrap.querySelector('talent-governance')!;
    await until(() => !!el.data, 3000);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const root = shadow(el).querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
  });
});
