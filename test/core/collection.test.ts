import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  cleanName,
  copyName,
  create,
  duplicate,
  importItems,
  openId,
  remove,
  rename,
  repairCollection,
  restore,
  salvageCollection,
  shareAdd,
  uniqueId,
  uniqueName,
} from '../../src/core/collection.js';

type Item = { id: string; name: string; n?: number };
const L = { maxName: 12, maxId: 8, maxItems: 3 };
const items = (...names: string[]): Item[] => names.map((name, i) => ({ id: `i${i + 1}`, name }));
const copyLabel = (name: string) => `${name} (copy)`;

describe('collection: names', () => {
  const cases: [string, string, number, string][] = [
    ['empty', '', 5, ''],
    ['control characters become spaces, collapsed', 'a\u0000\u0007b\n\tc\u009f', 20, 'a b c'],
    ['trimmed', '  a  ', 20, 'a'],
    ['cut to the limit', 'abcdefgh', 5, 'abcde'],
    ['never cuts a surrogate pair', 'ab😀', 3, 'ab'],
  ];
  for (const [what, input, max, out] of cases) it(`cleanName: ${what}`, () => expect(cleanName(input, max)).to.equal(out));

  const unique: [string, string[], string, number, string][] = [
    ['free', ['a'], 'b', 12, 'b'],
    ['taken', ['a'], 'a', 12, 'a (2)'],
    ['taken twice', ['a', 'a (2)'], 'a', 12, 'a (3)'],
    ['at the limit: shortened to fit the suffix', ['abcdefghijkl'], 'abcdefghijkl', 12, 'abcdefgh (2)'],
    ['over the limit: cut first', [], 'abcdefghijklmnop', 12, 'abcdefghijkl'],
  ];
  for (const [what, taken, base, max, out] of unique) {
    it(`uniqueName: ${what}`, () => {
      const name = uniqueName(taken, base, max);
      expect(name).to.equal(out);
      expect(name.length).to.be.at.most(max);
    });
  }
});

describe('collection: copyName', () => {
  const cases: [string, string[], string, string][] = [
    ['short', ['a'], 'a', 'a (copy)'],
    ['long: the name is cut, the label kept', ['abcdefghijkl'], 'abcdefghijkl', 'abcde (copy)'],
    ['a second copy of a long name: shortened further, the label still whole', ['abcdefghijkl', 'abcde (copy)'], 'abcdefghijkl', 'a (copy) (2)'],
    ['control characters', [], 'a\u0007b', 'a b (copy)'],
  ];
  for (const [what, taken, name, out] of cases) {
    it(what, () => {
      const got = copyName(taken, name, copyLabel, 12);
      expect(got.length).to.be.at.most(12);
      expect(taken).not.to.include(got);
      expect(got).to.equal(out);
    });
  }
});

describe('collection: ids', () => {
  const cases: [string, string[], string, number, string][] = [
    ['free', [], 'a', 8, 'a'],
    ['taken', ['a'], 'a', 8, 'a-2'],
    ['cut to the limit', [], 'abcdefghij', 8, 'abcdefgh'],
    ['taken at the limit', ['abcdefgh'], 'abcdefgh', 8, 'abcdef-2'],
  ];
  for (const [what, taken, id, max, out] of cases) it(`uniqueId: ${what}`, () => expect(uniqueId(new Set(taken), id, max)).to.equal(out));
});

describe('collection: operations', () => {
  it('create: unique name and id, opened; refused when full', () => {
    expect(create(items('a'), { id: 'i1', name: 'a' }, L)).to.deep.equal({
      items: [...items('a'), { id: 'i1-2', name: 'a (2)' }],
      open: 'i1-2',
    });
    expect(create(items('a', 'b', 'c'), { id: 'x', name: 'd' }, L)).to.equal(null);
  });

  it('rename: cleaned and cut; an empty name where one is required changes nothing', () => {
    expect(rename(items('a'), 'i1', ' b\u0000c ', L)).to.deep.equal([{ id: 'i1', name: 'b c' }]);
    expect(rename(items('a'), 'i1', 'x'.repeat(40), L)[0]!.name).to.equal('x'.repeat(12));
    expect(rename(items('a'), 'i1', '  ', { ...L, minName: 1 })).to.deep.equal(items('a'));
    expect(rename(items('a'), 'i1', 'b', L, { n: 5 })).to.deep.equal([{ id: 'i1', name: 'b', n: 5 }]);
  });

  it('duplicate: after the original, unique within the limit, opened; refused when full', () => {
    const long = [{ id: 'i1', name: 'x'.repeat(12), n: 1 }];
    const once = duplicate(long, 'i1', 'c1', copyLabel, L)!;
    expect(once.items.map((x) => x.name)).to.deep.equal(['x'.repeat(12), 'xxxxx (copy)']);
    expect(once.items[1]!.n).to.equal(1);
    expect(once.open).to.equal('c1');
    const twice = duplicate(once.items, 'i1', 'c2', copyLabel, L)!;
    const names = twice.items.map((x) => x.name);
    expect(new Set(names).size).to.equal(3);
    for (const n of names) expect(n.length).to.be.at.most(12);
    expect(duplicate(items('a', 'b', 'c'), 'i1', 'x', copyLabel, L)).to.equal(null);
    expect(duplicate(items('a'), 'nope', 'x', copyLabel, L)).to.equal(null);
  });

  it('remove and restore: the neighbour opens; the last leaves the fallback; undo takes the untouched fallback out', () => {
    const r = remove(items('a', 'b', 'c'), 'i2', { id: 'f', name: 'f' })!;
    expect(r.items.map((x) => x.id)).to.deep.equal(['i1', 'i3']);
    expect(r.open).to.equal('i1');
    expect(restore(r.items, r.undo, L)).to.deep.equal({ items: items('a', 'b', 'c'), open: 'i2' });
    const last = remove(items('a'), 'i1', { id: 'f', name: 'f' })!;
    expect(last.items).to.deep.equal([{ id: 'f', name: 'f' }]);
    expect(restore(last.items, last.undo, L)).to.deep.equal({ items: items('a'), open: 'i1' });
    // The fallback was edited meanwhile: it stays.
    expect(restore([{ id: 'f', name: 'g' }], last.undo, L)!.items.map((x) => x.id)).to.deep.equal(['i1', 'f']);
    expect(remove(items('a'), 'nope', { id: 'f', name: 'f' })).to.equal(null);
    // Full again since: refused.
    expect(restore(items('x', 'y', 'z'), r.undo, L)).to.equal(null);
  });

  it('import: ids unique (against the list and within the file), names unique, within the limits', () => {
    let n = 0;
    const makeId = () => `new${++n}`;
    const incoming: Item[] = [
      { id: 'dup', name: 'same' },
      { id: 'dup', name: 'same' },
      { id: 'i1', name: 'a' },
    ];
    const r = importItems(items('a'), incoming, 'add', makeId, { ...L, maxItems: 10 });
    expect(r.items).to.deep.equal([
      { id: 'i1', name: 'a' },
      { id: 'dup', name: 'same' },
      { id: 'new1', name: 'same (2)' },
      { id: 'new2', name: 'a (2)' },
    ]);
    expect(r.open).to.equal('dup');
    expect(r.skipped).to.equal(0);
    const replaced = importItems(items('a'), incoming, 'replace', makeId, L);
    expect(replaced.items.map((x) => x.id)).to.deep.equal(['dup', 'new3', 'i1']);
    const full = importItems(items('a', 'b'), incoming, 'add', makeId, L);
    expect(full.items.length).to.equal(3);
    expect(full.skipped).to.equal(2);
  });

  it('share-add: idempotent, and the same id from two places', () => {
    const shared: Item = { id: 'i1', name: 'shared', n: 7 };
    const a = shareAdd(items('a'), shared, L)!;
    expect(a.added).to.equal(true);
    expect(a.items.length).to.equal(2);
    // Adding it again: nothing added, the one there is opened.
    const again = shareAdd(a.items, shared, L)!;
    expect(again).to.deep.equal({ items: a.items, open: a.open, added: false });
    // Two elements with the same list add it at once: the same item.
    expect(shareAdd(items('a'), shared, L)).to.deep.equal(a);
    expect(a.items[1]!.id).to.match(/^s-[a-z0-9]+$/);
    expect(a.items[1]!.id.length).to.be.at.most(8);
    expect(shareAdd(items('a', 'b', 'c'), shared, L)).to.equal(null);
    // Added, then edited: adding the same link again opens it, adds nothing.
    const edited = a.items.map((x) => (x.id === a.open ? { ...x, n: 8 } : x));
    expect(shareAdd(edited, shared, L)).to.deep.equal({ items: edited, open: a.open, added: false });
    // The sharer's own item (same content) is opened, not copied.
    const own = [{ id: 'mine', name: 'other name', n: 7 }];
    expect(shareAdd(own, shared, L)!.open).to.equal('mine');
  });

  it('openId: the first wanted id in the list, else the first item', () => {
    expect(openId(items('a', 'b'), 'nope', 'i2')).to.equal('i2');
    expect(openId(items('a', 'b'), null, undefined)).to.equal('i1');
    expect(openId([], 'x')).to.equal('');
  });
});

describe('collection: salvage and repair', () => {
  const Item = z.object({ id: z.string(), name: z.string().check(z.maxLength(12)) });
  it('keeps the good items, counts the bad ones, gives repeated ids new ones', () => {
    const data = { activeId: 'bad', items: [{ id: 'a', name: 'ok' }, { id: 'bad', name: 'x'.repeat(99) }, { id: 'a', name: 'twin' }, 5] };
    expect(salvageCollection(data, 'items', Item, L)).to.deep.equal({
      data: { activeId: 'a', items: [{ id: 'a', name: 'ok' }, { id: 'a-2', name: 'twin' }] },
      count: 2,
    });
  });
  it('gives null when nothing is readable', () => {
    expect(salvageCollection({ activeId: 'a', items: [1] }, 'items', Item, L)).to.equal(null);
    expect(salvageCollection('x', 'items', Item, L)).to.equal(null);
    expect(salvageCollection({ items: 'x' }, 'items', Item, L)).to.equal(null);
  });
  it('repair: a dangling open id and repeated ids', () => {
    const fine = { activeId: 'i1', items: items('a') };
    expect(repairCollection(fine, 'items', 8)).to.equal(fine);
    expect(repairCollection({ activeId: 'gone', items: [{ id: 'x', name: 'a' }, { id: 'x', name: 'b' }] }, 'items', 8)).to.deep.equal({
      activeId: 'x',
      items: [
        { id: 'x', name: 'a' },
        { id: 'x-2', name: 'b' },
      ],
    });
  });
});
