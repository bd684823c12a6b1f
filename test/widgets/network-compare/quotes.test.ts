// The bundled dataset's quotes on demand: the build leaves them out of the element's copy;
// addQuotes puts every one back where it was, and nothing else.
import { expect } from '@open-wc/testing';
import full from '../../../data/networks.json';
import { addQuotes } from '../../../src/widgets/network-compare/network-compare.quotes.js';

const strip = (o: unknown): number => {
  if (Array.isArray(o)) return o.reduce((n: number, x) => n + strip(x), 0);
  if (!o || typeof o !== 'object') return 0;
  const r = o as Record<string, unknown>;
  let n = 0;
  if (typeof r['doc'] === 'string' && typeof r['lines'] === 'string' && 'quote' in r) {
    delete r['quote'];
    n++;
  }
  for (const [k, v] of Object.entries(r)) if (k !== 'translations') n += strip(v);
  return n;
};

describe('network-compare: quotes on demand', () => {
  it('puts back every quote the build left out, and changes nothing else', () => {
    const copy = structuredClone(full);
    const removed = strip(copy);
    expect(removed).to.be.greaterThan(300);
    expect(copy).not.to.deep.equal(full);
    expect(addQuotes(copy, full)).to.equal(removed);
    expect(copy).to.deep.equal(full);
  });

  it('adds nothing twice, and nothing to data of another shape', () => {
    const copy = structuredClone(full);
    strip(copy);
    addQuotes(copy, full);
    expect(addQuotes(copy, full)).to.equal(0);
    expect(addQuotes({ networks: [{ id: 'x', attributes: { a: { source: [{ doc: 'S9', lines: '1' }] } } }] }, full)).to.equal(0);
  });
});
