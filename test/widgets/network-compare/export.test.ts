import { expect } from '@open-wc/testing';
import data from '../../../data/networks.json';
import { toCsv } from '../../../src/core/csv.js';
import type { Networks } from '../../../src/schema/networks.js';
import { comparisonCsvRows } from '../../../src/widgets/network-compare/network-compare.model.js';

describe('comparisonCsvRows', () => {
  const rows = comparisonCsvRows(data as unknown as Networks, ['eurocities', 'solidarity-cities']);
  it('has a header naming each network’s value, status and sources', () => {
    expect(rows[0]).to.deep.equal(['kind', 'id', 'row', 'Eurocities: value', 'Eurocities: status', 'Eurocities: readings', 'Eurocities: sources', ...rows[0]!.slice(7)]);
    expect(rows[0]).to.have.length(3 + 2 * 4);
  });
  it('writes unknown as unknown, never 0, with no source', () => {
    const d5 = rows.find((r) => r[1] === 'd5')!;
    expect(d5.slice(7, 11)).to.deep.equal(['unknown', 'unknown', '', '']);
  });
  it('keeps sources with known values', () => {
    const founded = rows.find((r) => r[1] === 'founded')!;
    expect(founded.slice(3, 7)).to.deep.equal([1986, 'stated', '', 'Caponio 2022, Case studies (WGM&I)']);
  });
  it('ends with the full reference of every source cited, never a file name or line', () => {
    const refs = rows.filter((r) => r[0] === 'reference');
    expect(refs.map((r) => r[1])).to.include.members(['Caponio 2022', 'Lacroix & Spencer 2022']);
    const ls = refs.find((r) => r[1] === 'Lacroix & Spencer 2022')!;
    expect(ls[2]).to.equal(
      'Lacroix, Thomas & Spencer, Sarah (2022). City networks and the multi-level governance of migration. Global Networks, 22(3), 349–362. https://doi.org/10.1111/glob.12381',
    );
    const text = toCsv(rows);
    expect(text).not.to.match(/\bS[0-4]\b|\.txt|seed|\blines?\b/i);
  });
  it('keeps every reading of a disputed value', () => {
    const icc = comparisonCsvRows(data as unknown as Networks, ['icc', 'welcoming-america']);
    const d8 = icc.find((r) => r[1] === 'd8')!;
    expect(d8[4]).to.equal('disputed');
    expect(String(d8[5])).to.match(/^\d: .+ \| \d: .+/);
  });
  it('honours the rows shown (hidden unknowns, chosen dimensions)', () => {
    const few = comparisonCsvRows(data as unknown as Networks, ['eurocities', 'icc'], { hideUnknown: true, dimensionIds: ['d1'] });
    expect(few.filter((r) => r[0] === 'dimension').map((r) => r[1])).to.deep.equal(['d1']);
    expect(toCsv(few).split('\r\n')[0]).to.match(/^kind,id,row,Eurocities: value/);
  });
});
