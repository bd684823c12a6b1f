import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/network-compare/network-compare.js';
import type { NetworkCompare } from '../../../src/widgets/network-compare/network-compare.js';
import data from '../../../data/networks.json';
import { Networks, type Network } from '../../../src/schema/networks.js';
import { typologyCell } from '../../../src/widgets/network-compare/network-compare.model.js';
import { makeSyntheticNetworks } from '../../../src/widgets/network-compare/network-compare.synthetic.js';
import { filterQuery, NO_FILTERS, withFilter } from '../../../src/widgets/network-compare/network-compare.finder.js';
import { accessibleName, seriousViolations, shadow, until, uniqueKey, mount } from '../../helpers.js';

const dataset = Networks.parse(data);
const byId = (id: string) => dataset.networks.find((n) => n.id === id)!;

async function ready(el: NetworkCompare): Promise<NetworkCompare> {
  await until(() => !!el.data || !!shadow(el).querySelector('[role="alert"]'), 3000, 'data');
  await el.updateComplete;
  return el;
}

/** Made without `fixture()`, which waits for a frame (throttled in background pages). */
async function make(attrs: Record<string, string> = {}, inline?: unknown): Promise<NetworkCompare> {
  const el = document.createElement('network-compare');
  el.setAttribute('storage-key', uniqueKey('nc'));
  el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (inline !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = typeof inline === 'string' ? inline : JSON.stringify(inline);
    el.append(s);
  }
  document.body.append(el);
  return ready(el);
}
afterEach(() => document.querySelectorAll('body > network-compare').forEach((e) => e.remove()));

const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: Element, name: string) => boxes(el).find((b) => accessibleName(b) === name)!;
const columns = (el: Element) => [...shadow(el).querySelectorAll('table[part="table"] th[scope="col"]')].map((th) => th.textContent!.trim());
const rowCells = (el: Element, label: RegExp) => {
  const tr = [...shadow(el).querySelectorAll('table[part="table"] tbody tr')].find((r) => label.test(r.querySelector('th')!.textContent!));
  return [...tr!.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
};
async function pick(el: NetworkCompare, ...names: string[]) {
  for (const n of names) {
    box(el, n).click();
    await el.updateComplete;
  }
}
async function setFilter(el: NetworkCompare, name: string, value: string) {
  const input = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text) as HTMLButtonElement;

describe('<network-compare>', () => {
  it('has a checkbox per network named exactly by the network, with full record or mention described', async () => {
    const el = await make();
    const names = boxes(el).map(accessibleName);
    expect(names).to.have.length(57);
    expect([...names].sort()).to.deep.equal(dataset.networks.map((n) => n.name).sort());
    for (const b of boxes(el)) {
      const desc = shadow(el).getElementById(b.getAttribute('aria-describedby')!.split(' ')[0]!)!;
      const n = dataset.networks.find((x) => x.name === accessibleName(b))!;
      expect(desc.textContent, n.id).to.contain(n.kind === 'full' ? 'Full record' : 'Mention');
    }
    const groups = [...shadow(el).querySelectorAll('h4.group')].map((h) => h.textContent!.trim());
    expect(groups).to.deep.equal(['Full records (12)', 'Mentioned in the sources (45)']);
  });

  it('shows a comparison table for two to four networks, columns named by the networks', async () => {
    const el = await make();
    await pick(el, 'Eurocities');
    expect(shadow(el).querySelector('table[part="table"]')).to.equal(null);
    expect(shadow(el).querySelector('.comparison')!.textContent).to.contain('Check two to four');
    await pick(el, 'Welcoming America');
    expect(columns(el)).to.deep.equal(['Eurocities', 'Welcoming America']);
    await pick(el, 'Integrating Cities', 'Solidarity Cities');
    expect(columns(el)).to.have.length(4);
    expect(el.selection).to.deep.equal(['eurocities', 'welcoming-america', 'integrating-cities', 'solidarity-cities']);
  });

  it('refuses a fifth network and says at most four are compared', async () => {
    const el = await make();
    await pick(el, 'Eurocities', 'Welcoming America', 'Integrating Cities', 'Solidarity Cities');
    const fifth = box(el, 'Intercultural Cities Programme');
    expect(fifth.getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el).getElementById('max-note')!.textContent).to.contain('At most 4 networks are compared');
    await pick(el, 'Intercultural Cities Programme');
    expect(fifth.checked).to.equal(false);
    expect(columns(el)).to.have.length(4);
    expect(shadow(el).querySelector('.message')!.textContent).to.contain('At most 4');
    await pick(el, 'Eurocities');
    await pick(el, 'Intercultural Cities Programme');
    expect(columns(el)).to.deep.equal(['Welcoming America', 'Integrating Cities', 'Solidarity Cities', 'Intercultural Cities Programme']);
  });

  it('remembers the selection under its storage-key', async () => {
    const key = uniqueKey('keep');
    const a = await make({ 'storage-key': key });
    await pick(a, 'Solidarity Cities', 'Eurocities');
    a.remove(); // disconnecting flushes the pending write
    await new Promise((r) => setTimeout(r, 100));
    const b = await make({ 'storage-key': key });
    await until(() => columns(b).length === 2, 2000, 'restored selection');
    expect(columns(b)).to.deep.equal(['Solidarity Cities', 'Eurocities']);
    expect(box(b, 'Eurocities').checked).to.equal(true);
  });

  it('preselects from selected="…", over a stored selection, and does not save it', async () => {
    const key = uniqueKey('fixed');
    const a = await make({ 'storage-key': key });
    await pick(a, 'Eurocities', 'Solidarity Cities');
    a.remove();
    await new Promise((r) => setTimeout(r, 100));
    const b = await make({ 'storage-key': key, selected: 'icc,welcoming-america' });
    await new Promise((r) => setTimeout(r, 50));
    await b.updateComplete;
    expect(columns(b)).to.deep.equal(['Intercultural Cities Programme', 'Welcoming America']);
    expect(box(b, 'Eurocities').checked).to.equal(false);
    await pick(b, 'Integrating Cities');
    expect(columns(b)).to.have.length(3);
    b.remove();
    await new Promise((r) => setTimeout(r, 100));
    const c = await make({ 'storage-key': key });
    await until(() => columns(c).length === 2, 2000, 'stored selection');
    expect(columns(c)).to.deep.equal(['Eurocities', 'Solidarity Cities']);
  });

  it('shows every value with its status and its source (author, year, section); unknown as "unknown", never 0', async () => {
    const el = await make({ selected: 'eurocities,icc,welcoming-america' });
    const cells = [...shadow(el).querySelectorAll('table[part="table"] td.cell')];
    expect(cells.length).to.equal((15 + 7 + 9) * 3);
    const nets = ['eurocities', 'icc', 'welcoming-america'].map(byId);
    // Attribute rows, then the typology's (a classification or our rule's derivation), then the dimensions.
    type Of = (n: Network) => { value: unknown; status: string; source: { doc: string }[] } | undefined;
    const rows: [string, Of][] = [
      ...dataset.attributes.map((a): [string, Of] => [a.id, (n) => n.attributes[a.id]]),
      ...dataset.typology!.map((f): [string, Of] => [f.id, (n) => typologyCell(dataset, n, f.id)]),
      ...dataset.dimensions.map((d): [string, Of] => [d.id, (n) => n.scores[d.id]]),
    ];
    rows.forEach(([id, of], r) => {
      nets.forEach((n, c) => {
        const cell = of(n)!;
        const text = cells[r * 3 + c]!.textContent!.replace(/\s+/g, ' ');
        if (cell.value === null) {
          expect(text, `${n.id}.${id}`).to.match(/^ ?unknown /);
          expect(text, `${n.id}.${id}`).not.to.match(/\b0\b/);
        } else {
          expect(text, `${n.id}.${id}`).to.contain(cell.status);
          const short = dataset.docs!.find((d) => d.id === cell.source[0].doc)!.short!;
          expect(text, `${n.id}.${id}`).to.contain(short);
          expect(text, `${n.id}.${id}`).not.to.match(/\blines?\b|\bS\d\b/);
        }
      });
    });
    expect(rowCells(el, /Vertical salience/)).to.have.length(3);
    expect(rowCells(el, /State–society/)[0]).to.match(/^unknown/);
    expect(rowCells(el, /Number of members/)[2]).to.contain('79').and.contain('disputed').and.contain('213 (as of 2019)');
    const docs = shadow(el).querySelector('.docs')!.textContent!;
    expect(docs).to.contain('Lacroix, Thomas & Spencer, Sarah (2022). City networks and the multi-level governance of migration. Global Networks, 22(3), 349–362. https://doi.org/10.1111/glob.12381');
    expect(docs).to.contain('Caponio 2022').and.contain('Attribution (ours)');
    expect(docs).not.to.contain('.txt');
  });

  it('shows quotes and notes on demand', async () => {
    const el = await make({ selected: 'icc,welcoming-america' });
    expect(shadow(el).querySelector('.more')).to.equal(null);
    button(el, 'Show quotes and notes').click();
    await el.updateComplete;
    expect(button(el, 'Show quotes and notes').getAttribute('aria-pressed')).to.equal('true');
    expect(rowCells(el, /Founded/)[0]).to.contain('established in 2008 by the Council of Europe');
    expect(rowCells(el, /D5 Formality/)[1]).to.contain('3: certification/accreditation against standards');
  });

  it('highlights differing rows with a visible word, and hides rows with nothing known', async () => {
    const el = await make({ selected: 'wgmi,integrating-cities' });
    expect(shadow(el).querySelectorAll('tr.differs')).to.have.length(0);
    button(el, 'Highlight differences').click();
    await el.updateComplete;
    const marked = [...shadow(el).querySelectorAll('tr.differs th')].map((th) => th.textContent!);
    expect(marked.length).to.be.greaterThan(0);
    marked.forEach((t) => expect(t).to.contain('differs'));
    expect(marked.join()).to.contain('Founded');
    expect(marked.join()).not.to.contain('Vertical salience');

    const mentions = await make({ selected: 'cities-of-migration,mayors-migration-council' });
    const rowsBefore = shadow(mentions).querySelectorAll('tbody tr:not(.group-row)').length;
    button(mentions, 'Hide rows with nothing known').click();
    await mentions.updateComplete;
    const rowsAfter = [...shadow(mentions).querySelectorAll('tbody tr:not(.group-row) th')].map((th) => th.textContent!.trim());
    expect(rowsBefore).to.equal(15 + 7 + 9);
    expect(rowsAfter).to.deep.equal(['What it is', 'Policy focus', 'Specialist or generalist']);
  });

  it('shows the dimensions chosen by dimensions="…", in that order', async () => {
    const el = await make({ selected: 'icc,welcoming-america', dimensions: 'd5, d1, nope' });
    const dims = [...shadow(el).querySelectorAll('tbody tr th[scope="row"]')].map((th) => th.textContent!.trim()).filter((t) => /^D\d/.test(t));
    expect(dims).to.deep.equal(['D5 Formality of standards', 'D1 Vertical salience']);
    expect([...shadow(el).querySelectorAll('.chart text.label')].map((t) => t.textContent)).to.deep.equal(['Standards', 'Vertical']);
  });

  it('searches and filters the list', async () => {
    const el = await make();
    await setFilter(el, 'text', 'welcoming');
    expect(boxes(el).map(accessibleName)).to.include.members(['Welcoming America', 'Welcoming Cities and Counties', 'Welcoming International']);
    expect(boxes(el).map(accessibleName)).not.to.include('Eurocities');
    expect(shadow(el).querySelector('.count')!.textContent).to.match(/\d+ of 57 networks shown/);
    await setFilter(el, 'text', '');
    await setFilter(el, 'lead', 'council-of-europe');
    expect(boxes(el).map(accessibleName)).to.include('Intercultural Cities Programme');
    expect(boxes(el).every((b) => byId(b.dataset['id']!).leadership === 'council-of-europe')).to.equal(true);
    await setFilter(el, 'lead', '');
    await setFilter(el, 'period', '1980s');
    expect(boxes(el).map((b) => byId(b.dataset['id']!).founded).every((y) => y! >= 1980 && y! <= 1989)).to.equal(true);
    await setFilter(el, 'show', 'mention');
    expect(boxes(el).every((b) => byId(b.dataset['id']!).kind === 'mention')).to.equal(true);
    button(el, 'Clear filters').click();
    await el.updateComplete;
    expect(boxes(el)).to.have.length(57);
    await setFilter(el, 'text', 'zzzz');
    expect(boxes(el)).to.have.length(0);
    expect(shadow(el).querySelector('.list')!.textContent).to.contain('No network matches');
  });

  it('fires cw-change with the selection', async () => {
    const el = await make();
    setTimeout(() => box(el, 'Integrating Cities').click());
    const ev = await oneEvent(el, 'cw-change');
    expect(ev.detail).to.deep.equal({
      storageKey: el.storageKey, field: 'selected', networkId: 'integrating-cities', value: true, selected: ['integrating-cities'], member: [],
    });
  });

  it("lets a city mark its networks, kept per storage-key and synced", async () => {
    const key = uniqueKey('member');
    const a = await make({ 'storage-key': key });
    const b = await make({ 'storage-key': key });
    const other = await make();
    const mark = shadow(a).querySelector<HTMLButtonElement>('button.member[data-id="eurocities"]')!;
    expect(accessibleName(mark)).to.equal('Member: Eurocities');
    setTimeout(() => mark.click());
    const ev = await oneEvent(a, 'cw-change');
    expect(ev.detail).to.include({ field: 'member', networkId: 'eurocities', value: true });
    await a.updateComplete;
    expect(mark.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(a).getElementById('d-eurocities')!.textContent).to.contain('our city is a member');
    await until(() => b.memberships.includes('eurocities'), 1000, 'sync within 1 s');
    expect(other.memberships).to.deep.equal([]);
    await setFilter(a, 'show', 'member');
    expect(boxes(a).map(accessibleName)).to.deep.equal(['Eurocities']);
  });

  it('exposes the dataset as a read-only data property', async () => {
    const el = await make();
    expect(el.data!.networks).to.have.length(57);
    expect(() => {
      (el as any).data = { networks: [] };
    }).to.throw();
    expect(el.data!.networks).to.have.length(57);
  });

  it('draws the profiles with unknowns apart from the scale, never at 0', async () => {
    const el = await make({ selected: 'eurocities,icc' });
    const svg = shadow(el).querySelector('.chart svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('Eurocities').and.contain('Intercultural Cities Programme');
    const euro = [...svg.querySelectorAll('path.dot.s0')];
    expect(euro).to.have.length(9);
    const hollow = svg.querySelectorAll('path.dot.s0.hollow');
    expect(hollow).to.have.length(1); // d2 is unknown
    const zeroX = Number(svg.querySelector('text.tick')!.getAttribute('x'));
    expect(hollow[0]!.getAttribute('transform')).not.to.contain(`translate(${zeroX},`);
    expect(shadow(el).getElementById('profile-text')!.textContent).to.contain('Eurocities: Vertical 3, State–society unknown');
  });

  it('maps every network scored on D1 and D2, and names those it cannot place', async () => {
    const el = await make({ selected: 'icc,welcoming-america' });
    const map = shadow(el).querySelector('.map')!;
    // Seven networks on four positions: one mark each, the four at (1, 3) counted and listed.
    expect(map.querySelectorAll('svg.map-chart circle.pt:not(.alt)')).to.have.length(4);
    expect(map.querySelector('svg')!.getAttribute('role')).to.equal('img');
    expect([...map.querySelectorAll('text.point-label')].map((t) => t.textContent)).to.deep.equal(['ICC', 'WA', 'ICC: other reading', '×4']);
    expect(map.querySelector('.spots')!.textContent).to.contain('At (1, 3), 4 networks: Eurocities Working Group on Migration and Integration, Integrating Cities, Solidarity Cities, Intercultural Cities Programme');
    // ICC's disputed state–society score: both readings drawn, linked by a dashed line.
    expect(map.querySelectorAll('svg.map-chart path.dot.s0')).to.have.length(2);
    expect(map.querySelectorAll('line.alt-line.s0')).to.have.length(1);
    const details = map.querySelector('details')!;
    details.open = true;
    await until(() => !!map.querySelector('details table'), 1000, 'map data');
    expect(map.querySelectorAll('details tbody tr')).to.have.length(7);
    expect(map.querySelector('details')!.textContent).to.contain('Eurocities');
  });

  it('names every selected network the map cannot place, and why', async () => {
    const el = await make({ selected: 'eurocities,icc' });
    const line = shadow(el).querySelector('.map .not-on-map')!.textContent!;
    expect(line).to.contain('Eurocities (unknown: D2 State–society');
    expect(line).not.to.contain('Intercultural');
  });

  it('lists the founding years oldest first, each cited, earlier starts and disputes kept', async () => {
    const el = await make({ selected: 'icc' });
    const items = [...shadow(el).querySelectorAll('.timeline li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(23);
    expect(items[0]).to.match(/^1913 International Union of Local Authorities stated/);
    const icc = items.find((t) => t.includes('Intercultural Cities Programme'))!;
    expect(icc).to.contain('2008').and.contain('Caponio 2022').and.contain("Table 1 reads '2008 (2001)'");
    expect(shadow(el).querySelector('.timeline li.selected')!.textContent).to.contain('Intercultural Cities Programme');
  });

  it('keys every exported chart to its symbols', async () => {
    const el = await make({ selected: 'eurocities,icc,welcoming-america' });
    const profile = el.exportKey('profile');
    expect(profile.map((i) => i.label)).to.deep.equal(['Eurocities', 'Intercultural Cities Programme', 'Welcoming America', 'Outline in the right-hand column: score unknown (never 0)']);
    expect(profile.slice(0, 3).every((i) => !!i.d && /^rgb|^#/.test(i.color))).to.equal(true);
    expect(new Set(profile.slice(0, 3).map((i) => i.d)).size).to.equal(3);
    const map = el.exportKey('map');
    // Eurocities is not on the map, so not in its key.
    expect(map.map((i) => i.label)).to.deep.equal(['Intercultural Cities Programme', 'Welcoming America', 'Other networks (×n: several at one position)', 'Other reading of a disputed score (joined to the main one by dashes)']);
  });

  it('says the scales are ours and shows every anchor', async () => {
    const el = await make();
    const header = shadow(el).querySelector('header')!;
    expect(header.textContent).to.contain('scales are ours');
    expect(header.querySelectorAll('.anchors li')).to.have.length(9 * 4);
    expect(header.textContent).to.contain(dataset.dimensions[7]!.anchors[3]);
  });

  it('shows invalid inline data as an alert naming the path, and fires cw-invalid-data', async () => {
    const bad = structuredClone(data) as any;
    bad.networks[4].scores.d1.value = 5;
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const el = document.createElement('network-compare');
    el.innerHTML = `<script type="application/json">${JSON.stringify(bad)}</script>`;
    setTimeout(() => wrap.append(el));
    const ev = await oneEvent(wrap, 'cw-invalid-data');
    expect(ev.detail.path).to.equal('networks[4].scores.d1.value');
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('networks[4].scores.d1.value').and.contain('≤ 3');
    expect(el.data).to.equal(undefined);
    wrap.remove();
  });

  it('loads another dataset of the same schema from src or inline JSON', async () => {
    const el = await make({ src: '/data/networks.json' });
    await until(() => !!el.data, 3000, 'src');
    expect(el.data!.networks).to.have.length(57);
    const own = await make({ selected: 'net-1,net-2' }, makeSyntheticNetworks(30));
    expect(boxes(own)).to.have.length(30);
    expect(columns(own)).to.deep.equal(own.data!.networks.slice(0, 2).map((n) => n.name));
  });

  it('renders markup in data as text', async () => {
    const evil = makeSyntheticNetworks(3);
    evil.networks[0]!.name = '<img src=x onerror="window.__ncPwned=1">';
    const el = await make({ selected: 'net-1,net-2' }, evil);
    expect(accessibleName(boxes(el)[0]!)).to.equal(evil.networks[0]!.name);
    expect(columns(el)[0]).to.equal(evil.networks[0]!.name);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as any).__ncPwned).to.equal(undefined);
  });

  it('works by keyboard: Tab to a checkbox, Space checks it', async () => {
    const el = await make();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'Eurocities' });
    await el.updateComplete;
    expect(boxes(el).map(accessibleName)).to.deep.equal(['Eurocities', 'Eurocities Working Group on Migration and Integration']);
    // search → 5 filters → the typology's summary → Clear filters → first checkbox
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(box(el, 'Eurocities'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['eurocities']);
  });

  describe('the typology as facets of the finder', () => {
    const SPECIALISTS = dataset.networks.filter((n) => typologyCell(dataset, n, 'specialism').value === 'specialist').map((n) => n.name);
    const typologySelects = (el: Element) => [...shadow(el).querySelectorAll<HTMLSelectElement>('details.typology select')];
    const select = (el: Element, name: string) => typologySelects(el).find((x) => accessibleName(x) === name)!;
    const summary = (el: Element) => shadow(el).querySelector<HTMLElement>('details.typology > summary')!;

    it('offers each facet as a named select with its values, their counts and Unknown, defined and cited', async () => {
      const el = await make();
      expect(summary(el).textContent!.trim()).to.equal('Typology: kinds of network');
      expect(typologySelects(el).map(accessibleName)).to.deep.equal([
        'Specialist or generalist', 'Formed ex-ante or ex-post', 'Membership', 'Permanence of membership', 'Structure',
        'From below or from above', 'National or international',
      ]);
      for (const sel of typologySelects(el)) {
        const texts = [...sel.options].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
        expect(texts[0], accessibleName(sel)).to.equal('Any');
        expect(texts.at(-1), accessibleName(sel)).to.match(/^Unknown \(\d+\)$/);
        const hint = shadow(el).getElementById(sel.getAttribute('aria-describedby')!)!.textContent!;
        expect(hint, accessibleName(sel)).to.contain('Lacroix & Spencer 2022, Towards a typology');
        expect(hint).not.to.match(/seed|\.txt|lines? \d/i);
      }
      expect([...select(el, 'From below or from above').options].map((o) => o.textContent!.trim())).to.deep.equal([
        'Any', 'From below (grassroots) (7)', 'From above (state or international organisations) (8)', 'Unknown (42)',
      ]);
      // Our rules apart from the source's definitions, each labelled as ours.
      const rules = [...shadow(el).querySelectorAll('details.typology details.rules dd')].map((dd) => dd.textContent!.trim());
      expect(rules).to.have.length(5);
      for (const r of rules) expect(r).to.match(/^Our rule: .+\(Lacroix & Spencer 2022, Towards a typology\)$/s);
      summary(el).click();
      await el.updateComplete;
      expect(await seriousViolations(el)).to.deep.equal([]);
      el.theme = 'dark';
      await el.updateComplete;
      expect(await seriousViolations(el)).to.deep.equal([]);
    });

    it('filters the list by a value, by Unknown, and clears', async () => {
      const el = await make();
      await setFilter(el, 'typology.permanence', 'rotating');
      expect(boxes(el).map(accessibleName)).to.deep.equal([byId('mayoral-forum').name, byId('congress-lra-coe').name]);
      expect(shadow(el).querySelector('.count')!.textContent).to.contain('2 of 57 networks shown');
      // The group stays open while a facet of it is in use.
      expect(shadow(el).querySelector<HTMLDetailsElement>('details.typology')!.open).to.equal(true);
      await setFilter(el, 'typology.permanence', 'unknown');
      expect(boxes(el)).to.have.length(46);
      // With a second facet (AND): unknown permanence, from below.
      await setFilter(el, 'typology.origin', 'from-below');
      expect(boxes(el).map(accessibleName)).to.deep.equal([byId('eurocities').name, byId('welcoming-america').name]);
      button(el, 'Clear filters').click();
      await el.updateComplete;
      expect(boxes(el)).to.have.length(57);
      expect(typologySelects(el).every((x) => x.value === '')).to.equal(true);
    });

    it('works by keyboard: Enter opens the group, Tab reaches a facet, arrow keys filter', async () => {
      const el = await make();
      summary(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLDetailsElement>('details.typology')!.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(select(el, 'Specialist or generalist'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select(el, 'Specialist or generalist').value).to.equal('specialist');
      expect(boxes(el).map(accessibleName)).to.deep.equal(SPECIALISTS);
      expect(SPECIALISTS).to.have.length(20);
    });

    it('shows a long list a page at a time, and keeps the filters apart in pure helpers', async () => {
      const el = await make({}, makeSyntheticNetworks(620));
      expect(boxes(el)).to.have.length(500);
      button(el, 'Show 120 more').click();
      await el.updateComplete;
      expect(boxes(el)).to.have.length(620);
      await setFilter(el, 'text', 'cities 61');
      expect(boxes(el).length).to.be.below(620);
      expect(withFilter(NO_FILTERS, 'typology.origin', 'unknown').typology).to.deep.equal({ origin: 'unknown' });
      expect(withFilter(NO_FILTERS, 'show', 'nonsense').show).to.equal('all');
      expect(withFilter(NO_FILTERS, 'colour', 'blue')).to.equal(NO_FILTERS);
      expect(filterQuery({ ...NO_FILTERS, period: '1990s', typology: { origin: 'from-below', reach: '' } })).to.deep.include({
        foundedFrom: 1990,
        foundedTo: 1999,
        typology: { origin: ['from-below'] },
      });
    });

    it('shows the typology in the comparison, each value with its status and source', async () => {
      const el = await make({ selected: 'icc,sanctuary-us' });
      expect(rowCells(el, /From below or from above/)).to.deep.equal([
        'From above (state or international organisations) inferred Caponio 2022, Methodology; Comparative insights · Lacroix & Spencer 2022, Towards a typology',
        'From below (grassroots) stated Lacroix & Spencer 2022, Towards a typology',
      ]);
      expect(rowCells(el, /^\s*Membership/)[0]).to.match(/^Municipalities only inferred Caponio 2022/);
      expect(rowCells(el, /Permanence of membership/)[0]).to.equal('unknown (no source states it)');
      // On demand: the passages, and our rule's reasoning where the value is derived.
      button(el, 'Show quotes and notes').click();
      await el.updateComplete;
      expect(rowCells(el, /From below or from above/)[0]).to.contain('Our rule: a network led by a civil society movement is from below');
      expect(rowCells(el, /From below or from above/)[1]).to.contain('Sanctuary cities in the United States and the United Kingdom');
    });
  });

  it('follows theme="dark" with dark colours', async () => {
    const el = await make({ theme: 'dark' });
    const root = shadow(el).querySelector('.root')!;
    expect(root.getAttribute('data-scheme')).to.equal('dark');
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(22, 24, 29)');
  });

  it('passes axe with no serious or critical violation, light and dark', async () => {
    const el = await make({ selected: 'eurocities,icc,welcoming-america' });
    button(el, 'Highlight differences').click();
    await el.updateComplete;
    expect(await seriousViolations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('is usable at 320 px: nothing wider than the element', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="width:320px"></div>`);
    const el = document.createElement('network-compare');
    el.setAttribute('storage-key', uniqueKey());
    el.setAttribute('selected', 'eurocities,icc,welcoming-america,solidarity-cities');
    wrap.append(el);
    await ready(el);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const root = shadow(el).querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(shadow(el).querySelector('.chart svg')!.getBoundingClientRect().width).to.be.at.most(320);
  });
});
