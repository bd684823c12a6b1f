// Every language module speaks for every catalogue and dataset: the same keys as English (a key
// that names no English text, or a dataset text id that names no field, fails), the same
// placeholders, nothing empty; every dataset translation marked unofficial.
import { expect } from '@open-wc/testing';
import branding from '../../data/branding-checklist.json';
import capitals from '../../data/capitals.json';
import diplomacy from '../../data/diplomacy-capacity.json';
import networks from '../../data/networks.json';
import talent from '../../data/talent-governance.json';
import labour from '../../data/labour-market-barriers.json';
import plan from '../../data/inclusion-action-plan.json';
import survey from '../../data/diplomacy-survey.json';
import { OTHER_LANGS } from '../../src/core/langs.js';
import { commonStrings } from '../../src/core/strings.js';
import { capitalRadarStrings } from '../../src/widgets/capital-radar/capital-radar.strings.js';
import { checklistStrings } from '../../src/widgets/checklist/checklist.strings.js';
import { networkCompareStrings } from '../../src/widgets/network-compare/network-compare.strings.js';
import { labourMarketStrings } from '../../src/widgets/labour-market-barriers/labour-market-barriers.strings.js';
import { actionPlanStrings } from '../../src/widgets/inclusion-action-plan/inclusion-action-plan.strings.js';
import { surveyAnswersStrings } from '../../src/widgets/diplomacy-capacity/survey-answers.strings.js';
import { importText, TEXT_IDS } from '../../src/translations/index.js';

/** Catalogue id (as in the language modules) → its English texts. */
const ENGLISH: Record<string, Record<string, string>> = {
  common: commonStrings.en,
  checklist: checklistStrings.en,
  capitalRadar: capitalRadarStrings.en,
  networkCompare: networkCompareStrings.en,
  labourMarket: labourMarketStrings.en,
  actionPlan: actionPlanStrings.en,
  surveyAnswers: surveyAnswersStrings.en,
};

/** Dataset id (as in the language modules) → the bundled dataset. */
const DATASETS: Record<string, unknown> = {
  'branding-checklist': branding,
  capitals,
  networks,
  'diplomacy-capacity': diplomacy,
  'talent-governance': talent,
  'labour-market-barriers': labour,
  'diplomacy-survey': survey,
  'inclusion-action-plan': plan,
};

/** Every property name and every short string value (ids, keys) of a dataset. */
function names(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v, i) => (out.add(String(i)), names(v, out)));
  else if (value && typeof value === 'object') {
    // A matrix cell is named `<row>-<col>` (see outputs-view.ts).
    const { row, col } = value as { row?: unknown; col?: unknown };
    if (typeof row === 'string' && typeof col === 'string') out.add(`${row}-${col}`);
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      names(v, out);
    }
  } else if (typeof value === 'string' && value.length <= 80) out.add(value);
  else if (typeof value === 'number') out.add(String(value));
  return out;
}

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(' ');

describe('language modules', () => {
  /** Language → module id → its texts. */
  const modules = {} as Record<string, { ui: Record<string, Record<string, string>>; data: Record<string, unknown> }>;
  before(async () => {
    for (const lang of OTHER_LANGS) {
      modules[lang] = { ui: {}, data: {} };
      for (const id of TEXT_IDS) {
        const m = (await importText(lang, id)).default;
        if (id in DATASETS) modules[lang]!.data[id] = m;
        else modules[lang]!.ui[id] = m as Record<string, string>;
      }
    }
  });

  it('the text modules are exactly the catalogues and the datasets', () => {
    expect([...TEXT_IDS].sort()).to.deep.equal([...Object.keys(ENGLISH), ...Object.keys(DATASETS)].sort());
  });

  for (const lang of OTHER_LANGS) {
    for (const [id, en] of Object.entries(ENGLISH)) {
      it(`${lang}: UI catalogue ${id} has exactly the English keys, with the same placeholders`, () => {
        const other = modules[lang]!.ui[id]!;
        expect(other, `${lang}.${id}`).to.be.an('object');
        expect(Object.keys(other).filter((k) => !(k in en)), 'keys that name no English text').to.deep.equal([]);
        expect(Object.keys(en).filter((k) => !(k in other)), 'English keys without a translation').to.deep.equal([]);
        for (const [key, text] of Object.entries(en)) {
          expect(other[key], `${lang}.${id}.${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(other[key]!), `${lang}.${id}.${key}`).to.equal(placeholders(text));
        }
      });
    }
    it(`${lang}: only known catalogues and datasets`, () => {
      expect(Object.keys(modules[lang]!.ui).filter((k) => !(k in ENGLISH))).to.deep.equal([]);
      expect(Object.keys(modules[lang]!.data).filter((k) => !(k in DATASETS))).to.deep.equal([]);
    });
    for (const [id, dataset] of Object.entries(DATASETS)) {
      it(`${lang}: dataset ${id}, unofficial, every text id names real fields`, () => {
        const t = modules[lang]!.data[id] as { unofficial: boolean; strings: Record<string, string> };
        expect(t, `${lang}.${id}`).to.be.an('object');
        expect(t.unofficial).to.equal(true);
        const known = names(dataset);
        const ids = Object.keys(t.strings);
        expect(ids.length).to.be.greaterThan(5);
        // Each dot-separated part of an id is a field name or an item's id in the dataset.
        const unknown = ids.filter((k) => !k.split('.').every((part) => known.has(part)));
        expect(unknown, 'text ids that name no field').to.deep.equal([]);
        for (const v of Object.values(t.strings)) expect(v).to.be.a('string').and.not.equal('');
        // Every language translates the same texts.
        expect(ids.sort()).to.deep.equal(Object.keys((modules.nl!.data[id] as typeof t).strings).sort());
      });
    }
  }
});
