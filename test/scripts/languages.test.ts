import { expect } from '@open-wc/testing';
// @ts-expect-error plain JS build script without types
import { stripCatalogue, stripDataset } from '../../scripts/languages.mjs';

describe('one-language builds', () => {
  const catalogue = `export const s = {\n  en: {\n    a: 'A',\n  },\n  nl: {\n    a: 'Nl',\n  },\n  de: {\n    a: 'De',\n  },\n} satisfies X;\n`;
  it('keeps English and the chosen language of a catalogue', () => {
    expect(stripCatalogue(catalogue, new Set(['nl']))).to.equal(`export const s = {\n  en: {\n    a: 'A',\n  },\n  nl: {\n    a: 'Nl',\n  },\n} satisfies X;\n`);
  });
  it('keeps English alone', () => {
    expect(stripCatalogue(catalogue, new Set(['en']))).to.equal(`export const s = {\n  en: {\n    a: 'A',\n  },\n} satisfies X;\n`);
  });
  it('keeps a dataset’s chosen translations only', () => {
    const out = JSON.parse(stripDataset(JSON.stringify({ title: 'T', translations: { nl: { x: 1 }, de: { x: 2 } } }), new Set(['de'])));
    expect(out).to.deep.equal({ title: 'T', translations: { de: { x: 2 } } });
  });
  it('leaves a dataset without translations as it is', () => {
    expect(JSON.parse(stripDataset('{"a":[1,2]}', new Set(['nl'])))).to.deep.equal({ a: [1, 2] });
  });
});
