// Comparing assessments: two, section by section (a city's progress, or two partners); any number,
// question by question (where partners' answers differ). Used by the Summary's comparison, which
// loads when there are two assessments to compare.
import type { Answer, Assessment, ChecklistDefinition } from '../schema/checklist.js';
import { overallScore, sectionScores } from './checklist.js';

export interface AgreementRow {
  questionId: string;
  sectionId: string;
  text: string;
  /** One answer per assessment, in the order given; undefined where unanswered. */
  answers: (Answer | undefined)[];
  /** Two or more different answers among those given (unanswered left out). */
  differs: boolean;
  /** How many assessments answered it. */
  answered: number;
}

/** Per question, the answers of every assessment and whether those that answered differ. */
export function agreement(def: ChecklistDefinition, assessments: readonly Assessment[]): AgreementRow[] {
  return def.sections.flatMap((s) =>
    s.questions.map((q) => {
      const answers = assessments.map((a) => a.entries[q.id]?.answer);
      const given = answers.filter((x): x is Answer => x !== undefined);
      return { questionId: q.id, sectionId: s.id, text: q.text, answers, differs: new Set(given).size > 1, answered: given.length };
    }),
  );
}

/** Section by section difference of two assessments, in percentage points (b − a). */
export function compareAssessments(def: ChecklistDefinition, a: Assessment, b: Assessment) {
  const sa = sectionScores(def, a.entries);
  const sb = sectionScores(def, b.entries);
  const rows = sa.map((x, i) => ({
    sectionId: x.sectionId,
    title: x.title,
    a: x.pct,
    b: sb[i]!.pct,
    delta: x.pct === null || sb[i]!.pct === null ? null : sb[i]!.pct! - x.pct,
  }));
  const oa = overallScore(def, a.entries).pct;
  const ob = overallScore(def, b.entries).pct;
  return { rows, overall: { a: oa, b: ob, delta: oa === null || ob === null ? null : ob - oa } };
}
