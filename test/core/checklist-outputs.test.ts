import { expect } from '@open-wc/testing';
import diplomacy from '../../data/diplomacy-capacity.json';
import talent from '../../data/talent-governance.json';
import branding from '../../data/branding-checklist.json';
import { overallScore, progress, sectionScores, weightedScore } from '../../src/core/checklist.js';
import { toCsv } from '../../src/core/checklist-export.js';
import { compareRows } from '../../src/widgets/checklist/outputs-part.js';
import {
  cellLevel,
  matrixOf,
  openChallenges,
  outputRows,
  pillarScores,
  placementOf,
  raisedFlags,
  stageOf,
  stepOf,
} from '../../src/core/checklist-outputs.js';
import type { Answer, Assessment, ChecklistDefinition } from '../../src/schema/checklist.js';

const dc = diplomacy as ChecklistDefinition;
const tg = talent as ChecklistDefinition;
const bc = branding as ChecklistDefinition;
const ids = (def: ChecklistDefinition) => def.sections.flatMap((s) => s.questions.map((q) => q.id));
const all = (def: ChecklistDefinition, a: Answer): Assessment['entries'] => Object.fromEntries(ids(def).map((id) => [id, { answer: a }]));
const some = (answers: Record<string, Answer>): Assessment['entries'] => Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { answer: v }]));

describe('weightedScore', () => {
  const rows: [string, Record<string, Answer>, number | null][] = [
    ['nothing answered: no score, not 0', {}, null],
    ['all Not applicable', { a: 'na', b: 'na' }, null],
    ['only the light one, No: unanswered left out', { b: 'no' }, 0],
    ['only the heavy one, Yes', { a: 'yes' }, 100],
    ['Yes on the heavy one', { a: 'yes', b: 'no' }, (2 / 3) * 100],
    ['Partly on both', { a: 'partly', b: 'partly' }, 50],
    ['Not applicable drops its weight', { a: 'na', b: 'yes' }, 100],
  ];
  for (const [name, answers, pct] of rows) {
    it(name, () => {
      const s = weightedScore([{ question: 'a', weight: 2 }, { question: 'b' }], some(answers));
      if (pct === null) expect(s.pct).to.equal(null);
      else expect(s.pct).to.be.closeTo(pct, 1e-9);
    });
  }
});

describe('authority is scored (line 341 lists it beside resources and professionalisation)', () => {
  it('counts in the Mandate section and in progress; the branding checklist is unchanged', () => {
    expect(sectionScores(dc, {}).map((s) => s.sectionId)).to.include('mandate');
    expect(overallScore(dc, some({ authority: 'yes' })).answered).to.equal(1);
    expect(progress(dc, some({ authority: 'yes' }))).to.deep.equal({ answered: 1, total: 24 });
    expect(sectionScores(bc, {}).map((s) => s.total)).to.deep.equal([5, 5, 2]);
    expect(outputRows(bc, {})).to.deep.equal([]);
  });
});

describe('stageOf (diplomacy-capacity)', () => {
  const yes = (over: Record<string, Answer>) => ({ ...all(dc, 'yes'), ...some(over) });
  const no = (over: Record<string, Answer>) => ({ ...all(dc, 'no'), ...some(over) });
  // [name, entries, stage label, decided]
  const rows: [string, Assessment['entries'], string, boolean][] = [
    ['nothing answered: undecided', {}, 'Ad hoc', false],
    ['all No', all(dc, 'no'), 'Ad hoc', true],
    ['all Not applicable: no pillar can show a stage', all(dc, 'na'), 'Ad hoc', true],
    ['all Yes', all(dc, 'yes'), 'Institutionalised', true],
    ['all Partly: professionalised at 50% is under 75%', all(dc, 'partly'), 'Started', true],
    ['an office only, the manager unanswered: provisional', some({ office: 'yes' }), 'Started', false],
    ['office and manager No: decided whatever else is unanswered', some({ office: 'no', 'senior-manager': 'no' }), 'Ad hoc', true],
    ['budgets and training but no office: stages are cumulative', no({ 'travel-budget': 'yes', 'events-budget': 'yes', training: 'yes', 'formal-training': 'yes' }), 'Ad hoc', true],
    ['informal training alone (trained Yes, formal No) does not professionalise', no({ office: 'yes', 'travel-budget': 'yes', 'events-budget': 'yes', training: 'yes' }), 'Started', true],
    ['trained and formal training at least Partly does', no({ office: 'yes', 'travel-budget': 'yes', 'events-budget': 'yes', training: 'yes', 'formal-training': 'partly' }), 'Resourced and professionalised', true],
    ['everything Yes but formal training No', yes({ 'formal-training': 'no' }), 'Started', true],
    ['institutional pillar at 9 of 11 weight (81.8%)', yes({ 'sdg-tracking': 'no', 'sdg-publishing': 'no' }), 'Institutionalised', true],
    ['institutional pillar at 8 of 11 weight (72.7%), under 75%', yes({ 'sdg-tracking': 'no', 'sdg-publishing': 'no', 'network-contribution': 'no' }), 'Resourced and professionalised', true],
    ['a strategy counts double: strategy No and residents No is 8 of 11', yes({ strategy: 'no', residents: 'no' }), 'Resourced and professionalised', true],
    ['Not applicable questions leave the pillar', yes({ 'sdg-tracking': 'na', 'sdg-publishing': 'na' }), 'Institutionalised', true],
    ['no explicit authority blocks Institutionalised', yes({ authority: 'no' }), 'Resourced and professionalised', true],
    ['partial authority is enough', yes({ authority: 'partly' }), 'Institutionalised', true],
    ['individuals above the organisation (political) block Institutionalised', yes({ 'org-political': 'no' }), 'Resourced and professionalised', true],
    ['individuals below the organisation do not', yes({ 'ind-political': 'no' }), 'Institutionalised', true],
    ['the matrix unanswered leaves Institutionalised undecided', { ...all(dc, 'yes'), 'org-political': {}, 'ind-political': {} }, 'Institutionalised', false],
  ];
  for (const [name, entries, label, decided] of rows) {
    it(`${name} → ${label}${decided ? '' : ' (provisional)'}`, () => {
      const st = stageOf(dc, entries)!;
      expect([st.label, st.decided]).to.deep.equal([label, decided]);
      if (!decided) expect(st.missing.length).to.be.greaterThan(0);
      else expect(st.missing).to.deep.equal([]);
    });
  }
  it('names what is missing: nothing answered → the office and the manager', () =>
    expect(stageOf(dc, {})!.missing).to.deep.equal(['office', 'senior-manager']));
  it('names no stage with nothing answered behind it: none in the CSV nor in a comparison', () => {
    expect(stageOf(dc, {})!.answered).to.equal(false);
    expect(stageOf(dc, some({ office: 'no' }))!.answered).to.equal(true);
    expect(outputRows(dc, {}).find((r) => r[0] === 'stage')![2]).to.equal('');
    expect(outputRows(dc, some({ office: 'no' })).find((r) => r[0] === 'stage')![2]).to.equal('provisional: Ad hoc');
    const blank = { id: 'b', name: 'B', createdAt: 1, updatedAt: 1, entries: {} };
    const started = { ...blank, id: 's', entries: some({ office: 'no' }) };
    const row = compareRows(dc, started, blank, { text: (_id, fallback) => fallback, provisional: 'provisional' }).find((r) => r.label === dc.outputs!.stages!.title)!;
    expect([row.a, row.b]).to.deep.equal(['Ad hoc (provisional)', '—']);
  });
  it('gives pillar scores with weights, unanswered pillars without a score', () => {
    const p = pillarScores(dc, some({ strategy: 'yes', protocols: 'partly' }));
    expect(p.map((x) => [x.id, x.pct])).to.deep.equal([
      ['started', null],
      ['resourced', null],
      ['professionalised', null],
      ['institutionalised', ((2 + 1) / 4) * 100],
      ['authority', null],
    ]);
  });
  it('is null for a definition without stages', () => expect(stageOf(bc, {})).to.equal(null));
});

describe('raisedFlags', () => {
  const rows: [Answer | undefined, string[]][] = [
    [undefined, []],
    ['yes', []],
    ['na', []],
    ['partly', ['lack-of-authority']],
    ['no', ['lack-of-authority']],
  ];
  for (const [a, out] of rows) {
    it(`authority ${a ?? 'unanswered'} → ${JSON.stringify(out)}`, () =>
      expect(raisedFlags(dc, a ? some({ authority: a }) : {}).map((f) => f.id)).to.deep.equal(out));
  }
});

describe('matrixOf', () => {
  it('rates each cell; unanswered is unrated, not zero', () => {
    const m = matrixOf(dc, some({ 'ind-analytical': 'yes', 'org-analytical': 'partly', 'sys-analytical': 'no', 'ind-political': 'na' }))!;
    expect(m.cells.map((r) => r.map((c) => c.level))).to.deep.equal([
      [2, null, 'na'],
      [1, null, null],
      [0, null, null],
    ]);
    expect(m.cells.flat().filter((c) => !c.described).map((c) => `${c.row}-${c.col}`)).to.deep.equal([
      'organisational-operational',
      'organisational-political',
      'systemic-operational',
      'systemic-political',
    ]);
  });
  // [individual, organisational] per column → warned columns
  const rows: [string, Record<string, Answer>, string[]][] = [
    ['nothing rated', {}, []],
    ['individual rated, organisational not: no comparison', { 'ind-political': 'yes' }, []],
    ['individual Yes over organisational No', { 'ind-political': 'yes', 'org-political': 'no' }, ['political']],
    ['equal ratings do not warn', { 'ind-operational': 'partly', 'org-operational': 'partly' }, []],
    ['organisational above individual does not warn', { 'ind-analytical': 'no', 'org-analytical': 'yes' }, []],
    ['Not applicable organisational: no comparison', { 'ind-analytical': 'yes', 'org-analytical': 'na' }, []],
    [
      'several columns',
      { 'ind-analytical': 'yes', 'org-analytical': 'partly', 'ind-operational': 'partly', 'org-operational': 'no', 'ind-political': 'no', 'org-political': 'no' },
      ['analytical', 'operational'],
    ],
  ];
  for (const [name, answers, warned] of rows) {
    it(`${name} → ${JSON.stringify(warned)}`, () => expect(matrixOf(dc, some(answers))!.warnings).to.deep.equal(warned));
  }
  it('cellLevel edges', () => {
    expect(cellLevel({ points: 0, applicable: 0, answered: 0, rests: 0, total: 1, pct: 0 })).to.equal(null);
    expect(cellLevel({ points: 0, applicable: 0, answered: 1, rests: 0, total: 1, pct: null })).to.equal('na');
    expect(cellLevel({ points: 1, applicable: 4, answered: 4, rests: 4, total: 4, pct: 25 })).to.equal(1);
  });
});

describe('placementOf (talent-governance)', () => {
  const domain = ['attraction-marketing', 'attraction-targets', 'facilitation-desk', 'facilitation-information', 'integration-joint', 'integration-labour-market'];
  const domainsYes = Object.fromEntries(domain.map((d) => [d, 'yes'])) as Record<string, Answer>;
  // Placement weights: strategy 3, comprehensive 3, top-level 2, priorities 2, funding 2, vision 1, regional 1, roles 1 = 15.
  const rows: [string, Assessment['entries'], string | null, number | null, boolean][] = [
    ['nothing answered: no placement', {}, null, null, false],
    ['all No', all(tg, 'no'), 'lighter', 0, true],
    ['all Yes', all(tg, 'yes'), 'strategic', 100, true],
    ['all Partly', all(tg, 'partly'), 'between', 50, true],
    ['all Not applicable', all(tg, 'na'), null, null, false],
    ['the activities alone do not move it', { ...all(tg, 'no'), ...some(domainsYes) }, 'lighter', 0, true],
    ['activities all No do not hold a strategic city back', { ...all(tg, 'yes'), ...some(Object.fromEntries(domain.map((d) => [d, 'no']))) }, 'strategic', 100, true],
    ['no wider strategy: at most In between, however high the score', { ...all(tg, 'yes'), ...some({ 'model-strategy': 'no' }) }, 'between', (12 / 15) * 100, true],
    ['not comprehensive: at most In between', { ...all(tg, 'yes'), ...some({ 'model-comprehensive': 'partly' }) }, 'between', (13.5 / 15) * 100, true],
    ['embedded and comprehensive, nothing else: 6 of 15', { ...all(tg, 'no'), ...some({ 'model-strategy': 'yes', 'model-comprehensive': 'yes' }) }, 'between', 40, true],
    ['embedded and comprehensive, the rest unanswered: provisional', some({ 'model-strategy': 'yes', 'model-comprehensive': 'yes' }), 'strategic', 100, false],
    ['the hourglass and most challenges do not move it', { ...all(tg, 'no'), ...some({ 'common-ground': 'yes', 'hourglass-go-big': 'yes' }) }, 'lighter', 0, true],
  ];
  for (const [name, entries, band, pct, decided] of rows) {
    it(`${name} → ${band}${decided ? '' : ' (provisional)'}`, () => {
      const p = placementOf(tg, entries)!;
      expect(p.band?.id ?? null).to.equal(band);
      expect(p.decided).to.equal(decided);
      if (pct === null) expect(p.pct).to.equal(null);
      else expect(p.pct).to.be.closeTo(pct, 1e-9);
    });
  }
  it('leaves the activity questions out of the placement', () => {
    const items = tg.outputs!.placement!.items.map((w) => w.question);
    for (const d of domain) expect(items).to.not.include(d);
  });
  it('keeps the book’s cases where the book puts them', () => {
    const cases = tg.outputs!.placement!.cases.map((c) => [c.name, c.band]);
    expect(cases).to.deep.equal([
      ['Groningen', 'strategic'],
      ['Leuven', 'strategic'],
      ['Magdeburg', 'lighter'],
      ['Parma', 'lighter'],
    ]);
  });
});

describe('stepOf (the hourglass)', () => {
  const rows: [[Answer?, Answer?, Answer?], number | null, string | null, boolean][] = [
    [[], -1, 'Not started', false],
    [['no'], -1, 'Not started', false],
    [['partly'], 0, 'Go big', false],
    [['yes'], 0, 'Go big', true],
    [['yes', 'no', 'yes'], 0, 'Go big', true],
    [['yes', 'partly'], 1, 'Slim down', false],
    [['yes', 'yes'], 1, 'Slim down', true],
    [['yes', 'yes', 'partly'], 2, 'Go big again', false],
    [['yes', 'yes', 'yes'], 2, 'Go big again', true],
    [['na', 'yes'], 1, 'Slim down', true],
    [['na', 'na', 'na'], null, null, false],
  ];
  for (const [answers, index, label, done] of rows) {
    it(`${JSON.stringify(answers)} → ${label}`, () => {
      const e = some(
        Object.fromEntries(
          answers.flatMap((a, i) => (a ? [[['hourglass-go-big', 'hourglass-slim-down', 'hourglass-go-big-again'][i]!, a]] : [])),
        ),
      );
      expect(stepOf(tg, e)).to.deep.equal({ index, label, done });
    });
  }
});

describe('openChallenges', () => {
  it('lists the challenges not answered Yes or Not applicable, in order', () => {
    const open = openChallenges(tg, some({ 'common-ground': 'yes', roles: 'partly', 'long-term-funding': 'na', 'integration-policy-links': 'no' }));
    expect(open.map((c) => [c.question, c.answer])).to.deep.equal([
      ['mode-of-collaboration', undefined],
      ['involving-internationals', undefined],
      ['roles', 'partly'],
      ['integration-policy-links', 'no'],
    ]);
  });
  it('is empty when every challenge is done', () => expect(openChallenges(tg, all(tg, 'yes'))).to.deep.equal([]));
});

describe('outputRows and the CSV', () => {
  it('adds the stage, flags, matrix and warnings to the diplomacy CSV', () => {
    const a: Assessment = { id: 'x', name: 'Leuven', createdAt: 0, updatedAt: 0, entries: some({ office: 'yes', authority: 'no', 'ind-political': 'yes', 'org-political': 'no' }) };
    const csv = toCsv(dc, a, outputRows(dc, a.entries));
    expect(csv).to.contain('Leuven,,stage,Stage,,provisional: Started,,,\r\n');
    expect(csv).to.contain('Leuven,Budget,travel-budget,Is there money set aside for staff to travel internationally?,,,,,\r\n');
    expect(csv).to.contain('Leuven,,flag:lack-of-authority,Lack of explicit authority,,raised,,,\r\n');
    expect(csv).to.contain('Leuven,,warning:political,Capacity depends on individuals,,Political,,,\r\n');
    expect(csv).to.contain('Leuven,,matrix:systemic-political,Systemic / Political (%),,not rated,,,\r\n');
    expect(csv).to.contain('Leuven,Mandate,authority,');
    expect(csv.split('\r\n').find((l) => l.includes(',authority,'))).to.match(/,no,0,,,$/);
  });
  it('adds the placement, the hourglass stage and the open challenges to the talent CSV', () => {
    const rows = outputRows(tg, all(tg, 'yes'));
    expect(rows).to.deep.equal([
      ['placement-score', 'Co-ordination model (%)', 100],
      ['placement', 'Co-ordination model', 'Strategic co-ordination'],
      ['step', 'Stage of the hourglass', 'Go big again'],
    ]);
  });
});
