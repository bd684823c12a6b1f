import { expect } from '@open-wc/testing';
import data from '../../data/networks.json';
import { Networks } from '../../src/schema/networks.js';
import { loadLanguages, translationsOf } from '../helpers.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

type Json = Record<string, any>;
const mutated = (change: (d: Json) => void): Json => {
  const copy = structuredClone(data) as Json;
  change(copy);
  return copy;
};
const index = (id: string) => (data as Json).networks.findIndex((n: Json) => n.id === id);

describe('Networks schema and data/networks.json', () => {
  const parsed = Networks.safeParse(data);
  const dataset = parsed.data!;
  const byId = (id: string) => dataset.networks.find((n) => n.id === id)!;
  const cells = () =>
    dataset.networks.flatMap((n) => [
      ...Object.entries(n.attributes).map(([k, c]) => ({ at: `${n.id}.${k}`, c })),
      ...Object.entries(n.scores).map(([k, c]) => ({ at: `${n.id}.${k}`, c })),
    ]);

  it('parses the bundled dataset', () => {
    expect(paths(parsed)).to.deep.equal([]);
    expect(parsed.success).to.equal(true);
  });

  it('holds the required networks', () => {
    const ids = dataset.networks.map((n) => n.id);
    for (const id of ['eurocities', 'integrating-cities', 'solidarity-cities', 'icc', 'welcoming-america', 'inclusive-cities']) {
      expect(ids, id).to.include(id);
    }
  });

  it('describes the records A1–C2 of the research note in full, the others as mentions without scores', () => {
    expect(dataset.networks.filter((n) => n.kind === 'full').map((n) => n.id)).to.deep.equal([
      'eurocities', 'wgmi', 'integrating-cities', 'solidarity-cities', 'icc', 'welcoming-america',
      'welcoming-cities', 'welcoming-international', 'inclusive-cities', 'action-towards-inclusion',
      'sanctuary-us', 'city-of-sanctuary-uk',
    ]);
    const mentions = dataset.networks.filter((n) => n.kind === 'mention');
    expect(mentions.length).to.equal(45);
    for (const n of mentions) expect(Object.keys(n.scores), n.id).to.deep.equal([]);
  });

  it('gives every full network every attribute row and every dimension, unknown spelled out', () => {
    const attrs = dataset.attributes.map((a) => a.id);
    const dims = dataset.dimensions.map((d) => d.id);
    expect(dims).to.deep.equal(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9']);
    for (const n of dataset.networks.filter((x) => x.kind === 'full')) {
      expect(Object.keys(n.attributes), n.id).to.deep.equal(attrs);
      expect(Object.keys(n.scores), n.id).to.deep.equal(dims);
    }
  });

  it('keeps each dimension\'s four anchors and says the scales are ours', () => {
    for (const d of dataset.dimensions) {
      expect(d.anchors, d.id).to.have.length(4);
      expect(d.source.length, d.id).to.be.greaterThan(0);
    }
    expect(dataset.dimensions[7].anchors[3]).to.equal('sustained multilevel arrangement including societal actors (no case in the texts)');
    expect(dataset.method).to.match(/anchors are ours/);
    expect(dataset.method).to.match(/never 0/);
  });

  it('has no unknown at 0: every unknown is null and every null is unknown', () => {
    for (const { at, c } of cells()) {
      expect(c.value === null, at).to.equal(c.status === 'unknown');
      if (c.status === 'unknown') expect(c.source, at).to.deep.equal([]);
    }
  });

  it('gives every known value and every score at least one source in a known document', () => {
    const docs = new Set(dataset.docs!.map((d) => d.id));
    for (const { at, c } of cells()) {
      if (c.value === null) continue;
      expect(c.source.length, at).to.be.greaterThan(0);
      for (const s of [...c.source, ...(c.readings ?? []).flatMap((r) => r.source)]) {
        expect(docs.has(s.doc), `${at} ${s.doc}`).to.equal(true);
        expect(s.quote?.length ?? 0, at).to.be.at.most(200);
        // Seed 004 may not be reproduced: cite it, never quote it.
        if (s.doc === 'S4') expect(s.quote, at).to.equal(undefined);
      }
    }
  });

  it('counts the scored cells and their statuses', () => {
    const scores = dataset.networks.flatMap((n) => Object.values(n.scores));
    const by = (s: string) => scores.filter((c) => c.status === s).length;
    expect([scores.length, by('stated'), by('inferred'), by('disputed'), by('unknown')]).to.deep.equal([108, 39, 29, 3, 37]);
  });

  it('summarises the founding year in the facet exactly as the attribute states it', () => {
    for (const n of dataset.networks) {
      const cell = n.attributes.founded;
      expect(n.founded, n.id).to.equal(cell && typeof cell.value === 'number' ? cell.value : null);
    }
  });

  // Values the seeds state; each row: network, attribute or dimension, value, status.
  const facts: [string, string, string | number | null, string][] = [
    ['eurocities', 'founded', 1986, 'stated'],
    ['eurocities', 'members', null, 'unknown'],
    ['eurocities', 'd2', null, 'unknown'],
    ['wgmi', 'founded', 2004, 'stated'],
    ['wgmi', 'members', 97, 'stated'],
    ['wgmi', 'd8', 0, 'stated'],
    ['integrating-cities', 'founded', 2006, 'stated'],
    ['solidarity-cities', 'founded', 2016, 'stated'],
    ['icc', 'founded', 2008, 'stated'],
    ['icc', 'members', 145, 'stated'],
    ['icc', 'd2', 1, 'disputed'],
    ['welcoming-america', 'founded', 2009, 'stated'],
    ['welcoming-america', 'members', 79, 'disputed'],
    ['welcoming-america', 'd5', 3, 'stated'],
    ['inclusive-cities', 'members', 12, 'disputed'],
    ['inclusive-cities', 'd8', null, 'unknown'],
    ['action-towards-inclusion', 'members', 16, 'stated'],
    ['sanctuary-us', 'founded', 1985, 'stated'],
    ['sanctuary-us', 'd9', 0, 'stated'],
    ['sanctuary-us', 'members', 200, 'stated'],
    ['integrating-cities', 'd1', 3, 'stated'],
    ['action-towards-inclusion', 'd6', 3, 'inferred'],
    ['welcoming-america', 'd4', 1, 'inferred'],
    ['icc', 'd8', 1, 'disputed'],
    ['welcoming-america', 'd8', 2, 'disputed'],
    ['icc', 'multilevel', 2015, 'disputed'],
  ];
  for (const [id, key, value, status] of facts) {
    it(`${id}.${key} = ${value} (${status})`, () => {
      const n = byId(id);
      const c = key in n.scores ? n.scores[key] : n.attributes[key];
      expect([c.value, c.status]).to.deep.equal([value, status]);
    });
  }

  it("keeps every reading of Welcoming America's size, with its date", () => {
    const c = byId('welcoming-america').attributes.members;
    expect(c.readings!.map((r) => [r.value, r.asOf ?? null, r.source[0].doc, r.source[0].lines])).to.deep.equal([
      [79, null, 'S0', '315'],
      [213, '2019', 'S0', '724'],
      [93, '2020', 'S1', '55'],
    ]);
  });

  it('keeps both readings of ICC state–society engagement (S0 vs S1)', () => {
    const c = byId('icc').scores.d2;
    expect(c.readings!.map((r) => [r.value, r.source[0].doc])).to.deep.equal([[1, 'S0'], [2, 'S1']]);
  });

  it('holds "nearly 200" as a number with its qualifier, never as text in a number field', () => {
    const c = byId('sanctuary-us').attributes.members;
    expect([c.value, c.qualifier, c.source[0].quote]).to.deep.equal([200, 'nearly', 'It includes nearly 200 members in the United States']);
    for (const n of dataset.networks) {
      const m = n.attributes.members;
      if (m && m.value !== null) expect(typeof m.value, n.id).to.equal('number');
    }
  });

  it('cites Integrating Cities\' vertical salience where the text supports it', () => {
    expect(byId('integrating-cities').scores.d1.source.map((s) => [s.doc, s.lines])).to.deep.equal([['S0', '842-846']]);
  });

  it('keeps both readings of scaling up for ICC and Welcoming America (the case study vs the introduction)', () => {
    expect(byId('icc').scores.d8.readings!.map((r) => [r.value, r.source[0].doc, r.source[0].lines])).to.deep.equal([[1, 'S0', '905-915'], [2, 'S1', '125']]);
    expect(byId('welcoming-america').scores.d8.readings!.map((r) => [r.value, r.source[0].doc, r.source[0].lines])).to.deep.equal([[2, 'S0', '917-919'], [1, 'S1', '125']]);
  });

  it("records ICC's turn to multilevel governance as 2015 and as 2016", () => {
    expect(byId('icc').attributes.multilevel.readings!.map((r) => [r.value, r.source[0].lines])).to.deep.equal([[2015, '905-907'], [2016, '600-602']]);
  });

  it('gives every document a checkable reference and every cited line a section', () => {
    for (const doc of dataset.docs!) {
      expect(doc.short, doc.id).to.be.a('string');
      expect(doc.title, doc.id).to.be.a('string');
      expect(doc.authors?.length || doc.editors?.length, doc.id).to.be.greaterThan(0);
    }
    expect(byId('icc').attributes.founded.source[0].doc).to.equal('S0');
    const s1 = dataset.docs!.find((d) => d.id === 'S1')!;
    expect([s1.journal, s1.volume, s1.issue, s1.pages, s1.doi]).to.deep.equal(['Global Networks', '22', '3', '349–362', '10.1111/glob.12381']);
  });

  it('translates the scaling-up anchor as between levels of government, not between states', async () => {
    await loadLanguages();
    const de = translationsOf('networks').de!.strings['dimensions.d8.anchors.1']!;
    expect(de).to.contain('zwischen Regierungsebenen');
    expect(de).not.to.contain('zwischenstaatlich');
  });

  describe('the typology of Lacroix & Spencer 2022 (seed 001 L101–107) as facets', () => {
    const facets = dataset.typology!;
    it('has its seven facets, each defined by a passage of the "Towards a typology" section', () => {
      expect(facets.map((f) => f.id)).to.deep.equal(['specialism', 'formation', 'composition', 'permanence', 'structure', 'origin', 'reach']);
      for (const f of facets) {
        expect(f.source.length, f.id).to.be.greaterThan(0);
        for (const s of [...f.source, ...(f.rule?.source ?? [])]) {
          expect(s.doc, f.id).to.equal('S1');
          expect(Number(s.lines), f.id).to.be.within(101, 107);
        }
      }
      expect(Object.keys(facets.find((f) => f.id === 'permanence')!.values)).to.deep.equal(['permanent', 'rotating', 'temporary']);
    });

    it('labels every derivation rule as ours, with its reasoning', () => {
      const rules = facets.filter((f) => f.rule);
      expect(rules.map((f) => f.id)).to.deep.equal(['specialism', 'formation', 'structure', 'origin', 'reach']);
      for (const f of rules) expect(f.rule!.note, f.id).to.match(/^Our rule: /);
    });

    it('gives every classification a source in a known document and a value of its facet, or says it is unknown', () => {
      const docs = new Set(dataset.docs!.map((d) => d.id));
      let n = 0;
      for (const net of dataset.networks) {
        for (const [key, c] of Object.entries(net.typology ?? {})) {
          const at = `${net.id}.${key}`;
          const facet = facets.find((f) => f.id === key)!;
          expect(facet, at).to.not.equal(undefined);
          if (c.status === 'unknown') {
            expect([c.value, c.source], at).to.deep.equal([null, []]);
            continue;
          }
          n++;
          expect(c.value, at).to.be.oneOf(Object.keys(facet.values));
          expect(c.source.length, at).to.be.greaterThan(0);
          for (const s of c.source) expect(docs.has(s.doc), at).to.equal(true);
          // Inferred classifications say why ("Our reading: …"), unless a quote shows it.
          if (c.status === 'inferred') expect(c.note ?? c.source.find((x) => x.quote)?.quote, at).to.be.a('string');
        }
      }
      expect(n).to.equal(38);
    });

    it('classifies as the typology names them: LGA and Eurocities generalist, Sello Migrante decentralised, forums rotating', () => {
      const t = (id: string, facet: string) => byId(id).typology?.[facet];
      expect([t('eurocities', 'specialism')!.value, t('eurocities', 'specialism')!.status]).to.deep.equal(['generalist', 'stated']);
      expect(t('lga-uk', 'specialism')!.source[0]).to.include({ doc: 'S1', lines: '101' });
      expect(t('sello-migrante', 'structure')).to.include({ value: 'decentralised', status: 'stated' });
      expect(t('congress-lra-coe', 'permanence')!.value).to.equal('rotating');
      expect(t('mayoral-forum', 'permanence')!.value).to.equal('rotating');
      for (const id of ['mc2cm', 'c-mise']) expect(t(id, 'permanence')!.value, id).to.equal('temporary');
      for (const id of ['seebruecke', 'anvita', 'communes-hospitalieres', 'sanctuary-us', 'city-of-sanctuary-uk']) {
        expect(t(id, 'origin'), id).to.include({ value: 'from-below', status: 'stated' });
        expect(t(id, 'origin')!.source[0]!.lines, id).to.equal('107');
      }
    });

    it('keeps both readings of the permanence of Communes hospitalières (temporary at L103, permanent by L107)', () => {
      const c = byId('communes-hospitalieres').typology!.permanence!;
      expect(c.status).to.equal('disputed');
      expect(c.readings!.map((r) => [r.value, r.source[0]!.lines])).to.deep.equal([['temporary', '103'], ['permanent', '107']]);
    });
  });

  // Hand-made bad inputs: each fails at the field it breaks.
  const icc = index('icc');
  const wa = index('welcoming-america');
  const bad: [string, (d: Json) => void, string][] = [
    ['a score of 4', (d) => { d.networks[icc].scores.d2 = { value: 4, status: 'stated', source: [{ doc: 'S0', lines: '641' }] }; }, `networks.${icc}.scores.d2.value`],
    ['a score of 1.5', (d) => { d.networks[icc].scores.d1.value = 1.5; }, `networks.${icc}.scores.d1.value`],
    ['a negative score', (d) => { d.networks[icc].scores.d1.value = -1; }, `networks.${icc}.scores.d1.value`],
    ['a duplicate id', (d) => { d.networks[wa].id = 'icc'; }, `networks.${Math.max(icc, wa)}.id`],
    ['a missing name', (d) => { delete d.networks[0].name; }, 'networks.0.name'],
    ['an id that is not kebab-case', (d) => { d.networks[0].id = 'Euro Cities'; }, 'networks.0.id'],
    ['unknown with a value of 0', (d) => { d.networks[0].scores.d2 = { value: 0, status: 'unknown', source: [] }; }, 'networks.0.scores.d2.value'],
    ['a stated null', (d) => { d.networks[0].attributes.funding.status = 'stated'; }, 'networks.0.attributes.funding.value'],
    ['a score without a source', (d) => { d.networks[icc].scores.d1.source = []; }, `networks.${icc}.scores.d1.source`],
    ['a disputed value with one reading', (d) => { d.networks[wa].attributes.members.readings.length = 1; }, `networks.${wa}.attributes.members.readings`],
    ['a disputed value that is none of its readings', (d) => { d.networks[wa].attributes.members.value = 80; }, `networks.${wa}.attributes.members.value`],
    ['an unknown dimension', (d) => { d.networks[icc].scores.d10 = { value: null, status: 'unknown', source: [] }; }, `networks.${icc}.scores.d10`],
    ['an unknown attribute', (d) => { d.networks[icc].attributes.colour = { value: 'blue', status: 'stated', source: [{ doc: 'S0', lines: '1' }] }; }, `networks.${icc}.attributes.colour`],
    ['an unknown document', (d) => { d.networks[icc].scores.d1.source[0].doc = 'S9'; }, `networks.${icc}.scores.d1.source.0.doc`],
    ['bad line numbers', (d) => { d.networks[icc].scores.d1.source[0].lines = 'l. 5'; }, `networks.${icc}.scores.d1.source.0.lines`],
    ['an unknown status', (d) => { d.networks[icc].scores.d1.status = 'conflict'; }, `networks.${icc}.scores.d1.status`],
    ['a leadership outside the vocabulary', (d) => { d.networks[icc].leadership = 'mayors'; }, `networks.${icc}.leadership`],
    ['a parent that does not exist', (d) => { d.networks[icc].parent = 'nowhere'; }, `networks.${icc}.parent`],
    ['three anchors', (d) => { d.dimensions[0].anchors.pop(); }, 'dimensions.0.anchors'],
    ['a duplicate dimension', (d) => { d.dimensions[1].id = 'd1'; }, 'dimensions.1.id'],
    ['a founding year as text', (d) => { d.networks[0].founded = '1986'; }, 'networks.0.founded'],
    ['a typology value outside its facet', (d) => { d.networks[0].typology.origin.value = 'sideways'; }, 'networks.0.typology.origin.value'],
    ['an unknown typology facet', (d) => { d.networks[0].typology.colour = { value: 'blue', status: 'stated', source: [{ doc: 'S1', lines: '101' }] }; }, 'networks.0.typology.colour'],
    ['a typology class without a source', (d) => { d.networks[0].typology.specialism.source = []; }, 'networks.0.typology.specialism.source'],
    ['a typology reading outside its facet', (d) => { d.networks[index('communes-hospitalieres')].typology.permanence.readings[1].value = 'forever'; }, `networks.${index('communes-hospitalieres')}.typology.permanence.value`],
    ['a rule mapping to no value of its facet', (d) => { d.typology[0].rule.map.generalist = 'general'; }, 'typology.0.rule.map.generalist'],
    ['a rule reading an unknown dimension', (d) => { d.typology[4].rule.id = 'd12'; }, 'typology.4.rule.id'],
    ['rules reading each other in a cycle', (d) => { d.typology[3].rule = { ...d.typology[1].rule, id: 'formation', map: { 'ex-post': 'temporary' } }; }, 'typology.1.rule.id'],
  ];
  for (const [what, change, path] of bad) {
    it(`refuses ${what} at ${path}`, () => {
      const result = Networks.safeParse(mutated(change));
      expect(result.success).to.equal(false);
      expect(paths(result)).to.include(path);
    });
  }
});
