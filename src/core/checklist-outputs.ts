// What a checklist definition computes beyond section scores: pillars, a stage, flags, a capacity
// matrix, a placement between models, a step in a sequence, open challenges. Each is a pure
// function of the definition and one assessment's entries; a definition without that output gives null.
import type { Answer, Assessment, ChecklistDefinition, ChecklistOutputs } from '../schema/checklist.js';
import { weightedScore, type Score } from './checklist.js';

type Entries = Assessment['entries'];
type Outputs<K extends keyof ChecklistOutputs> = NonNullable<ChecklistOutputs[K]>;

export interface PillarScore extends Score {
  id: string;
  title: string;
}

/** Score per pillar: weighted points over the weight of its applicable questions. */
export function pillarScores(def: ChecklistDefinition, entries: Entries): PillarScore[] {
  return (def.outputs?.pillars?.items ?? []).map((p) => ({ id: p.id, title: p.title, ...weightedScore(p.items, entries) }));
}

export interface StageCheck {
  /** A pillar's minimum, or `warning`: no column where capacity depends on individuals. */
  pillar: string;
  min: number;
  pct: number | null;
  met: boolean;
  /** More answers cannot change whether it holds. */
  settled: boolean;
  /** Its unanswered questions, when they could still change it. */
  missing: string[];
}
export interface StageLevel {
  id: string;
  label: string;
  reached: boolean;
  checks: StageCheck[];
}
export interface Stage {
  /** Index of the highest stage reached on the answers given (0 = the first, which has no requirement). */
  index: number;
  id: string;
  label: string;
  levels: StageLevel[];
  /** Whether the questions that decide the stage are answered; only then is it the city's stage. */
  decided: boolean;
  /** The unanswered questions that would decide it, in checklist order. */
  missing: string[];
  /** Whether any question behind the stage is answered: with none, there is no stage to name. */
  answered: boolean;
}

const unansweredOf = (items: readonly { question: string }[], entries: Entries) =>
  [...new Set(items.map((w) => w.question).filter((q) => !entries[q]?.answer))];

/**
 * The stage: the last of the ordered stages whose requirements hold, every stage before it holding
 * too. Unanswered questions are left out of the pillar scores; a pillar with no answered applicable
 * question meets no minimum. The stage is decided when no answer to the unanswered questions could
 * change a check of the stages reached, and the next stage fails on such a settled check.
 */
export function stageOf(def: ChecklistDefinition, entries: Entries): Stage | null {
  const stages = def.outputs?.stages;
  if (!stages) return null;
  const pillars = def.outputs?.pillars?.items ?? [];
  const pct = new Map(pillarScores(def, entries).map((p) => [p.id, p.pct]));
  const m = def.outputs?.matrix;
  const warnItems = m ? m.cells.filter((c) => c.row === m.warning.row || c.row === m.warning.above).flatMap((c) => c.items) : [];
  const warnings = matrixOf(def, entries)?.warnings ?? [];
  let index = 0;
  let open = true;
  const levels = stages.levels.map((l, i) => {
    const checks: StageCheck[] = l.requires.map((r) => {
      const v = pct.get(r.pillar) ?? null;
      const items = pillars.find((p) => p.id === r.pillar)?.items ?? [];
      const missing = unansweredOf(items, entries);
      // Settled when answering the rest all Yes or all No would not change whether the minimum holds.
      const meets = (fill: 'yes' | 'no') => {
        const x = weightedScore(items, { ...entries, ...Object.fromEntries(missing.map((q) => [q, { answer: fill }])) }).pct;
        return x !== null && x >= r.min;
      };
      const settled = missing.length === 0 || meets('yes') === meets('no');
      return { pillar: r.pillar, min: r.min, pct: v, met: v !== null && v >= r.min, settled, missing: settled ? [] : missing };
    });
    if (l.noWarning && m) {
      const missing = unansweredOf(warnItems, entries);
      checks.push({ pillar: 'warning', min: 0, pct: null, met: warnings.length === 0, settled: missing.length === 0 || warnings.length > 0, missing });
    }
    open = open && checks.every((c) => c.met);
    if (open) index = i;
    return { id: l.id, label: l.label, reached: open, checks };
  });
  const reachedChecks = levels.slice(1, index + 1).flatMap((l) => l.checks);
  const next = levels[index + 1];
  const nextSettled = !next || next.checks.some((c) => !c.met && c.settled);
  const decided = reachedChecks.every((c) => c.settled) && nextSettled;
  const wanted = new Set([...reachedChecks.flatMap((c) => c.missing), ...(nextSettled ? [] : next!.checks.flatMap((c) => c.missing))]);
  const order = def.sections.flatMap((s) => s.questions.map((q) => q.id));
  const at = stages.levels[index]!;
  const behind = pillars.flatMap((p) => p.items);
  const answered = unansweredOf(behind, entries).length < new Set(behind.map((w) => w.question)).size;
  return { index, id: at.id, label: at.label, levels, decided, missing: order.filter((q) => wanted.has(q)), answered };
}

export interface RaisedFlag {
  id: string;
  label: string;
  text: string;
  answer: Answer | undefined;
}

/** Flags whose question has one of their trigger answers. */
export function raisedFlags(def: ChecklistDefinition, entries: Entries): RaisedFlag[] {
  return (def.outputs?.flags ?? [])
    .filter((f) => {
      const a = entries[f.question]?.answer;
      return a !== undefined && f.when.includes(a);
    })
    .map((f) => ({ id: f.id, label: f.label, text: f.text, answer: entries[f.question]?.answer }));
}

/** A heatmap level: `null` unrated (nothing answered), `'na'` nothing applies, else 0 (none) · 1 (some) · 2 (full). */
export type CellLevel = 0 | 1 | 2 | 'na' | null;

export interface MatrixCell {
  row: string;
  col: string;
  pct: number | null;
  level: CellLevel;
  described: boolean;
}
export interface Matrix {
  /** `cells[r][c]` in the order of the definition's rows and columns. */
  cells: MatrixCell[][];
  /** Columns where the warning row is rated above the other row. */
  warnings: string[];
}

export function cellLevel(s: Score): CellLevel {
  if (s.answered === 0) return null;
  if (s.pct === null) return 'na';
  return s.pct === 0 ? 0 : s.pct < 100 ? 1 : 2;
}

/** The capacity matrix, cell by cell, and the columns where `warning.row` outranks `warning.above` (both rated). */
export function matrixOf(def: ChecklistDefinition, entries: Entries): Matrix | null {
  const m = def.outputs?.matrix;
  if (!m) return null;
  const cells = m.rows.map((r) =>
    m.cols.map((c) => {
      const d = m.cells.find((x) => x.row === r.id && x.col === c.id);
      const s = d ? weightedScore(d.items, entries) : null;
      return { row: r.id, col: c.id, pct: s?.pct ?? null, level: s ? cellLevel(s) : null, described: !!d?.descriptor };
    }),
  );
  const ri = m.rows.findIndex((r) => r.id === m.warning.row);
  const ai = m.rows.findIndex((r) => r.id === m.warning.above);
  const warnings = m.cols
    .filter((_, ci) => {
      const hi = cells[ri]?.[ci];
      const lo = cells[ai]?.[ci];
      const rated = (x: MatrixCell | undefined) => x !== undefined && typeof x.level === 'number' && x.pct !== null;
      return rated(hi) && rated(lo) && hi!.pct! > lo!.pct!;
    })
    .map((c) => c.id);
  return { cells, warnings };
}

export interface Placement {
  pct: number | null;
  /** Index of the band the answers given fall in; null when nothing applies. */
  index: number | null;
  band: Outputs<'placement'>['bands'][number] | null;
  answered: number;
  total: number;
  /** Whether the unanswered questions could still move it to another band; only when not is it the city's band. */
  decided: boolean;
  /** The unanswered questions behind it (items and band requirements), in checklist order. */
  missing: string[];
}

function bandIndex(p: Outputs<'placement'>, entries: Entries): { index: number | null; pct: number | null } {
  const s = weightedScore(p.items, entries);
  if (s.pct === null) return { index: null, pct: null };
  let index = 0;
  p.bands.forEach((b, i) => {
    const gates = (b.requires ?? []).every((q) => entries[q]?.answer === 'yes');
    if (s.pct! >= b.min - 1e-9 && gates && index === i - 1) index = i;
  });
  return { index, pct: s.pct };
}

/**
 * The band of the weighted score: the last band, going up in order, whose minimum the score reaches
 * and whose required questions are answered Yes. It is decided when answering the rest all Yes or
 * all No would give the same band.
 */
export function placementOf(def: ChecklistDefinition, entries: Entries): Placement | null {
  const p = def.outputs?.placement;
  if (!p) return null;
  const s = weightedScore(p.items, entries);
  const { index, pct } = bandIndex(p, entries);
  const behind = [...p.items.map((w) => w.question), ...p.bands.flatMap((b) => b.requires ?? [])];
  const missingSet = new Set(behind.filter((q) => !entries[q]?.answer));
  const fill = (a: 'yes' | 'no') => ({ ...entries, ...Object.fromEntries([...missingSet].map((q) => [q, { ...entries[q], answer: a }])) });
  const decided = index !== null && bandIndex(p, fill('yes')).index === index && bandIndex(p, fill('no')).index === index;
  const order = def.sections.flatMap((x) => x.questions.map((q) => q.id));
  return {
    pct,
    index,
    band: index === null ? null : p.bands[index]!,
    answered: s.answered,
    total: s.total,
    decided,
    missing: order.filter((q) => missingSet.has(q)),
  };
}

export interface StepPosition {
  /** -1 before the first step; else the index of the step the city is in; null when no step applies. */
  index: number | null;
  label: string | null;
  /** Whether the current step is done (Yes) rather than under way (Partly). */
  done: boolean;
}

/**
 * The step the city is in: steps answered Not applicable are skipped; going in order, a Yes is done
 * and moves on, a Partly is the step under way, a No or no answer stops at the step done before it.
 */
export function stepOf(def: ChecklistDefinition, entries: Entries): StepPosition | null {
  const st = def.outputs?.steps;
  if (!st) return null;
  const live = st.items.map((s, i) => ({ i, s, a: entries[s.question]?.answer })).filter((x) => x.a !== 'na');
  if (live.length === 0) return { index: null, label: null, done: false };
  let index = -1;
  let done = false;
  for (const x of live) {
    if (x.a === 'yes') {
      index = x.i;
      done = true;
      continue;
    }
    if (x.a === 'partly') {
      index = x.i;
      done = false;
    }
    break;
  }
  return { index, label: index < 0 ? st.before : st.items[index]!.label, done };
}

export interface OpenChallenge {
  question: string;
  title: string;
  advice: string;
  answer: Answer | undefined;
}

/** Challenges not answered Yes or Not applicable, in order: the next steps. */
export function openChallenges(def: ChecklistDefinition, entries: Entries): OpenChallenge[] {
  return (def.outputs?.challenges?.items ?? [])
    .filter((c) => {
      const a = entries[c.question]?.answer;
      return a !== 'yes' && a !== 'na';
    })
    .map((c) => ({ question: c.question, title: c.title, advice: c.advice, answer: entries[c.question]?.answer }));
}

const r1 = (n: number | null) => (n === null ? '' : Math.round(n * 10) / 10);

/** The outputs as `[id, label, value]` rows for the CSV export (English labels from the definition). */
export function outputRows(def: ChecklistDefinition, entries: Entries): [string, string, string | number][] {
  const o = def.outputs;
  if (!o) return [];
  const rows: [string, string, string | number][] = [];
  for (const p of pillarScores(def, entries)) rows.push([`pillar:${p.id}`, `${p.title} (%)`, r1(p.pct)]);
  const stage = stageOf(def, entries);
  if (stage && o.stages) rows.push(['stage', o.stages.title, !stage.answered ? '' : stage.decided ? stage.label : `provisional: ${stage.label}`]);
  for (const f of raisedFlags(def, entries)) rows.push([`flag:${f.id}`, f.label, 'raised']);
  const m = matrixOf(def, entries);
  if (m && o.matrix) {
    const mx = o.matrix;
    m.cells.flat().forEach((c) => {
      const label = `${mx.rows.find((r) => r.id === c.row)!.label} / ${mx.cols.find((x) => x.id === c.col)!.label} (%)`;
      rows.push([`matrix:${c.row}-${c.col}`, label, c.level === null ? 'not rated' : r1(c.pct)]);
    });
    for (const col of m.warnings) rows.push([`warning:${col}`, mx.warning.label, mx.cols.find((x) => x.id === col)!.label]);
  }
  const pl = placementOf(def, entries);
  if (pl && o.placement) {
    rows.push(['placement-score', `${o.placement.title} (%)`, r1(pl.pct)]);
    rows.push(['placement', o.placement.title, pl.band ? (pl.decided ? pl.band.label : `provisional: ${pl.band.label}`) : '']);
  }
  const step = stepOf(def, entries);
  if (step && o.steps) rows.push(['step', o.steps.title, step.label ?? '']);
  for (const c of openChallenges(def, entries)) rows.push([`challenge:${c.question}`, c.title, c.answer ?? 'not answered']);
  return rows;
}
