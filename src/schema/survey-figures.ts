import * as z from 'zod/mini';
import { SourceRef, Status, Translations } from './common.js';
import { Work } from './work.js';

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A survey figure a report states in its text: a percentage with the wording's qualifier ("about"
 * for "half", "more than" for "more than half"…), its n where the text gives one, and its line.
 */
export const SurveyFigure = z.strictObject({
  id: Id,
  group: Id,
  label: Text(300),
  value: z.number().check(z.gte(0), z.lte(100)),
  qualifier: z.enum(['exact', 'about', 'more-than', 'at-most']),
  /** Responses the figure rests on; null where the text does not say. */
  n: z.nullable(z.int().check(z.gt(0))),
  /** What the percentage is of, when not of all respondents. */
  base: z.optional(Text(300)),
  status: Status,
  source: SourceRef,
});
export type SurveyFigure = z.infer<typeof SurveyFigure>;

/** The figures of `data/diplomacy-survey.json`. */
export const SurveyFigures = z
  .strictObject({
    version: z.literal(1),
    id: Id,
    title: Text(200),
    intro: z.optional(Text(1000)),
    work: Work,
    responses: z.strictObject({ value: z.int().check(z.gt(0)), cities: z.int().check(z.gt(0)), note: Text(600), source: SourceRef }),
    groups: z.array(z.strictObject({ id: Id, label: Text(200) })).check(z.minLength(1)),
    figures: z.array(SurveyFigure).check(z.minLength(1)),
    translations: z.optional(Translations),
  })
  .check(
    z.superRefine((d, ctx) => {
      const groups = new Set(d.groups.map((g) => g.id));
      d.figures.forEach((f, i) => {
        if (!groups.has(f.group)) ctx.addIssue({ code: 'custom', message: 'expected the id of one of groups', path: ['figures', i, 'group'], input: f.group });
      });
    }),
  );
export type SurveyFigures = z.infer<typeof SurveyFigures>;
