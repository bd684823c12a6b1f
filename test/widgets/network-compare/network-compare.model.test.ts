import { expect } from '@open-wc/testing';
import data from '../../../data/networks.json';
import { Networks } from '../../../src/schema/networks.js';
import type { Cell, ScoreCell } from '../../../src/schema/networks.js';
import {
  UNKNOWN,
  comparisonRows,
  idList,
  toggleId,
  facetOptions,
  filterNetworks,
  typologyCell,
  comparisonCsvRows,
  type NetworkQuery,
} from '../../../src/widgets/network-compare/network-compare.model.js';
import { dimensionDots, dimensionProfile, orientationMap } from '../../../src/widgets/network-compare/network-compare.geometry.js';
import { makeSyntheticNetworks } from '../../../src/widgets/network-compare/network-compare.synthetic.js';

const c = (value: string | number, status: 'stated' | 'inferred' = 'stated'): Cell => ({
  value,
  status,
  source: [{ doc: 'T', lines: '1' }],
});
const U = () => ({ value: null, status: 'unknown' as const, source: [] });
const sc = (value: number, status: 'stated' | 'inferred' = 'stated'): ScoreCell => ({
  value,
  status,
  source: [{ doc: 'T', lines: '1' }],
});
const dim = (id: string, label: string) => ({
  id,
  label,
  short: label.slice(0, 3),
  description: label,
  anchors: ['0', '1', '2', '3'] as [string, string, string, string],
  source: [],
});

// alpha and gamma share a spot on the map (d2 = 1, d1 = 3); beta is elsewhere; delta has no scores.
const fixture: Networks = {
  version: 1,
  title: 'Fixture',
  method: 'Hand-made',
  docs: [{ id: 'T', title: 'Test' }],
  dimensions: [dim('d1', 'Vertical'), dim('d2', 'State–society'), dim('d3', 'Exchange')],
  attributes: [
    { id: 'founded', label: 'Founded' },
    { id: 'members', label: 'Members' },
    { id: 'funding', label: 'Funding' },
  ],
  facets: {
    scope: { national: 'National', europe: 'European', global: 'Global' },
    leadership: { cities: 'Cities', ngo: 'NGO', university: 'University' },
    focus: { integration: 'Integration', welcoming: 'Welcoming' },
  },
  networks: [
    {
      id: 'alpha', name: 'Alpha Cités', short: 'AC', kind: 'full', scope: ['europe'], leadership: 'cities', focus: ['integration'], founded: 1986,
      attributes: { founded: c(1986), members: c(97) }, scores: { d1: sc(3), d2: sc(1), d3: sc(2) },
    },
    {
      id: 'beta', name: 'Beta Welcome', kind: 'full', scope: ['national'], leadership: 'ngo', focus: ['welcoming', 'integration'], founded: 2009,
      attributes: { founded: c(2009), members: U() }, scores: { d1: sc(1), d2: sc(3, 'inferred'), d3: U() },
    },
    {
      id: 'gamma', name: 'Gamma Network', kind: 'full', scope: ['europe', 'global'], leadership: 'cities', focus: [], founded: 2004,
      attributes: { founded: c(2004), members: c(97) }, scores: { d1: sc(3), d2: sc(1), d3: sc(2) },
    },
    { id: 'delta', name: 'Delta', kind: 'mention', scope: [], leadership: null, focus: [], founded: null, attributes: {}, scores: {} },
  ],
};
const bundled = Networks.parse(data);
const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('network-compare model', () => {
  it('uses a valid fixture', () => {
    expect(Networks.safeParse(fixture).success).to.equal(true);
  });

  describe('filterNetworks', () => {
    const table: [string, NetworkQuery, string[]][] = [
      ['no query', {}, ['alpha', 'beta', 'gamma', 'delta']],
      ['blank text', { text: '   ' }, ['alpha', 'beta', 'gamma', 'delta']],
      ['no match', { text: 'zzz' }, []],
      ['accents and case ignored', { text: 'CITES' }, ['alpha']],
      ['accented query', { text: 'cités' }, ['alpha']],
      ['short name', { text: 'ac' }, ['alpha']],
      ['id', { text: 'delta' }, ['delta']],
      ['every word must occur', { text: 'net gam' }, ['gamma']],
      ['one scope', { scope: ['europe'] }, ['alpha', 'gamma']],
      ['scopes combine with OR', { scope: ['europe', 'national'] }, ['alpha', 'beta', 'gamma']],
      ['leadership', { leadership: ['ngo'] }, ['beta']],
      ['unknown leadership is left out', { leadership: ['cities', 'ngo'] }, ['alpha', 'beta', 'gamma']],
      ['facets combine with AND', { focus: ['integration'], scope: ['national'] }, ['beta']],
      ['founded from', { foundedFrom: 2000 }, ['beta', 'gamma']],
      ['founded range, inclusive', { foundedFrom: 1986, foundedTo: 2004 }, ['alpha', 'gamma']],
      ['null bounds mean no bound', { foundedFrom: null, foundedTo: null }, ['alpha', 'beta', 'gamma', 'delta']],
      ['kind', { kind: 'mention' }, ['delta']],
      ['empty facet lists mean no filter', { scope: [], leadership: [], focus: [] }, ['alpha', 'beta', 'gamma', 'delta']],
    ];
    for (const [what, query, expected] of table) {
      it(what, () => expect(ids(filterNetworks(fixture, query))).to.deep.equal(expected));
    }

    it('finds the bundled networks by name, short name and id', () => {
      expect(ids(filterNetworks(bundled, { text: 'intercultural' }))).to.deep.equal(['icc', 'intercultural-cities-uk']);
      expect(ids(filterNetworks(bundled, { text: 'WGM&I' }))).to.deep.equal(['wgmi']);
      expect(ids(filterNetworks(bundled, { text: 'seebrucke' }))).to.deep.equal(['seebruecke']);
    });
  });

  describe('facetOptions', () => {
    it('lists values in vocabulary order with labels and counts, and founding decades', () => {
      expect(facetOptions(fixture)).to.deep.equal({
        scope: [
          { id: 'national', label: 'National', count: 1 },
          { id: 'europe', label: 'European', count: 2 },
          { id: 'global', label: 'Global', count: 1 },
        ],
        leadership: [
          { id: 'cities', label: 'Cities', count: 2 },
          { id: 'ngo', label: 'NGO', count: 1 },
        ],
        focus: [
          { id: 'integration', label: 'Integration', count: 2 },
          { id: 'welcoming', label: 'Welcoming', count: 1 },
        ],
        periods: [
          { id: '1980s', label: '1980s', from: 1980, to: 1989, count: 1 },
          { id: '2000s', label: '2000s', from: 2000, to: 2009, count: 2 },
        ],
        undated: 1,
        typology: [],
      });
    });

    it('uses ids as labels without a vocabulary, and is empty for no networks', () => {
      const bare: Networks = { ...fixture, facets: undefined };
      expect(facetOptions(bare).leadership).to.deep.equal([
        { id: 'cities', label: 'cities', count: 2 },
        { id: 'ngo', label: 'ngo', count: 1 },
      ]);
      expect(facetOptions({ ...fixture, networks: [] })).to.deep.equal({ scope: [], leadership: [], focus: [], periods: [], undated: 0, typology: [] });
    });
  });

  describe('comparisonRows', () => {
    const view = (rows: ReturnType<typeof comparisonRows>) =>
      rows.map((r) => [r.kind, r.id, r.cells.map((x) => x.value), r.differs, r.known]);

    it('gives attribute then dimension rows, one cell per network, marking differences', () => {
      expect(view(comparisonRows(fixture, ['alpha', 'beta']))).to.deep.equal([
        ['attribute', 'founded', [1986, 2009], true, true],
        ['attribute', 'members', [97, null], false, true],
        ['attribute', 'funding', [null, null], false, false],
        ['dimension', 'd1', [3, 1], true, true],
        ['dimension', 'd2', [1, 3], true, true],
        ['dimension', 'd3', [2, null], false, true],
      ]);
    });

    it('hides rows with nothing known', () => {
      expect(comparisonRows(fixture, ['alpha', 'beta'], { hideUnknown: true }).map((r) => r.id)).to.deep.equal([
        'founded', 'members', 'd1', 'd2', 'd3',
      ]);
      expect(comparisonRows(fixture, ['delta'], { hideUnknown: true })).to.deep.equal([]);
    });

    it('keeps equal values unmarked', () => {
      expect(view(comparisonRows(fixture, ['alpha', 'gamma'])).filter((r) => r[3]).map((r) => r[1])).to.deep.equal(['founded']);
    });

    it('shows the chosen dimensions in the chosen order', () => {
      expect(comparisonRows(fixture, ['alpha'], { dimensionIds: ['d3', 'd1', 'd9'] }).map((r) => r.id)).to.deep.equal([
        'founded', 'members', 'funding', 'd3', 'd1',
      ]);
    });

    it('ignores unknown and repeated ids, and fills gaps with the shared unknown cell', () => {
      const rows = comparisonRows(fixture, ['delta', 'nope', 'delta']);
      expect(rows.every((r) => r.cells.length === 1 && r.cells[0] === UNKNOWN)).to.equal(true);
      expect(comparisonRows(fixture, []).every((r) => r.cells.length === 0 && !r.differs && !r.known)).to.equal(true);
    });

    it('keeps the source and status of each bundled cell', () => {
      const rows = comparisonRows(bundled, ['icc', 'welcoming-america']);
      const members = rows.find((r) => r.id === 'members')!;
      expect(members.cells.map((x) => [x.value, x.status])).to.deep.equal([[145, 'stated'], [79, 'disputed']]);
      expect(members.differs).to.equal(true);
      const d1 = rows.find((r) => r.id === 'd1')!;
      expect(d1.cells.map((x) => x.source[0].lines)).to.deep.equal(['554-556', '802-804']);
    });
  });

  describe('typologyCell, the typology facets and their filter', () => {
    const net = (id: string) => bundled.networks.find((n) => n.id === id)!;
    const cell = (id: string, facet: string) => typologyCell(bundled, net(id), facet);

    it('takes a classification the data holds as it is', () => {
      expect(cell('sello-migrante', 'structure')).to.equal(net('sello-migrante').typology!.structure);
      expect(cell('communes-hospitalieres', 'permanence').status).to.equal('disputed');
    });

    it('derives by our rule from a fact the data holds: inferred, the fact\'s sources and the rule\'s lines, the rule as note', () => {
      // ICC's leadership attribute (Council of Europe) → from above.
      const c = cell('icc', 'origin');
      expect([c.value, c.status]).to.deep.equal(['from-above', 'inferred']);
      expect(c.source.map((s) => `${s.doc}:${s.lines}`)).to.deep.equal(['S0:266', 'S0:852', 'S1:105']);
      expect(c.note).to.match(/^Our rule: /);
      // A score: Welcoming America's institutionalisation 3 → centralised; Sanctuary cities' 0 → decentralised.
      expect(cell('welcoming-america', 'structure').value).to.equal('centralised');
      expect(cell('sanctuary-us', 'structure').value).to.equal('decentralised');
      // Another typology facet: a temporary membership → formed ex post.
      expect([cell('c-mise', 'formation').value, cell('c-mise', 'formation').status]).to.deep.equal(['ex-post', 'inferred']);
      // A facet with several values: the rule's first key decides (generalist before integration).
      expect(cell('uclg', 'specialism').value).to.equal('generalist');
    });

    it('derives nothing from an unknown or a disputed fact, and nothing where the rule maps nothing', () => {
      // Integrating Cities has no institutionalisation 0 or 3 (it is 2): unknown, never guessed.
      expect(cell('integrating-cities', 'structure')).to.equal(UNKNOWN);
      // Communes hospitalières' permanence is disputed: its formation is not derived from it.
      expect(cell('communes-hospitalieres', 'formation')).to.equal(UNKNOWN);
      // Led by a university: neither from below nor from above by that fact alone.
      expect(cell('inclusive-cities', 'origin')).to.equal(UNKNOWN);
      // A network with no focus attribute; one whose explicit unknown overrides the rule.
      expect(cell('aor', 'specialism')).to.equal(UNKNOWN);
      expect(cell('urbact', 'specialism').status).to.equal('unknown');
      expect(cell('icc', 'nonsense')).to.equal(UNKNOWN);
    });

    it('every value, stated, inferred or derived, has a source, or is unknown with none', () => {
      for (const n of bundled.networks) {
        for (const f of bundled.typology!) {
          const c = typologyCell(bundled, n, f.id);
          if (c.value === null) expect(c.status, `${n.id}.${f.id}`).to.equal('unknown');
          else {
            expect(c.source.length, `${n.id}.${f.id}`).to.be.greaterThan(0);
            expect(Object.keys(f.values), `${n.id}.${f.id}`).to.include(c.value);
          }
        }
      }
    });

    it('counts each facet\'s values and its unknowns, which add up to every network', () => {
      const t = facetOptions(bundled).typology;
      expect(t.map((f) => f.id)).to.deep.equal(['specialism', 'formation', 'composition', 'permanence', 'structure', 'origin', 'reach']);
      for (const f of t) {
        expect(f.options.at(-1)!.id, f.id).to.equal('unknown');
        expect(f.options.reduce((a, o) => a + o.count, 0), f.id).to.equal(57);
      }
      expect(t.find((f) => f.id === 'origin')!.options.map((o) => [o.id, o.count])).to.deep.equal([['from-below', 7], ['from-above', 8], ['unknown', 42]]);
    });

    it('filters by a typology value, by unknown, and with the other facets (AND)', () => {
      const ids = (q: NetworkQuery) => filterNetworks(bundled, q).map((n) => n.id);
      expect(ids({ typology: { permanence: ['rotating'] } })).to.deep.equal(['mayoral-forum', 'congress-lra-coe']);
      expect(ids({ typology: { origin: ['from-below'], reach: ['national'] } })).to.deep.equal([
        'welcoming-america', 'sanctuary-us', 'city-of-sanctuary-uk', 'seebruecke', 'communes-hospitalieres', 'anvita',
      ]);
      expect(ids({ typology: { structure: ['unknown'] } })).to.have.length(51);
      expect(ids({ typology: { structure: [] } })).to.have.length(57);
      expect(ids({ scope: ['global'], typology: { specialism: ['generalist'] } })).to.deep.equal(['global-parliament-of-mayors', 'metropolis', 'uclg']);
    });

    it('puts the typology rows between attributes and dimensions, labelled in the CSV', () => {
      const rows = comparisonRows(bundled, ['icc', 'sanctuary-us']);
      expect(rows.map((r) => r.kind).indexOf('typology')).to.equal(bundled.attributes.length);
      expect(rows.filter((r) => r.kind === 'typology')).to.have.length(7);
      expect(comparisonRows(bundled, ['icc'], { typology: false }).some((r) => r.kind === 'typology')).to.equal(false);
      const csv = comparisonCsvRows(bundled, ['icc', 'sanctuary-us']);
      const origin = csv.find((r) => r[0] === 'typology' && r[1] === 'origin')!;
      expect(origin.slice(3, 5)).to.deep.equal(['From above (state or international organisations)', 'inferred']);
      expect(origin[7]).to.equal('From below (grassroots)');
    });
  });

  describe('dimensionProfile', () => {
    const size = { width: 140, height: 80, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

    it('places axes, levels and known scores exactly, breaking lines at unknowns', () => {
      const p = dimensionProfile(fixture, ['beta', 'alpha'], size);
      expect(p.axes.map((a) => [a.id, a.short, a.x])).to.deep.equal([['d1', 'Ver', 30], ['d2', 'Sta', 70], ['d3', 'Exc', 110]]);
      expect(p.levels).to.deep.equal([{ value: 0, y: 70 }, { value: 1, y: 50 }, { value: 2, y: 30 }, { value: 3, y: 10 }]);
      expect(p.series.map((s) => s.id)).to.deep.equal(['beta', 'alpha']);
      const [beta, alpha] = p.series;
      expect(beta.points.map((q) => [q.dimensionId, q.value, q.status, q.x, q.y])).to.deep.equal([
        ['d1', 1, 'stated', 30, 50],
        ['d2', 3, 'inferred', 70, 10],
      ]);
      expect(beta.unknown).to.deep.equal(['d3']);
      expect(alpha.segments.map((s) => s.length)).to.deep.equal([3]);
    });

    it('never plots an unknown, not even at 0', () => {
      const p = dimensionProfile(fixture, ['delta'], size);
      expect(p.series[0].points).to.deep.equal([]);
      expect(p.series[0].segments).to.deep.equal([]);
      expect(p.series[0].unknown).to.deep.equal(['d1', 'd2', 'd3']);
      const gap = dimensionProfile(
        { ...fixture, networks: [{ ...fixture.networks[0], scores: { d1: sc(2), d2: U(), d3: sc(0) } }] },
        ['alpha'],
        size,
      ).series[0];
      expect(gap.segments.map((s) => s.map((q) => q.dimensionId))).to.deep.equal([['d1'], ['d3']]);
      expect(gap.points.map((q) => q.y)).to.deep.equal([30, 70]);
    });

    it('stays finite for a zero size', () => {
      const p = dimensionProfile(fixture, ['alpha'], { width: 0, height: 0 });
      const numbers = [...p.axes.map((a) => a.x), ...p.levels.map((l) => l.y), ...p.series[0].points.flatMap((q) => [q.x, q.y])];
      expect(numbers.every(Number.isFinite)).to.equal(true);
    });
  });

  describe('orientationMap', () => {
    const size = { width: 80, height: 80, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

    it('places networks by d2 (x) and d1 (y) at their exact grid positions, one spot for those that share one', () => {
      const m = orientationMap(fixture, size);
      expect(m.points.map((p) => [p.id, p.xValue, p.yValue, p.status, p.x, p.y])).to.deep.equal([
        ['alpha', 1, 3, 'stated', 30, 10],
        ['beta', 3, 1, 'inferred', 70, 50],
        ['gamma', 1, 3, 'stated', 30, 10],
      ]);
      expect(m.spots.map((sp) => [sp.xValue, sp.yValue, sp.x, sp.y, sp.ids])).to.deep.equal([
        [1, 3, 30, 10, ['alpha', 'gamma']],
        [3, 1, 70, 50, ['beta']],
      ]);
      expect(m.xAxis).to.deep.equal({ id: 'd2', label: 'State–society', ticks: [{ value: 0, x: 10 }, { value: 1, x: 30 }, { value: 2, x: 50 }, { value: 3, x: 70 }] });
      expect(m.yAxis.ticks.map((t) => t.y)).to.deep.equal([70, 50, 30, 10]);
    });

    it('leaves out, and lists, networks with an unknown score', () => {
      expect(orientationMap(fixture, size).unplaced).to.deep.equal([{ id: 'delta', name: 'Delta', missing: ['d2', 'd1'] }]);
      const swapped = orientationMap(fixture, { ...size, x: 'd3', y: 'd1' });
      expect(swapped.points.map((p) => p.id)).to.deep.equal(['alpha', 'gamma']);
      expect(swapped.unplaced.map((u) => [u.id, u.missing])).to.deep.equal([['beta', ['d3']], ['delta', ['d3', 'd1']]]);
    });

    it('places exactly the bundled networks scored on both axes, with the weaker status', () => {
      const m = orientationMap(bundled, { width: 400, height: 400 });
      expect(m.points.map((p) => [p.id, p.xValue, p.yValue, p.status])).to.deep.equal([
        ['wgmi', 1, 3, 'stated'],
        ['integrating-cities', 1, 3, 'stated'],
        ['solidarity-cities', 1, 3, 'inferred'],
        ['icc', 1, 3, 'disputed'],
        ['welcoming-america', 3, 1, 'stated'],
        ['inclusive-cities', 2, 1, 'inferred'],
        ['sanctuary-us', 3, 3, 'inferred'],
      ]);
      expect(m.unplaced.find((u) => u.id === 'eurocities')!.missing).to.deep.equal(['d2']);
      // Four networks share (1, 3): one spot, every point exactly at x(1) = 149.33, never nudged.
      expect(m.points.filter((p) => p.yValue === 3 && p.xValue === 1).map((p) => p.x)).to.deep.equal([149.33, 149.33, 149.33, 149.33]);
      expect(m.spots.find((sp) => sp.xValue === 1 && sp.yValue === 3)!.ids).to.deep.equal(['wgmi', 'integrating-cities', 'solidarity-cities', 'icc']);
      // ICC's disputed state–society score keeps its other reading (2) on the map.
      expect(m.points.find((p) => p.id === 'icc')!.readings.map((r) => [r.xValue, r.yValue])).to.deep.equal([[2, 3]]);
      expect(m.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).to.equal(true);
    });
  });

  describe('dimensionDots', () => {
    const opts = { width: 200, margin: { top: 10, right: 8, bottom: 20, left: 40 }, rowHeight: 20 };

    it('places scores on 0–3, dodges networks within a row, and puts unknowns in their own column', () => {
      const p = dimensionDots(fixture, ['alpha', 'beta'], opts);
      // 0–3 spans 40 … 200 − 8 − 72 = 120; the unknown column is centred at 120 + 36 + 12.
      expect(p.ticks).to.deep.equal([{ value: 0, x: 40 }, { value: 1, x: 66.67 }, { value: 2, x: 93.33 }, { value: 3, x: 120 }]);
      expect(p.unknownX).to.equal(168);
      expect([p.width, p.height]).to.deep.equal([200, 10 + 3 * 20 + 20]);
      expect(p.rows.map((r) => [r.id, r.y])).to.deep.equal([['d1', 20], ['d2', 40], ['d3', 60]]);
      const [alpha, beta] = p.series;
      expect(alpha.dots.map((d) => [d.dimensionId, d.value, d.x, d.y])).to.deep.equal([
        ['d1', 3, 120, 16], ['d2', 1, 66.67, 36], ['d3', 2, 93.33, 56],
      ]);
      expect(beta.dots.map((d) => [d.value, d.status, d.x, d.y])).to.deep.equal([
        [1, 'stated', 66.67, 24], [3, 'inferred', 120, 44], [null, 'unknown', 168, 64],
      ]);
    });

    it('never puts an unknown at 0, keeps the chosen rows, and is empty for no selection', () => {
      const p = dimensionDots(fixture, ['delta'], { ...opts, dimensionIds: ['d3', 'd1', 'zz'] });
      expect(p.rows.map((r) => r.id)).to.deep.equal(['d3', 'd1']);
      expect(p.series[0].dots.every((d) => d.value === null && d.x === p.unknownX && d.x !== p.ticks[0].x)).to.equal(true);
      expect(dimensionDots(fixture, [], opts).series).to.deep.equal([]);
      const tiny = dimensionDots(fixture, ['alpha'], { width: 0 });
      expect([tiny.unknownX, ...tiny.ticks.map((t) => t.x)].every(Number.isFinite)).to.equal(true);
    });
  });

  describe('idList and toggleId', () => {
    const lists: [string | null | undefined, string[]][] = [
      [null, []], [undefined, []], ['', []], [' , ,', []],
      ['icc,welcoming-america', ['icc', 'welcoming-america']],
      [' icc , icc,wa ', ['icc', 'wa']],
    ];
    for (const [text, expected] of lists) it(`idList(${JSON.stringify(text)})`, () => expect(idList(text)).to.deep.equal(expected));

    const toggles: [string[], string, boolean, number, string[], boolean][] = [
      [[], 'a', true, 4, ['a'], false],
      [['a'], 'a', true, 4, ['a'], false],
      [['a', 'b'], 'a', false, 4, ['b'], false],
      [['a'], 'z', false, 4, ['a'], false],
      [['a', 'b', 'c', 'd'], 'e', true, 4, ['a', 'b', 'c', 'd'], true],
      [['a', 'b', 'c', 'd'], 'b', false, 4, ['a', 'c', 'd'], false],
    ];
    for (const [ids, id, on, max, expected, refused] of toggles) {
      it(`toggleId(${ids}, ${id}, ${on})`, () => expect(toggleId(ids, id, on, max)).to.deep.equal({ ids: expected, refused }));
    }
  });

  describe('makeSyntheticNetworks and speed', () => {
    it('makes a valid, deterministic dataset of n networks', () => {
      const a = makeSyntheticNetworks(200);
      expect(Networks.safeParse(a).success).to.equal(true);
      expect(a.networks).to.have.length(200);
      expect(makeSyntheticNetworks(200)).to.deep.equal(a);
      expect(makeSyntheticNetworks(200, 2)).not.to.deep.equal(a);
      expect(makeSyntheticNetworks(0).networks).to.deep.equal([]);
      const scores = a.networks.flatMap((n) => Object.values(n.scores));
      expect(scores.some((s) => s.value === null)).to.equal(true);
      expect(scores.filter((s) => s.value === null).every((s) => s.status === 'unknown')).to.equal(true);
    });

    it('filters 1,000 networks well within 10 ms and builds everything within 100 ms', () => {
      const big = Networks.parse(makeSyntheticNetworks(1000));
      filterNetworks(big, { text: 'ka' }); // builds the search index once
      const queries: NetworkQuery[] = [
        { text: 'ka lo' }, { scope: ['europe'] }, { leadership: ['ngo', 'cities'], focus: ['welcoming'] },
        { foundedFrom: 1950, foundedTo: 2000 }, { text: 'cities 99', kind: 'full' }, {},
      ];
      const runs = 20;
      let t = performance.now();
      for (let i = 0; i < runs; i++) for (const q of queries) filterNetworks(big, q);
      const perFilter = (performance.now() - t) / (runs * queries.length);
      expect(perFilter).to.be.below(10);

      t = performance.now();
      facetOptions(big);
      const selected = ['net-1', 'net-2', 'net-3', 'net-4'];
      comparisonRows(big, selected, { hideUnknown: true });
      dimensionProfile(big, selected);
      orientationMap(big, { width: 600, height: 600 });
      expect(performance.now() - t).to.be.below(100);
    });
  });
});
