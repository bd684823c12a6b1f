import type { Area, Plan, PlanAction, PlanExport, PlanState, ReadinessAnswer } from '../schema/action-plan.js';
import { PLAN_LIMITS } from '../schema/constants.js';
import type { ChecklistDefinition } from '../schema/checklist.js';
import { weightedScore } from './score.js';
import { toCsv } from './csv.js';

/** One plan, the same in every tab so that two tabs starting empty agree. */
export function initialPlans(name: string): PlanState {
  return { plans: [newPlan(name, 0, 'plan-1')] };
}

export function newPlan(name: string, now: number, id: string): Plan {
  return { id, name, createdAt: now, updatedAt: now, actions: [], readiness: {} };
}

/** The open plan: `id` if it exists, else the first. */
export function activePlan(s: PlanState, id: string): Plan {
  return s.plans.find((p) => p.id === id) ?? s.plans[0]!;
}

function mapPlan(s: PlanState, planId: string, now: number, f: (p: Plan) => Plan): PlanState {
  return { plans: s.plans.map((p) => (p.id === planId ? { ...f(p), updatedAt: now } : p)) };
}

export function newAction(area: string, id: string): PlanAction {
  return { id, area, title: '', owner: '', partners: '', start: '', end: '', status: 'planned', notes: '' };
}

/** Adds an action at the end of its area; a plan at its limit is left as it is. */
export function addAction(s: PlanState, planId: string, action: PlanAction, now: number): PlanState {
  if (activePlan(s, planId).actions.length >= PLAN_LIMITS.actions) return s;
  return mapPlan(s, planId, now, (p) => ({ ...p, actions: [...p.actions, action] }));
}

/** Changes fields of an action; text is cut to its limit so that the state always reads back. */
export function updateAction(s: PlanState, planId: string, actionId: string, patch: Partial<Omit<PlanAction, 'id'>>, now: number): PlanState {
  const cut: Partial<PlanAction> = { ...patch };
  for (const k of ['title', 'owner', 'partners', 'notes'] as const) {
    const v = cut[k];
    if (v !== undefined) cut[k] = v.slice(0, PLAN_LIMITS[k]);
  }
  return mapPlan(s, planId, now, (p) => ({ ...p, actions: p.actions.map((a) => (a.id === actionId ? { ...a, ...cut } : a)) }));
}

/** Removes an action and says where it was, for an undo. */
export function removeAction(s: PlanState, planId: string, actionId: string, now: number): { state: PlanState; removed: PlanAction | null; index: number } {
  const plan = activePlan(s, planId);
  const index = plan.actions.findIndex((a) => a.id === actionId);
  if (index < 0) return { state: s, removed: null, index: -1 };
  return { state: mapPlan(s, planId, now, (p) => ({ ...p, actions: p.actions.filter((a) => a.id !== actionId) })), removed: plan.actions[index]!, index };
}

/** Puts a removed action back where it was (or at the end). */
export function restoreAction(s: PlanState, planId: string, action: PlanAction, index: number, now: number): PlanState {
  return mapPlan(s, planId, now, (p) => {
    if (p.actions.some((a) => a.id === action.id)) return p;
    const list = [...p.actions];
    list.splice(Math.min(Math.max(index, 0), list.length), 0, action);
    return { ...p, actions: list };
  });
}

/** Moves an action before the previous (`-1`) or after the next (`1`) action of the same area. */
export function moveAction(s: PlanState, planId: string, actionId: string, dir: -1 | 1, now: number): PlanState {
  const plan = activePlan(s, planId);
  const i = plan.actions.findIndex((a) => a.id === actionId);
  if (i < 0) return s;
  const area = plan.actions[i]!.area;
  let j = i + dir;
  while (j >= 0 && j < plan.actions.length && plan.actions[j]!.area !== area) j += dir;
  if (j < 0 || j >= plan.actions.length) return s;
  return mapPlan(s, planId, now, (p) => {
    const list = [...p.actions];
    [list[i], list[j]] = [list[j]!, list[i]!];
    return { ...p, actions: list };
  });
}

export function setReadiness(s: PlanState, planId: string, question: string, answer: ReadinessAnswer, now: number): PlanState {
  return mapPlan(s, planId, now, (p) => ({ ...p, readiness: { ...p.readiness, [question]: answer } }));
}

/** Readiness answers in the form the checklist engine scores. */
export function readinessEntries(plan: Plan): Record<string, { answer: ReadinessAnswer }> {
  return Object.fromEntries(Object.entries(plan.readiness).map(([q, answer]) => [q, { answer }]));
}

/**
 * Readiness per section and overall on the checklist engine, counting only answered questions
 * (Yes = 1, Partly = 0.5, No = 0): a part with no answer has no score (null), never 0 %.
 */
export function readinessScores(def: ChecklistDefinition, plan: Plan): { sections: { id: string; pct: number | null; answered: number; total: number }[]; overall: { pct: number | null; answered: number; total: number } } {
  const entries = readinessEntries(plan);
  const of = (ids: string[]) => {
    const answered = ids.filter((q) => entries[q] !== undefined);
    const sc = weightedScore(answered.map((question) => ({ question })), entries);
    return { pct: sc.pct, answered: answered.length, total: ids.length };
  };
  const sections = def.sections.map((s) => ({ id: s.id, ...of(s.questions.map((q) => q.id)) }));
  return { sections, overall: of(def.sections.flatMap((s) => s.questions.map((q) => q.id))) };
}

export function toExport(plans: readonly Plan[], now: Date): PlanExport {
  return { kind: 'inclusion-action-plan', version: 1, exportedAt: now.toISOString(), plans: JSON.parse(JSON.stringify(plans)) as Plan[] };
}

/** The actions of a plan grouped by area, in the areas' order; actions of an area the data lacks come last. */
export function actionsByArea(plan: Plan, areas: readonly Area[]): { area: string; known: boolean; actions: PlanAction[] }[] {
  const known = new Set(areas.map((a) => a.id));
  const groups = areas.map((a) => ({ area: a.id, known: true, actions: plan.actions.filter((x) => x.area === a.id) }));
  const others = [...new Set(plan.actions.filter((x) => !known.has(x.area)).map((x) => x.area))];
  return [...groups, ...others.map((area) => ({ area, known: false, actions: plan.actions.filter((x) => x.area === area) }))];
}

// ---- months and the timeline -----------------------------------------------------------------------

/** `YYYY-MM` → months since year 0; null for an empty or malformed month. */
export function monthIndex(m: string): number | null {
  const r = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m);
  return r ? Number(r[1]) * 12 + Number(r[2]) - 1 : null;
}

/** Months since year 0 → `YYYY-MM`. */
export function monthOf(index: number): string {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** An action's span in month indices; `end` is inclusive. An end before the start is `reversed`. */
export function span(a: PlanAction): { start: number; end: number; reversed: boolean } | null {
  const s = monthIndex(a.start);
  const e = monthIndex(a.end);
  if (s === null && e === null) return null;
  const start = s ?? e!;
  const end = e ?? s!;
  return end < start ? { start, end: start, reversed: true } : { start, end, reversed: false };
}

export interface TimelineBar {
  action: PlanAction;
  start: number;
  end: number;
  reversed: boolean;
}

export interface Timeline {
  /** First and last month shown (inclusive), today's month included. */
  from: number;
  to: number;
  today: number;
  rows: { area: string; bars: TimelineBar[] }[];
  /** Actions with neither start nor end. */
  undated: PlanAction[];
}

/** The plan's dated actions by area between their earliest and latest month, with today. */
export function timeline(plan: Plan, areas: readonly Area[], today: string): Timeline {
  const t = monthIndex(today) ?? 0;
  const rows = actionsByArea(plan, areas).map((g) => ({
    area: g.area,
    bars: g.actions.flatMap((action) => {
      const sp = span(action);
      return sp ? [{ action, ...sp }] : [];
    }),
  }));
  const bars = rows.flatMap((r) => r.bars);
  const from = Math.min(t, ...bars.map((b) => b.start));
  const to = Math.max(t, ...bars.map((b) => b.end));
  return { from, to, today: t, rows, undated: plan.actions.filter((a) => span(a) === null) };
}

/** Months from the earliest dated action's start to the latest one's end (inclusive); 0 with none dated. */
export function planMonths(plan: Plan): number {
  const spans = plan.actions.map(span).filter((x) => x !== null);
  if (!spans.length) return 0;
  return Math.max(...spans.map((x) => x.end)) - Math.min(...spans.map((x) => x.start)) + 1;
}

/** The plan's actions as CSV, one row per action in area order. */
export function planCsv(
  plan: Plan,
  areas: readonly Area[],
  label: { area: (id: string) => string; status: (s: PlanAction['status']) => string; headers: string[] },
): string {
  const rows = actionsByArea(plan, areas).flatMap((g) =>
    g.actions.map((a) => [label.area(g.area), a.title, a.owner, a.partners, a.start, a.end, label.status(a.status), a.notes]),
  );
  return toCsv([label.headers, ...rows]);
}
