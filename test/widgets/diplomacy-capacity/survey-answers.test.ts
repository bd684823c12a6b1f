import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/diplomacy-capacity/diplomacy-capacity.js';
import survey from '../../../data/diplomacy-survey.json';
import { figureText, figuresByGroup } from '../../../src/core/survey-figures.js';
import { validate } from '../../../src/core/check.js';
import { SurveyFigures } from '../../../src/schema/survey-figures.js';
import { mount, seriousViolations, shadow, until, uniqueKey } from '../../helpers.js';

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const data = survey as SurveyFigures;

describe('data/diplomacy-survey.json', () => {
  it('parses, and cites seed 004 for every figure', () => {
    const r = validate(SurveyFigures, survey);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problem)).to.equal(true);
    for (const f of data.figures) expect(f.source.doc, f.id).to.equal('004_c38490fdc1cc44ba.txt');
  });
  it('holds the figures the report’s text states, with their qualifiers (checked against the seed with sed -n Np)', () => {
    const pick = (id: string) => {
      const f = data.figures.find((x) => x.id === id)!;
      return [f.value, f.qualifier, f.source.lines, f.n];
    };
    expect(pick('more-if-funds')).to.deep.equal([78, 'exact', '137', null]);
    expect(pick('more-if-training')).to.deep.equal([58, 'exact', '181', null]);
    expect(pick('more-if-information')).to.deep.equal([55, 'exact', '160', null]);
    expect(pick('cities-role')).to.deep.equal([83, 'exact', '194', null]);
    expect(pick('national-only')).to.deep.equal([10, 'exact', '194', null]);
    expect(pick('leader-networks')).to.deep.equal([80, 'more-than', '243', null]);
    expect(pick('greater-impact')).to.deep.equal([67, 'more-than', '207, 229, 238', 46]);
    expect(data.responses.value).to.equal(49);
  });
  it('fails at the path of a figure without a qualifier', () => {
    const bad = structuredClone(survey) as { figures: Record<string, unknown>[] };
    delete bad.figures[3]!.qualifier;
    const r = validate(SurveyFigures, bad);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problem.path).to.equal('figures[3].qualifier');
  });
});

describe('survey-figures core', () => {
  const w = { about: 'about {value}', moreThan: 'more than {value}', atMost: 'at most {value}' };
  const rows: [string, 'exact' | 'about' | 'more-than' | 'at-most', number, string][] = [
    ['exact', 'exact', 86, '86%'],
    ['about', 'about', 50, 'about 50%'],
    ['more than', 'more-than', 80, 'more than 80%'],
    ['at most', 'at-most', 15, 'at most 15%'],
  ];
  for (const [name, qualifier, value, out] of rows) it(name, () => expect(figureText({ value, qualifier }, (v) => `${v}%`, w)).to.equal(out));
  it('groups in the groups’ order, leaving empty ones out', () => {
    const d = { ...data, groups: [{ id: 'empty', label: 'E' }, ...data.groups] };
    expect(figuresByGroup(d).map((g) => g.group)).to.deep.equal(data.groups.map((g) => g.id));
  });
});

/** Opens the fold "How the 47 cities answered" and waits for its content (loaded on first opening). */
async function openSurvey(el: HTMLElement): Promise<Element> {
  await until(() => !!shadow(el).querySelector('[part="survey"] summary'), 3000, 'survey heading');
  const section = shadow(el).querySelector('[part="survey"]')!;
  section.querySelector<HTMLElement>('summary')!.click();
  await until(() => !!section.querySelector('tbody tr'), 3000, 'survey figures');
  return section;
}

describe('<diplomacy-capacity>: How the 47 cities answered', () => {
  it('shows its heading while folded; its figures load when it is opened', async () => {
    const el = await mount<HTMLElement>(html`<diplomacy-capacity storage-key=${uniqueKey('dcs')} lang="en"></diplomacy-capacity>`);
    await until(() => !!shadow(el).querySelector('[part="survey"] h3'), 3000, 'survey heading');
    const fold = shadow(el).querySelector<HTMLDetailsElement>('[part="survey"] details.survey-fold')!;
    expect(fold.open).to.equal(false);
    expect(text(fold.querySelector('summary h3')!)).to.equal(data.title);
    const section = await openSurvey(el);
    expect(fold.open).to.equal(true);
    expect(section.querySelectorAll('tbody tr').length).to.equal(data.figures.length);
  });

  it('names the fold as the dataset titles it, in every language', async () => {
    for (const lang of ['nl', 'de', 'it', 'hu', 'cs', 'pl'] as const) {
      const ui = (await import(`../../../src/translations/${lang}/surveyAnswers.ts`)) as { default: Record<string, string> };
      const ds = (await import(`../../../src/translations/${lang}/diplomacy-survey.ts`)) as { default: { strings: Record<string, string> } };
      expect(ui.default.title, lang).to.equal(ds.default.strings.title);
    }
  });

  it('loads its figures before printing, and prints them', async () => {
    const el = await mount<HTMLElement>(html`<diplomacy-capacity storage-key=${uniqueKey('dcs')} lang="en"></diplomacy-capacity>`);
    await until(() => !!shadow(el).querySelector('[part="actions"] button'), 3000, 'actions');
    const realPrint = window.print;
    let rowsAtPrint = -1;
    window.print = () => void (rowsAtPrint = shadow(el).querySelectorAll('[part="survey"] details[open] tbody tr').length);
    try {
      [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Print')!.click();
      await until(() => rowsAtPrint >= 0, 3000, 'print');
      expect(rowsAtPrint).to.equal(data.figures.length);
    } finally {
      window.print = realPrint;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(shadow(el).querySelector<HTMLDetailsElement>('details.survey-fold')!.open, 'folded again after printing').to.equal(false);
  });

  it('charts every figure with its qualifier and n, cited without lines, in a named table per group', async () => {
    const el = await mount<HTMLElement>(html`<diplomacy-capacity storage-key=${uniqueKey('dcs')} lang="en"></diplomacy-capacity>`);
    const section = await openSurvey(el);
    expect(text(section.querySelector('h3')!)).to.equal('How the 47 cities answered');
    expect(text(section)).to.contain('49 responses from 47 cities').and.contain('Kosovac');
    const rows = [...section.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(data.figures.length);
    const row = (label: string) => rows.find((r) => text(r.querySelector('th')!).startsWith(label))!;
    expect(text(row('Would engage more with dedicated funds'))).to.contain('78%');
    expect(text(row('Agree that leaders’ personal networks'))).to.contain('more than 80%').and.contain('not stated');
    expect(text(row('Believe cities have a greater impact'))).to.contain('more than 67%').and.contain('46');
    expect(section.textContent).not.to.match(/\.txt|line \d/);
    for (const region of section.querySelectorAll('[role="region"]')) expect(region.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
  });

  it('speaks German and passes axe-core', async () => {
    const el = await mount<HTMLElement>(html`<diplomacy-capacity storage-key=${uniqueKey('dcs')} lang="de"></diplomacy-capacity>`);
    await until(() => text(shadow(el).querySelector('[part="survey"] h3') ?? document.createElement('i')) === 'Wie die 47 Städte antworteten', 3000, 'German heading');
    const section = await openSurvey(el);
    expect(text(section.querySelector('h3')!)).to.equal('Wie die 47 Städte antworteten');
    expect(text(section)).to.contain('49 Antworten aus 47 Städten').and.contain('mehr als 80').and.contain('Inoffizielle Übersetzung');
    expect(await seriousViolations(section.parentElement!)).to.deep.equal([]);
  });
});
