import { expect } from '@open-wc/testing';
import { equal, merge3 } from '../../src/storage/merge.js';

describe('merge3', () => {
  const A = (entries: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ id: 'a', name: 'A', entries, ...extra });
  const rows: [string, unknown, unknown, unknown, unknown][] = [
    ['same on both sides', { x: 1 }, { x: 2 }, { x: 2 }, { x: 2 }],
    ['only local changed', { x: 1 }, { x: 2 }, { x: 1 }, { x: 2 }],
    ['only remote changed', { x: 1 }, { x: 1 }, { x: 3 }, { x: 3 }],
    ['both changed different keys', { x: 1, y: 1 }, { x: 2, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 3 }],
    ['both changed the same key: remote wins', { x: 1 }, { x: 2 }, { x: 3 }, { x: 3 }],
    ['a key added on each side', {}, { p: 1 }, { q: 2 }, { p: 1, q: 2 }],
    ['a key removed locally, untouched remotely', { p: 1, q: 2 }, { q: 2 }, { p: 1, q: 2 }, { q: 2 }],
    ['a key removed locally, changed remotely', { p: 1 }, {}, { p: 5 }, { p: 5 }],
    [
      'two questions of one assessment answered in two tabs',
      { activeId: 'a', assessments: [A({})] },
      { activeId: 'a', assessments: [A({ q1: { answer: 'yes' } })] },
      { activeId: 'a', assessments: [A({ q2: { answer: 'partly' } })] },
      { activeId: 'a', assessments: [A({ q1: { answer: 'yes' }, q2: { answer: 'partly' } })] },
    ],
    [
      'an assessment added in each tab',
      { assessments: [{ id: 'a' }] },
      { assessments: [{ id: 'a' }, { id: 'b' }] },
      { assessments: [{ id: 'a' }, { id: 'c' }] },
      { assessments: [{ id: 'a' }, { id: 'c' }, { id: 'b' }] },
    ],
    [
      'an assessment deleted in one tab, untouched in the other',
      { assessments: [{ id: 'a' }, { id: 'b' }] },
      { assessments: [{ id: 'a' }] },
      { assessments: [{ id: 'a' }, { id: 'b' }] },
      { assessments: [{ id: 'a' }] },
    ],
    [
      'an assessment deleted in one tab but edited in the other is kept',
      { assessments: [{ id: 'a' }, { id: 'b', n: 1 }] },
      { assessments: [{ id: 'a' }] },
      { assessments: [{ id: 'a' }, { id: 'b', n: 2 }] },
      { assessments: [{ id: 'a' }, { id: 'b', n: 2 }] },
    ],
    ['plain arrays are single values', { l: [1] }, { l: [1, 2] }, { l: [1, 3] }, { l: [1, 3] }],
  ];
  for (const [name, base, local, remote, out] of rows) {
    it(name, () => {
      const copies = JSON.stringify([base, local, remote]);
      expect(merge3(base, local, remote)).to.deep.equal(out);
      expect(JSON.stringify([base, local, remote])).to.equal(copies);
    });
  }
  it('prefers local when asked', () => expect(merge3({ x: 1 }, { x: 2 }, { x: 3 }, 'local')).to.deep.equal({ x: 2 }));
  it('is symmetric where there is no conflict', () => {
    const b = { a: 1, b: 1 };
    expect(merge3(b, { a: 2, b: 1 }, { a: 1, b: 3 })).to.deep.equal(merge3(b, { a: 1, b: 3 }, { a: 2, b: 1 }));
  });
});

describe('equal', () => {
  const rows: [unknown, unknown, boolean][] = [
    [1, 1, true], [1, '1', false], [null, null, true], [null, {}, false], [[1, [2]], [1, [2]], true], [[1], [1, 2], false],
    [{ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 }, true], [{ a: 1 }, { a: 1, b: undefined }, false], [[], {}, false],
  ];
  for (const [a, b, out] of rows) it(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`, () => expect(equal(a, b)).to.equal(out));
});
