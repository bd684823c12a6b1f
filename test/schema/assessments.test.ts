import { expect } from '@open-wc/testing';
import diplomacy from '../../data/diplomacy-capacity.json';
import talent from '../../data/talent-governance.json';
import branding from '../../data/branding-checklist.json';
import { validate } from '../../src/core/check.js';
import { ChecklistDefinition } from '../../src/schema/checklist.js';

const ok = (d: unknown) => {
  const r = validate(ChecklistDefinition, d);
  expect(r.ok, r.ok ? '' : JSON.stringify(r.problem)).to.equal(true);
};

describe('data/diplomacy-capacity.json', () => {
  it('parses', () => ok(diplomacy));
  it('cites seed 004 for every question, figure and output', () => {
    const docs = new Set<string>();
    JSON.stringify(diplomacy, (k, v) => {
      if (k === 'doc') docs.add(v);
      return v;
    });
    expect([...docs]).to.deep.equal(['004_c38490fdc1cc44ba.txt']);
  });
  it('states only figures the report’s text gives, each with its line', () => {
    // Checked against the seed with `sed -n Np`: 135 (86, 93, 40, 38), 164 ("more than half … not
    // received training"; 26 cities), 174 (no type above 15 percent), 141 ("Half" stand-alone, 19
    // nested), 196 (14 regularly scheduled), 162 (55 tracking), 185 ("half"; 28; 22), 335 ("half").
    const figures = diplomacy.sections.flatMap((s) => s.questions.filter((q) => 'figure' in q).map((q: any) => [q.id, q.figure.value, q.figure.unit, q.figure.qualifier, q.figure.source.lines]));
    expect(figures).to.deep.equal([
      ['office', 86, '%', 'exact', '135'],
      ['senior-manager', 93, '%', 'exact', '135'],
      ['travel-budget', 40, '%', 'exact', '135'],
      ['events-budget', 38, '%', 'exact', '135'],
      ['training', 50, '%', 'more-than', '164'],
      ['formal-training', 15, '%', 'at-most', '174'],
      ['strategy', 50, '%', 'about', '141'],
      ['national-coordination', 14, '%', 'exact', '196'],
      ['sdg-tracking', 55, '%', 'exact', '162, 164'],
      ['sdg-publishing', 26, 'cities', 'exact', '164'],
      ['residents', 50, '%', 'about', '185'],
      ['authority', 50, '%', 'about', '335'],
    ]);
  });
  it('labels every rule of its own as ours', () => {
    expect(diplomacy.scoring.origin).to.equal('ours');
    expect(diplomacy.outputs.stages.origin).to.equal('ours');
    expect(diplomacy.outputs.stages.note).to.match(/ours/);
  });
  it('has the four stages, every question scored (authority too) and a 3 × 3 matrix with four undescribed cells', () => {
    expect(diplomacy.outputs.stages.levels.map((l) => l.label)).to.deep.equal(['Ad hoc', 'Started', 'Resourced and professionalised', 'Institutionalised']);
    expect(diplomacy.sections.flatMap((s) => s.questions.filter((q: any) => q.scored === false).map((q) => q.id))).to.deep.equal([]);
    const m = diplomacy.outputs.matrix;
    expect(m.cells).to.have.length(9);
    expect(m.cells.filter((c) => !('descriptor' in c)).map((c) => `${c.row}-${c.col}`)).to.deep.equal([
      'organisational-operational',
      'organisational-political',
      'systemic-operational',
      'systemic-political',
    ]);
  });
});

describe('data/talent-governance.json', () => {
  it('parses', () => ok(talent));
  it('cites seed 003, chapter 9 (lines 990–1068), everywhere', () => {
    const lines: number[] = [];
    JSON.stringify(talent, (k, v) => {
      if (k === 'doc') expect(v).to.equal('003_f06100b1c3bff890.txt');
      if (k === 'lines' && typeof v === 'string') lines.push(...v.split(/[-,]\s*/).map(Number));
      return v;
    });
    expect(Math.min(...lines)).to.be.at.least(990);
    expect(Math.max(...lines)).to.be.at.most(1068);
  });
  it('has every number of the case facts on its cited line', () => {
    // Checked with `sed -n Np` on seed 003: 1019 (2016), 1011 (2014, 2018), 1021 (2016, 29),
    // 1038 (100,000; 2016-2019; 50,000; 200), 1042 (2023), 1001 (2003, 600).
    const facts = talent.outputs.placement.cases.flatMap((c) => c.facts.map((f) => [f.source.lines, (f.text.match(/\d+(?:,\d{3})*/g) ?? []).join(' ')]));
    expect(facts.filter(([, n]) => n)).to.deep.equal([
      ['1019', '2016'],
      ['1011', '2014'],
      ['1021', '2016 29'],
      ['1038', '100,000 2016 2019 50,000 200'],
      ['1011', '2018'],
      ['1042', '2023'],
      ['1001', '2003 600'],
    ]);
  });
  it('covers the three domains and the six key challenges', () => {
    expect(talent.sections.slice(0, 3).map((s) => s.title)).to.deep.equal(['Attraction', 'Facilitation', 'Integration']);
    expect(talent.outputs.challenges.items.map((c) => c.source.lines)).to.deep.equal(['1048', '1058', '1062', '1064', '1066', '1068']);
    expect(talent.outputs.placement.bands.map((b) => b.label)).to.deep.equal(['Lighter co-ordination', 'In between', 'Strategic co-ordination']);
    expect(talent.outputs.placement.origin).to.equal('ours');
  });
});

describe('ChecklistDefinition outputs refuse bad references at the path', () => {
  const rows: [string, () => Record<string, any>, (d: Record<string, any>) => void, string][] = [
    ['a pillar naming no question', () => structuredClone(diplomacy), (d) => (d.outputs.pillars.items[1].items[0].question = 'ghost'), 'outputs.pillars.items[1].items[0].question'],
    ['a stage naming no pillar', () => structuredClone(diplomacy), (d) => (d.outputs.stages.levels[2].requires[1].pillar = 'ghost'), 'outputs.stages.levels[2].requires[1].pillar'],
    ['a first stage with a requirement', () => structuredClone(diplomacy), (d) => (d.outputs.stages.levels[0].requires = [{ pillar: 'started', min: 1 }]), 'outputs.stages.levels[0].requires'],
    ['a minimum above 100', () => structuredClone(diplomacy), (d) => (d.outputs.stages.levels[1].requires[0].min = 150), 'outputs.stages.levels[1].requires[0].min'],
    ['stages not labelled ours', () => structuredClone(diplomacy), (d) => (d.outputs.stages.origin = 'report'), 'outputs.stages.origin'],
    ['a missing matrix cell', () => structuredClone(diplomacy), (d) => d.outputs.matrix.cells.pop(), 'outputs.matrix.cells'],
    ['a matrix cell in an unknown column', () => structuredClone(diplomacy), (d) => (d.outputs.matrix.cells[4].col = 'moral'), 'outputs.matrix.cells[4].col'],
    ['a figure with an unknown unit', () => structuredClone(diplomacy), (d) => (d.sections[0].questions[0].figure.unit = 'cats'), 'sections[0].questions[0].figure.unit'],
    ['a figure without its source', () => structuredClone(diplomacy), (d) => delete d.sections[0].questions[0].figure.source, 'sections[0].questions[0].figure.source'],
    ['a flag on no question', () => structuredClone(diplomacy), (d) => (d.outputs.flags[0].question = 'ghost'), 'outputs.flags[0].question'],
    ['bands out of order', () => structuredClone(talent), (d) => (d.outputs.placement.bands[2].min = 30), 'outputs.placement.bands[2].min'],
    ['a case in no band', () => structuredClone(talent), (d) => (d.outputs.placement.cases[3].band = 'medium'), 'outputs.placement.cases[3].band'],
    ['a step naming no question', () => structuredClone(talent), (d) => (d.outputs.steps.items[1].question = 'ghost'), 'outputs.steps.items[1].question'],
    ['a challenge naming no question', () => structuredClone(talent), (d) => (d.outputs.challenges.items[5].question = 'ghost'), 'outputs.challenges.items[5].question'],
    ['an unknown output', () => structuredClone(talent), (d) => (d.outputs.radar = {}), 'outputs.radar'],
  ];
  for (const [name, base, mutate, path] of rows) {
    it(name, () => {
      const d = base();
      mutate(d);
      const r = validate(ChecklistDefinition, d);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problem.path).to.equal(path);
    });
  }
  it('keeps the branding definition valid unchanged, with no outputs', () => {
    ok(branding);
    expect('outputs' in branding).to.equal(false);
  });
});
