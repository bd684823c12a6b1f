import { expect } from '@open-wc/testing';
import { agreement, compareAssessments } from '../../src/core/checklist-compare.js';
import {
  nextUnanswered,
  initialState,
  openPoints,
  overallScore,
  sectionScores,
  updateEntry,
} from '../../src/core/checklist.js';
import { csvCell, fileName, toCsv } from '../../src/core/checklist-export.js';
import type { Answer, Assessment, ChecklistDefinition } from '../../src/schema/checklist.js';

const src = { doc: 'x.txt', lines: '1' };
const def: ChecklistDefinition = {
  version: 1,
  id: 'tiny',
  title: 'Tiny',
  source: { doc: 'x.txt', lines: '1-5', work: 'Test' },
  scoring: { origin: 'ours', note: 'n' },
  sections: [
    { id: 's1', title: 'One', questions: [{ id: 'a', text: 'A?', source: src }, { id: 'b', text: 'B?', source: src }] },
    { id: 's2', title: 'Two', questions: [{ id: 'c', text: 'C?', source: src }] },
  ],
};
const entries = (answers: Record<string, Answer>) =>
  Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { answer: v }]));

describe('sectionScores and overallScore', () => {
  // [answers, s1 pct, s2 pct, overall pct, answered]
  const rows: [Record<string, Answer>, number | null, number | null, number | null, number][] = [
    [{}, null, null, null, 0],
    [{ a: 'yes' }, 100, null, 100, 1],
    [{ a: 'no' }, 0, null, 0, 1],
    [{ a: 'yes', b: 'partly', c: 'no' }, 75, 0, 50, 3],
    [{ a: 'yes', b: 'na' }, 100, null, 100, 2],
    [{ a: 'na', b: 'na', c: 'yes' }, null, 100, 100, 3],
    [{ a: 'na', b: 'na', c: 'na' }, null, null, null, 3],
    [{ a: 'partly', b: 'partly', c: 'partly' }, 50, 50, 50, 3],
  ];
  for (const [answers, p1, p2, po, answered] of rows) {
    it(`${JSON.stringify(answers)} → ${p1} / ${p2} / ${po}`, () => {
      const s = sectionScores(def, entries(answers));
      expect(s.map((x) => x.pct)).to.deep.equal([p1, p2]);
      const o = overallScore(def, entries(answers));
      if (po === null) expect(o.pct).to.equal(null);
      else expect(o.pct).to.be.closeTo(po, 1e-9);
      expect(o.answered).to.equal(answered);
      expect(o.total).to.equal(3);
    });
  }
});

describe('nextUnanswered', () => {
  const rows: [Record<string, Answer>, string | undefined, string | undefined][] = [
    [{}, undefined, 'a'],
    [{ a: 'yes' }, undefined, 'b'],
    [{ a: 'na', b: 'no' }, undefined, 'c'],
    [{ a: 'yes', b: 'yes', c: 'yes' }, undefined, undefined],
    [{ b: 'yes' }, 'a', 'c'],
    [{ b: 'yes' }, 'c', 'a'],
  ];
  for (const [answers, after, out] of rows) {
    it(`${JSON.stringify(answers)} after ${after} → ${out}`, () => expect(nextUnanswered(def, entries(answers), after)).to.equal(out));
  }
});

describe('agreement', () => {
  const a = (id: string, answers: Record<string, Answer>): Assessment => ({ id, name: id, createdAt: 0, updatedAt: 0, entries: entries(answers) });
  it('compares any number of assessments per question; unanswered never counts as a difference', () => {
    const rows = agreement(def, [a('city', { a: 'yes', b: 'no' }), a('uni', { a: 'yes', b: 'partly' }), a('employers', { a: 'yes', c: 'no' })]);
    expect(rows.map((r) => [r.questionId, r.answers, r.differs, r.answered])).to.deep.equal([
      ['a', ['yes', 'yes', 'yes'], false, 3],
      ['b', ['no', 'partly', undefined], true, 2],
      ['c', [undefined, undefined, 'no'], false, 1],
    ]);
  });
  it('is empty-handed with no assessment and never differs with one', () => {
    expect(agreement(def, []).every((r) => !r.differs && r.answered === 0)).to.equal(true);
    expect(agreement(def, [a('x', { a: 'yes' })]).some((r) => r.differs)).to.equal(false);
  });
});

describe('openPoints', () => {
  it('lists No, Partly and unanswered in order', () => {
    expect(openPoints(def, entries({ a: 'partly', b: 'yes' })).map((p) => [p.questionId, p.answer])).to.deep.equal([
      ['a', 'partly'],
      ['c', undefined],
    ]);
  });
  it('is empty when all is Yes or Not applicable', () => {
    expect(openPoints(def, entries({ a: 'yes', b: 'na', c: 'yes' }))).to.deep.equal([]);
  });
});

describe('compareAssessments', () => {
  it('gives b − a per section and overall, null where nothing applies', () => {
    const a: Assessment = { id: '1', name: 'A', createdAt: 0, updatedAt: 0, entries: entries({ a: 'no', b: 'no', c: 'na' }) };
    const b: Assessment = { id: '2', name: 'B', createdAt: 0, updatedAt: 0, entries: entries({ a: 'yes', b: 'partly', c: 'yes' }) };
    const c = compareAssessments(def, a, b);
    expect(c.rows.map((r) => r.delta)).to.deep.equal([75, null]);
    expect(c.overall).to.deep.equal({ a: 0, b: (1 + 0.5 + 1) / 3 * 100, delta: (2.5 / 3) * 100 });
  });
});

describe('assessment list operations', () => {
  it('updates one entry without touching others', () => {
    const s = initialState('One', 1, 'x');
    const t = updateEntry(s, 'a', { answer: 'yes' }, 2);
    const u = updateEntry(t, 'a', { notes: 'n' }, 3);
    expect(u.assessments[0]!.entries).to.deep.equal({ a: { answer: 'yes', notes: 'n' } });
    expect(u.assessments[0]!.updatedAt).to.equal(3);
    expect(s.assessments[0]!.entries).to.deep.equal({});
  });
});

describe('CSV', () => {
  const rows: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
    [null, ''],
    [0.5, '0.5'],
  ];
  for (const [v, out] of rows) it(`${JSON.stringify(v)} → ${out}`, () => expect(csvCell(v)).to.equal(out));

  it('writes a row per question and the scores', () => {
    const a: Assessment = { id: '1', name: 'Leuven 2026', createdAt: 0, updatedAt: 0, entries: { a: { answer: 'partly', notes: 'with KU, "soon"', lead: 'City' }, b: { answer: 'no' }, c: { answer: 'no' } } };
    const lines = toCsv(def, a).trimEnd().split('\r\n');
    expect(lines[0]).to.equal('assessment,section,question_id,question,answer,points,who_leads,evidence,notes');
    expect(lines[1]).to.equal('Leuven 2026,One,a,A?,partly,0.5,City,,"with KU, ""soon"""');
    expect(lines[2]).to.equal('Leuven 2026,One,b,B?,no,0,,,');
    expect(lines.at(-1)).to.equal('Leuven 2026,,score,overall score (%),,16.7,,,');
    expect(lines).to.have.length(1 + 3 + 2 + 1);
  });

  it('makes safe file names', () => {
    expect(fileName('Brno / 2027 <draft>', 'csv')).to.equal('brno-2027-draft.csv');
    expect(fileName('***', 'json')).to.equal('assessment.json');
  });
});
