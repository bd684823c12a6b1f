import { expect } from '@open-wc/testing';
import data from '../../data/branding-checklist.json';
import { validate } from '../../src/core/check.js';
import { ChecklistDefinition, ChecklistExport, ChecklistState } from '../../src/schema/checklist.js';

describe('data/branding-checklist.json', () => {
  it('parses', () => {
    const r = validate(ChecklistDefinition, data);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problem)).to.equal(true);
  });
  it('has three phases of 5, 5 and 2 questions', () => {
    expect(data.sections.map((s) => [s.title, s.questions.length])).to.deep.equal([
      ['Before arrival', 5],
      ['During stay', 5],
      ['After departure', 2],
    ]);
  });
  it('cites a seed line for every question, in order 135–150', () => {
    const lines = data.sections.flatMap((s) => s.questions.map((q) => Number(q.source.lines)));
    expect(lines).to.deep.equal([135, 136, 137, 138, 139, 142, 143, 144, 145, 146, 149, 150]);
  });
  it('states the scoring as ours', () => {
    expect(data.scoring.origin).to.equal('ours');
    expect(data.scoring.note).to.match(/ours/);
  });
});

describe('ChecklistDefinition refuses bad definitions at the path', () => {
  const base = () => structuredClone(data) as Record<string, any>;
  const rows: [string, (d: Record<string, any>) => void, string][] = [
    ['a missing title', (d) => delete d.title, 'title'],
    ['a numeric question text', (d) => (d.sections[1].questions[2].text = 5), 'sections[1].questions[2].text'],
    ['an empty section', (d) => (d.sections[2].questions = []), 'sections[2].questions'],
    ['a duplicate question id', (d) => (d.sections[1].questions[0].id = d.sections[0].questions[0].id), 'sections[1].questions[0].id'],
    ['an extra field', (d) => (d.sections[0].colour = 'red'), 'sections[0].colour'],
    ['a bad line reference', (d) => (d.sections[0].questions[0].source.lines = 'p. 3'), 'sections[0].questions[0].source.lines'],
    ['scoring not labelled ours', (d) => (d.scoring.origin = 'book'), 'scoring.origin'],
  ];
  for (const [name, mutate, path] of rows) {
    it(name, () => {
      const d = base();
      mutate(d);
      const r = validate(ChecklistDefinition, d);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problem.path).to.equal(path);
    });
  }
});

describe('ChecklistState and ChecklistExport', () => {
  const a = { id: 'a', name: 'A', createdAt: 1, updatedAt: 1, entries: { q: { answer: 'yes', evidence: 'https://example.org/x' } } };
  it('accepts a valid state', () => expect(ChecklistState.safeParse({ activeId: 'a', assessments: [a] }).success).to.equal(true));
  it('refuses an active id that is not in the list', () => {
    const r = validate(ChecklistState, { activeId: 'zz', assessments: [a] });
    expect(!r.ok && r.problem.path).to.equal('activeId');
  });
  it('refuses a javascript: evidence link', () => {
    const bad = structuredClone(a);
    bad.entries.q.evidence = 'javascript:alert(1)';
    const r = validate(ChecklistState, { activeId: 'a', assessments: [bad] });
    expect(!r.ok && r.problem.path).to.equal('assessments[0].entries.q.evidence');
  });
  it('refuses an unknown answer', () => {
    const bad = structuredClone(a) as any;
    bad.entries.q.answer = 'maybe';
    const r = validate(ChecklistExport, { format: 'city-widgets/checklist', schemaVersion: 1, checklist: 'x', exportedAt: '', assessments: [bad] });
    expect(!r.ok && r.problem.path).to.equal('assessments[0].entries.q.answer');
  });
});
