import { expect } from '@open-wc/testing';
import data from '../../../data/capitals.json';
import { Capitals, RadarState, type Answers, type Profile } from '../../../src/schema/capitals.js';
import * as m from '../../../src/widgets/capital-radar/capital-radar.model.js';
import {
  answerCounts,
  benchmarks,
  csv,
  setAnswer,
  setProfileDate,
  wrapText,
  describe as describeValues,
  formatPct,
  profileScores,
  profileValues,
  radarSeries,
  secondaryBenchmarks,
  sentence,
  statementGroups,
  valueTable,
  type Scores,
} from '../../../src/widgets/capital-radar/capital-radar.model.js';

const dataset = Capitals.parse(data);
const none: Scores = { economic: null, social: null, information: null, cultural: null, psychological: null, language: null };
const all = (answer: 'agree' | 'disagree' | 'not-sure'): Answers =>
  Object.fromEntries(dataset.statements.map((s) => [s.id, answer]));

describe('capital-radar model', () => {
  describe('benchmarks()', () => {
    it('is the mean % agreeing per capital, and null for economic', () => {
      // Exact: the means are computed on integers, so 89.4 is the double 89.4.
      expect(benchmarks(dataset)).to.deep.equal({
        economic: null, social: 72, information: 89.4, cultural: 75, language: 69.35, psychological: 85.2,
      });
    });

    it('follows the data: a custom surveyed statement gives economic a benchmark', () => {
      const copy = structuredClone(dataset);
      copy.statements.push({ ...copy.statements[2], id: 'eco-9', capitalId: 'economic', agreePct: 40 });
      expect(benchmarks(copy).economic).to.equal(40);
    });

    it('is all null without statements', () => {
      expect(benchmarks({ ...dataset, statements: [] })).to.deep.equal(none);
    });

    it('gives the second survey\u2019s figures where it has them', () => {
      expect(secondaryBenchmarks(dataset)).to.deep.equal({ ...none, social: 64, information: 70, psychological: 99 });
      expect(secondaryBenchmarks({ ...dataset, secondaryBenchmarks: undefined })).to.deep.equal(none);
    });
  });

  describe('profileScores()', () => {
    const rows: [string, Answers, Scores][] = [
      ['no answers', {}, none],
      ['all Not sure', all('not-sure'), none],
      ['answers to unknown statements only', JSON.parse('{"zzz-1":"agree","constructor":"agree"}') as Answers, none],
      ['all Agree', all('agree'), { economic: 100, social: 100, information: 100, cultural: 100, psychological: 100, language: 100 }],
      ['all Disagree (0, not null)', all('disagree'), { economic: 0, social: 0, information: 0, cultural: 0, psychological: 0, language: 0 }],
      ['one agree, one disagree', { 'eco-1': 'agree', 'eco-2': 'disagree' }, { ...none, economic: 50 }],
      ['Not sure left out', { 'cul-1': 'agree', 'cul-2': 'not-sure' }, { ...none, cultural: 100 }],
      ['optimism counts with psychological', { 'psy-7': 'agree', 'psy-8': 'agree', 'psy-1': 'disagree', 'psy-2': 'disagree' }, { ...none, psychological: 50 }],
    ];
    for (const [what, answers, expected] of rows) {
      it(what, () => expect(profileScores(dataset, answers)).to.deep.equal(expected));
    }

    it('2 of 3 answered agreed is 66.67% (unanswered and Not sure left out)', () => {
      const scores = profileScores(dataset, { 'inf-1': 'agree', 'inf-2': 'agree', 'inf-3': 'disagree', 'inf-4': 'not-sure' });
      expect(scores.information).to.be.closeTo(200 / 3, 1e-12);
      expect(scores.social).to.equal(null);
    });

    it('counts the answers', () => {
      const counts = answerCounts(dataset, { 'inf-1': 'agree', 'inf-2': 'disagree', 'inf-3': 'not-sure' });
      expect(counts.information).to.deep.equal({ agree: 1, disagree: 1, notSure: 1, unanswered: 2, total: 5 });
      expect(counts.economic).to.deep.equal({ agree: 0, disagree: 0, notSure: 0, unanswered: 2, total: 2 });
    });
  });

  describe('profileValues()', () => {
    it('takes direct values, absent or null as null', () => {
      const p = { id: 'p', name: 'P', values: { social: 40, economic: null } };
      expect(profileValues(dataset, p)).to.deep.equal({ ...none, social: 40 });
    });
    it('scores answers otherwise', () => {
      expect(profileValues(dataset, { id: 'p', name: 'P', answers: { 'soc-1': 'agree' } })).to.deep.equal({ ...none, social: 100 });
      expect(profileValues(dataset, { id: 'p', name: 'P' })).to.deep.equal(none);
    });
  });

  it('groups the statements by capital for the form', () => {
    const groups = statementGroups(dataset);
    expect(groups.map((g) => [g.capital.id, g.statements.length])).to.deep.equal([
      ['economic', 2], ['social', 1], ['information', 5], ['cultural', 2], ['psychological', 8], ['language', 2],
    ]);
  });

  describe('radarSeries() and valueTable()', () => {
    const profiles = [
      { id: 'before', name: 'Before mentoring', date: '2024-01-15', answers: { 'soc-1': 'disagree' } as Answers },
      { id: 'after', name: 'After 6 months', values: { economic: 50, social: 100 } },
    ];

    it('puts the benchmark first, then each profile, in axis order', () => {
      expect(radarSeries(dataset, profiles)).to.deep.equal([
        { id: 'benchmark', name: 'benchmark', kind: 'benchmark', values: [null, 72, 89.4, 75, 85.2, 69.35] },
        { id: 'before', name: 'Before mentoring', date: '2024-01-15', kind: 'profile', values: [null, 0, null, null, null, null] },
        { id: 'after', name: 'After 6 months', kind: 'profile', values: [50, 100, null, null, null, null] },
      ]);
    });

    it('adds the secondary benchmark on request', () => {
      const series = radarSeries(dataset, [], { secondary: true });
      expect(series.map((s) => s.id)).to.deep.equal(['benchmark', 'secondary']);
      expect(series[1].values).to.deep.equal([null, 64, 70, null, 99, null]);
    });

    it('tables every plotted value, capital × series', () => {
      const table = valueTable(dataset, radarSeries(dataset, profiles));
      expect(table.columns.map((c) => c.id)).to.deep.equal(['benchmark', 'before', 'after']);
      expect(table.rows.map((r) => [r.name, ...r.cells])).to.deep.equal([
        ['Economic', null, null, 50],
        ['Social', 72, 0, 100],
        ['Information', 89.4, null, null],
        ['Cultural', 75, null, null],
        ['Psychological', 85.2, null, null],
        ['Language', 69.35, null, null],
      ]);
    });

    it('is empty for an empty series list', () => {
      expect(valueTable(dataset, []).columns).to.deep.equal([]);
      expect(valueTable(dataset, []).rows.every((r) => r.cells.length === 0)).to.equal(true);
    });
  });

  describe('describe() and sentence()', () => {
    const values: Scores = { economic: 50, social: 72, information: 60, cultural: 80, psychological: null, language: null };
    const parts = describeValues(dataset, values);

    it('relates each value to its benchmark', () => {
      expect(parts.map((p) => [p.capitalId, p.relation])).to.deep.equal([
        ['economic', 'no-benchmark'],
        ['social', 'equal'],
        ['information', 'below'],
        ['cultural', 'above'],
        ['psychological', 'no-value'],
        ['language', 'no-value'],
      ]);
      expect(parts[2].difference).to.be.closeTo(-29.4, 1e-9);
      expect(parts[0].difference).to.equal(null);
      expect(parts[4].benchmark).to.equal(85.2);
    });

    it('says it in one English sentence', () => {
      expect(sentence(parts)).to.equal(
        'Economic capital 50%, no survey data; ' +
          'Social capital 72%, equal to the survey benchmark of 72%; ' +
          'Information capital 60%, below the survey benchmark of 89.4%; ' +
          'Cultural capital 80%, above the survey benchmark of 75%; ' +
          'Psychological capital: no score, survey benchmark 85.2%; ' +
          'Language capital: no score, survey benchmark 69.35%.',
      );
    });

    it('formats with the given formatter, and says nothing for nothing', () => {
      const dutch = new Intl.NumberFormat('nl', { maximumFractionDigits: 2 }).format;
      expect(sentence(parts.slice(2, 3), dutch)).to.equal('Information capital 60%, below the survey benchmark of 89,4%.');
      expect(sentence([])).to.equal('');
    });

    it('rounds to at most two decimals', () => {
      expect([72, 89.4, 69.35, 200 / 3, 0].map(formatPct)).to.deep.equal(['72', '89.4', '69.35', '66.67', '0']);
    });
  });

  describe('saved profiles', () => {
    const p = (id: string, name = id, extra: Partial<Profile> = {}): Profile => ({ id, name, answers: {}, ...extra });
    const two: RadarState = { activeId: 'b', profiles: [p('a', 'Before mentoring'), p('b', 'After 6 months')] };

    it('records an answer in one profile only, and never in a values profile', () => {
      const next = setAnswer(two, 'a', 'soc-1', 'agree');
      expect(next.profiles.map((x) => x.answers)).to.deep.equal([{ 'soc-1': 'agree' }, {}]);
      expect(two.profiles[0]!.answers).to.deep.equal({});
      const values = { activeId: 'v', profiles: [p('v', 'V', { answers: undefined, values: { social: 1 } })] };
      expect(setAnswer(values, 'v', 'soc-1', 'agree')).to.deep.equal(values);
    });

    it('sets, clears and refuses dates', () => {
      const dated = setProfileDate(two, 'a', '2025-06-30');
      expect(dated.profiles[0]!.date).to.equal('2025-06-30');
      expect('date' in setProfileDate(dated, 'a', '').profiles[0]!).to.equal(false);
      expect(setProfileDate(two, 'a', '30/06/2025')).to.equal(two);
    });

    it('refuses saved state that breaks the rules', () => {
      expect(RadarState.safeParse({ activeId: 'a', profiles: [] }).success).to.equal(false);
      expect(RadarState.safeParse({ activeId: 'a', profiles: [p('a'), p('a')] }).success).to.equal(false);
      expect(RadarState.safeParse({ activeId: 'a', profiles: [p('a', '')] }).success).to.equal(false);
    });
  });

  describe('csv()', () => {
    const rows: [string, (string | number | null)[][], string][] = [
      ['nothing', [], ''],
      ['null is an empty cell, numbers at two decimals', [['a', null, 200 / 3, 72]], 'a,,66.67,72\r\n'],
      ['quotes commas, quotes and line breaks', [['x, y', 'say "hi"', 'a\nb']], '"x, y","say ""hi""","a\nb"\r\n'],
      ['defuses formulas', [['=1+1', '+1', '-1', '@x']], "'=1+1,'+1,'-1,'@x\r\n"],
      ['writes no NaN', [[Number.NaN, Number.POSITIVE_INFINITY]], ',\r\n'],
    ];
    for (const [what, input, expected] of rows) it(what, () => expect(csv(input)).to.equal(expected));
  });

  describe('wrapText()', () => {
    const rows: [string, number, string[]][] = [
      ['', 10, []],
      ['one two three', 7, ['one two', 'three']],
      ['a verylongword b', 4, ['a', 'verylongword', 'b']],
      ['  spaced   out  ', 20, ['spaced out']],
    ];
    for (const [input, max, expected] of rows) it(`${JSON.stringify(input)} at ${max}`, () => expect(wrapText(input, max)).to.deep.equal(expected));
  });
});

describe('like-for-like scores against the benchmark', () => {
  const d = data as unknown as Capitals;
  it('plots psychological capital over the survey statements only; our optimism statements apart', () => {
    const answers: Answers = { 'psy-1': 'agree', 'psy-2': 'disagree', 'psy-7': 'disagree', 'psy-8': 'disagree' };
    expect(m.comparableScores(d, answers).psychological).to.equal(50);
    expect(m.apartScores(d, answers).scores.psychological).to.equal(0);
    expect(m.apartStatements(d).map((s) => s.id)).to.deep.equal(['psy-7', 'psy-8']);
    expect(m.profileValues(d, { id: 'p', name: 'P', answers }).psychological).to.equal(50);
  });
  it('keeps economic capital (ours alone, no benchmark) plotted from its own statements', () => {
    expect(m.comparableScores(d, { 'eco-1': 'agree', 'eco-2': 'disagree' }).economic).to.equal(50);
    expect(m.apartScores(d, { 'eco-1': 'agree' }).scores.economic).to.equal(null);
  });
  it('gives no plotted score where only our statements are answered (never 0)', () => {
    expect(m.comparableScores(d, { 'psy-7': 'agree' }).psychological).to.equal(null);
  });
});
