import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { describeProblem, formatPath, parseJson, validate } from '../../src/core/check.js';

const Schema = z.strictObject({
  title: z.string(),
  items: z.array(z.strictObject({ id: z.string(), n: z.number().check(z.minimum(0)), kind: z.enum(['a', 'b']) })),
});

describe('formatPath', () => {
  const rows: [PropertyKey[], string][] = [
    [[], '(root)'],
    [['title'], 'title'],
    [[0], '[0]'],
    [['items', 2, 'id'], 'items[2].id'],
    [['a', 'b', 0, 1], 'a.b[0][1]'],
  ];
  for (const [path, out] of rows) it(`${JSON.stringify(path)} → ${out}`, () => expect(formatPath(path)).to.equal(out));
});

describe('validate', () => {
  const rows: [string, unknown, string, RegExp][] = [
    ['wrong root type', 42, '(root)', /type object/],
    ['missing field', { items: [] }, 'title', /type string/],
    ['wrong type deep', { title: 't', items: [{ id: 'x', n: 1, kind: 'a' }, { id: 5, n: 1, kind: 'a' }] }, 'items[1].id', /type string/],
    ['too small', { title: 't', items: [{ id: 'x', n: -1, kind: 'a' }] }, 'items[0].n', /≥ 0/],
    ['bad enum', { title: 't', items: [{ id: 'x', n: 1, kind: 'c' }] }, 'items[0].kind', /one of "a", "b"/],
    ['extra field', { title: 't', items: [], extra: 1 }, 'extra', /no field named "extra"/],
  ];
  for (const [name, input, path, expected] of rows) {
    it(name, () => {
      const r = validate(Schema, input);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.problem.path).to.equal(path);
      expect(r.problem.expected).to.match(expected);
      expect(describeProblem(r.problem)).to.contain('expected');
    });
  }
  it('passes valid data through', () => {
    const r = validate(Schema, { title: 't', items: [] });
    expect(r).to.deep.equal({ ok: true, data: { title: 't', items: [] } });
  });
  it('reports the received kind', () => {
    const r = validate(Schema, { title: null, items: [] });
    expect(!r.ok && r.problem.received).to.equal('null');
  });
});

describe('parseJson', () => {
  it('names a syntax error at the root', () => {
    const r = parseJson(Schema, '{"title": ');
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.problem.kind).to.equal('syntax');
      expect(r.problem.path).to.equal('(root)');
      expect(r.problem.expected).to.equal('valid JSON');
    }
  });
  it('parses and validates', () => {
    expect(parseJson(Schema, '{"title":"x","items":[]}').ok).to.equal(true);
  });
});
