import { expect } from '@open-wc/testing';
import bundled from '../../data/labour-market-barriers.json';
import {
  addressedBy,
  barriersFor,
  citation,
  shortCitation,
  compareCities,
  gaps,
  matrix,
  matrixCsv,
  matrixSvg,
  setInitiative,
} from '../../src/core/labour-market.js';
import { validate } from '../../src/core/check.js';
import { LabourMarketData, LabourMarketState } from '../../src/schema/labour-market.js';
import { withTranslations } from '../../src/core/i18n.js';
import { loadLanguages } from '../helpers.js';

const src = (lines: string) => ({ doc: 'x.txt', lines });
/** A tiny dataset: two groups, one stage, three barriers, two initiatives. */
const tiny: LabourMarketData = {
  version: 1,
  id: 'tiny',
  title: 'Tiny',
  work: { authors: 'A, B.', year: null, title: 'T', in: 'Book', chapter: '7' },
  source: src('1'),
  studentGroup: 's',
  groups: [
    { id: 's', label: 'Students', text: 't', status: 'stated', source: src('1') },
    { id: 'r', label: 'Refugees', text: 't', status: 'stated', source: src('1') },
  ],
  stages: [{ id: 'st1', label: 'Stage 1', integration: 'i', status: 'stated', source: src('1') }],
  barriers: [
    { id: 'b1', label: 'B1', text: 't', status: 'stated', source: src('1') },
    { id: 'b2', label: 'B2', text: 't', status: 'stated', source: src('1') },
    { id: 'b3', label: 'B3', text: 't', status: 'stated', source: src('1') },
  ],
  shared: { barriers: ['b1', 'b2'], note: 'n', status: 'inferred', source: src('1') },
  groupBarriers: [
    { group: 's', stage: 'st1', barrier: 'b2', text: 'b2 at st1', status: 'stated', source: src('2') },
    { group: 's', barrier: 'b3', text: 'b3 always', status: 'stated', source: src('3') },
  ],
  initiatives: [
    { id: 'i1', label: 'I1', examples: [], status: 'stated', source: src('1') },
    { id: 'i2', label: 'I2', examples: [], status: 'stated', source: src('1') },
  ],
  links: [
    { barrier: 'b1', initiative: 'i1', origin: 'stated', note: 'n', source: src('1') },
    { barrier: 'b2', initiative: 'i2', origin: 'ours', note: 'n', source: src('1') },
    { barrier: 'b3', initiative: 'i2', origin: 'ours', note: 'n', source: src('1') },
  ],
};

describe('labour-market core', () => {
  describe('barriersFor', () => {
    const rows: [string, string, string | undefined, string[], string[], string[]][] = [
      ['unknown group', 'x', undefined, [], [], []],
      ['group with no named barrier', 'r', undefined, [], ['b1', 'b2'], ['b1', 'b2']],
      ['students without a stage: only the stage-free entries', 's', undefined, ['b3'], ['b1', 'b2'], ['b1', 'b2', 'b3']],
      ['students at a stage: its entries replace the shared ones', 's', 'st1', ['b2', 'b3'], ['b1'], ['b1', 'b2', 'b3']],
    ];
    for (const [name, group, stage, named, shared, ids] of rows) {
      it(name, () => {
        const r = barriersFor(tiny, group, stage);
        expect(r.named.map((b) => b.barrier)).to.deep.equal(named);
        expect(r.shared.map((b) => b.id)).to.deep.equal(shared);
        expect(r.ids).to.deep.equal(ids);
      });
    }
  });

  describe('gaps and addressedBy', () => {
    const rows: [string, string[], string[]][] = [
      ['nothing marked: every barrier open', [], ['b1', 'b2', 'b3']],
      ['i1 marked', ['i1'], ['b2', 'b3']],
      ['i2 marked', ['i2'], ['b1']],
      ['both marked', ['i1', 'i2'], []],
      ['an id the dataset lacks changes nothing', ['zz'], ['b1', 'b2', 'b3']],
    ];
    for (const [name, marked, open] of rows) it(name, () => expect(gaps(tiny, ['b1', 'b2', 'b3'], marked)).to.deep.equal(open));
    it('empty in, empty out', () => expect(gaps(tiny, [], ['i1'])).to.deep.equal([]));
    it('addressedBy lists marked initiatives in dataset order', () => {
      expect(addressedBy(tiny, 'b2', ['i1', 'i2'])).to.deep.equal(['i2']);
      expect(addressedBy(tiny, 'b2', ['i1'])).to.deep.equal([]);
    });
  });

  it('matrix and its CSV', () => {
    expect(matrix(tiny).map((r) => [r.barrier, r.cells.map((c) => c?.origin ?? null)])).to.deep.equal([
      ['b1', ['stated', null]],
      ['b2', [null, 'ours']],
      ['b3', [null, 'ours']],
    ]);
    const csv = matrixCsv(tiny, (_k, id) => id.toUpperCase(), 'Barrier', (o) => o);
    expect(csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).to.deep.equal(['Barrier,I1,I2', 'B1,stated,', 'B2,,ours', 'B3,,ours']);
  });

  it('matrix as SVG: a dot per stated link, a ring per ours, text escaped', () => {
    const svg = matrixSvg(
      tiny,
      (k, id) => (k === 'barrier' ? `<${id}>` : id),
      { title: 'T & U', stated: 'stated', ours: 'ours', source: 'S' },
      { fg: '#000', bg: '#fff', stated: '#080', ours: '#008', grid: '#888', font: 'serif' },
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const circles = [...doc.querySelectorAll('circle')].filter((c) => c.querySelector('title'));
    expect(circles.map((c) => c.querySelector('title')!.textContent)).to.deep.equal(['stated', 'ours', 'ours']);
    expect(svg).to.contain('&lt;b1&gt;').and.contain('T &amp; U');
  });

  describe('citation', () => {
    const w = { noDate: 'n.d.', in: 'in', chapter: 'ch.', table: 'Table' };
    const rows: [string, Parameters<typeof citation>[0], Parameters<typeof citation>[1], string][] = [
      ['no source', { authors: 'A', year: 2022, title: 'T' }, undefined, 'A (2022), “T”'],
      ['no year', { authors: 'A', year: null, title: 'T', in: 'B', chapter: '7' }, { doc: 'f.txt', lines: '3', chapter: '7.3 S', table: '7.1' }, 'A (n.d.), “T”, in B, ch. 7, 7.3 S, Table 7.1'],
    ];
    for (const [name, work, source, out] of rows) it(name, () => expect(citation(work, source, w)).to.equal(out));
    const short: [string, string, string][] = [
      ['two authors with initials', 'Counihan, M. & van Winden, W.', 'Counihan & van Winden (n.d.), ch. 7, 7.3 S, Table 7.1'],
      ['two initials', 'Broadhead, J. & Allen, W. L.', 'Broadhead & Allen (n.d.), ch. 7, 7.3 S, Table 7.1'],
      ['an organisation', 'OECD', 'OECD (n.d.), ch. 7, 7.3 S, Table 7.1'],
      ['four authors', 'Kosovac, A., Hartley, K., Acuto, M. & Gunning, D.', 'Kosovac et al. (n.d.), ch. 7, 7.3 S, Table 7.1'],
      ['one author', 'Counihan, M.', 'Counihan (n.d.), ch. 7, 7.3 S, Table 7.1'],
    ];
    for (const [name, authors, out] of short) {
      it(`short form: ${name}`, () =>
        expect(shortCitation({ authors, year: null, title: 'T', chapter: '7' }, { doc: 'f.txt', lines: '3', chapter: '7.3 S', table: '7.1' }, w)).to.equal(out));
    }
    it('never names the file or the lines', () => expect(citation(tiny.work, { doc: 'secret.txt', lines: '123' }, w)).not.to.match(/secret|123/));
  });

  describe('cities', () => {
    const s: LabourMarketState = { cities: [{ id: 'a', name: 'A', initiatives: ['i1'], updatedAt: 0 }, { id: 'b', name: 'B', initiatives: [], updatedAt: 0 }] };
    it('marks and unmarks without duplicates', () => {
      const on = setInitiative(s, 'b', 'i2', true, 5);
      expect(on.cities[1]).to.deep.equal({ id: 'b', name: 'B', initiatives: ['i2'], updatedAt: 5 });
      expect(setInitiative(on, 'b', 'i2', true, 6).cities[1]!.initiatives).to.deep.equal(['i2']);
      expect(setInitiative(on, 'b', 'i2', false, 7).cities[1]!.initiatives).to.deep.equal([]);
      expect(on.cities[0]).to.equal(s.cities[0]);
    });
    it('the schema refuses two cities with one id', () => {
      expect(LabourMarketState.safeParse({ cities: [s.cities[0], { ...s.cities[1], id: 'a' }] }).success).to.equal(false);
      expect(LabourMarketState.safeParse(s).success).to.equal(true);
    });
    it('compares two cities', () => {
      expect(compareCities({ ...s.cities[0]!, initiatives: ['i1', 'i2'] }, { ...s.cities[1]!, initiatives: ['i2', 'i3'] })).to.deep.equal({ onlyA: ['i1'], onlyB: ['i3'], both: ['i2'] });
    });
  });
});

describe('data/labour-market-barriers.json', () => {
  const data = withTranslations('labour-market-barriers', bundled) as LabourMarketData;
  before(loadLanguages);
  it('parses', () => {
    const r = validate(LabourMarketData, bundled);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problem)).to.equal(true);
  });
  it('cites seed 003, chapter 7, for everything', () => {
    const lines: string[] = [];
    JSON.stringify(data, (k, v) => {
      if (k === 'doc') expect(v).to.equal('003_f06100b1c3bff890.txt');
      if (k === 'lines') lines.push(v);
      return v;
    });
    for (const l of lines) for (const n of l.match(/\d+/g)!) expect(+n, l).to.be.within(776, 886);
  });
  it('has the three stages of Table 7.1 and the seven types of Table 7.2', () => {
    expect(data.stages.map((s) => s.label)).to.deep.equal(['During studies', 'After graduation', 'Becoming an entrepreneur']);
    expect(data.initiatives.map((i) => i.label)).to.deep.equal([
      'Visa & work permit fast-tracking',
      'Physical centres/desks with info on jobs and education',
      'Start-up policies',
      'HR co-operation',
      'International job portals',
      'Spousal programmes',
      'Connecting students to the labour market',
    ]);
  });
  it('fails at the path of a broken reference', () => {
    const bad = structuredClone(data);
    bad.links[2]!.initiative = 'nope';
    const r = validate(LabourMarketData, bad);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problem.path).to.equal('links[2].initiative');
  });
  it('translates every label into the six other languages', () => {
    for (const lang of ['nl', 'de', 'it', 'hu', 'cs', 'pl'] as const) {
      const t = data.translations![lang]!;
      expect(t.unofficial).to.equal(true);
      for (const kind of ['groups', 'stages', 'barriers', 'initiatives'] as const) {
        for (const x of data[kind]) expect(t.strings[`${kind}.${x.id}.label`], `${lang} ${kind}.${x.id}`).to.be.a('string');
      }
    }
  });
});
