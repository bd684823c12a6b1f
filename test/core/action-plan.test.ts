import { expect } from '@open-wc/testing';
import bundled from '../../data/inclusion-action-plan.json';
import {
  actionsByArea,
  addAction,
  initialPlans,
  monthIndex,
  monthOf,
  moveAction,
  newAction,
  planCsv,
  planMonths,
  readinessScores,
  removeAction,
  restoreAction,
  span,
  timeline,
  updateAction,
} from '../../src/core/action-plan.js';
import { validate } from '../../src/core/check.js';
import { ActionPlanData, PLAN_LIMITS, PlanExport, PlanState, type Area, type PlanAction } from '../../src/schema/action-plan.js';

const src = { doc: 'x.txt', lines: '1' };
const areas: Area[] = [
  { id: 'a', label: 'A', status: 'stated', source: src },
  { id: 'b', label: 'B', status: 'stated', source: src },
];
const act = (id: string, area: string, start = '', end = '', title = id): PlanAction => ({ ...newAction(area, id), title, start, end });
const withActions = (...actions: PlanAction[]): PlanState => ({ plans: [{ ...initialPlans('P').plans[0]!, actions }] });
const ids = (s: PlanState) => s.plans[0]!.actions.map((a) => a.id);

describe('action-plan core', () => {
  describe('monthIndex / monthOf', () => {
    const rows: [string, number | null][] = [
      ['', null],
      ['2026-13', null],
      ['2026-1', null],
      ['x', null],
      ['2026-01', 2026 * 12],
      ['2026-12', 2026 * 12 + 11],
    ];
    for (const [m, out] of rows) it(`"${m}" → ${out}`, () => expect(monthIndex(m)).to.equal(out));
    it('round-trips', () => expect(monthOf(monthIndex('2027-03')!)).to.equal('2027-03'));
  });

  describe('span', () => {
    const rows: [string, string, string, ReturnType<typeof span>][] = [
      ['no dates', '', '', null],
      ['start only: one month', '2026-02', '', { start: monthIndex('2026-02')!, end: monthIndex('2026-02')!, reversed: false }],
      ['end only: one month', '', '2026-05', { start: monthIndex('2026-05')!, end: monthIndex('2026-05')!, reversed: false }],
      ['start to end', '2026-02', '2026-05', { start: monthIndex('2026-02')!, end: monthIndex('2026-05')!, reversed: false }],
      ['end before start: flagged, drawn at the start', '2026-05', '2026-02', { start: monthIndex('2026-05')!, end: monthIndex('2026-05')!, reversed: true }],
    ];
    for (const [name, start, end, out] of rows) it(name, () => expect(span(act('x', 'a', start, end))).to.deep.equal(out));
  });

  describe('moveAction within an area', () => {
    const s = withActions(act('1', 'a'), act('2', 'b'), act('3', 'a'), act('4', 'a'));
    const rows: [string, string, -1 | 1, string[]][] = [
      ['first of its area up: unchanged', '1', -1, ['1', '2', '3', '4']],
      ['last of its area down: unchanged', '4', 1, ['1', '2', '3', '4']],
      ['skips actions of other areas', '3', -1, ['3', '2', '1', '4']],
      ['down past a neighbour', '3', 1, ['1', '2', '4', '3']],
      ['alone in its area', '2', 1, ['1', '2', '3', '4']],
      ['unknown id', 'zz', 1, ['1', '2', '3', '4']],
    ];
    for (const [name, id, dir, out] of rows) it(name, () => expect(ids(moveAction(s, 'plan-1', id, dir, 1))).to.deep.equal(out));
  });

  it('removes and restores an action in place', () => {
    const s = withActions(act('1', 'a'), act('2', 'a'), act('3', 'a'));
    const r = removeAction(s, 'plan-1', '2', 5);
    expect(ids(r.state)).to.deep.equal(['1', '3']);
    expect(r.index).to.equal(1);
    expect(ids(restoreAction(r.state, 'plan-1', r.removed!, r.index, 6))).to.deep.equal(['1', '2', '3']);
    expect(ids(restoreAction(s, 'plan-1', r.removed!, r.index, 6))).to.deep.equal(['1', '2', '3']);
    expect(removeAction(s, 'plan-1', 'zz', 5).removed).to.equal(null);
  });

  it('cuts text to the schema limits, so the state always reads back', () => {
    const s = updateAction(withActions(act('1', 'a')), 'plan-1', '1', { title: 'x'.repeat(PLAN_LIMITS.title + 50), notes: 'n'.repeat(PLAN_LIMITS.notes + 1) }, 1);
    expect(s.plans[0]!.actions[0]!.title.length).to.equal(PLAN_LIMITS.title);
    expect(validate(PlanState, s).ok).to.equal(true);
  });

  it('refuses actions beyond the limit', () => {
    let s = initialPlans('P');
    for (let i = 0; i < PLAN_LIMITS.actions + 3; i++) s = addAction(s, 'plan-1', act(`a${i}`, 'a'), i);
    expect(s.plans[0]!.actions.length).to.equal(PLAN_LIMITS.actions);
  });

  it('groups by area, unknown areas last', () => {
    const plan = withActions(act('1', 'b'), act('2', 'zz'), act('3', 'a')).plans[0]!;
    expect(actionsByArea(plan, areas).map((g) => [g.area, g.known, g.actions.map((a) => a.id)])).to.deep.equal([
      ['a', true, ['3']],
      ['b', true, ['1']],
      ['zz', false, ['2']],
    ]);
  });

  describe('timeline', () => {
    it('empty plan: today alone', () => {
      const t = timeline(initialPlans('P').plans[0]!, areas, '2026-11');
      expect([t.from, t.to, t.today]).to.deep.equal([monthIndex('2026-11'), monthIndex('2026-11'), monthIndex('2026-11')]);
      expect(t.rows.map((r) => r.bars.length)).to.deep.equal([0, 0]);
    });
    it('spans the actions and today; undated ones listed apart', () => {
      const plan = withActions(act('1', 'a', '2025-09', '2026-03'), act('2', 'b', '2026-06', '2027-12'), act('3', 'a')).plans[0]!;
      const t = timeline(plan, areas, '2026-11');
      expect([monthOf(t.from), monthOf(t.to)]).to.deep.equal(['2025-09', '2027-12']);
      expect(t.rows.map((r) => r.bars.map((b) => b.action.id))).to.deep.equal([['1'], ['2']]);
      expect(t.undated.map((a) => a.id)).to.deep.equal(['3']);
    });
  });

  describe('readinessScores (answered questions only)', () => {
    const def = (bundled as ActionPlanData).readiness;
    const plan = (readiness: Record<string, 'yes' | 'partly' | 'no'>) => ({ ...initialPlans('P').plans[0]!, readiness });
    const rows: [string, Record<string, 'yes' | 'partly' | 'no'>, (number | null)[], number | null][] = [
      ['nothing answered: no score, never 0', {}, [null, null], null],
      ['one Yes', { taskforce: 'yes' }, [100, null], 100],
      ['Yes and Partly', { taskforce: 'yes', 'senior-sponsor': 'partly' }, [75, null], 75],
      ['a No counts', { taskforce: 'no', recruitment: 'yes' }, [0, 100], 50],
    ];
    for (const [name, r, sections, overall] of rows) {
      it(name, () => {
        const sc = readinessScores(def, plan(r));
        expect(sc.sections.map((s) => s.pct)).to.deep.equal(sections);
        expect(sc.overall.pct).to.equal(overall);
        expect(sc.overall.total).to.equal(9);
      });
    }
  });

  describe('planMonths', () => {
    const rows: [string, PlanAction[], number][] = [
      ['no actions', [], 0],
      ['undated only', [act('1', 'a')], 0],
      ['one month', [act('1', 'a', '2026-03')], 1],
      ['across a year end, inclusive', [act('1', 'a', '2025-11', '2026-02'), act('2', 'b', '2026-01', '2026-10')], 12],
    ];
    for (const [name, actions, out] of rows) it(name, () => expect(planMonths(withActions(...actions).plans[0]!)).to.equal(out));
  });

  it('CSV: a header and a row per action in area order', () => {
    const plan = withActions(act('1', 'b', '2026-01', '', 'Fair, "big"'), act('2', 'a')).plans[0]!;
    const csv = planCsv(plan, areas, { area: (id) => id.toUpperCase(), status: (s) => s, headers: ['area', 'title', 'owner', 'partners', 'start', 'end', 'status', 'notes'] });
    expect(csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).to.deep.equal([
      'area,title,owner,partners,start,end,status,notes',
      'A,2,,,,,planned,',
      'B,"Fair, ""big""",,,2026-01,,planned,',
    ]);
  });
});

describe('data/inclusion-action-plan.json and the plan schemas', () => {
  it('parses, with five areas, four conditions and five features, all from seed 002', () => {
    const r = validate(ActionPlanData, bundled);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problem)).to.equal(true);
    const d = bundled as ActionPlanData;
    expect(d.areas.map((a) => a.id)).to.deep.equal(['narrative', 'economic-growth', 'connections', 'public-services', 'civic-participation']);
    expect(d.readiness.sections.map((s) => s.questions.length)).to.deep.equal([4, 5]);
    JSON.stringify(d, (k, v) => {
      if (k === 'doc') expect(v).to.equal('002_c5ce5a1e4e5bb88f.txt');
      return v;
    });
  });
  it('never lists the five core principles it does not know', () => {
    const note = (bundled as ActionPlanData).notes.find((n) => n.id === 'principles')!;
    expect(note.status).to.equal('unknown');
  });
  const bad: [string, (e: { plans: Record<string, unknown>[] }) => void, string][] = [
    ['a month out of range', (e) => ((e.plans[0]!.actions as PlanAction[])[0]!.start = '2026-13'), 'plans[0].actions[0].start'],
    ['an unknown status', (e) => (((e.plans[0]!.actions as PlanAction[])[0] as { status: string }).status = 'late'), 'plans[0].actions[0].status'],
    ['a readiness answer "maybe"', (e) => (e.plans[0]!.readiness = { taskforce: 'maybe' }), 'plans[0].readiness.taskforce'],
    ['a title over the limit', (e) => ((e.plans[0]!.actions as PlanAction[])[0]!.title = 'x'.repeat(PLAN_LIMITS.title + 1)), 'plans[0].actions[0].title'],
    ['no plans', (e) => (e.plans = []), 'plans'],
  ];
  for (const [name, mutate, path] of bad) {
    it(`an export with ${name} fails at ${path}`, () => {
      const e = { kind: 'inclusion-action-plan', version: 1, exportedAt: 'x', plans: [{ ...initialPlans('P').plans[0]!, actions: [act('1', 'a')] }] } as unknown as { plans: Record<string, unknown>[] };
      mutate(e);
      const r = validate(PlanExport, e);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problem.path).to.equal(path);
    });
  }
});

describe('PlanState', () => {
  it('refuses two plans with one id', () => {
    const p = { id: 'a', name: 'A', createdAt: 0, updatedAt: 0, actions: [], readiness: {} };
    expect(PlanState.safeParse({ plans: [p, { ...p, name: 'B' }] }).success).to.equal(false);
    expect(PlanState.safeParse({ plans: [p, { ...p, id: 'b', name: 'B' }] }).success).to.equal(true);
  });
});
