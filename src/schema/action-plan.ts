import * as z from 'zod/mini';
import { ChecklistDefinition } from './checklist.js';
import { SourceRef, Status, Translations } from './common.js';
import { ACTION_STATUSES, PLAN_LIMITS, READINESS_ANSWERS } from './constants.js';
import { Work } from './work.js';

export { PLAN_LIMITS };

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A thematic area of the Inclusive Cities Framework. */
export const Area = z.strictObject({ id: Id, label: Text(200), status: Status, source: SourceRef });
export type Area = z.infer<typeof Area>;

/** A note on what the source says, or leaves unsaid, about the plan. */
export const PlanNote = z.strictObject({ id: Id, text: Text(1500), status: Status, source: SourceRef });
export type PlanNote = z.infer<typeof PlanNote>;

/** The dataset of `<inclusion-action-plan>` (data/inclusion-action-plan.json). */
export const ActionPlanData = z
  .strictObject({
    version: z.literal(1),
    id: Id,
    title: Text(300),
    intro: z.optional(Text(2000)),
    work: Work,
    source: SourceRef,
    areas: z.array(Area).check(z.minLength(1), z.maxLength(20)),
    /** The readiness check: Yes / Partly / No questions on the checklist engine. */
    readiness: ChecklistDefinition,
    notes: z.array(PlanNote),
    translations: z.optional(Translations),
  })
  .check(
    z.superRefine((d, ctx) => {
      const seen = new Set<string>();
      d.areas.forEach((a, i) => {
        if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: `a unique id ("${a.id}" repeats)`, path: ['areas', i, 'id'], input: a.id });
        seen.add(a.id);
      });
    }),
  );
export type ActionPlanData = z.infer<typeof ActionPlanData>;


/** A month, `YYYY-MM` (what `<input type="month">` gives), or empty while not set. */
export const Month = z.string().check(z.regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/));

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

const Free = (max: number) => z.string().check(z.maxLength(max));

/** One action of a plan. An end before its start is accepted (and flagged), never refused. */
export const PlanAction = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  area: z.string().check(z.minLength(1), z.maxLength(100)),
  title: Free(PLAN_LIMITS.title),
  owner: Free(PLAN_LIMITS.owner),
  partners: Free(PLAN_LIMITS.partners),
  start: Month,
  end: Month,
  status: ActionStatus,
  notes: Free(PLAN_LIMITS.notes),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const ReadinessAnswer = z.enum(READINESS_ANSWERS);
export type ReadinessAnswer = z.infer<typeof ReadinessAnswer>;

/** A named plan: its actions and its readiness answers. */
export const Plan = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.id)),
  name: Free(PLAN_LIMITS.name),
  createdAt: z.number(),
  updatedAt: z.number(),
  actions: z.array(PlanAction).check(z.maxLength(PLAN_LIMITS.actions)),
  readiness: z.record(z.string().check(z.maxLength(100)), ReadinessAnswer),
});
export type Plan = z.infer<typeof Plan>;

/** What `<inclusion-action-plan>` saves per `storage-key`. Which plan is open is each tab's own. */
export const PlanState = z.strictObject({
  plans: z.array(Plan).check(
    z.minLength(1),
    z.maxLength(PLAN_LIMITS.plans),
    z.refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'expected unique plan ids' }),
  ),
});
export type PlanState = z.infer<typeof PlanState>;

/** The file of "Download JSON", read back by "Import JSON". */
export const PlanExport = z.strictObject({
  kind: z.literal('inclusion-action-plan'),
  version: z.literal(1),
  exportedAt: z.string(),
  plans: z.array(Plan).check(z.minLength(1), z.maxLength(PLAN_LIMITS.plans)),
});
export type PlanExport = z.infer<typeof PlanExport>;
