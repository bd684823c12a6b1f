import { expect } from '@open-wc/testing';
import data from '../../data/capitals.json';
import { CAPITAL_IDS, Capitals, MAX_PROFILES, Profiles } from '../../src/schema/capitals.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

type Json = Record<string, any>;
const mutated = (change: (d: Json) => void): Json => {
  const copy = structuredClone(data) as Json;
  change(copy);
  return copy;
};

describe('Capitals schema and data/capitals.json', () => {
  const parsed = Capitals.safeParse(data);
  const dataset = parsed.data!;

  it('parses the bundled dataset', () => {
    expect(paths(parsed)).to.deep.equal([]);
    expect(parsed.success).to.equal(true);
  });

  it('has the six capitals in axis order with their names', () => {
    expect(dataset.capitals.map((c) => c.id)).to.deep.equal([...CAPITAL_IDS]);
    expect(dataset.capitals.map((c) => c.name)).to.deep.equal([
      'Economic', 'Social', 'Information', 'Cultural', 'Psychological', 'Language',
    ]);
    const psychological = dataset.capitals.find((c) => c.id === 'psychological')!;
    expect(psychological.components).to.deep.equal(['self-efficacy', 'hope', 'optimism', 'resilience']);
    for (const c of dataset.capitals) expect(c.source.doc).to.equal('003_f06100b1c3bff890.txt');
  });

  // Table 8.1, seed 003 lines 954–973, verbatim (with the book's curly apostrophes).
  const table: [string, string, string, number, string?][] = [
    ['soc-1', 'social', 'I met people who could be interesting in helping to find a job.', 72.0],
    ['inf-1', 'information', 'I know where to find vacancies for the job I\u2019m aiming at.', 88.9],
    ['inf-2', 'information', 'I am more able to write a CV.', 83.3],
    ['inf-3', 'information', 'I am more able to write a cover letter.', 83.3],
    ['inf-4', 'information', 'I have more insight into sectors and the Belgian labour market.', 94.3],
    ['inf-5', 'information', 'I have more insight into the job demands I\u2019m aiming at and the match with my competences.', 97.2],
    ['cul-1', 'cultural', 'I have more insight into work floor culture.', 70],
    ['cul-2', 'cultural', 'I have more insight into how the work floor culture differs from my home country.', 80],
    ['lan-1', 'language', 'I am more able to conduct a job interview in Dutch.', 72.0],
    ['lan-2', 'language', 'I have improved general knowledge of Dutch.', 66.7],
    ['psy-1', 'psychological', 'I have more confidence in my capabilities on the labour market (self-efficacy).', 80.6, 'self-efficacy'],
    ['psy-2', 'psychological', 'I have more confidence in finding a job that fits me (self-efficacy).', 86.1, 'self-efficacy'],
    ['psy-3', 'psychological', 'I am more determined to reach my goals (hope).', 91.7, 'hope'],
    ['psy-4', 'psychological', 'I see more alternatives/solutions when I\u2019m encountering obstacles in my way to work (hope).', 77.8, 'hope'],
    ['psy-5', 'psychological', 'I can persist longer in my search for a job (resilience).', 91.7, 'resilience'],
    ['psy-6', 'psychological', 'I feel I am more able to deal with setbacks in my search for a job (resilience).', 83.3, 'resilience'],
  ];

  it('holds exactly the 16 statements of Table 8.1', () => {
    const fromTable = dataset.statements.filter((s) => s.origin === 'table-8.1');
    expect(fromTable.map((s) => s.id)).to.deep.equal(table.map((row) => row[0]));
  });

  for (const [id, capitalId, text, pct, component] of table) {
    it(`${id}: verbatim text and ${pct}% agreeing`, () => {
      const s = dataset.statements.find((x) => x.id === id)!;
      expect(s.capitalId).to.equal(capitalId);
      expect(s.text).to.equal(text);
      expect(s.agreePct).to.equal(pct);
      expect(s.benchmark).to.equal('survey');
      expect(s.source.table).to.equal('8.1');
      expect(s.component).to.equal(component);
    });
  }

  it('marks our statements (economic, optimism) as ours with no benchmark', () => {
    const ours = dataset.statements.filter((s) => s.origin === 'ours');
    expect(ours.map((s) => [s.id, s.capitalId, s.component ?? null])).to.deep.equal([
      ['eco-1', 'economic', null],
      ['eco-2', 'economic', null],
      ['psy-7', 'psychological', 'optimism'],
      ['psy-8', 'psychological', 'optimism'],
    ]);
    for (const s of ours) {
      expect(s.agreePct).to.equal(null);
      expect(s.benchmark).to.equal('none');
      expect(s.note).to.match(/^Ours/);
    }
  });

  it('counts statements per capital', () => {
    const count = (id: string) => dataset.statements.filter((s) => s.capitalId === id).length;
    expect(CAPITAL_IDS.map(count)).to.deep.equal([2, 1, 5, 2, 8, 2]);
  });

  it('describes the survey: Flemish PES, October 2021, 18 months in, 36 of 85', () => {
    expect(dataset.source.date).to.equal('2021-10');
    expect(dataset.source.invited).to.equal(85);
    expect(dataset.source.respondents).to.equal(36);
    expect(dataset.source.timing).to.contain('18 months');
    expect(dataset.source.name).to.contain('Flemish public employment service');
    expect(dataset.source.source.lines).to.equal('946, 951-975');
    expect(dataset.scoringNote.origin).to.equal('ours');
  });

  it('keeps the second survey (Bagnoli, Estache & Fourati 2022, n = 113) apart', () => {
    expect(dataset.secondarySource?.respondents).to.equal(113);
    expect(dataset.secondaryBenchmarks?.map((b) => [b.capitalId, b.pct])).to.deep.equal([
      ['social', 64],
      ['information', 70],
      ['psychological', 99],
    ]);
  });

  it('records the source\u2019s inconsistencies, such as 94.3 vs 94.4%', () => {
    const note = dataset.notes?.find((n) => n.id === 'pct-94');
    expect(note?.kind).to.equal('inconsistency');
    expect(note?.text).to.contain('94.3').and.to.contain('94.4%');
    expect(dataset.notes?.filter((n) => n.kind === 'inconsistency').length).to.equal(5);
  });

  const bad: [string, (d: Json) => void, string][] = [
    ['an unknown capital id', (d) => { d.statements[4].capitalId = 'financial'; }, 'statements.4.capitalId'],
    ['a capital missing from the dataset', (d) => { d.capitals.splice(0, 1); }, 'statements.0.capitalId'],
    ['a percentage above 100', (d) => { d.statements[4].agreePct = 100.1; }, 'statements.4.agreePct'],
    ['a negative percentage', (d) => { d.statements[4].agreePct = -1; }, 'statements.4.agreePct'],
    ['a percentage as text', (d) => { d.statements[4].agreePct = '88.9'; }, 'statements.4.agreePct'],
    ['a surveyed statement without a percentage', (d) => { d.statements[3].agreePct = null; }, 'statements.3.agreePct'],
    ['our statement with a percentage', (d) => { d.statements[0].agreePct = 50; }, 'statements.0.agreePct'],
    ['our statement claiming a survey benchmark', (d) => { d.statements[0].benchmark = 'survey'; }, 'statements.0.benchmark'],
    ['a duplicate statement id', (d) => { d.statements[5].id = d.statements[4].id; }, 'statements.5.id'],
    ['a duplicate capital id', (d) => { d.capitals[2].id = 'social'; }, 'capitals.2.id'],
    ['a misspelt field', (d) => { d.statements[3].agreepct = 1; }, 'statements.3'],
    ['more respondents than invited', (d) => { d.source.respondents = 86; }, 'source.respondents'],
    ['a secondary figure above 100', (d) => { d.secondaryBenchmarks[1].pct = 170; }, 'secondaryBenchmarks.1.pct'],
    ['a bad line reference', (d) => { d.statements[2].source.lines = 'L954'; }, 'statements.2.source.lines'],
    ['an unknown note kind', (d) => { d.notes[0].kind = 'typo'; }, 'notes.0.kind'],
  ];
  for (const [what, change, path] of bad) {
    it(`refuses ${what} at ${path}`, () => {
      const result = Capitals.safeParse(mutated(change));
      expect(result.success).to.equal(false);
      expect(paths(result)).to.include(path);
    });
  }
});

describe('Profiles schema', () => {
  const good = [
    { id: 'before', name: 'Before mentoring', date: '2024-01-15', answers: { 'soc-1': 'agree', 'inf-1': 'not-sure' } },
    { id: 'after-6', name: 'After 6 months', values: { social: 80, economic: null } },
    { id: 'blank', name: 'Not started', answers: {} },
  ];

  it('accepts profiles given as answers or as values', () => {
    expect(paths(Profiles.safeParse(good))).to.deep.equal([]);
  });

  it(`accepts up to ${MAX_PROFILES} profiles and no more`, () => {
    const many = Array.from({ length: MAX_PROFILES + 1 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, answers: {} }));
    expect(Profiles.safeParse(many.slice(0, MAX_PROFILES)).success).to.equal(true);
    expect(Profiles.safeParse(many).success).to.equal(false);
  });

  const bad: [string, unknown, string][] = [
    ['both answers and values', [{ id: 'a', name: 'A', answers: {}, values: {} }], '0.values'],
    ['neither answers nor values', [{ id: 'a', name: 'A' }], '0.answers'],
    ['a value above 100', [{ id: 'a', name: 'A', values: { social: 101 } }], '0.values.social'],
    ['an unknown capital in values', [{ id: 'a', name: 'A', values: { financial: 50 } }], '0.values'],
    ['an unknown answer', [{ id: 'a', name: 'A', answers: { 'soc-1': 'yes' } }], '0.answers.soc-1'],
    ['an impossible date', [{ id: 'a', name: 'A', date: '2024-13-01', answers: {} }], '0.date'],
    ['an empty name', [{ id: 'a', name: '', answers: {} }], '0.name'],
    ['a duplicate id', [good[0], { ...good[1], id: 'before' }], '1.id'],
  ];
  for (const [what, input, path] of bad) {
    it(`refuses ${what} at ${path}`, () => {
      const result = Profiles.safeParse(input);
      expect(result.success).to.equal(false);
      expect(paths(result)).to.include(path);
    });
  }
});
