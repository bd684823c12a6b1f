import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/inclusion-action-plan/inclusion-action-plan.js';
import type { InclusionActionPlan } from '../../../src/widgets/inclusion-action-plan/inclusion-action-plan.js';
import { PLAN_LIMITS, PlanState } from '../../../src/schema/action-plan.js';
import { accessibleName, mount, seriousViolations, setHash, shadow, until, uniqueKey } from '../../helpers.js';

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const AREAS = [
  'An inclusive narrative',
  'Inclusive economic growth',
  'Connections across communities',
  'Mainstreaming inclusion in public services (health, housing, social services)',
  'Civic representation and participation',
];

async function make(key = uniqueKey('iap'), width = ''): Promise<InclusionActionPlan> {
  const wrap = await mount<HTMLDivElement>(html`<div></div>`);
  if (width) wrap.style.width = width;
  wrap.innerHTML = `<inclusion-action-plan storage-key="${key}" lang="en"></inclusion-action-plan>`;
  const el = wrap.firstElementChild as InclusionActionPlan;
  await until(() => !!el.data && !/Loading/.test(shadow(el).textContent!), 3000, 'data and state');
  await el.updateComplete;
  return el;
}
const buttons = (root: ParentNode, name: string | RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => (typeof name === 'string' ? accessibleName(b) === name || text(b) === name : name.test(accessibleName(b) || text(b))));
/** A control by its label's own text (a select's options are left out). */
const field = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].find((i) => (i.closest('label')?.querySelector('span')?.textContent ?? accessibleName(i)).trim() === name)!;
const area = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll('section.area')].find((s) => text(s.querySelector('h3')!).includes(name))!;
const type = async (el: InclusionActionPlan, input: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input') => {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
};

async function addAction(el: InclusionActionPlan, areaName: string, title: string, start = '', end = '') {
  buttons(area(el, areaName), /^Add action/)[0]!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  const groups = area(el, areaName).querySelectorAll('[role="group"]');
  const g = groups[groups.length - 1]!;
  await type(el, field(g, 'Action'), title);
  if (start) await type(el, field(g, 'Start'), start, 'change');
  if (end) await type(el, field(g, 'End'), end, 'change');
  return g;
}

describe('<inclusion-action-plan>', () => {
  it('shows the five thematic areas as headings, each with an Add action button', async () => {
    const el = await make();
    expect([...shadow(el).querySelectorAll('section.area h3')].map((h) => text(h).replace(/^\d+\. /, ''))).to.deep.equal(AREAS);
    for (const a of AREAS) expect(buttons(area(el, a), /^Add action/).length, a).to.equal(1);
  });

  it('adds an action with owner, partners, months, status and notes, focusing its title; limits from the schema', async () => {
    const el = await make();
    const g = await addAction(el, 'Inclusive economic growth', 'Jobs fair', '2026-03', '2026-11');
    expect(shadow(el).activeElement).to.equal(field(g, 'Action'));
    await type(el, field(g, 'Owner'), 'Economy department');
    await type(el, field(g, 'Partner organisations'), 'Chamber of commerce');
    const status = field(g, 'Status') as unknown as HTMLSelectElement;
    status.value = 'under-way';
    status.dispatchEvent(new Event('change'));
    await type(el, field(g, 'Notes'), 'twice a year');
    await el.updateComplete;
    const a = el.plans.plans[0]!.actions[0]!;
    expect(a).to.deep.include({ area: 'economic-growth', title: 'Jobs fair', owner: 'Economy department', partners: 'Chamber of commerce', start: '2026-03', end: '2026-11', status: 'under-way', notes: 'twice a year' });
    expect(field(g, 'Action').maxLength).to.equal(PLAN_LIMITS.title);
    expect(field(g, 'Notes').maxLength).to.equal(PLAN_LIMITS.notes);
    expect(field(g, 'Start').type).to.equal('month');
    expect(accessibleName(g)).to.contain('Jobs fair');
  });

  it('reorders within an area and removes with undo', async () => {
    const el = await make();
    await addAction(el, 'An inclusive narrative', 'First');
    await addAction(el, 'An inclusive narrative', 'Second');
    const titles = () => el.plans.plans[0]!.actions.map((a) => a.title);
    const groupOf = (t: string) => [...area(el, 'An inclusive narrative').querySelectorAll('[role="group"]')].find((g) => accessibleName(g).includes(t))!;
    buttons(groupOf('Second'), /Move up/)[0]!.click();
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Second', 'First']);
    buttons(groupOf('Second'), 'Remove')[0]!.click();
    await el.updateComplete;
    expect(titles()).to.deep.equal(['First']);
    const status = shadow(el).querySelector('.message[role="status"]')!;
    expect(text(status)).to.contain('Second');
    buttons(status, 'Undo')[0]!.click();
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Second', 'First']);
  });

  it('moves an action by keyboard, keeping the focus on the moved action', async () => {
    const el = await make();
    await addAction(el, 'An inclusive narrative', 'First');
    await addAction(el, 'An inclusive narrative', 'Second');
    const groupOf = (t: string) => [...area(el, 'An inclusive narrative').querySelectorAll('[role="group"]')].find((g) => accessibleName(g).includes(t))!;
    buttons(groupOf('First'), /Move down/)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.plans.plans[0]!.actions.map((a) => a.title)).to.deep.equal(['Second', 'First']);
    expect(accessibleName(shadow(el).activeElement!.closest('[role="group"]')!)).to.contain('First');
  });

  it('deletes a plan with undo', async () => {
    const el = await make();
    await addAction(el, 'An inclusive narrative', 'Keep');
    buttons(shadow(el), 'Delete')[0]!.click();
    await el.updateComplete;
    expect(el.plans.plans[0]!.actions).to.deep.equal([]);
    buttons(shadow(el).querySelector('.message')!, 'Undo')[0]!.click();
    await el.updateComplete;
    expect(el.plans.plans.map((p) => [p.name, p.actions.length])).to.deep.equal([['Plan 1', 1]]);
  });

  it('checks readiness: conditions and five features, Yes / Partly / No, each cited', async () => {
    const el = await make();
    const region = shadow(el).querySelector('[role="region"][aria-labelledby="ready-h"]')!;
    const groups = [...region.querySelectorAll('[role="radiogroup"]')];
    expect(groups.length).to.equal(9);
    const names = groups.map(accessibleName).join(' | ');
    for (const w of ['taskforce', 'senior sponsor', 'operational lead', 'action plan', 'peer learning']) expect(names).to.contain(w);
    for (const g of groups) expect([...g.querySelectorAll('input')].map(accessibleName)).to.deep.equal(['Yes', 'Partly', 'No']);
    expect(text(region)).to.contain('Broadhead, J. & Allen, W. L. (2022)');
    expect(text(region)).to.contain('No answer yet');
    (groups[0]!.querySelectorAll('input')[0] as HTMLInputElement).click();
    (groups[1]!.querySelectorAll('input')[1] as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(region)).to.contain('75% of points, from 2 answers');
    expect(text(region)).to.contain('No answer yet');
    expect(shadow(el).textContent).not.to.match(/five core principles are|\.txt/);
  });

  it('draws the timeline as an SVG role="img" with a name, a table alternative and today marked', async () => {
    const el = await make();
    await addAction(el, 'Connections across communities', 'Neighbour dinners', '2026-01', '2026-06');
    await addAction(el, 'Civic representation and participation', 'Newcomer council', '2026-09', '');
    const svg = shadow(el).querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.match(/Timeline of 2 dated actions/);
    expect(svg.querySelectorAll('rect.bar').length).to.equal(2);
    expect(text(svg.querySelector('.today')!)).to.equal('Today');
    const rows = [...shadow(el).querySelectorAll('table.timeline-table tbody tr')].map((r) => [...r.children].map(text));
    expect(rows.map((r) => r[1])).to.deep.equal(['Neighbour dinners', 'Newcomer council']);
    const section = text(shadow(el).querySelector('[part="timeline"]')!);
    expect(section).to.contain('The plan spans 9 months.').and.contain('no less than 12 months');
  });

  it('flags an end before the start without losing the action', async () => {
    const el = await make();
    const g = await addAction(el, 'An inclusive narrative', 'Backwards', '2026-05', '2026-02');
    expect(field(g, 'End').getAttribute('aria-invalid')).to.equal('true');
    expect(text(g)).to.contain('The end month is before the start month.');
    expect(el.plans.plans[0]!.actions[0]!.end).to.equal('2026-02');
  });

  it('keeps several named plans under one key, in sync with a second element', async () => {
    const key = uniqueKey('iap-sync');
    const el = await make(key);
    const twin = await make(key);
    buttons(shadow(el), 'New plan')[0]!.click();
    await el.updateComplete;
    expect(el.plans.plans.map((p) => p.name)).to.deep.equal(['Plan 1', 'Plan 2']);
    await until(() => twin.plans.plans.length === 2, 2000, 'sync');
  });

  it('a name at the limit duplicated twice is still a valid record; the open plan is per element', async () => {
    const key = uniqueKey('iap-limit');
    const el = await make(key);
    const other = await make(key);
    const name = field(shadow(el).querySelector('[part="plans"]')!, 'Name');
    name.value = 'x'.repeat(PLAN_LIMITS.name);
    name.dispatchEvent(new Event('change'));
    await el.updateComplete;
    buttons(shadow(el), 'Duplicate')[0]!.click();
    await el.updateComplete;
    buttons(shadow(el), 'Duplicate')[0]!.click();
    await el.updateComplete;
    const s = el.plans;
    expect(s.plans.length).to.equal(3);
    expect(PlanState.safeParse(s).success).to.equal(true);
    expect(new Set(s.plans.map((p) => p.name)).size).to.equal(3);
    await until(() => other.plans.plans.length === 3, 3000, 'synced');
    await other.updateComplete;
    const open = (x: InclusionActionPlan) => shadow(x).querySelector<HTMLSelectElement>('[part="plans"] select')!.value;
    expect(open(el)).to.equal(s.plans[2]!.id);
    expect(open(other)).to.equal(s.plans[0]!.id);
  });

  it('imports JSON: a bad file gives an alert naming the path and changes nothing', async () => {
    const el = await make();
    await addAction(el, 'An inclusive narrative', 'Keep me');
    const before = JSON.stringify(el.plans);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(accessibleName(input)).to.equal('Import JSON');
    const bad = { kind: 'inclusion-action-plan', version: 1, exportedAt: 'x', plans: [{ id: 'p', name: 'P', createdAt: 0, updatedAt: 0, readiness: {}, actions: [{ id: 'a', area: 'narrative', title: 't', owner: '', partners: '', start: '2026-13', end: '', status: 'planned', notes: '' }] }] };
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 2000, 'alert');
    expect(text(shadow(el).querySelector('[role="alert"]')!)).to.contain('plans[0].actions[0].start');
    expect(JSON.stringify(el.plans)).to.equal(before);
    // A good file adds its plans.
    const good = { ...bad, plans: [{ ...bad.plans[0]!, actions: [{ ...bad.plans[0]!.actions[0]!, start: '2026-02' }] }] };
    const dt2 = new DataTransfer();
    dt2.items.add(new File([JSON.stringify(good)], 'good.json'));
    input.files = dt2.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.plans.plans.length === 2, 2000, 'import');
    expect(el.plans.plans.map((p) => p.name)).to.deep.equal(['Plan 1', 'P']);
  });

  it('downloads the plan as CSV and JSON and the timeline as SVG', async () => {
    const el = await make();
    for (const n of ['Download CSV', 'Download JSON', 'Print']) expect(buttons(shadow(el), n).length, n).to.equal(1);
    await addAction(el, 'Inclusive economic growth', 'Jobs, fair', '2026-03', '2026-11');
    const files: { name: string; text: Promise<string> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
    };
    try {
      for (const n of ['Download CSV', 'Download JSON', 'Download SVG']) buttons(shadow(el), n)[0]!.click();
      // The chart exporter loads on first use.
      await until(() => files.length === 3, 3000, 'three downloads');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((f) => f.name)).to.deep.equal(['inclusion-action-plan-Plan-1.csv', 'inclusion-action-plan-Plan-1.json', 'inclusion-action-plan-Plan-1-timeline.svg']);
    const [csv, json, svg] = await Promise.all(files.map((f) => f.text));
    expect(csv!.replace(/^\uFEFF/, '').split(/\r?\n/)[1]).to.equal('Inclusive economic growth,"Jobs, fair",,,2026-03,2026-11,Planned,');
    expect(JSON.parse(json!).plans[0].actions[0].title).to.equal('Jobs, fair');
    expect(svg).to.contain('<svg').and.contain('Jobs, fair').and.contain('Broadhead');
  });

  it('shares a plan by link; the receiver sees it and adds it to their own', async () => {
    const key = uniqueKey('iap-share');
    const el = await make(key);
    await addAction(el, 'Connections across communities', 'Street party');
    buttons(shadow(el), 'Share link')[0]!.click();
    await until(() => !!shadow(el).querySelector('.share-link input'), 2000, 'link');
    const link = (shadow(el).querySelector('.share-link input') as HTMLInputElement).value;
    // The sharer's own plan changes after sharing, so the shared one is new to this key.
    await addAction(el, 'Connections across communities', 'Lantern walk');
    el.remove();
    setHash(new URL(link).hash);
    try {
      const other = await make(uniqueKey('iap-share'));
      expect(shadow(other).querySelector('[part="shared"]')).to.equal(null);
      const receiver = await make(key);
      // A share link is checked once the schemas have loaded (on demand).
      await until(() => !!shadow(receiver).querySelector('[part="shared"]'), 6000, 'shared shown');
      const banner = shadow(receiver).querySelector('[part="shared"]')!;
      expect(text(banner)).to.contain('Plan 1').and.contain('Street party');
      buttons(banner, 'Add to my own')[0]!.click();
      await until(() => receiver.plans.plans.length === 2, 6000, 'added');
      expect(receiver.plans.plans[1]!.name).to.equal('Plan 1 (2)');
      expect(location.hash).to.equal('');
    } finally {
      setHash('');
    }
  });

  it('prints the plan alone: the page around it is hidden while printing, and restored after', async () => {
    const el = await make();
    const original = window.print;
    let during: { marked: boolean; sheets: number } | null = null;
    window.print = () => {
      during = { marked: el.hasAttribute('data-cw-printing'), sheets: document.adoptedStyleSheets.length };
    };
    const before = document.adoptedStyleSheets.length;
    try {
      buttons(shadow(el), 'Print')[0]!.click();
    } finally {
      window.print = original;
    }
    expect(during).to.deep.equal({ marked: true, sheets: before + 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(el.hasAttribute('data-cw-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });

  it('fires cw-change with the plan and the action', async () => {
    const el = await make();
    const events: CustomEvent[] = [];
    el.addEventListener('cw-change', (e) => events.push(e as CustomEvent));
    await addAction(el, 'An inclusive narrative', 'Evented');
    const last = events[events.length - 1]!;
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail).to.deep.include({ planId: 'plan-1', field: 'actions', actionId: el.plans.plans[0]!.actions[0]!.id });
  });

  it('speaks German', async () => {
    const el = await make();
    el.setAttribute('lang', 'de');
    // The German module loads on first use, then the element renders again.
    await until(() => buttons(shadow(el), 'JSON herunterladen').length === 1, 3000, 'German');
    expect(text(shadow(el).querySelector('section.area h3')!)).to.contain('Ein inklusives Narrativ');
  });

  it('fits 320 px and passes axe-core with actions present', async () => {
    const el = await make(uniqueKey(), '320px');
    await addAction(el, 'An inclusive narrative', 'A long title that goes on and on and on without a break', '2026-01', '2027-12');
    for (const d of shadow(el).querySelectorAll('details')) d.open = true;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
