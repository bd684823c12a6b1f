import * as z from 'zod/mini';
import { SourceRef, Translations } from './common.js';

import { CAPITAL_IDS, MAX_PROFILE_ID, MAX_PROFILE_NAME, MAX_PROFILES, RADAR_ANSWERS } from './constants.js';

export { CAPITAL_IDS, MAX_PROFILE_ID, MAX_PROFILE_NAME, MAX_PROFILES };
export const CapitalId = z.enum(CAPITAL_IDS);
export type CapitalId = z.infer<typeof CapitalId>;


const Id = z.string().check(z.regex(new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_PROFILE_ID - 1}}$`)));
const Text = z.string().check(z.minLength(1), z.maxLength(5000));
const Pct = z.number().check(z.gte(0), z.lte(100));
const Count = z.int().check(z.gte(1));

type Ctx = { addIssue(issue: z.core.$ZodRawIssue): void };

/** Reports every repeated `id` of a list at `<index>.id`. */
function uniqueIds(ctx: Ctx, items: readonly { id: string }[], path: PropertyKey[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        input: item.id,
        path: [...path, i, 'id'],
        message: `a unique id ("${item.id}" is repeated)`,
      });
    }
    seen.add(item.id);
  });
}

/** A survey the percentages come from: who was asked, when, how many answered. */
export const Survey = z
  .strictObject({
    name: Text,
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/))),
    timing: z.optional(z.string().check(z.maxLength(5000))),
    invited: z.optional(Count),
    respondents: Count,
    tableTitle: z.optional(z.string().check(z.maxLength(5000))),
    measure: z.optional(z.string().check(z.maxLength(5000))),
    footnote: z.optional(z.string().check(z.maxLength(5000))),
    caveat: z.optional(z.string().check(z.maxLength(5000))),
    source: SourceRef,
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.invited !== undefined && s.respondents > s.invited) {
        ctx.addIssue({
          code: 'custom',
          input: s.respondents,
          path: ['respondents'],
          message: `at most ${s.invited} respondents (the number invited)`,
        });
      }
    }),
  );
export type Survey = z.infer<typeof Survey>;

/** One form of capital with the chapter's definition and components. */
export const Capital = z.strictObject({
  id: CapitalId,
  name: Text,
  heading: z.optional(z.string().check(z.maxLength(5000))),
  definition: Text,
  components: z.array(Text),
  summary: z.optional(z.string().check(z.maxLength(5000))),
  note: z.optional(z.string().check(z.maxLength(5000))),
  source: SourceRef,
});
export type Capital = z.infer<typeof Capital>;

/**
 * A self-assessment statement. `origin: 'table-8.1'` statements are verbatim with the survey's
 * "% respondents agreeing"; `origin: 'ours'` ones are written from the chapter's definitions and
 * have no survey benchmark (`agreePct: null`, `benchmark: 'none'`).
 */
export const Statement = z
  .strictObject({
    id: Id,
    capitalId: CapitalId,
    component: z.optional(z.string().check(z.maxLength(5000))),
    text: Text,
    agreePct: z.nullable(Pct),
    benchmark: z.enum(['survey', 'none']),
    origin: z.enum(['table-8.1', 'ours']),
    source: SourceRef,
    note: z.optional(z.string().check(z.maxLength(5000))),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.benchmark === 'survey' && s.agreePct === null) {
        ctx.addIssue({
          code: 'custom',
          input: s.agreePct,
          path: ['agreePct'],
          message: 'a percentage, as the statement has a survey benchmark',
        });
      }
      if (s.benchmark === 'none' && s.agreePct !== null) {
        ctx.addIssue({
          code: 'custom',
          input: s.agreePct,
          path: ['agreePct'],
          message: 'null, as the statement has no survey benchmark',
        });
      }
      if (s.origin === 'ours' && s.benchmark !== 'none') {
        ctx.addIssue({
          code: 'custom',
          input: s.benchmark,
          path: ['benchmark'],
          message: '"none", as our own statements have no survey benchmark',
        });
      }
    }),
  );
export type Statement = z.infer<typeof Statement>;

/** A figure from a second survey used as a sparser benchmark for one capital. */
export const SecondaryBenchmark = z.strictObject({
  id: Id,
  capitalId: CapitalId,
  component: z.optional(z.string().check(z.maxLength(5000))),
  pct: Pct,
  text: Text,
  source: SourceRef,
  note: z.optional(z.string().check(z.maxLength(5000))),
});
export type SecondaryBenchmark = z.infer<typeof SecondaryBenchmark>;

/** A remark on the source: its own inconsistencies, caveats, or our inferences. */
export const SourceNote = z.strictObject({
  id: Id,
  kind: z.enum(['inconsistency', 'caveat', 'ours']),
  text: Text,
  source: SourceRef,
});
export type SourceNote = z.infer<typeof SourceNote>;

/** The `<capital-radar>` dataset (`data/capitals.json`). */
export const Capitals = z
  .strictObject({
    version: z.literal(1),
    title: Text,
    chapter: z.optional(
      z.strictObject({ title: Text, author: z.optional(z.string().check(z.maxLength(5000))), book: z.optional(z.string().check(z.maxLength(5000))), source: SourceRef }),
    ),
    source: Survey,
    scoringNote: z.strictObject({ origin: z.literal('ours'), text: Text, reasoning: Text }),
    capitals: z.array(Capital).check(z.minLength(1)),
    statements: z.array(Statement),
    secondarySource: z.optional(Survey),
    secondaryBenchmarks: z.optional(z.array(SecondaryBenchmark)),
    notes: z.optional(z.array(SourceNote)),
    translations: z.optional(Translations),
  })
  .check(
    z.superRefine((d, ctx) => {
      uniqueIds(ctx, d.capitals, ['capitals']);
      uniqueIds(ctx, d.statements, ['statements']);
      uniqueIds(ctx, d.secondaryBenchmarks ?? [], ['secondaryBenchmarks']);
      uniqueIds(ctx, d.notes ?? [], ['notes']);
      const known = new Set<string>(d.capitals.map((c) => c.id));
      const unknown = (list: readonly { capitalId: string }[], key: string) =>
        list.forEach((item, i) => {
          if (!known.has(item.capitalId)) {
            ctx.addIssue({
              code: 'custom',
              input: item.capitalId,
              path: [key, i, 'capitalId'],
              message: `one of the dataset's capitals (${[...known].join(', ')})`,
            });
          }
        });
      unknown(d.statements, 'statements');
      unknown(d.secondaryBenchmarks ?? [], 'secondaryBenchmarks');
    }),
  );
export type Capitals = z.infer<typeof Capitals>;

export const Answer = z.enum(RADAR_ANSWERS);
export type Answer = z.infer<typeof Answer>;

/** Answers keyed by statement id. */
export const Answers = z.record(z.string(), Answer);
export type Answers = z.infer<typeof Answers>;

/** Direct values per capital, 0..100; null or absent = no value. */
export const CapitalValues = z.partialRecord(CapitalId, z.nullable(Pct));
export type CapitalValues = z.infer<typeof CapitalValues>;

/**
 * A named, dated series on the radar, given either as answers to the statements or as direct
 * values per capital (not both: which one would count?).
 */
export const Profile = z
  .strictObject({
    id: Id,
    name: z.string().check(z.minLength(1), z.maxLength(MAX_PROFILE_NAME)),
    date: z.optional(z.iso.date()),
    answers: z.optional(Answers),
    values: z.optional(CapitalValues),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.answers === undefined && p.values === undefined) {
        ctx.addIssue({ code: 'custom', input: p, path: ['answers'], message: 'answers or values' });
      } else if (p.answers !== undefined && p.values !== undefined) {
        ctx.addIssue({
          code: 'custom',
          input: p.values,
          path: ['values'],
          message: 'either answers or values, not both',
        });
      }
    }),
  );
export type Profile = z.infer<typeof Profile>;

export const Profiles = z.array(Profile).check(
  z.maxLength(MAX_PROFILES),
  z.superRefine((list, ctx) => uniqueIds(ctx, list, [])),
);
export type Profiles = z.infer<typeof Profiles>;

/**
 * What `<capital-radar>` saves per `storage-key`: the user's profiles (answers, a name, a date)
 * and the one open in the form.
 */
export const RadarState = z.strictObject({
  activeId: Id,
  profiles: z.array(Profile).check(
    z.minLength(1),
    z.maxLength(MAX_PROFILES),
    z.superRefine((list, ctx) => uniqueIds(ctx, list, [])),
  ),
});
export type RadarState = z.infer<typeof RadarState>;
