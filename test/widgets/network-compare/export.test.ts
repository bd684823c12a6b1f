import { expect } from '@open-wc/testing';
import data from '../../../data/networks.json';
import { toCsv } from '../../../src/core/csv.js';
import type { Networks } from '../../../src/schema/networks.js';
import { comparisonCsvRows } from '../../../src/widgets/network-compare/network-compare.model.js';

describe('comparisonCsvRows', () => {
  const rows = comparisonCsvRows(data as unknown as Networks, ['eurocities', 'solidarity-cities']);
  it('has a header naming each network’s value, status and sources', () => {
    expect(rows[0]).to.deep.equal(['kind', 'id', 'row', 'Eurocities: value', 'Eurocities: status', 'Eurocities: sources', ...rows[0]!.slice(6)]);
    expect(rows[0]).to.have.length(3 + 2 * 3);
  });
  it('writes unknown as unknown, never 0, with no source', () => {
    const d5 = rows.find((r) => r[1] === 'd5')!;
    expect(d5.slice(6, 9)).to.deep.equal(['unknown', 'unknown', '']);
  });
  it('keeps sources with known values', () => {
    const founded = rows.find((r) => r[1] === 'founded')!;
    expect(founded.slice(3, 6)).to.deep.equal([1986, 'stated', 'S0 359-361']);
  });
  it('honours the rows shown (hidden unknowns, chosen dimensions)', () => {
    const few = comparisonCsvRows(data as unknown as Networks, ['eurocities', 'icc'], { hideUnknown: true, dimensionIds: ['d1'] });
    expect(few.filter((r) => r[0] === 'dimension').map((r) => r[1])).to.deep.equal(['d1']);
    expect(toCsv(few).split('\r\n')[0]).to.match(/^kind,id,row,Eurocities: value/);
  });
});
