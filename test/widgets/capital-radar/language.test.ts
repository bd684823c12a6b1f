import { expect } from '@open-wc/testing';
import '../../../src/widgets/capital-radar/capital-radar.js';
import type { CapitalRadar } from '../../../src/widgets/capital-radar/capital-radar.js';
import { capitalRadarStrings } from '../../../src/widgets/capital-radar/capital-radar.strings.js';
import { accessibleName, shadow, uniqueKey } from '../../helpers.js';

async function make(lang: string): Promise<CapitalRadar> {
  const wrap = document.createElement('div');
  wrap.lang = lang;
  const el = document.createElement('capital-radar') as CapitalRadar;
  el.setAttribute('storage-key', uniqueKey());
  wrap.append(el);
  document.body.append(wrap);
  // Data, saved state and (loaded on first use) the language's texts.
  await el.updateComplete;
  return el;
}

describe('<capital-radar> follows the nearest lang', () => {
  for (const lang of ['nl', 'de', 'pl'] as const) {
    it(`${lang}: statements, capital names, radios and numbers`, async () => {
      const el = await make(lang);
      const strings = el.data!.translations![lang]!.strings;
      const text = shadow(el).textContent!;
      expect(text).to.contain(strings['statements.soc-1.text']);
      expect(text).to.contain(strings['capitals.information.name']);
      const group = shadow(el).querySelector('[role="radiogroup"]')!;
      const names = [...group.querySelectorAll('input[type="radio"]')].map(accessibleName);
      const cat = capitalRadarStrings[lang] as Record<string, string>;
      expect(names).to.deep.equal([cat['agree'], cat['disagree'], cat['not-sure']]);
      // 89.4 is written with a decimal comma in all three languages.
      expect(shadow(el).querySelector('table')!.textContent).to.match(/89,4/);
      el.parentElement!.remove();
    });
  }
  it('en keeps the contract names', async () => {
    const el = await make('en');
    const group = shadow(el).querySelector('[role="radiogroup"]')!;
    expect([...group.querySelectorAll('input[type="radio"]')].map(accessibleName)).to.deep.equal(['Agree', 'Disagree', 'Not sure']);
    el.parentElement!.remove();
  });
});

describe('<capital-radar> second survey', () => {
  it('lists the DUO for a JOB figures with their source, never our line numbers, in the page language', async () => {
    const el = await make('nl');
    const box = shadow(el).querySelector('details.second-survey')!;
    const nl = el.data!.translations!.nl!.strings;
    expect(box.textContent).to.contain(nl['secondaryBenchmarks.bef-network.text']);
    expect(box.textContent).to.match(/64\s?%/).and.match(/99\s?%/).and.contain('113');
    expect(box.textContent).to.contain('Bagnoli, Estache en Fourati (2022)');
    expect(box.textContent).not.to.match(/\b9[47]\d\b|regel/);
    el.parentElement!.remove();
  });
});
