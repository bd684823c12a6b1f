import { toCsv } from '../../core/csv.js';
import { CAPITAL_IDS } from '../../schema/constants.js';
import type { Answer, Answers, Capital, CapitalId, Capitals, Profile, RadarState, Statement } from '../../schema/capitals.js';

/** A value per capital, 0..100, or null where there is none (never 0 for "none"). */
export type Scores = Record<CapitalId, number | null>;

const emptyScores = (): Scores =>
  Object.fromEntries(CAPITAL_IDS.map((id) => [id, null])) as Scores;

// Percentages are summed as integers (in thousandths) so that a mean of printed values is the
// nearest double to the exact decimal: 89.4, not 89.39999999999999.
const SCALE = 1000;
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((acc, v) => acc + Math.round(v * SCALE), 0);
  return sum / (SCALE * values.length);
}

function meansBy<T extends { capitalId: CapitalId }>(items: readonly T[], value: (item: T) => number | null): Scores {
  const scores = emptyScores();
  for (const id of CAPITAL_IDS) {
    const values = items
      .filter((item) => item.capitalId === id)
      .map(value)
      .filter((v): v is number => v !== null);
    scores[id] = mean(values);
  }
  return scores;
}

/** Survey benchmark per capital: the mean "% respondents agreeing" of its surveyed statements, else null. */
export function benchmarks(data: Capitals): Scores {
  return meansBy(
    data.statements.filter((s) => s.benchmark === 'survey'),
    (s) => s.agreePct,
  );
}

/** The second, sparser benchmark: mean of the secondary survey's figures per capital, else null. */
export function secondaryBenchmarks(data: Capitals): Scores {
  return meansBy(data.secondaryBenchmarks ?? [], (b) => b.pct);
}

export interface AnswerCount {
  agree: number;
  disagree: number;
  notSure: number;
  unanswered: number;
  total: number;
}

/** How a capital's statements were answered; answers to unknown statement ids are ignored. */
export function answerCounts(data: Capitals, answers: Answers = {}): Record<CapitalId, AnswerCount> {
  const counts = Object.fromEntries(
    CAPITAL_IDS.map((id) => [id, { agree: 0, disagree: 0, notSure: 0, unanswered: 0, total: 0 }]),
  ) as Record<CapitalId, AnswerCount>;
  for (const s of data.statements) {
    const c = counts[s.capitalId];
    const a = Object.prototype.hasOwnProperty.call(answers, s.id) ? answers[s.id] : undefined;
    c.total++;
    if (a === 'agree') c.agree++;
    else if (a === 'disagree') c.disagree++;
    else if (a === 'not-sure') c.notSure++;
    else c.unanswered++;
  }
  return counts;
}

/**
 * A profile's score per capital: % of its answered statements agreed. Not sure and unanswered are
 * left out; a capital with no agree/disagree answer has no score (null).
 */
export function profileScores(data: Capitals, answers: Answers = {}): Scores {
  const counts = answerCounts(data, answers);
  const scores = emptyScores();
  for (const id of CAPITAL_IDS) {
    const { agree, disagree } = counts[id];
    scores[id] = agree + disagree === 0 ? null : (agree * 100) / (agree + disagree);
  }
  return scores;
}

/**
 * The statements a capital's plotted score rests on, like for like with the benchmark: where the
 * capital has survey statements, only those (the benchmark averages only them); else all of its
 * statements (economic capital: ours alone, and no benchmark to compare with).
 */
export function comparableStatements(data: Capitals): Statement[] {
  const surveyed = new Set(data.statements.filter((s) => s.benchmark === 'survey').map((s) => s.capitalId));
  return data.statements.filter((s) => s.benchmark === 'survey' || !surveyed.has(s.capitalId));
}

/** Our statements that sit beside survey ones in a capital (optimism): scored apart, never plotted. */
export function apartStatements(data: Capitals): Statement[] {
  const plotted = new Set(comparableStatements(data));
  return data.statements.filter((s) => !plotted.has(s));
}

/** Scores and counts over a subset of the statements. */
function scoresOver(data: Capitals, statements: readonly Statement[], answers: Answers = {}): { scores: Scores; counts: Record<CapitalId, AnswerCount> } {
  const subset: Capitals = { ...data, statements: [...statements] };
  return { scores: profileScores(subset, answers), counts: answerCounts(subset, answers) };
}

/** The plotted score per capital: % agreed over the comparable statements (see `comparableStatements`). */
export function comparableScores(data: Capitals, answers: Answers = {}): Scores {
  return scoresOver(data, comparableStatements(data), answers).scores;
}

/** Counts over the comparable statements, for "5 of 6 agreed" beside a plotted score. */
export function comparableCounts(data: Capitals, answers: Answers = {}): Record<CapitalId, AnswerCount> {
  return scoresOver(data, comparableStatements(data), answers).counts;
}

/** Score and counts of our statements kept apart (null where a capital has none answered). */
export function apartScores(data: Capitals, answers: Answers = {}): { scores: Scores; counts: Record<CapitalId, AnswerCount> } {
  return scoresOver(data, apartStatements(data), answers);
}

/** A profile's values: its direct values when given (absent = null), else its comparable scores from answers. */
export function profileValues(data: Capitals, profile: Profile): Scores {
  if (profile.values === undefined) return comparableScores(data, profile.answers);
  const scores = emptyScores();
  for (const id of CAPITAL_IDS) {
    const v = profile.values[id];
    scores[id] = typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : null;
  }
  return scores;
}

export interface StatementGroup {
  capital: Capital;
  statements: Statement[];
}

/** Statements grouped by capital, in the dataset's capital order (the form's sections). */
export function statementGroups(data: Capitals): StatementGroup[] {
  return data.capitals.map((capital) => ({
    capital,
    statements: data.statements.filter((s) => s.capitalId === capital.id),
  }));
}

export interface RadarSeriesModel {
  id: string;
  name: string;
  date?: string;
  kind: 'benchmark' | 'secondary' | 'profile';
  /** In axis order (the dataset's capital order). */
  values: (number | null)[];
}

/** Values of a score set in axis order. */
export function axisValues(data: Capitals, scores: Scores): (number | null)[] {
  return data.capitals.map((c) => scores[c.id]);
}

/**
 * The series to plot: the survey benchmark, optionally the secondary one, then each profile.
 * Names of the benchmark series are keys for the element to localise.
 */
export function radarSeries(
  data: Capitals,
  profiles: readonly Profile[],
  options: { secondary?: boolean } = {},
): RadarSeriesModel[] {
  const out: RadarSeriesModel[] = [
    { id: 'benchmark', name: 'benchmark', kind: 'benchmark', values: axisValues(data, benchmarks(data)) },
  ];
  if (options.secondary && (data.secondaryBenchmarks?.length ?? 0) > 0) {
    out.push({
      id: 'secondary',
      name: 'secondary',
      kind: 'secondary',
      values: axisValues(data, secondaryBenchmarks(data)),
    });
  }
  for (const p of profiles) {
    out.push({
      id: p.id,
      name: p.name,
      ...(p.date === undefined ? {} : { date: p.date }),
      kind: 'profile',
      values: axisValues(data, profileValues(data, p)),
    });
  }
  return out;
}

export interface ValueTable {
  columns: { id: string; name: string; date?: string; kind: RadarSeriesModel['kind'] }[];
  rows: { capitalId: CapitalId; name: string; cells: (number | null)[] }[];
}

/** The text alternative's table: one row per capital, one column per series. */
export function valueTable(data: Capitals, series: readonly RadarSeriesModel[]): ValueTable {
  return {
    columns: series.map(({ id, name, date, kind }) => (date === undefined ? { id, name, kind } : { id, name, date, kind })),
    rows: data.capitals.map((c, i) => ({ capitalId: c.id, name: c.name, cells: series.map((s) => s.values[i] ?? null) })),
  };
}

export type Relation = 'above' | 'below' | 'equal' | 'no-benchmark' | 'no-value';

export interface CapitalDescription {
  capitalId: CapitalId;
  name: string;
  value: number | null;
  benchmark: number | null;
  /** no-value wins over no-benchmark: with no value there is nothing to compare. */
  relation: Relation;
  /** value − benchmark, when both exist. */
  difference: number | null;
}

/** Values closer than this count as equal: they print the same at two decimals. */
const SAME = 0.005;

/** The parts of the chart's sentence, per capital in axis order, for the element to localise. */
export function describe(data: Capitals, values: Scores, benchmark: Scores = benchmarks(data)): CapitalDescription[] {
  return data.capitals.map((c) => {
    const value = values[c.id];
    const b = benchmark[c.id];
    const difference = value !== null && b !== null ? value - b : null;
    const relation: Relation =
      value === null
        ? 'no-value'
        : b === null || difference === null
          ? 'no-benchmark'
          : Math.abs(difference) < SAME
            ? 'equal'
            : difference > 0
              ? 'above'
              : 'below';
    return { capitalId: c.id, name: c.name, value, benchmark: b, relation, difference };
  });
}

/** Up to two decimals, no trailing zeros: 72, 89.4, 69.35, 66.67. */
export const formatPct = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The English sentence, e.g. "Information capital 60%, below the survey benchmark of 89.4%;
 * Economic capital 50%, no survey data." The element builds its localised one from the same parts.
 */
export function sentence(parts: readonly CapitalDescription[], format: (n: number) => string = formatPct): string {
  if (parts.length === 0) return '';
  const clause = (p: CapitalDescription): string => {
    const head = `${p.name} capital`;
    const bench = p.benchmark === null ? 'no survey data' : `survey benchmark ${format(p.benchmark)}%`;
    switch (p.relation) {
      case 'no-value':
        return `${head}: no score, ${bench}`;
      case 'no-benchmark':
        return `${head} ${format(p.value as number)}%, no survey data`;
      case 'equal':
        return `${head} ${format(p.value as number)}%, equal to the survey benchmark of ${format(p.benchmark as number)}%`;
      default:
        return `${head} ${format(p.value as number)}%, ${p.relation} the survey benchmark of ${format(p.benchmark as number)}%`;
    }
  };
  return `${parts.map(clause).join('; ')}.`;
}

// ---- saved profiles (pure transforms of RadarState) ---------------------------------------------

function patchProfile(state: RadarState, id: string, patch: (p: Profile) => Profile): RadarState {
  return { ...state, profiles: state.profiles.map((p) => (p.id === id ? patch(p) : p)) };
}

/** Records an answer (answers-based profiles only; a values profile is left as it is). */
export function setAnswer(state: RadarState, profileId: string, statementId: string, answer: Answer): RadarState {
  return patchProfile(state, profileId, (p) =>
    p.values !== undefined ? p : { ...p, answers: { ...p.answers, [statementId]: answer } },
  );
}

/** Sets or clears (`''`) a profile's date, `YYYY-MM-DD`; anything else is refused. */
export function setProfileDate(state: RadarState, profileId: string, date: string): RadarState {
  if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return state;
  return patchProfile(state, profileId, (p) => {
    const { date: _old, ...rest } = p;
    void _old;
    return date ? { ...rest, date } : rest;
  });
}

// ---- export text ---------------------------------------------------------------------------------

/**
 * CSV (RFC 4180, CRLF) of rows of cells: null is an empty cell, numbers are written with a dot and
 * at most two decimals, and text that a spreadsheet would run as a formula is prefixed with `'`.
 */
export function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return toCsv(rows.map((r) => r.map((v) => (typeof v === 'number' && Number.isFinite(v) ? formatPct(v) : v))));
}

export { wrapText } from '../../charts/wrap.js';
