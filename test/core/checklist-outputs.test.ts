import { expect } from '@open-wc/testing';
import diplomacy from '../../data/diplomacy-capacity.json';
import talent from '../../data/talent-governance.json';
import branding from '../../data/branding-checklist.json';
import { overallScore, progress, sectionScores, toCsv, weightedScore } from '../../src/core/checklist.js';
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
    ['nothing answered', {}, 0],
    ['all Not applicable', { a: 'na', b: 'na' }, null],
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

describe('unscored questions', () => {
  it('leave the section and overall scores and the open points, but count in progress', () => {
    expect(sectionScores(dc, {}).map((s) => s.sectionId)).to.not.include('mandate');
    expect(overallScore(dc, some({ authority: 'yes' })).answered).to.equal(0);
    expect(progress(dc, some({ authority: 'yes' }))).to.deep.equal({ answered: 1, total: 24 });
  });
  it('leave the branding checklist as it was', () => {
    expect(sectionScores(bc, {}).map((s) => s.total)).to.deep.equal([5, 5, 2]);
    expect(outputRows(bc, {})).to.deep.equal([]);
  });
});

describe('stageOf (diplomacy-capacity)', () => {
  // [name, entries, stage label]
  const rows: [string, Assessment['entries'], string][] = [
    ['nothing answered', {}, 'Ad hoc'],
    ['all No', all(dc, 'no'), 'Ad hoc'],
    ['all Not applicable: no pillar can show a stage', all(dc, 'na'), 'Ad hoc'],
    ['all Partly: every pillar at 50%, Institutionalised below 75%', all(dc, 'partly'), 'Resourced and professionalised'],
    ['all Yes', all(dc, 'yes'), 'Institutionalised'],
    ['an office only', some({ office: 'yes' }), 'Started'],
    ['both office and manager Partly', some({ office: 'partly', 'senior-manager': 'partly' }), 'Started'],
    ['budgets and training but no office: stages are cumulative', some({ 'travel-budget': 'yes', 'events-budget': 'yes', training: 'yes', 'formal-training': 'yes' }), 'Ad hoc'],
    ['office, one budget, training', some({ office: 'yes', 'travel-budget': 'yes', training: 'yes' }), 'Resourced and professionalised'],
    ['everything Yes but formal training No and training Partly', { ...all(dc, 'yes'), ...some({ training: 'partly', 'formal-training': 'no' }) }, 'Started'],
    ['institutional pillar at 9 of 11 weight (81.8%)', { ...all(dc, 'yes'), ...some({ 'sdg-tracking': 'no', 'sdg-publishing': 'no' }) }, 'Institutionalised'],
    [
      'institutional pillar at 8 of 11 weight (72.7%), under 75%',
      { ...all(dc, 'yes'), ...some({ 'sdg-tracking': 'no', 'sdg-publishing': 'no', 'network-contribution': 'no' }) },
      'Resourced and professionalised',
    ],
    ['a strategy counts double: strategy No and residents No is 8 of 11', { ...all(dc, 'yes'), ...some({ strategy: 'no', residents: 'no' }) }, 'Resourced and professionalised'],
    ['strategy Partly and residents No is 9 of 11', { ...all(dc, 'yes'), ...some({ strategy: 'partly', residents: 'no' }) }, 'Institutionalised'],
    [
      'Not applicable questions leave the pillar (SDG questions n/a, rest Yes)',
      { ...all(dc, 'yes'), ...some({ 'sdg-tracking': 'na', 'sdg-publishing': 'na' }) },
      'Institutionalised',
    ],
    ['the authority answer never changes the stage', { ...all(dc, 'yes'), ...some({ authority: 'no' }) }, 'Institutionalised'],
  ];
  for (const [name, entries, label] of rows) {
    it(`${name} → ${label}`, () => expect(stageOf(dc, entries)!.label).to.equal(label));
  }
  it('gives pillar scores with weights', () => {
    const p = pillarScores(dc, some({ strategy: 'yes', protocols: 'partly' }));
    expect(p.map((x) => [x.id, x.pct])).to.deep.equal([
      ['started', 0],
      ['resourced', 0],
      ['professionalised', 0],
      ['institutionalised', ((2 + 1) / 11) * 100],
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
  const rows: [string, Assessment['entries'], string | null, number | null][] = [
    ['nothing answered', {}, 'lighter', 0],
    ['all No', all(tg, 'no'), 'lighter', 0],
    ['all Yes', all(tg, 'yes'), 'strategic', 100],
    ['all Partly', all(tg, 'partly'), 'between', 50],
    ['all Not applicable', all(tg, 'na'), null, null],
    ['domains only: 6 of 17', some(Object.fromEntries(domain.map((d) => [d, 'yes']))), 'lighter', (6 / 17) * 100],
    ['domains and a wider strategy: 8 of 17', some({ ...Object.fromEntries(domain.map((d) => [d, 'yes'])), 'model-strategy': 'yes' }), 'between', (8 / 17) * 100],
    [
      'everything but the domains: 11 of 17',
      { ...all(tg, 'yes'), ...some(Object.fromEntries(domain.map((d) => [d, 'no']))) },
      'between',
      (11 / 17) * 100,
    ],
    ['all Yes but vision and region: 15 of 17', { ...all(tg, 'yes'), ...some({ 'model-vision': 'no', 'model-regional': 'no' }) }, 'strategic', (15 / 17) * 100],
    ['the hourglass and most challenges do not move it', { ...all(tg, 'no'), ...some({ 'common-ground': 'yes', 'hourglass-go-big': 'yes' }) }, 'lighter', 0],
  ];
  for (const [name, entries, band, pct] of rows) {
    it(`${name} → ${band}`, () => {
      const p = placementOf(tg, entries)!;
      expect(p.band?.id ?? null).to.equal(band);
      if (pct === null) expect(p.pct).to.equal(null);
      else expect(p.pct).to.be.closeTo(pct, 1e-9);
    });
  }
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
    expect(csv).to.contain('Leuven,,stage,Stage,,Started,,,\r\n');
    expect(csv).to.contain('Leuven,,flag:lack-of-authority,Lack of explicit authority,,raised,,,\r\n');
    expect(csv).to.contain('Leuven,,warning:political,Capacity depends on individuals,,Political,,,\r\n');
    expect(csv).to.contain('Leuven,,matrix:systemic-political,Systemic / Political (%),,not rated,,,\r\n');
    expect(csv).to.contain('Leuven,Mandate (not scored),authority,');
    expect(csv.split('\r\n').find((l) => l.includes(',authority,'))).to.match(/,no,,/);
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
