import * as z from 'zod/mini';
import { HttpUrl, SourceRef, Translations } from './common.js';
import { CHECKLIST_ANSWERS, MAX_ASSESSMENT_ID, MAX_ASSESSMENT_NAME, MAX_LEAD, MAX_NOTES } from './constants.js';

export { MAX_ASSESSMENT_ID, MAX_ASSESSMENT_NAME, MAX_LEAD, MAX_NOTES };

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const Answer = z.enum(CHECKLIST_ANSWERS);
export type Answer = z.infer<typeof Answer>;

/**
 * A figure the source states for a question (e.g. 86 % of respondents have an office), shown beside
 * it. `text` says in our words what the figure measures; `qualifier` keeps wordings such as "half" or
 * "more than half" from reading as exact counts.
 */
export const Figure = z.strictObject({
  value: z.number().check(z.gte(0)),
  unit: z.enum(['%', 'cities']),
  qualifier: z.optional(z.enum(['exact', 'about', 'more-than', 'at-most'])),
  text: Text(600),
  source: SourceRef,
  /** Where the source contradicts or qualifies this figure elsewhere (recorded, never "corrected"). */
  caveat: z.optional(z.strictObject({ text: Text(1000), source: SourceRef })),
});
export type Figure = z.infer<typeof Figure>;

export const ChecklistQuestion = z.strictObject({
  id: Id,
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  source: SourceRef,
  /** The source's own figure for this question, if it states one. */
  figure: z.optional(Figure),
  /** `false`: asked and shown, but left out of every score (e.g. a context flag). */
  scored: z.optional(z.boolean()),
});
export type ChecklistQuestion = z.infer<typeof ChecklistQuestion>;

export const ChecklistSection = z.strictObject({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  source: z.optional(SourceRef),
  questions: z.array(ChecklistQuestion).check(z.minLength(1)),
});
export type ChecklistSection = z.infer<typeof ChecklistSection>;

/** A question counted in an output, with its weight (default 1). */
const Weighted = z.strictObject({ question: Id, weight: z.optional(z.number().check(z.gt(0), z.lte(10))) });
export type Weighted = z.infer<typeof Weighted>;

/** Every rule we add to a source is labelled ours, with the reasoning. */
const Ours = { origin: z.literal('ours'), note: Text(3000) };

const Labelled = z.strictObject({ id: Id, label: Text(200) });

/** Named scores over weighted questions (e.g. the pillars of a capacity ladder). */
export const PillarsOutput = z.strictObject({
  title: Text(200),
  items: z
    .array(z.strictObject({ id: Id, title: Text(200), items: z.array(Weighted).check(z.minLength(1)) }))
    .check(z.minLength(1)),
});

/**
 * Ordered stages: a stage is reached when its pillar minimums hold and the stage before it is
 * reached. The first stage has no requirement.
 */
export const StagesOutput = z.strictObject({
  title: Text(200),
  ...Ours,
  levels: z
    .array(
      z.strictObject({
        id: Id,
        label: Text(200),
        text: z.optional(Text(1000)),
        requires: z.array(z.strictObject({ pillar: Id, min: z.number().check(z.gte(0), z.lte(100)) })),
        /** Not reached while the matrix warns that capacity depends on individuals. */
        noWarning: z.optional(z.boolean()),
        source: z.optional(SourceRef),
      }),
    )
    .check(z.minLength(2)),
});

/** A flag raised by certain answers to one question; shown, never scored. */
export const FlagOutput = z.strictObject({
  id: Id,
  question: Id,
  when: z.array(Answer).check(z.minLength(1)),
  label: Text(200),
  text: Text(1000),
  source: SourceRef,
});

/**
 * A rows × columns grid of capacities rated through questions, drawn as a heatmap. A cell without a
 * `descriptor` is one the source leaves undescribed. `warning` fires in a column where the rating of
 * row `row` is above that of row `above`.
 */
export const MatrixOutput = z.strictObject({
  title: Text(200),
  rowsTitle: Text(100),
  rows: z.array(Labelled).check(z.minLength(1), z.maxLength(6)),
  cols: z.array(Labelled).check(z.minLength(1), z.maxLength(6)),
  cells: z.array(
    z.strictObject({
      row: Id,
      col: Id,
      items: z.array(Weighted).check(z.minLength(1)),
      descriptor: z.optional(z.strictObject({ text: Text(1000), status: z.enum(['stated', 'inferred']), source: SourceRef })),
    }),
  ),
  warning: z.strictObject({ row: Id, above: Id, label: Text(200), text: Text(1000), source: SourceRef }),
  source: SourceRef,
});

/** Where a weighted score places the city among ordered bands, beside the source's own cases. */
export const PlacementOutput = z.strictObject({
  title: Text(200),
  ...Ours,
  items: z.array(Weighted).check(z.minLength(1)),
  bands: z
    .array(
      z.strictObject({
        id: Id,
        label: Text(200),
        min: z.number().check(z.gte(0), z.lte(100)),
        /** Questions that must be answered Yes for this band, whatever the score. */
        requires: z.optional(z.array(Id)),
        text: z.optional(Text(1500)),
        source: z.optional(SourceRef),
      }),
    )
    .check(z.minLength(2)),
  cases: z.array(
    z.strictObject({
      id: Id,
      name: Text(200),
      band: Id,
      facts: z.array(z.strictObject({ text: Text(600), source: SourceRef })).check(z.minLength(1)),
    }),
  ),
});

/** Consecutive steps, one question each: the city is in the furthest step begun after the done ones. */
export const StepsOutput = z.strictObject({
  title: Text(200),
  ...Ours,
  before: Text(200),
  source: SourceRef,
  items: z
    .array(z.strictObject({ question: Id, label: Text(200), text: Text(600), source: SourceRef }))
    .check(z.minLength(2)),
});

/** Questions that stand for challenges: those not answered Yes are listed as next steps with advice. */
export const ChallengesOutput = z.strictObject({
  title: Text(200),
  items: z.array(z.strictObject({ question: Id, title: Text(200), advice: Text(1500), source: SourceRef })).check(z.minLength(1)),
});

/** What a definition computes beyond the section scores; every part optional. */
export const ChecklistOutputs = z.strictObject({
  pillars: z.optional(PillarsOutput),
  stages: z.optional(StagesOutput),
  flags: z.optional(z.array(FlagOutput)),
  matrix: z.optional(MatrixOutput),
  placement: z.optional(PlacementOutput),
  steps: z.optional(StepsOutput),
  challenges: z.optional(ChallengesOutput),
});
export type ChecklistOutputs = z.infer<typeof ChecklistOutputs>;

type Ctx = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; input: unknown }): void };

/** Cross-references of the outputs: every id they name must exist. */
function checkOutputs(o: ChecklistOutputs, questions: Set<string>, ctx: Ctx): void {
  const need = (ok: boolean, what: string, path: PropertyKey[], input: unknown) => {
    if (!ok) ctx.addIssue({ code: 'custom', message: what, path: ['outputs', ...path], input });
  };
  const q = (id: string, path: PropertyKey[]) => need(questions.has(id), `the id of a question ("${id}" is none)`, path, id);
  const pillars = new Set(o.pillars?.items.map((p) => p.id) ?? []);
  o.pillars?.items.forEach((p, pi) => p.items.forEach((w, wi) => q(w.question, ['pillars', 'items', pi, 'items', wi, 'question'])));
  o.stages?.levels.forEach((l, li) => {
    if (li === 0) need(l.requires.length === 0, 'no requirement on the first stage', ['stages', 'levels', 0, 'requires'], l.requires);
    l.requires.forEach((r, ri) =>
      need(pillars.has(r.pillar), `the id of a pillar ("${r.pillar}" is none)`, ['stages', 'levels', li, 'requires', ri, 'pillar'], r.pillar),
    );
  });
  o.flags?.forEach((f, fi) => q(f.question, ['flags', fi, 'question']));
  if (o.matrix) {
    const m = o.matrix;
    const rows = new Set(m.rows.map((r) => r.id));
    const cols = new Set(m.cols.map((c) => c.id));
    const seen = new Set<string>();
    m.cells.forEach((c, ci) => {
      need(rows.has(c.row), `the id of a row ("${c.row}" is none)`, ['matrix', 'cells', ci, 'row'], c.row);
      need(cols.has(c.col), `the id of a column ("${c.col}" is none)`, ['matrix', 'cells', ci, 'col'], c.col);
      need(!seen.has(`${c.row}/${c.col}`), 'one cell per row and column', ['matrix', 'cells', ci], c);
      seen.add(`${c.row}/${c.col}`);
      c.items.forEach((w, wi) => q(w.question, ['matrix', 'cells', ci, 'items', wi, 'question']));
    });
    need(seen.size === rows.size * cols.size, `a cell for every row and column (${rows.size * cols.size})`, ['matrix', 'cells'], m.cells.length);
    need(rows.has(m.warning.row), `the id of a row ("${m.warning.row}" is none)`, ['matrix', 'warning', 'row'], m.warning.row);
    need(rows.has(m.warning.above), `the id of a row ("${m.warning.above}" is none)`, ['matrix', 'warning', 'above'], m.warning.above);
  }
  if (o.placement) {
    const p = o.placement;
    p.items.forEach((w, wi) => q(w.question, ['placement', 'items', wi, 'question']));
    p.bands.forEach((b, bi) => b.requires?.forEach((id, ri) => q(id, ['placement', 'bands', bi, 'requires', ri])));
    p.bands.forEach((b, bi) =>
      need(bi === 0 ? b.min === 0 : b.min > p.bands[bi - 1]!.min, bi === 0 ? 'a first band starting at 0' : 'a minimum above the band before', ['placement', 'bands', bi, 'min'], b.min),
    );
    const bands = new Set(p.bands.map((b) => b.id));
    p.cases.forEach((c, ci) => need(bands.has(c.band), `the id of a band ("${c.band}" is none)`, ['placement', 'cases', ci, 'band'], c.band));
  }
  o.steps?.items.forEach((s, si) => q(s.question, ['steps', 'items', si, 'question']));
  o.challenges?.items.forEach((c, ci) => q(c.question, ['challenges', 'items', ci, 'question']));
}

/**
 * A checklist definition: the questions by section, where they come from, our scoring note, and
 * optionally what else it computes (`outputs`).
 */
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
      /** A short name for citations beside figures, e.g. "Conducting City Diplomacy (2020)". */
      short: z.optional(z.string().check(z.maxLength(120))),
      /** The citation as readers give it: authors, year (when the source states it), title, publisher. */
      authors: z.optional(z.string().check(z.maxLength(300))),
      year: z.optional(z.number()),
      title: z.optional(z.string().check(z.maxLength(300))),
      publisher: z.optional(z.string().check(z.maxLength(300))),
      /** The source's sections by line range, so that a line reference is shown as the section it falls in. */
      outline: z.optional(z.array(z.strictObject({ from: z.number(), to: z.number(), title: Text(300) }))),
    }),
    /** Where the source contradicts itself on something this checklist shows (recorded, not resolved). */
    caveats: z.optional(z.array(z.strictObject({ id: Id, text: Text(1000), source: SourceRef }))),
    scoring: z.strictObject({ origin: z.literal('ours'), note: z.string() }),
    /** What a section is called in the Summary (default "Phase"). */
    sectionLabel: z.optional(Text(100)),
    leads: z.optional(z.strictObject({ options: z.array(z.string().check(z.maxLength(200))), source: SourceRef })),
    sections: z.array(ChecklistSection).check(z.minLength(1)),
    outputs: z.optional(ChecklistOutputs),
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
      if (def.outputs) checkOutputs(def.outputs, seen, ctx);
    }),
  );
export type ChecklistDefinition = z.infer<typeof ChecklistDefinition>;


/** What a user entered for one question. */
export const QuestionEntry = z.object({
  answer: z.optional(Answer),
  notes: z.optional(z.string().check(z.maxLength(MAX_NOTES))),
  evidence: z.optional(z.union([HttpUrl, z.literal('')])),
  lead: z.optional(z.string().check(z.maxLength(MAX_LEAD))),
});
export type QuestionEntry = z.infer<typeof QuestionEntry>;

/** One named assessment (a city, a department, a year). */
export const Assessment = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_ASSESSMENT_ID)),
  name: z.string().check(z.maxLength(MAX_ASSESSMENT_NAME)),
  createdAt: z.number(),
  updatedAt: z.number(),
  entries: z.record(z.string(), QuestionEntry),
});
export type Assessment = z.infer<typeof Assessment>;

/**
 * What is saved per `storage-key`: every assessment (ids unique) and the one last opened (a tab
 * keeps which one it shows for itself; this is where a new tab starts).
 */
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
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      s.assessments.forEach((a, i) => {
        if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: `a unique id ("${a.id}" is repeated)`, path: ['assessments', i, 'id'], input: a.id });
        seen.add(a.id);
      });
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

/**
 * A saved record as "Download the kept-aside data" gives it (`{v, savedAt, data}`), which "Import
 * JSON" also takes once what made it unreadable is fixed.
 */
export const KeptAsideChecklist = z.object({
  v: z.number(),
  savedAt: z.number(),
  data: z.object({ assessments: z.array(Assessment).check(z.minLength(1)) }),
});
