import * as z from 'zod/mini';
import { HttpUrl, SourceRef, Translations } from './common.js';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

export const ChecklistQuestion = z.strictObject({
  id: Id,
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  source: SourceRef,
});
export type ChecklistQuestion = z.infer<typeof ChecklistQuestion>;

export const ChecklistSection = z.strictObject({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  source: z.optional(SourceRef),
  questions: z.array(ChecklistQuestion).check(z.minLength(1)),
});
export type ChecklistSection = z.infer<typeof ChecklistSection>;

/** A checklist definition: the questions by section, where they come from, and our scoring note. */
export const ChecklistDefinition = z
  .strictObject({
    version: z.literal(1),
    id: Id,
    title: z.string().check(z.minLength(1), z.maxLength(300)),
    intro: z.optional(z.string().check(z.maxLength(3000))),
    source: z.strictObject({
      doc: z.string(),
      lines: z.string(),
      chapter: z.optional(z.string()),
      work: z.string(),
    }),
    scoring: z.strictObject({ origin: z.literal('ours'), note: z.string() }),
    leads: z.optional(z.strictObject({ options: z.array(z.string().check(z.maxLength(200))), source: SourceRef })),
    sections: z.array(ChecklistSection).check(z.minLength(1)),
    translations: z.optional(Translations),
  })
  .check(
    z.superRefine((def, ctx) => {
      const seen = new Set<string>();
      def.sections.forEach((s, si) =>
        s.questions.forEach((q, qi) => {
          if (seen.has(q.id)) {
            ctx.addIssue({ code: 'custom', message: `a unique question id ("${q.id}" is repeated)`, path: ['sections', si, 'questions', qi, 'id'], input: q.id });
          }
          seen.add(q.id);
        }),
      );
    }),
  );
export type ChecklistDefinition = z.infer<typeof ChecklistDefinition>;

export const Answer = z.enum(['yes', 'partly', 'no', 'na']);
export type Answer = z.infer<typeof Answer>;

/** What a user entered for one question. */
export const QuestionEntry = z.object({
  answer: z.optional(Answer),
  notes: z.optional(z.string().check(z.maxLength(20000))),
  evidence: z.optional(z.union([HttpUrl, z.literal('')])),
  lead: z.optional(z.string().check(z.maxLength(500))),
});
export type QuestionEntry = z.infer<typeof QuestionEntry>;

/** One named assessment (a city, a department, a year). */
export const Assessment = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(200)),
  createdAt: z.number(),
  updatedAt: z.number(),
  entries: z.record(z.string(), QuestionEntry),
});
export type Assessment = z.infer<typeof Assessment>;

/** What is saved per `storage-key`: every assessment and which one is open. */
export const ChecklistState = z
  .object({
    activeId: z.string(),
    assessments: z.array(Assessment).check(z.minLength(1)),
  })
  .check(
    z.refine((s) => s.assessments.some((a) => a.id === s.activeId), {
      message: 'the id of one of the assessments',
      path: ['activeId'],
    }),
  );
export type ChecklistState = z.infer<typeof ChecklistState>;

/** The file written by "Download JSON" and read by "Import JSON". */
export const ChecklistExport = z.object({
  format: z.literal('city-widgets/checklist'),
  schemaVersion: z.literal(1),
  checklist: z.string(),
  exportedAt: z.string(),
  assessments: z.array(Assessment).check(z.minLength(1)),
});
export type ChecklistExport = z.infer<typeof ChecklistExport>;
