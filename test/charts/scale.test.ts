// Our two written-out scales against d3-scale's, which they replace in the bundle.
import { expect } from '@open-wc/testing';
import { scaleLinear, scalePoint } from 'd3-scale';
import fc from 'fast-check';
import { linearScale, pointScale } from '../../src/charts/scale.js';

const num = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });
const close = (a: number | undefined, b: number | undefined) => {
  expect(a === undefined).to.equal(b === undefined);
  if (a !== undefined && b !== undefined) expect(Math.abs(a - b)).to.be.at.most(1e-6 * Math.max(1, Math.abs(b)));
};

describe('chart scales (as d3-scale)', () => {
  it('linearScale maps like scaleLinear, inside and outside the domain', () => {
    fc.assert(
      fc.property(num, num, num, num, num, (d0, d1, r0, r1, v) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3);
        close(linearScale([d0, d1], [r0, r1])(v), scaleLinear().domain([d0, d1]).range([r0, r1])(v));
      }),
    );
  });

  it('pointScale places like scalePoint, with padding, reversed ranges and values not in the domain', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 0, maxLength: 12 }),
        num,
        num,
        fc.constantFrom(0, 0.5, 1),
        fc.string({ maxLength: 3 }),
        (domain, r0, r1, padding, other) => {
          const ours = pointScale(domain, [r0, r1], padding);
          const d3 = scalePoint<string>().domain(domain).range([r0, r1]).padding(padding);
          for (const d of [...domain, other]) close(ours(d), d3(d));
        },
      ),
    );
  });

  it('places the 0–3 levels of the network charts exactly', () => {
    const s = pointScale([0, 1, 2, 3], [10, 310]);
    expect([0, 1, 2, 3].map((v) => s(v))).to.deep.equal([10, 110, 210, 310]);
    expect(s(4)).to.equal(undefined);
  });
});
