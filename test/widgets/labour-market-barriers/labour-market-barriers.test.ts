import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/labour-market-barriers/labour-market-barriers.js';
import type { LabourMarketBarriers } from '../../../src/widgets/labour-market-barriers/labour-market-barriers.js';
import { CITY_LIMITS, LabourMarketData, LabourMarketState } from '../../../src/schema/labour-market.js';
import { validate } from '../../../src/core/check.js';
import { accessibleName, mount, seriousViolations, setHash, shadow, until, uniqueKey } from '../../helpers.js';

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();

async function make(attrs = '', key = uniqueKey('lmb')): Promise<LabourMarketBarriers> {
  const wrap = await mount<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<labour-market-barriers storage-key="${key}" lang="en" ${attrs}></labour-market-barriers>`;
  const el = wrap.firstElementChild as LabourMarketBarriers;
  await until(() => !!el.data && !/Loading/.test(shadow(el).textContent!), 3000, 'data and state');
  await el.updateComplete;
  return el;
}
const radio = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => accessibleName(r) === name)!;
const checkbox = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((r) => accessibleName(r) === name)!;
const gapsRegion = (el: Element) => shadow(el).querySelector('[role="region"][aria-labelledby="gaps-h"]')!;
const gapNames = (el: Element) => [...gapsRegion(el).querySelectorAll('.gap-list li')].map(text);

describe('<labour-market-barriers>', () => {
  it('offers every group as a radio and, for students, the three stages of Table 7.1', async () => {
    const el = await make();
    const groups = el.data!.groups.map((g) => g.label);
    for (const g of groups) expect(radio(el, g), g).to.exist;
    for (const s of ['During studies', 'After graduation', 'Becoming an entrepreneur']) expect(radio(el, s), s).to.exist;
    radio(el, 'Highly educated refugees').click();
    await el.updateComplete;
    expect(radio(el, 'After graduation')).to.equal(undefined);
  });

  it('lists the book’s barriers for students after graduation: language, pathfinding, network, visa status', async () => {
    const el = await make();
    radio(el, 'After graduation').click();
    await el.updateComplete;
    const barriers = text(shadow(el).querySelector('[part="barriers"]')!);
    for (const w of ['Most companies will require local language proficiency', 'Pathfinding:', 'Network: Lack of local networks', 'Visa status for non-EU/EEA students']) {
      expect(barriers).to.contain(w);
    }
    expect(barriers).to.contain('Counihan, M. & van Winden, W.').and.contain('Table 7.1');
    expect(barriers).to.contain('Type of labour market integration (Table 7.1): Finding a job');
    // Never file names or line numbers.
    expect(shadow(el).textContent).not.to.match(/\.txt|line \d/);
  });

  it('lists Table 7.2’s initiatives with their example programmes, e.g. Make it in the North (Groningen)', async () => {
    const el = await make();
    const init = text(shadow(el).querySelector('[part="initiatives"]')!);
    expect(init).to.contain('Make it in the North').and.contain('(Groningen)');
    expect(init).to.contain('Informagiovani').and.contain('(Parma)');
    for (const i of el.data!.initiatives) expect(checkbox(el, i.label), i.label).to.exist;
  });

  it('shows the barriers no marked initiative addresses, and saves the marks', async () => {
    const key = uniqueKey('lmb-gaps');
    const el = await make('', key);
    const twin = await make('', key);
    radio(el, 'Highly educated refugees').click();
    await el.updateComplete;
    expect(gapNames(el)).to.include('Permit procedures');
    checkbox(el, 'Visa & work permit fast-tracking').click();
    await el.updateComplete;
    expect(gapNames(el)).not.to.include('Permit procedures');
    expect(gapNames(el)).to.include('Lack of recognition of qualifications');
    const item = [...shadow(el).querySelectorAll('[part="barriers"] li.item')].find((li) => text(li).includes('settled status'))!;
    expect(text(item)).to.contain('Addressed by: Visa & work permit fast-tracking');
    // A second element with the same key sees the mark.
    await until(() => checkbox(twin, 'Visa & work permit fast-tracking').checked, 2000, 'sync');
  });

  it('fires cw-change with the open city and its initiatives', async () => {
    const el = await make();
    const events: CustomEvent[] = [];
    el.addEventListener('cw-change', (e) => events.push(e as CustomEvent));
    checkbox(el, 'HR co-operation').click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.include({ cityId: 'city-1', field: 'initiatives', initiatives: ['hr-cooperation'] });
  });

  it('labels every link between a barrier and an initiative as stated or our reading, with the reasoning', async () => {
    const el = await make();
    const matrix = shadow(el).querySelector('[part="matrix"]')!;
    const cells = [...matrix.querySelectorAll('td.cell')].map(text).filter(Boolean);
    expect(cells.length).to.equal(el.data!.links.length);
    expect(cells.every((c) => c === '● stated' || c === '○ our reading'), cells.join('|')).to.equal(true);
    expect(text(matrix)).to.contain('Why');
  });

  it('keeps several named cities under one key, with delete and undo', async () => {
    const el = await make();
    const bar = shadow(el).querySelector('[part="cities"]')!;
    const button = (name: string) => [...bar.querySelectorAll('button')].find((b) => text(b) === name)!;
    button('New city').click();
    await el.updateComplete;
    expect(el.cities.cities.map((c) => c.name)).to.deep.equal(['My city 1', 'My city 2']);
    button('Delete').click();
    await el.updateComplete;
    expect(el.cities.cities.length).to.equal(1);
    button('Undo').click();
    await el.updateComplete;
    expect(el.cities.cities.map((c) => c.name)).to.deep.equal(['My city 1', 'My city 2']);
  });

  it('a name at the limit duplicated twice is still a valid record (names cut, unique)', async () => {
    const el = await make();
    const input = [...shadow(el).querySelectorAll('input[type="text"]')].find((i) => accessibleName(i) === 'Name') as HTMLInputElement;
    input.value = 'x'.repeat(CITY_LIMITS.name);
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const dup = () => [...shadow(el).querySelectorAll('[part="cities"] button')].find((b) => text(b) === 'Duplicate') as HTMLButtonElement;
    dup().click();
    await el.updateComplete;
    dup().click();
    await el.updateComplete;
    const s = el.cities;
    expect(s.cities.length).to.equal(3);
    expect(LabourMarketState.safeParse(s).success).to.equal(true);
    expect(new Set(s.cities.map((c) => c.name)).size).to.equal(3);
    expect(s.cities.every((c) => c.name.length <= CITY_LIMITS.name)).to.equal(true);
  });

  it('keeps the open city per element: another element on the key adding a city does not switch this one', async () => {
    const key = uniqueKey('lmb-open');
    const a = await make('', key);
    const b = await make('', key);
    [...shadow(b).querySelectorAll<HTMLButtonElement>('[part="cities"] button')].find((x) => text(x) === 'New city')!.click();
    await until(() => a.cities.cities.length === 2, 3000, 'synced');
    await a.updateComplete;
    const selected = (el: LabourMarketBarriers) => shadow(el).querySelector<HTMLSelectElement>('[part="cities"] select')!;
    expect(selected(b).selectedOptions[0]!.textContent).to.equal('My city 2');
    expect(selected(a).selectedOptions[0]!.textContent).to.equal('My city 1');
  });

  it('compares two cities: initiatives only in one, in both, and their gaps', async () => {
    const el = await make();
    checkbox(el, 'HR co-operation').click();
    await el.updateComplete;
    const bar = shadow(el).querySelector('[part="cities"]')!;
    [...bar.querySelectorAll('button')].find((b) => text(b) === 'Duplicate')!.click();
    await el.updateComplete;
    checkbox(el, 'Spousal programmes').click();
    await el.updateComplete;
    const select = [...shadow(el).querySelectorAll('select')].find((s) => accessibleName(s).startsWith('Compare with'))!;
    select.value = el.cities.cities[0]!.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('.compare tr')].map((r) => [...r.children].map(text));
    // Of the 9 barriers, HR co-operation addresses networks and company cultures (7 open); spousal
    // programmes add pathfinding and few jobs (5 open).
    expect(rows).to.deep.equal([
      ['Only in Copy of My city 1', 'Spousal programmes'],
      ['Only in My city 1', 'none'],
      ['In both', 'HR co-operation'],
      ['Barriers no marked initiative addresses', 'Copy of My city 1: 5 · My city 1: 7'],
    ]);
  });

  it('shares a city by link; the receiver adds it to their own', async () => {
    const key = uniqueKey('lmb-share');
    const el = await make('', key);
    checkbox(el, 'Start-up policies').click();
    await el.updateComplete;
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Share link')!.click();
    await until(() => !!shadow(el).querySelector('.share-link input'), 2000, 'link');
    const link = (shadow(el).querySelector('.share-link input') as HTMLInputElement).value;
    // The sharer's own city changes after sharing, so the shared one is new to this key.
    checkbox(el, 'Start-up policies').click();
    await el.updateComplete;
    el.remove();
    setHash(new URL(link).hash);
    try {
      const receiver = await make('', key);
      // A share link is checked once the schemas have loaded (on demand).
      await until(() => !!shadow(receiver).querySelector('[part="shared"]'), 6000, 'shared shown');
      const banner = shadow(receiver).querySelector('[part="shared"]')!;
      expect(text(banner)).to.contain('My city 1').and.contain('Start-up policies');
      [...banner.querySelectorAll('button')].find((b) => text(b) === 'Add to my own')!.click();
      await until(() => receiver.cities.cities.length === 2, 6000, 'added');
      expect(receiver.cities.cities[1]).to.deep.include({ name: 'My city 1 (2)', initiatives: ['start-up'] });
      expect(text(shadow(receiver).querySelector('.message[role="status"]')!)).to.equal('Added “My city 1 (2)” to your own.');
      // The same link again: nothing is added twice, and the status says so.
      setHash(new URL(link).hash);
      dispatchEvent(new HashChangeEvent('hashchange'));
      await until(() => !!shadow(receiver).querySelector('[part="shared"]'), 6000, 'shared shown again');
      [...shadow(receiver).querySelector('[part="shared"]')!.querySelectorAll('button')].find((b) => text(b) === 'Add to my own')!.click();
      await until(() => /already among your own/.test(text(shadow(receiver).querySelector('.message[role="status"]')!)), 6000, 'said');
      expect(text(shadow(receiver).querySelector('.message[role="status"]')!)).to.equal('“My city 1 (2)” is already among your own; it is open now.');
      expect(receiver.cities.cities).to.have.length(2);
    } finally {
      setHash('');
    }
  });

  it('two elements on one key add a shared city once', async () => {
    const key = uniqueKey('lmb-twice');
    const from = await make('', key);
    checkbox(from, 'Start-up policies').click();
    await from.updateComplete;
    [...shadow(from).querySelectorAll('button')].find((b) => text(b) === 'Share link')!.click();
    await until(() => !!shadow(from).querySelector('.share-link input'), 2000, 'link');
    const link = (shadow(from).querySelector('.share-link input') as HTMLInputElement).value;
    checkbox(from, 'Start-up policies').click();
    await from.updateComplete;
    from.remove();
    setHash(new URL(link).hash);
    try {
      const a = await make('', key);
      const b = await make('', key);
      await until(() => [a, b].every((el) => !!shadow(el).querySelector('[part="shared"]')), 6000, 'shared shown');
      const adds = [a, b].map((el) => [...shadow(el).querySelector('[part="shared"]')!.querySelectorAll('button')].find((x) => text(x) === 'Add to my own')!);
      for (const add of adds) add.click();
      await until(() => a.cities.cities.length === 2 && b.cities.cities.length === 2, 6000, 'added');
      await new Promise((r) => setTimeout(r, 300));
      expect(a.cities.cities.length).to.equal(2);
      expect(b.cities.cities.length).to.equal(2);
      expect(a.cities.cities.filter((c) => c.initiatives.includes('start-up')).length).to.equal(1);
    } finally {
      setHash('');
    }
  });

  it('view="matrix" shows the table of barriers × initiative types alone, with a CSV download', async () => {
    const el = await make('view="matrix"');
    const table = shadow(el).querySelector('table')!;
    const cols = [...table.querySelectorAll('thead th')].map(text);
    expect(cols.slice(1)).to.deep.equal(el.data!.initiatives.map((i) => i.label));
    expect([...table.querySelectorAll('tbody th')].map(text)).to.deep.equal(el.data!.barriers.map((b) => b.label));
    expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(0);
    const files: { name: string; text: Promise<string> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
    };
    try {
      for (const b of shadow(el).querySelectorAll('button')) if (['Download CSV', 'Download SVG'].includes(text(b))) b.click();
      await until(() => files.length === 2, 2000, 'downloads');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((f) => f.name)).to.deep.equal(['labour-market-barriers-matrix.csv', 'labour-market-barriers-matrix.svg']);
    const [csv, svg] = await Promise.all(files.map((f) => f.text));
    expect(csv!.split(/\r?\n/)[1]).to.match(/^Permit procedures,stated,/);
    expect(svg).to.contain('<svg').and.contain('International job portals').and.contain('Counihan');
  });

  it('exposes a read-only data property that is valid custom data', async () => {
    const el = await make();
    expect(validate(LabourMarketData, el.data).ok).to.equal(true);
    expect(() => ((el as unknown as { data: unknown }).data = null)).to.throw();
  });

  it('shows invalid inline data as an alert naming the path, and renders names as text', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<labour-market-barriers storage-key="${uniqueKey()}"><script type="application/json">{"version":1,"id":"x","title":7}</script></labour-market-barriers>`;
    const el = wrap.firstElementChild as LabourMarketBarriers;
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 2000, 'alert');
    expect(text(shadow(el).querySelector('[role="alert"]')!)).to.contain('title');
    const good = structuredClone((await make()).data!);
    good.groups[0]!.label = '<img src=x onerror=alert(1)>';
    const w2 = await mount<HTMLDivElement>(html`<div></div>`);
    const el2 = document.createElement('labour-market-barriers') as LabourMarketBarriers;
    el2.setAttribute('storage-key', uniqueKey());
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = JSON.stringify(good);
    el2.append(s);
    w2.append(el2);
    await until(() => !!el2.data, 2000, 'custom data');
    await el2.updateComplete;
    expect(radio(el2, '<img src=x onerror=alert(1)>')).to.exist;
    expect(shadow(el2).querySelector('img')).to.equal(null);
  });

  it('speaks German labels and keeps the book’s wording', async () => {
    const el = await make();
    el.setAttribute('lang', 'de');
    // The German module loads on first use, then the element renders again.
    await until(() => !!shadow(el).querySelector('legend') && text(shadow(el).querySelector('legend')!) === 'Gruppe internationaler Talente', 3000, 'German');
    radio(el, 'Nach dem Abschluss').click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="barriers"]')!)).to.contain('Visa status for non-EU/EEA students').and.contain('Tabelle 7.1');
    expect(text(shadow(el).querySelector('legend')!)).to.equal('Gruppe internationaler Talente');
    expect(radio(el, 'Nach dem Abschluss')).to.exist;
  });

  it('works by keyboard: arrows pick a group and a stage, Space marks an initiative', async () => {
    const el = await make();
    radio(el, 'International students and graduates').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'International academic staff').checked).to.equal(true);
    expect(text(shadow(el).querySelector('#barriers-h')!)).to.contain('International academic staff');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    radio(el, 'During studies').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radio(el, 'After graduation').checked).to.equal(true);
    checkbox(el, 'Spousal programmes').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.cities.cities[0]!.initiatives).to.deep.equal(['spousal']);
  });

  it('fits 320 px without horizontal overflow and passes axe-core', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="width:320px"></div>`);
    wrap.innerHTML = `<labour-market-barriers storage-key="${uniqueKey()}" lang="en"></labour-market-barriers>`;
    const el = wrap.firstElementChild as LabourMarketBarriers;
    await until(() => !!el.data && !/Loading/.test(shadow(el).textContent!), 3000, 'render');
    for (const d of shadow(el).querySelectorAll('details')) d.open = true;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
