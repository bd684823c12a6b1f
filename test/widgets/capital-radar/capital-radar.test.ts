import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/widgets/capital-radar/capital-radar.js';
import type { CapitalRadar } from '../../../src/widgets/capital-radar/capital-radar.js';
import data from '../../../data/capitals.json';
import { accessibleName, seriousViolations, shadow, until, uniqueKey, mount } from '../../helpers.js';

const AXES = ['Economic', 'Social', 'Information', 'Cultural', 'Psychological', 'Language'];

async function ready(el: CapitalRadar): Promise<CapitalRadar> {
  await until(() => !!el.data || !!shadow(el).querySelector('[role="alert"]'), 3000, 'data');
  await el.updateComplete;
  // The ResizeObserver and the label measurement settle within two frames.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

async function make(attrs: { key?: string; mode?: string; theme?: string; width?: number } = {}): Promise<CapitalRadar> {
  const wrap = await mount<HTMLDivElement>(html`<div style=${`width:${attrs.width ?? 900}px`}>
    <capital-radar storage-key=${attrs.key ?? uniqueKey('cr')} mode=${attrs.mode ?? 'assess'} theme=${attrs.theme ?? 'light'}></capital-radar>
  </div>`);
  return ready(wrap.querySelector('capital-radar')!);
}

const $ = (el: Element, sel: string) => shadow(el).querySelector(sel);
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll(sel)];
const groups = (el: Element) => $$(el, '[role="radiogroup"]');
const groupFor = (el: Element, id: string) => $(el, `#st-${id}`)!.closest('li')!.querySelector('[role="radiogroup"]')!;
const radio = (group: Element, name: string) =>
  [...group.querySelectorAll('input[type="radio"]')].find((r) => accessibleName(r) === name) as HTMLInputElement;
const button = (el: Element, text: string) => $$(el, 'button').find((b) => b.textContent!.trim() === text) as HTMLButtonElement;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The value table as text: header row, then one row per capital. */
const tableRows = (el: Element) =>
  [...($(el, 'table') as HTMLTableElement).rows].map((r) => [...r.cells].map((c) => text(c)));

async function answer(el: CapitalRadar, statementId: string, name: string) {
  radio(groupFor(el, statementId), name).click();
  await el.updateComplete;
}

describe('<capital-radar>', () => {
  describe('the chart', () => {
    it('draws six named axes in an SVG with role="img" and an accessible name', async () => {
      const el = await make();
      const svg = $(el, 'svg[role="img"]')!;
      expect(svg.getAttribute('aria-label')).to.contain('Radar chart').and.contain('Survey benchmark').and.contain('My answers');
      expect($$(el, 'svg.radar .labels text').map((t) => t.textContent)).to.deep.equal(AXES);
      expect($$(el, 'svg.radar .axes line')).to.have.length(6);
      expect(svg.getAttribute('aria-describedby')).to.equal('sentence');
    });

    it('tables the benchmark: Social 72, Information 89.4, Cultural 75, Psychological 85.2, Language 69.35, Economic no survey data', async () => {
      const el = await make();
      const rows = tableRows(el);
      expect(rows[0]!.slice(0, 2)).to.deep.equal(['Capital', 'Survey benchmark']);
      expect(rows.slice(1).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Economic capital', 'no survey data'],
        ['Social capital', '72%'],
        ['Information capital', '89.4%'],
        ['Cultural capital', '75%'],
        ['Psychological capital', '85.2%'],
        ['Language capital', '69.35%'],
      ]);
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    });

    it('never draws the missing economic benchmark at 0: the outline is open and has no economic point', async () => {
      const el = await make();
      const bench = $(el, 'svg.radar path.s-bench')!;
      expect(bench.getAttribute('d')!.endsWith('Z')).to.equal(false);
      expect(bench.getAttribute('fill')).to.equal('none');
      const labels = $$(el, 'svg.points circle.s-bench').map((c) => c.getAttribute('aria-label'));
      expect(labels).to.deep.equal([
        'Social capital, Survey benchmark: 72%',
        'Information capital, Survey benchmark: 89.4%',
        'Cultural capital, Survey benchmark: 75%',
        'Psychological capital, Survey benchmark: 85.2%',
        'Language capital, Survey benchmark: 69.35%',
      ]);
      expect(text($(el, '.legend-note'))).to.equal('Economic capital: no survey data (not 0).');
    });

    it('shows the table by a toggle', async () => {
      const el = await make();
      const toggle = button(el, 'Show the values as a table');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(false);
      expect(text(toggle)).to.equal('Hide the table');
    });

    it('gives every point a focusable circle with a name, and a visible tooltip on focus', async () => {
      const el = await make();
      await answer(el, 'soc-1', 'Agree');
      const point = $$(el, 'svg.points circle').find((c) => c.getAttribute('aria-label') === 'Social capital, My answers: 100%') as SVGCircleElement;
      expect(point, 'point').to.exist;
      point.focus();
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(point);
      expect(point.getAttribute('tabindex'), 'the focused point is the tab stop').to.equal('0');
      const tip = $(el, '.tip')!;
      expect([...tip.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['Social capital', 'My answers: 100%']);
      point.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await el.updateComplete;
      expect($(el, '.tip')).to.equal(null);
    });

    it('follows its container’s width and keeps every label inside, from 280 px', async () => {
      for (const width of [280, 320, 600]) {
        const el = await make({ width, mode: 'chart' });
        const svg = $(el, 'svg.radar') as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        expect(Math.abs(box.width - ($(el, '.chart-box') as HTMLElement).clientWidth)).to.be.below(1.5);
        for (const t of $$(el, 'svg.radar .labels text')) {
          const r = t.getBoundingClientRect();
          expect(r.left, `${t.textContent} at ${width}`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${t.textContent} at ${width}`).to.be.at.most(box.right + 0.5);
          expect(r.top).to.be.at.least(box.top - 0.5);
          expect(r.bottom).to.be.at.most(box.bottom + 0.5);
        }
        expect(el.scrollWidth).to.be.at.most(width);
      }
    });

    it('redraws when the container is resized', async () => {
      const el = await make({ mode: 'chart', width: 600 });
      const width = () => Number($(el, 'svg.radar')!.getAttribute('width'));
      await until(() => width() > 340, 2000, 'drawn at 600 px');
      (el.parentElement as HTMLElement).style.width = '340px';
      await until(() => width() < 340, 2000, 'redrawn at 340 px');
    });
  });

  describe('self-assessment', () => {
    it('makes every statement a radio group named by its text, with Agree, Disagree, Not sure', async () => {
      const el = await make();
      const gs = groups(el);
      expect(gs).to.have.length(data.statements.length);
      const inFormOrder = AXES.flatMap((a) => data.statements.filter((s) => s.capitalId === a.toLowerCase()));
      gs.forEach((g, i) => {
        expect(accessibleName(g)).to.contain(inFormOrder[i]!.text);
        expect([...g.querySelectorAll('input[type="radio"]')].map(accessibleName)).to.deep.equal(['Agree', 'Disagree', 'Not sure']);
      });
      expect($$(el, 'section.capital h3').map(text)).to.deep.equal(AXES.map((a) => `${a} capital`));
    });

    it('marks the statements without a survey benchmark', async () => {
      const el = await make();
      expect(text(groupFor(el, 'eco-1').closest('li'))).to.contain('no survey benchmark');
      expect(text(groupFor(el, 'psy-7').closest('li'))).to.contain('no survey benchmark');
      expect(text(groupFor(el, 'soc-1').closest('li'))).to.contain('Survey: 72% agreed');
    });

    it('scores a capital as the % of its answered statements agreed, Not sure left out, and says so', async () => {
      const el = await make();
      expect(text($(el, '.form'))).to.contain('Not sure is left out');
      await answer(el, 'inf-1', 'Agree');
      await answer(el, 'inf-2', 'Agree');
      await answer(el, 'inf-3', 'Disagree');
      await answer(el, 'inf-4', 'Not sure');
      const rows = tableRows(el);
      expect(rows[3]).to.deep.equal(['Information capital', '89.4%', '66.67%']);
      expect(rows[1]).to.deep.equal(['Economic capital', 'no survey data', 'no score']);
      expect(text($(el, '#sentence'))).to.contain('Information capital 66.67%, below the survey benchmark of 89.4%');
      expect(text($(el, '#sentence'))).to.contain('Economic capital: no score, no survey data');
      expect(text($(el, '#cap-information')!.parentElement)).to.contain('Score: 66.67% (2 of 3 answered statements agreed)');
    });

    it('fires cw-change with the open profile’s scores', async () => {
      const el = await make();
      setTimeout(() => radio(groupFor(el, 'eco-1'), 'Agree').click());
      const ev = await oneEvent(el, 'cw-change');
      expect(ev.detail).to.include({ field: 'answer', statementId: 'eco-1', value: 'agree', storageKey: el.storageKey });
      expect(ev.detail.profileId).to.equal(el.savedProfiles.activeId);
      expect(ev.detail.scores).to.deep.equal({ economic: 100, social: null, information: null, cultural: null, psychological: null, language: null });
    });

    it('creates, renames, dates, duplicates and deletes profiles with undo, and draws them together', async () => {
      const el = await make();
      await answer(el, 'soc-1', 'Disagree');
      button(el, 'Duplicate').click();
      await el.updateComplete;
      await answer(el, 'soc-1', 'Agree');
      const name = $(el, '.bar input[type="text"]') as HTMLInputElement;
      name.value = 'After 6 months';
      name.dispatchEvent(new Event('change'));
      const date = $(el, '.bar input[type="date"]') as HTMLInputElement;
      date.value = '2025-06-30';
      date.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const saved = el.savedProfiles.profiles;
      expect(saved.map((p) => [p.name, p.answers?.['soc-1']])).to.deep.equal([['My answers', 'disagree'], ['After 6 months', 'agree']]);
      expect(saved[1]!.date).to.equal('2025-06-30');
      expect(tableRows(el)[2]).to.deep.equal(['Social capital', '72%', '0%', '100%']);
      expect(tableRows(el)[0]![3]).to.contain('After 6 months').and.contain('2025');
      expect($$(el, '.legend li')).to.have.length(3);
      expect($$(el, 'svg.radar path.s-1, svg.radar path.s-2')).to.have.length(2);
      // Distinguishable without colour: different line styles.
      expect($(el, 'svg.radar path.s-1')!.getAttribute('stroke-dasharray')).to.equal(null);
      expect($(el, 'svg.radar path.s-2')!.getAttribute('stroke-dasharray')).to.equal('9 4');

      button(el, 'Delete').click();
      await el.updateComplete;
      expect(el.savedProfiles.profiles.map((p) => p.name)).to.deep.equal(['My answers']);
      button(el, 'Undo').click();
      await el.updateComplete;
      expect(el.savedProfiles.profiles.map((p) => p.name)).to.deep.equal(['My answers', 'After 6 months']);
      expect(el.savedProfiles.activeId).to.equal(saved[1]!.id);

      const select = $(el, '.bar select') as HTMLSelectElement;
      select.value = saved[0]!.id;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(radio(groupFor(el, 'soc-1'), 'Disagree').checked).to.equal(true);
    });

    it('holds at most four profiles', async () => {
      const el = await make();
      for (let i = 0; i < 3; i++) {
        button(el, 'New profile').click();
        await el.updateComplete;
      }
      expect(el.savedProfiles.profiles.map((p) => p.name)).to.deep.equal(['My answers', 'Profile 2', 'Profile 3', 'Profile 4']);
      expect(button(el, 'New profile').disabled).to.equal(true);
      expect(text($(el, '.bar'))).to.contain('at most 4 profiles');
      expect($$(el, 'svg.radar path.s-4')).to.have.length(0); // empty profiles draw nothing
      expect($$(el, '.legend li')).to.have.length(5);
    });
  });

  describe('storage', () => {
    it('keeps answers after a reload with the same storage-key', async () => {
      const key = uniqueKey('persist');
      const el = await make({ key });
      await answer(el, 'lan-2', 'Agree');
      el.remove();
      await new Promise((r) => setTimeout(r, 100));
      const again = await make({ key });
      await until(() => radio(groupFor(again, 'lan-2'), 'Agree').checked, 2000, 'restored');
    });

    it('keeps two elements with the same key in sync, and different keys apart', async () => {
      const key = uniqueKey('sync');
      const a = await make({ key });
      const b = await make({ key });
      const c = await make();
      await answer(a, 'cul-1', 'Agree');
      await until(() => radio(groupFor(b, 'cul-1'), 'Agree').checked, 1000, 'sync');
      await c.updateComplete;
      expect(radio(groupFor(c, 'cul-1'), 'Agree').checked).to.equal(false);
    });
  });

  describe('chart mode', () => {
    const profiles = [
      { id: 'before', name: 'Before mentoring', date: '2024-01-15', values: { economic: 40, social: 20, information: 60, cultural: 50, psychological: 70, language: 30 } },
      { id: 'after', name: 'After 6 months', date: '2024-07-15', answers: { 'soc-1': 'agree', 'inf-1': 'disagree' } },
    ];

    it('shows the chart alone, with the profiles given by the property', async () => {
      const el = await make({ mode: 'chart' });
      expect(groups(el)).to.have.length(0);
      expect($(el, '[part="notice"]')).to.equal(null);
      expect(tableRows(el)).to.have.length(7);
      expect(tableRows(el)[0]).to.have.length(2);
      el.profiles = profiles;
      await el.updateComplete;
      expect(tableRows(el)[0]).to.have.length(4);
      expect(tableRows(el)[3]).to.deep.equal(['Information capital', '89.4%', '60%', '0%']);
      expect(text($(el, '#sentence'))).to.contain('Before mentoring: Economic capital 40%, no survey data; Social capital 20%, below the survey benchmark of 72%');
      expect($(el, 'svg.radar path.s-1')!.getAttribute('d')!.endsWith('Z')).to.equal(true);
      expect($(el, 'svg[role="img"]')!.getAttribute('aria-label')).to.contain('After 6 months');
    });

    it('reads the profiles from a child script, validated', async () => {
      const el = document.createElement('capital-radar');
      el.setAttribute('mode', 'chart');
      el.innerHTML = `<script type="application/profiles+json">${JSON.stringify(profiles)}</script>`;
      const wrap = await mount<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await ready(el);
      expect($$(el, '.legend li').map(text)).to.have.length(3);
      expect(text($$(el, '.legend li')[2]!)).to.contain('After 6 months');
    });

    it('shows invalid profiles as an alert naming the path, and fires cw-invalid-data', async () => {
      const el = await make({ mode: 'chart' });
      setTimeout(() => (el.profiles = [{ id: 'x', name: 42, values: {} }]));
      const ev = await oneEvent(el, 'cw-invalid-data');
      expect(ev.detail.path).to.equal('profiles[0].name');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('profiles[0].name').and.contain('string');
      expect(tableRows(el)[0]).to.have.length(2); // the benchmark is still shown
      el.profiles = [...profiles, ...profiles.map((p) => ({ ...p, id: `${p.id}-2` })), { ...profiles[0], id: 'fifth' }];
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('profiles').and.contain('at most 4');
    });

    it('renders markup in names as text', async () => {
      const el = await make({ mode: 'chart' });
      const evil = '<img src=x onerror="window.__pwned=1">';
      el.profiles = [{ id: 'e', name: evil, values: { social: 50 } }];
      await el.updateComplete;
      expect(text($$(el, '.legend li')[1]!)).to.equal(evil);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as any).__pwned).to.equal(undefined);
    });
  });

  describe('data', () => {
    it('exposes the dataset as a read-only data property', async () => {
      const el = await make();
      expect(el.data!.statements).to.have.length(data.statements.length);
      expect(() => ((el as any).data = null)).to.throw(TypeError);
      expect(el.data).to.not.equal(null);
    });

    it('shows an invalid inline dataset as an alert naming the path, and fires cw-invalid-data', async () => {
      const bad = structuredClone(data) as any;
      bad.statements[3].agreePct = 'high';
      const wrap = await mount<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('capital-radar');
      el.innerHTML = `<script type="application/json">${JSON.stringify(bad)}</script>`;
      setTimeout(() => wrap.append(el));
      const ev = await oneEvent(wrap, 'cw-invalid-data');
      expect(ev.detail.path).to.equal('statements[3].agreePct');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('statements[3].agreePct');
      expect(el.data).to.equal(undefined);
    });

    it('loads a dataset from src', async () => {
      const wrap = await mount<HTMLDivElement>(html`<div><capital-radar src="/data/capitals.json" storage-key=${uniqueKey()}></capital-radar></div>`);
      const el = wrap.querySelector('capital-radar')!;
      await until(() => !!el.data, 3000, 'src data');
      expect(el.data!.capitals.map((c) => c.name)).to.deep.equal(AXES);
    });
  });

  describe('export', () => {
    let saved: { name: string; blob: Blob }[];
    let restore: () => void;
    beforeEach(() => {
      saved = [];
      const blobs = new Map<string, Blob>();
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        const url = create(b as Blob);
        blobs.set(url, b as Blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) saved.push({ name: this.download, blob: blobs.get(this.href)! });
        else click.call(this);
      };
      restore = () => {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      };
    });
    afterEach(() => restore());

    it('writes an SVG with title, legend, source line, date and inline colours', async () => {
      const el = await make({ mode: 'chart' });
      el.profiles = [{ id: 'a', name: 'After 6 months', date: '2024-07-15', values: { social: 80 } }];
      await el.updateComplete;
      button(el, 'Download SVG').click();
      await until(() => saved.length === 1, 2000, 'download');
      expect(saved[0]!.name).to.match(/^capital-radar-\d{4}-\d{2}-\d{2}\.svg$/);
      const svgText = await saved[0]!.blob.text();
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const all = doc.documentElement.textContent!;
      expect(all).to.contain('Forms of human capital').and.contain('After 6 months').and.contain('Survey benchmark');
      expect(all).to.contain('Source:').and.contain('Table 8.1').and.contain('Exported');
      // Through the shared exporter: the live chart's computed paint, and a key of the series' lines.
      expect(doc.querySelector('g > path[stroke="rgb(10, 111, 176)"]')).to.not.equal(null);
      expect(doc.querySelector('g > path[stroke="rgb(123, 132, 148)"]')).to.not.equal(null);
      const economic = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Economic')!;
      expect(economic.getAttribute('fill')).to.equal('rgb(29, 35, 48)');
      const key = [...doc.querySelectorAll('g.key')];
      expect(key).to.have.length(2);
      expect(key[1]!.querySelector('text')!.textContent).to.contain('After 6 months');
      expect(key[0]!.querySelector('text')!.textContent).to.contain('Survey benchmark');
      expect(key[1]!.querySelector('line')!.getAttribute('stroke')).to.equal('#0a6fb0');
      expect(Number(key[1]!.querySelector('line')!.getAttribute('stroke-width'))).to.be.greaterThan(Number(key[0]!.querySelector('line')!.getAttribute('stroke-width')));
      expect(el.shadowRoot!.querySelector('.export-holder')).to.equal(null);
    });

    it('writes a PNG through a canvas', async () => {
      const el = await make({ mode: 'chart' });
      button(el, 'Download PNG').click();
      await until(() => saved.length === 1, 4000, 'png');
      expect(saved[0]!.blob.type).to.equal('image/png');
      const bmp = await createImageBitmap(saved[0]!.blob);
      expect(bmp.width).to.equal(1280);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('writes a CSV of the values, empty where there is none', async () => {
      const el = await make({ mode: 'chart' });
      el.profiles = [{ id: 'a', name: '=cmd, "x"', values: { economic: 50, social: 200 / 3 } }];
      await el.updateComplete;
      button(el, 'Download CSV').click();
      await until(() => saved.length === 1, 2000, 'csv');
      const lines = (await saved[0]!.blob.text()).replace(/^\ufeff/, '').split('\r\n');
      expect(lines.slice(0, 4)).to.deep.equal([
        `Capital,Survey benchmark,"'=cmd, ""x"""`,
        'Economic capital,,50',
        'Social capital,72,66.67',
        'Information capital,89.4,',
      ]);
      expect(lines.slice(-2)[0]).to.match(/^Source,"Source: Flemish public employment service .*Table 8\.1.*Peter De Cuyper.*Welcoming International Talent, ch\. 8\."$/);
    });
  });

  describe('theme, keyboard, accessibility', () => {
    it('follows theme="dark"', async () => {
      const el = await make({ theme: 'dark' });
      const root = $(el, '.root')!;
      expect(root.getAttribute('data-scheme')).to.equal('dark');
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle($(el, 'svg.radar .labels')!).fill).to.equal('rgb(232, 234, 239)');
    });

    it('works by keyboard: Tab reaches the answers and the points', async () => {
      const el = await make();
      const first = radio(groupFor(el, 'eco-1'), 'Agree');
      first.focus();
      first.click();
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(first);
      const points = $$(el, 'svg.points circle') as SVGCircleElement[];
      expect(points.length).to.be.at.least(5);
      // One tab stop for all points; arrows move between them.
      expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
      const start = points.find((p) => p.getAttribute('tabindex') === '0')!;
      start.focus();
      const key = async (k: string) => {
        (shadow(el).activeElement as SVGElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
        await el.updateComplete;
      };
      await key('ArrowRight');
      const second = shadow(el).activeElement as SVGCircleElement;
      expect(second).to.not.equal(start);
      expect(second.dataset['series']).to.equal(start.dataset['series']);
      await key('ArrowLeft');
      expect(shadow(el).activeElement).to.equal(start);
      await key('ArrowDown');
      expect((shadow(el).activeElement as SVGCircleElement).dataset['series']).to.not.equal(start.dataset['series']);
      expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('passes axe with no serious or critical violation, light and dark, with the table shown', async () => {
      const el = await make();
      await answer(el, 'soc-1', 'Agree');
      await answer(el, 'inf-1', 'Disagree');
      expect(await seriousViolations(el)).to.deep.equal([]);
      el.theme = 'dark';
      button(el, 'Show the values as a table').click();
      await el.updateComplete;
      expect(await seriousViolations(el)).to.deep.equal([]);
    });

    it('is usable at 280 px: nothing wider than the element', async () => {
      const el = await make({ width: 280 });
      expect(el.scrollWidth).to.be.at.most(280);
      const root = $(el, '.root') as HTMLElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    });
  });
});
