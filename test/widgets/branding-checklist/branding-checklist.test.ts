import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import type { BrandingChecklist } from '../../../src/widgets/branding-checklist/branding-checklist.js';
import data from '../../../data/branding-checklist.json';
import { createStore, get } from 'idb-keyval';
import { accessibleName, mount, seriousViolations, shadow, until, uniqueKey, radioGroups as groups, radioNamed as radio } from '../../helpers.js';

async function make(key = uniqueKey('bc'), extra = ''): Promise<BrandingChecklist> {
  const el = await fixture<BrandingChecklist>(html`<branding-checklist storage-key=${key} lang=${extra || 'en'}></branding-checklist>`);
  await until(() => !shadow(el).querySelector('[role="status"]')?.textContent?.includes('Loading'), 3000, 'load');
  await el.updateComplete;
  return el;
}
const summaryText = (el: Element) => shadow(el).querySelector('[role="region"]')!.textContent!.replace(/\s+/g, ' ');

async function answer(el: BrandingChecklist, qi: number, name: string) {
  radio(groups(el)[qi]!, name).click();
  await el.updateComplete;
}

describe('<branding-checklist>', () => {
  it('renders three phases as headings with 5, 5 and 2 questions', async () => {
    const el = await make();
    const headings = [...shadow(el).querySelectorAll('section.phase h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Before arrival', 'During stay', 'After departure']);
    expect([...shadow(el).querySelectorAll('section.phase')].map((s) => s.querySelectorAll('[role="radiogroup"]').length)).to.deep.equal([5, 5, 2]);
  });

  it('names each radio group by its question and holds the four answers and a Notes textbox', async () => {
    const el = await make();
    const qs = data.sections.flatMap((s) => s.questions);
    groups(el).forEach((g, i) => {
      expect(accessibleName(g)).to.contain(qs[i]!.text);
      const names = [...g.querySelectorAll('input[type="radio"]')].map(accessibleName);
      expect(names).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
    });
    const notes = [...shadow(el).querySelectorAll('textarea')];
    expect(notes).to.have.length(12);
    notes.forEach((n) => expect(accessibleName(n)).to.contain('Notes'));
  });

  it('scores phases and overall: Yes 1, Partly 0.5, No 0; unanswered and Not applicable left out; whole % with what they rest on', async () => {
    const el = await make();
    expect(summaryText(el)).to.contain('0 of 12 questions answered');
    const cells = () => [...shadow(el).querySelectorAll('.summary td.pct')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells()).to.deep.equal(['no score yet', 'no score yet', 'no score yet', 'no score yet']);
    expect(summaryText(el)).to.not.match(/\b0%/);
    await answer(el, 0, 'Yes');
    await answer(el, 1, 'Partly');
    await answer(el, 2, 'No');
    await answer(el, 3, 'Not applicable');
    // Before arrival: (1 + 0.5 + 0) / 3 = 50%; the other phases have no answer, so no score (never 0%).
    expect(cells()).to.deep.equal(['50% (3 answered)', 'no score yet', 'no score yet', '50% (3 answered)']);
    await answer(el, 5, 'Yes');
    await answer(el, 6, 'Partly');
    await answer(el, 7, 'Partly');
    // During stay: 2 / 3 = 66.67% → 67%; overall 3.5 / 6 = 58.3% → 58%
    expect(cells()).to.deep.equal(['50% (3 answered)', '67% (3 answered)', 'no score yet', '58% (6 answered)']);
    expect(summaryText(el)).to.contain('7 of 12 questions answered');
  });

  it('lists open points: No, Partly and unanswered', async () => {
    const el = await make();
    await answer(el, 0, 'Yes');
    await answer(el, 1, 'No');
    const items = [...shadow(el).querySelectorAll('.open-points .open li')];
    expect(items).to.have.length(11);
    expect(items[0]!.textContent).to.contain('No');
  });

  it('fires cw-change with a typed detail', async () => {
    const el = await make();
    setTimeout(() => radio(groups(el)[4]!, 'Yes').click());
    const ev = await oneEvent(el, 'cw-change');
    expect(ev.detail).to.include({ field: 'answer', questionId: 'before-arrival-5', value: 'yes', storageKey: el.storageKey });
    expect(ev.detail.overall).to.equal(100);
  });

  it('has the buttons and the file input of the contract', async () => {
    const el = await make();
    const buttons = [...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.include.members(['Download JSON', 'Download CSV', 'Print']);
    const file = shadow(el).querySelector('input[type="file"]')!;
    expect(accessibleName(file)).to.equal('Import JSON');
  });

  it('keeps answers and notes after a reload (same storage-key)', async () => {
    const key = uniqueKey('persist');
    const el = await make(key);
    await answer(el, 5, 'Partly');
    const ta = shadow(el).querySelectorAll('textarea')[5]!;
    ta.value = 'Ask the university';
    ta.dispatchEvent(new Event('input'));
    el.remove(); // disconnect flushes the pending write
    const store = createStore('city-widgets', 'state');
    for (let i = 0; i < 100; i++) {
      const rec = (await get(`branding-checklist:${key}`, store)) as { data?: { assessments: { entries: Record<string, { notes?: string }> }[] } } | undefined;
      if (rec?.data?.assessments[0]?.entries['during-stay-1']?.notes === 'Ask the university') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const again = await make(key);
    await until(() => radio(groups(again)[5]!, 'Partly').checked, 2000, 'restored answer');
    expect(shadow(again).querySelectorAll('textarea')[5]!.value).to.equal('Ask the university');
  });

  it('keeps two elements with the same key in sync, and different keys apart', async () => {
    const key = uniqueKey('sync');
    const a = await make(key);
    const b = await make(key);
    const c = await make();
    await answer(a, 0, 'Yes');
    await until(() => radio(groups(b)[0]!, 'Yes').checked, 1000, 'sync within 1 s');
    await c.updateComplete;
    expect(radio(groups(c)[0]!, 'Yes').checked).to.equal(false);
  });

  it('creates, renames, duplicates, switches and deletes assessments, with undo', async () => {
    const el = await make();
    const root = shadow(el);
    const btn = (t: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === t)!;
    await answer(el, 0, 'Yes');
    const name = root.querySelector<HTMLInputElement>('.bar input[type="text"]')!;
    name.value = 'Leuven 2026';
    name.dispatchEvent(new Event('change'));
    await el.updateComplete;
    btn('Duplicate').click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Leuven 2026', 'Leuven 2026 (copy)']);
    expect(radio(groups(el)[0]!, 'Yes').checked, 'the copy keeps the answers').to.equal(true);
    btn('New assessment').click();
    await el.updateComplete;
    expect(el.assessments.assessments).to.have.length(3);
    expect(radio(groups(el)[0]!, 'Yes').checked, 'a new one starts empty').to.equal(false);
    const select = root.querySelector<HTMLSelectElement>('.bar select')!;
    select.value = el.assessments.assessments[0]!.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.assessments.activeId).to.equal(el.assessments.assessments[0]!.id);
    btn('Delete').click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.not.include('Leuven 2026');
    btn('Undo').click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Leuven 2026', 'Leuven 2026 (copy)', 'Assessment 3']);
  });

  it('compares two assessments phase by phase', async () => {
    const el = await make();
    for (const i of [0, 1, 2, 3, 4]) await answer(el, i, 'No');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Duplicate')!.click();
    await el.updateComplete;
    await answer(el, 0, 'Yes');
    const select = shadow(el).querySelector<HTMLSelectElement>('.compare select')!;
    select.value = el.assessments.assessments[0]!.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const row = shadow(el).querySelector('.compare-table tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(row).to.contain('Before arrival').and.contain('20%').and.contain('0%').and.contain('-20%');
    expect(row).to.not.contain('.');
  });

  it('keeps only http(s) evidence links and shows them as links', async () => {
    const el = await make();
    const url = shadow(el).querySelector<HTMLInputElement>('input[type="url"]')!;
    url.value = 'javascript:alert(1)';
    url.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.error')?.textContent).to.contain('http');
    expect(shadow(el).querySelector('.evidence-link a')).to.equal(null);
    url.value = 'https://example.org/brand-plan.pdf';
    url.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const a = shadow(el).querySelector<HTMLAnchorElement>('.evidence-link a')!;
    expect(a.href).to.equal('https://example.org/brand-plan.pdf');
    expect(a.rel).to.contain('noopener');
  });

  it('imports a JSON export after asking, and refuses a bad file with the path', async () => {
    const el = await make();
    const file = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const put = async (text: string, expect: string) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'in.json', { type: 'application/json' }));
      file.files = dt.files;
      file.dispatchEvent(new Event('change'));
      await until(() => !!shadow(el).querySelector(expect), 2000, 'import result');
      await el.updateComplete;
    };
    await put('{"format":"city-widgets/checklist","schemaVersion":1,"checklist":"branding-checklist","exportedAt":"x","assessments":[{"id":"q","name":"Imported","createdAt":1,"updatedAt":1,"entries":{"before-arrival-1":{"answer":"maybe"}}}]}', '.actions ~ [role="alert"]');
    const alert = shadow(el).querySelector('.actions ~ [role="alert"]')!;
    expect(alert.textContent).to.contain('assessments[0].entries.before-arrival-1.answer');
    expect(el.assessments.assessments).to.have.length(1);
    await put('{"format":"city-widgets/checklist","schemaVersion":1,"checklist":"branding-checklist","exportedAt":"x","assessments":[{"id":"q","name":"Imported","createdAt":1,"updatedAt":1,"entries":{"before-arrival-1":{"answer":"yes"}}}]}', '.confirm');
    expect(shadow(el).querySelector('.confirm')!.textContent).to.contain('Imported');
    expect(el.assessments.assessments).to.have.length(1);
    [...shadow(el).querySelectorAll('.confirm button')].find((b) => b.textContent!.includes('Add'))!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Assessment 1', 'Imported']);
    expect(radio(groups(el)[0]!, 'Yes').checked).to.equal(true);
  });

  it('shows invalid inline data as an alert naming the path, and fires cw-invalid-data', async () => {
    const bad = structuredClone(data) as any;
    bad.sections[1].questions[0].text = 42;
    const wrap = await mount<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('branding-checklist');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(bad);
    el.append(script);
    setTimeout(() => wrap.append(el));
    const ev = await oneEvent(wrap, 'cw-invalid-data');
    expect(ev.detail.path).to.equal('sections[1].questions[0].text');
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('sections[1].questions[0].text').and.contain('string');
    expect(el.data).to.equal(undefined);
  });

  it('loads a definition from src, and reports a 404 as an alert', async () => {
    const el = await fixture<BrandingChecklist>(html`<branding-checklist src="/data/branding-checklist.json" storage-key=${uniqueKey()}></branding-checklist>`);
    await until(() => !!el.data, 3000, 'src data');
    expect(el.data!.sections).to.have.length(3);
    const missing = await fixture<BrandingChecklist>(html`<branding-checklist src="/nope.json" storage-key=${uniqueKey()}></branding-checklist>`);
    await until(() => !!shadow(missing).querySelector('[role="alert"]'), 3000, 'alert');
    expect(shadow(missing).querySelector('[role="alert"]')!.textContent).to.contain('src').and.contain('404');
  });

  it('renders markup in data as text', async () => {
    const evil = structuredClone(data) as any;
    evil.title = '<img src=x onerror="window.__pwned=1">';
    const el = document.createElement('branding-checklist');
    el.innerHTML = `<script type="application/json">${JSON.stringify(evil)}</script>`;
    el.setAttribute('storage-key', uniqueKey());
    document.body.append(el);
    await until(() => !!el.data, 2000);
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(evil.title);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as any).__pwned).to.equal(undefined);
    el.remove();
  });

  it('follows theme="dark" with dark colours', async () => {
    const el = await fixture<BrandingChecklist>(html`<branding-checklist theme="dark" storage-key=${uniqueKey()}></branding-checklist>`);
    const root = shadow(el).querySelector('.root')!;
    expect(root.getAttribute('data-scheme')).to.equal('dark');
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(22, 24, 29)');
  });

  it('follows the page color-scheme in auto', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="color-scheme: dark"><branding-checklist storage-key=${uniqueKey()}></branding-checklist></div>`);
    const el = wrap.querySelector('branding-checklist')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.root')!.getAttribute('data-scheme')).to.equal('dark');
  });

  it('works by keyboard: arrow keys move between answers', async () => {
    const el = await make();
    const first = radio(groups(el)[0]!, 'Yes');
    first.focus();
    first.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(first);
    expect(first.tabIndex).to.equal(0);
  });

  it('passes axe with no serious or critical violation, light and dark', async () => {
    const el = await make();
    await answer(el, 0, 'Partly');
    expect(await seriousViolations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('is usable at 320 px: nothing wider than the element', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="width:320px"><branding-checklist storage-key=${uniqueKey()}></branding-checklist></div>`);
    const el = wrap.querySelector('branding-checklist')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const root = shadow(el).querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    wrap.remove();
  });
});
