import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/core/csv.js';

describe('csv', () => {
  const rows: [string | number | null | undefined, string][] = [
    [null, ''],
    [undefined, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+31 20', "'+31 20"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-20, '-20'],
    [0.5, '0.5'],
    [Number.NaN, ''],
  ];
  for (const [v, out] of rows) it(`${JSON.stringify(v)} → ${JSON.stringify(out)}`, () => expect(csvCell(v)).to.equal(out));
  it('joins rows with CRLF', () => expect(toCsv([['a', 1], ['b', null]])).to.equal('a,1\r\nb,\r\n'));
  it('is empty for no rows', () => expect(toCsv([])).to.equal(''));
});
