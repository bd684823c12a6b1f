// The checklist engine speaks the element's language: UI strings from checklist.strings.ts, content
// from the definition's `translations` (ids as documented at the top of outputs-view.ts). English
// keeps the contract's names.
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import '../../../src/widgets/diplomacy-capacity/diplomacy-capacity.js';
import '../../../src/widgets/talent-governance/talent-governance.js';
import branding from '../../../data/branding-checklist.json';
import diplomacy from '../../../data/diplomacy-capacity.json';
import talent from '../../../data/talent-governance.json';
import type { ChecklistDefinition } from '../../../src/schema/checklist.js';
import type { ChecklistElement } from '../../../src/widgets/checklist/checklist-element.js';
import { loadLanguages, accessibleName, mount, shadow, until, uniqueKey, radioGroups as groups, showSummary } from '../../helpers.js';
import { withTranslations } from '../../../src/core/i18n.js';
import { OTHER_LANGS } from '../../../src/core/langs.js';

type Tag = 'branding-checklist' | 'diplomacy-capacity' | 'talent-governance';
type Lang = 'en' | 'nl' | 'de';

const DEFS: Record<Tag, ChecklistDefinition> = {
  'branding-checklist': withTranslations('branding-checklist', branding) as ChecklistDefinition,
  'diplomacy-capacity': withTranslations('diplomacy-capacity', diplomacy) as ChecklistDefinition,
  'talent-governance': withTranslations('talent-governance', talent) as ChecklistDefinition,
};

// The texts come from the language modules (loaded on first use in a page; here, all up front).
before(loadLanguages);

/** Every text id the engine looks up in a definition, with its English original (the convention of outputs-view.ts). */
function textIds(d: ChecklistDefinition): Record<string, string> {
  const m: Record<string, string> = { title: d.title };
  if (d.intro) m.intro = d.intro;
  m['scoring.note'] = d.scoring.note;
  if (d.sectionLabel) m.sectionLabel = d.sectionLabel;
  for (const s of d.sections) m[`sections.${s.id}.title`] = s.title;
  for (const q of d.sections.flatMap((s) => s.questions)) {
    m[`questions.${q.id}`] = q.text;
    if (q.figure) m[`questions.${q.id}.figure`] = q.figure.text;
  }
  d.leads?.options.forEach((l, i) => (m[`leads.${i}`] = l));
  const o = d.outputs;
  if (o?.pillars) {
    m['outputs.pillars.title'] = o.pillars.title;
    for (const p of o.pillars.items) m[`outputs.pillars.items.${p.id}.title`] = p.title;
  }
  if (o?.stages) {
    m['outputs.stages.title'] = o.stages.title;
    m['outputs.stages.note'] = o.stages.note;
    for (const l of o.stages.levels) {
      m[`outputs.stages.levels.${l.id}.label`] = l.label;
      if (l.text) m[`outputs.stages.levels.${l.id}.text`] = l.text;
    }
  }
  for (const f of o?.flags ?? []) {
    m[`outputs.flags.${f.id}.label`] = f.label;
    m[`outputs.flags.${f.id}.text`] = f.text;
  }
  if (o?.matrix) {
    const x = o.matrix;
    m['outputs.matrix.title'] = x.title;
    for (const r of x.rows) m[`outputs.matrix.rows.${r.id}.label`] = r.label;
    for (const c of x.cols) m[`outputs.matrix.cols.${c.id}.label`] = c.label;
    for (const c of x.cells) if (c.descriptor) m[`outputs.matrix.cells.${c.row}-${c.col}.descriptor.text`] = c.descriptor.text;
    m['outputs.matrix.warning.label'] = x.warning.label;
    m['outputs.matrix.warning.text'] = x.warning.text;
  }
  if (o?.placement) {
    const p = o.placement;
    m['outputs.placement.title'] = p.title;
    m['outputs.placement.note'] = p.note;
    for (const b of p.bands) {
      m[`outputs.placement.bands.${b.id}.label`] = b.label;
      if (b.text) m[`outputs.placement.bands.${b.id}.text`] = b.text;
    }
    for (const c of p.cases) {
      m[`outputs.placement.cases.${c.id}.name`] = c.name;
      c.facts.forEach((f, i) => (m[`outputs.placement.cases.${c.id}.facts.${i}.text`] = f.text));
    }
  }
  if (o?.steps) {
    m['outputs.steps.title'] = o.steps.title;
    m['outputs.steps.note'] = o.steps.note;
    m['outputs.steps.before'] = o.steps.before;
    for (const s of o.steps.items) {
      m[`outputs.steps.items.${s.question}.label`] = s.label;
      m[`outputs.steps.items.${s.question}.text`] = s.text;
    }
  }
  if (o?.challenges) {
    m['outputs.challenges.title'] = o.challenges.title;
    for (const c of o.challenges.items) {
      m[`outputs.challenges.items.${c.question}.title`] = c.title;
      m[`outputs.challenges.items.${c.question}.advice`] = c.advice;
    }
  }
  return m;
}

async function make(tag: Tag, lang: Lang): Promise<ChecklistElement> {
  const key = uniqueKey(`loc-${lang}`);
  const el =
    tag === 'branding-checklist'
      ? await mount<ChecklistElement>(html`<branding-checklist storage-key=${key} lang=${lang}></branding-checklist>`)
      : tag === 'diplomacy-capacity'
        ? await mount<ChecklistElement>(html`<diplomacy-capacity storage-key=${key} lang=${lang}></diplomacy-capacity>`)
        : await mount<ChecklistElement>(html`<talent-governance storage-key=${key} lang=${lang}></talent-governance>`);
  await until(() => !!el.data, 3000, 'data');
  await el.updateComplete;
  // The Summary's outputs load as a reader reaches the Summary.
  if (tag !== 'branding-checklist') await showSummary(el);
  await el.updateComplete;
  return el;
}

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const radioNames = (g: Element) => [...g.querySelectorAll('input[type="radio"]')].map(accessibleName);
const headings = (el: Element) => [...shadow(el).querySelectorAll('section.phase h3')].map(text);
const buttons = (el: Element) => [...shadow(el).querySelectorAll('.actions button, .actions label.button')].map(text);
const summaryHeading = (el: Element) => text(shadow(el).querySelector('#summary-h')!);
const current = (el: Element, part: string) => text(shadow(el).querySelector(`${part} [aria-current="true"]`)!);
const groupOf = (el: Element, id: string) => groups(el).find((g) => g.getAttribute('aria-labelledby') === `q-${id}`)!;

async function answer(el: ChecklistElement, answers: Record<string, number>) {
  for (const [id, i] of Object.entries(answers)) (groupOf(el, id).querySelectorAll('input[type="radio"]')[i] as HTMLInputElement).click();
  await el.updateComplete;
}

const EXPECTED = {
  nl: {
    answers: ['Ja', 'Gedeeltelijk', 'Nee', 'Niet van toepassing'],
    summary: 'Samenvatting',
    buttons: ['JSON downloaden', 'CSV downloaden', 'Afdrukken', 'JSON importeren'],
    notes: 'Notities',
    sections: {
      'branding-checklist': ['Vóór aankomst', 'Tijdens het verblijf', 'Na vertrek'],
      'diplomacy-capacity': ['Bureau en mensen', 'Budget', 'Opleiding', 'Strategie en regels', 'Verplichtingen en communicatie', 'Mandaat', 'Beleidscapaciteit (individueel, organisatorisch, systemisch)'],
      'talent-governance': ['Aantrekken', 'Faciliteren', 'Integreren', 'Hoe de coördinatie is georganiseerd', 'Belangrijkste uitdagingen', 'De zandloper: waar uw samenwerking staat'],
    },
    stage: 'Ad hoc',
    stageStarted: 'Gestart',
    matrixRows: ['Individueel', 'Organisatorisch', 'Systemisch'],
    matrixCols: ['Analytisch', 'Operationeel', 'Politiek'],
    figure: 'van de respondenten van de enquête gaf aan dat hun stad een officieel internationaal bureau heeft',
    placement: 'Lichtere coördinatie',
    strategic: 'Strategische coördinatie',
    before: 'Niet begonnen',
  },
  de: {
    answers: ['Ja', 'Teilweise', 'Nein', 'Nicht zutreffend'],
    summary: 'Zusammenfassung',
    buttons: ['JSON herunterladen', 'CSV herunterladen', 'Drucken', 'JSON importieren'],
    notes: 'Notizen',
    sections: {
      'branding-checklist': ['Vor der Ankunft', 'Während des Aufenthalts', 'Nach der Abreise'],
      'diplomacy-capacity': ['Büro und Personal', 'Budget', 'Schulung', 'Strategie und Regeln', 'Verpflichtungen und Öffentlichkeitsarbeit', 'Mandat', 'Politikkapazität (individuell, organisatorisch, systemisch)'],
      'talent-governance': ['Gewinnung', 'Unterstützung', 'Integration', 'Wie die Koordination organisiert ist', 'Zentrale Herausforderungen', 'Die Sanduhr: wo Ihre Partnerschaft steht'],
    },
    stage: 'Ad hoc',
    stageStarted: 'Gestartet',
    matrixRows: ['Individuell', 'Organisatorisch', 'Systemisch'],
    matrixCols: ['Analytisch', 'Operativ', 'Politisch'],
    figure: 'der Befragten gaben an, dass ihre Stadt ein offizielles Büro für internationale Angelegenheiten hat',
    placement: 'Leichtere Koordination',
    strategic: 'Strategische Koordination',
    before: 'Nicht begonnen',
  },
} as const;

describe('checklist engine localisation', () => {
  for (const lang of ['nl', 'de'] as const) {
    const x = EXPECTED[lang];
    for (const tag of ['branding-checklist', 'diplomacy-capacity', 'talent-governance'] as const) {
      it(`<${tag} lang="${lang}">: radios, section headings, Notes, Summary and buttons in ${lang}`, async () => {
        const el = await make(tag, lang);
        const def = DEFS[tag];
        const tr = def.translations![lang]!.strings;
        expect(text(shadow(el).querySelector('header h2')!)).to.equal(tr.title);
        expect(headings(el)).to.deep.equal(x.sections[tag]);
        expect(groups(el)).to.have.length(def.sections.flatMap((s) => s.questions).length);
        for (const g of groups(el)) expect(radioNames(g)).to.deep.equal(x.answers);
        const q = def.sections[0]!.questions[0]!;
        expect(accessibleName(groupOf(el, q.id))).to.contain(tr[`questions.${q.id}`]!);
        expect(accessibleName(shadow(el).querySelector('textarea')!)).to.equal(x.notes);
        expect(summaryHeading(el).startsWith(`${x.summary}: `), summaryHeading(el)).to.equal(true);
        expect(buttons(el)).to.deep.equal(x.buttons);
        // The Summary table lists the scored sections under their translated titles.
        const rows = [...shadow(el).querySelectorAll('table[part="summary-table"] tbody th')].map(text);
        const scored = def.sections.filter((s) => s.questions.some((sq) => sq.scored !== false));
        expect(rows).to.deep.equal(scored.map((s) => tr[`sections.${s.id}.title`]));
        expect(rows.every((r) => (x.sections[tag] as readonly string[]).includes(r))).to.equal(true);
        // The note saying the translation is unofficial is shown.
        expect(text(shadow(el).querySelector('header .source')!)).to.contain(def.translations![lang]!.note!);
      });

      it(`<${tag} lang="${lang}">: no English content text is left on screen`, async () => {
        const el = await make(tag, lang);
        if (tag === 'diplomacy-capacity') {
          // Raise the flag and the matrix warning so their texts show too.
          await answer(el, { authority: 2, 'ind-political': 0, 'org-political': 2 });
        }
        // Citations name the source's own (English) sections and titles: left out here.
        const copy = shadow(el).querySelector('.root')!.cloneNode(true) as Element;
        copy.querySelectorAll('.cite, .source').forEach((c) => c.remove());
        const shown = text(copy);
        const tr = DEFS[tag].translations![lang]!.strings;
        const left = Object.entries(textIds(DEFS[tag])).filter(
          ([id, en]) => tr[id] !== en && !id.startsWith('leads.') && shown.includes(en),
        );
        expect(left.map(([id]) => id)).to.deep.equal([]);
      });
    }

    it(`<diplomacy-capacity lang="${lang}">: stage, pillars, matrix labels and figure text in ${lang}`, async () => {
      const el = await make('diplomacy-capacity', lang);
      const root = shadow(el);
      // No answer, no stage marked; office and manager No decide Ad hoc.
      expect(root.querySelectorAll('.stages [aria-current]').length).to.equal(0);
      await answer(el, { office: 2, 'senior-manager': 2 });
      expect(current(el, '.stages')).to.contain(x.stage);
      const office = groupOf(el, 'office').closest('li')!;
      expect(text(office.querySelector('.figure')!)).to.contain(x.figure);
      const table = root.querySelector('table.matrix')!;
      expect([...table.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(x.matrixRows);
      expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(x.matrixCols);
      await answer(el, { office: 0, 'senior-manager': 0, 'travel-budget': 2, 'events-budget': 2 });
      expect(current(el, '.stages')).to.contain(x.stageStarted);
      expect(text(root.querySelector('.stages .verdict')!)).to.contain(x.stageStarted);
      const pillars = [...root.querySelectorAll('table.pillars tbody th')].map(text);
      expect(pillars[0]).to.equal(x.stageStarted);
    });

    it(`<talent-governance lang="${lang}">: placement, bands and hourglass in ${lang}`, async () => {
      const el = await make('talent-governance', lang);
      const root = shadow(el);
      const bands = [...root.querySelectorAll('.placement .ladder > li > strong')].map(text);
      expect(bands[0]).to.equal(x.placement);
      expect(bands[2]).to.equal(x.strategic);
      expect(root.querySelectorAll('[aria-current]').length).to.equal(0);
      await answer(el, { 'hourglass-go-big': 2 });
      expect(current(el, '.steps')).to.equal(x.before);
      const items = (talent as ChecklistDefinition).outputs!.placement!.items.map((w) => w.question);
      await answer(el, Object.fromEntries(items.map((q) => [q, 2])));
      expect(text(root.querySelector('.placement .verdict')!)).to.contain(x.placement);
      expect(current(el, '.placement')).to.contain(x.placement);
    });
  }

  it('keeps the contract’s English names when lang="en"', async () => {
    const dc = await make('diplomacy-capacity', 'en');
    expect(radioNames(groups(dc)[0]!)).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
    expect(accessibleName(shadow(dc).querySelector('textarea')!)).to.equal('Notes');
    expect(summaryHeading(dc).startsWith('Summary: ')).to.equal(true);
    expect(buttons(dc)).to.deep.equal(['Download JSON', 'Download CSV', 'Print', 'Import JSON']);
    const ladder = [...shadow(dc).querySelectorAll('.stages .ladder > li > strong')].map(text);
    expect(ladder).to.deep.equal(['Ad hoc', 'Started', 'Resourced and professionalised', 'Institutionalised']);
    const table = shadow(dc).querySelector('table.matrix')!;
    expect([...table.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(['Individual', 'Organisational', 'Systemic']);
    expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Analytical', 'Operational', 'Political']);
    expect(text(shadow(dc).querySelector('header .source')!)).not.to.contain('unofficial');

    const tg = await make('talent-governance', 'en');
    const bands = [...shadow(tg).querySelectorAll('.placement .ladder > li > strong')].map(text);
    expect(bands).to.deep.equal(['Lighter co-ordination', 'In between', 'Strategic co-ordination']);
    expect(buttons(tg)).to.deep.equal(['Download JSON', 'Download CSV', 'Print', 'Import JSON']);

    const bc = await make('branding-checklist', 'en');
    expect(radioNames(groups(bc)[0]!)).to.deep.equal(['Yes', 'Partly', 'No', 'Not applicable']);
    expect(summaryHeading(bc).startsWith('Summary: ')).to.equal(true);
  });

  it('follows the nearest ancestor’s lang when the element has none', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div lang="de"><talent-governance storage-key=${uniqueKey('loc-anc')}></talent-governance></div>`);
    const el = wrap.querySelector('talent-governance') as ChecklistElement;
    await until(() => !!el.data, 3000, 'data');
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Gewinnung');
    expect(radioNames(groups(el)[0]!)).to.deep.equal(EXPECTED.de.answers);
  });

  for (const [tag, def] of Object.entries(DEFS)) {
    it(`${tag}: every language translates exactly the ids the engine looks up`, () => {
      const ids = Object.keys(textIds(def)).sort();
      expect(Object.keys(def.translations ?? {}).sort()).to.deep.equal([...OTHER_LANGS].sort());
      for (const [lang, t] of Object.entries(def.translations ?? {})) {
        expect(Object.keys(t!.strings).sort(), `${tag} ${lang}`).to.deep.equal(ids);
        expect(t!.unofficial, `${tag} ${lang}`).to.equal(true);
        expect(t!.note, `${tag} ${lang}`).to.be.a('string').and.not.equal('');
      }
    });
  }
});
