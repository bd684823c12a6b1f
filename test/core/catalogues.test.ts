// Every UI catalogue speaks every language: same keys as English, same placeholders, nothing empty;
// every bundled dataset's translations are complete and marked unofficial.
import { expect } from '@open-wc/testing';
import branding from '../../data/branding-checklist.json';
import capitals from '../../data/capitals.json';
import diplomacy from '../../data/diplomacy-capacity.json';
import networks from '../../data/networks.json';
import talent from '../../data/talent-governance.json';
import labour from '../../data/labour-market-barriers.json';
import plan from '../../data/inclusion-action-plan.json';
import survey from '../../data/diplomacy-survey.json';
import { LANGS } from '../../src/core/i18n.js';
import { commonStrings } from '../../src/core/strings.js';
import { capitalRadarStrings } from '../../src/widgets/capital-radar/capital-radar.strings.js';
import { checklistStrings } from '../../src/widgets/checklist/checklist.strings.js';
import { networkCompareStrings } from '../../src/widgets/network-compare/network-compare.strings.js';
import { labourMarketStrings } from '../../src/widgets/labour-market-barriers/labour-market-barriers.strings.js';
import { actionPlanStrings } from '../../src/widgets/inclusion-action-plan/inclusion-action-plan.strings.js';
import { surveyAnswersStrings } from '../../src/widgets/diplomacy-capacity/survey-answers.strings.js';

type Cat = Record<string, Record<string, string> | undefined>;
const CATALOGUES: Record<string, Cat> = {
  common: commonStrings as Cat,
  checklist: checklistStrings as Cat,
  'capital-radar': capitalRadarStrings as Cat,
  'network-compare': networkCompareStrings as Cat,
  'labour-market-barriers': labourMarketStrings as Cat,
  'inclusion-action-plan': actionPlanStrings as Cat,
  'diplomacy-survey': surveyAnswersStrings as Cat,
};

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(' ');

describe('UI catalogues', () => {
  for (const [name, cat] of Object.entries(CATALOGUES)) {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      it(`${name}: ${lang} has every key, with the same placeholders`, () => {
        const en = cat.en!;
        const other = cat[lang];
        expect(other, `${name}.${lang}`).to.be.an('object');
        expect(Object.keys(other!).sort()).to.deep.equal(Object.keys(en).sort());
        for (const [key, text] of Object.entries(en)) {
          expect(other![key], `${name}.${lang}.${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(other![key]!), `${name}.${lang}.${key}`).to.equal(placeholders(text));
        }
      });
    }
  }
});

describe('dataset translations', () => {
  const datasets: Record<string, { translations?: Record<string, { unofficial: boolean; strings: Record<string, string> }> }> = {
    'branding-checklist': branding,
    capitals,
    networks,
    'diplomacy-capacity': diplomacy,
    'talent-governance': talent,
    'labour-market-barriers': labour,
    'diplomacy-survey': survey,
    // The plan's own texts and its readiness check's, translated in two blocks of one dataset.
    'inclusion-action-plan': {
      translations: Object.fromEntries(
        Object.entries(plan.translations).map(([l, t]) => [
          l,
          { ...t, strings: { ...t.strings, ...Object.fromEntries(Object.entries(plan.readiness.translations[l as 'nl'].strings).map(([k, v]) => [`readiness.${k}`, v])) } },
        ]),
      ),
    },
  };
  for (const [name, data] of Object.entries(datasets)) {
    it(`${name}: every language, unofficial, with the same ids`, () => {
      const tr = data.translations!;
      const langs = LANGS.filter((l) => l !== 'en');
      expect(Object.keys(tr).sort()).to.deep.equal([...langs].sort());
      const ids = Object.keys(tr.nl!.strings).sort();
      expect(ids.length).to.be.greaterThan(10);
      for (const l of langs) {
        expect(tr[l]!.unofficial, l).to.equal(true);
        expect(Object.keys(tr[l]!.strings).sort(), l).to.deep.equal(ids);
        for (const v of Object.values(tr[l]!.strings)) expect(v).to.be.a('string').and.not.equal('');
      }
    });
  }
});
