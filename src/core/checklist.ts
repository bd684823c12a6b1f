import type { Answer, Assessment, ChecklistDefinition, ChecklistState, QuestionEntry } from '../schema/checklist.js';
import { POINTS, weightedScore, type Score } from './score.js';

// The scale is its own module so that the action plan's readiness check scores without this one.
export { POINTS, weightedScore, type Score };

export interface SectionScore extends Score {
  sectionId: string;
  title: string;
}

function score(questionIds: readonly string[], entries: Assessment['entries']): Score {
  return weightedScore(questionIds.map((question) => ({ question })), entries);
}

type Question = ChecklistDefinition['sections'][number]['questions'][number];
export const isScored = (q: Question) => q.scored !== false;

/** Score per section: its points over its answered applicable questions. Sections with no scored question are left out. */
export function sectionScores(def: ChecklistDefinition, entries: Assessment['entries']): SectionScore[] {
  return def.sections
    .filter((s) => s.questions.some(isScored))
    .map((s) => ({
      sectionId: s.id,
      title: s.title,
      ...score(s.questions.filter(isScored).map((q) => q.id), entries),
    }));
}

/** Overall score: the points of all answered applicable scored questions over their number. */
export function overallScore(def: ChecklistDefinition, entries: Assessment['entries']): Score {
  return score(def.sections.flatMap((s) => s.questions.filter(isScored).map((q) => q.id)), entries);
}

/** How many questions (scored or not) have an answer, of how many. */
export function progress(def: ChecklistDefinition, entries: Assessment['entries']): { answered: number; total: number } {
  const ids = def.sections.flatMap((s) => s.questions.map((q) => q.id));
  return { answered: ids.filter((id) => entries[id]?.answer).length, total: ids.length };
}

export interface OpenPoint {
  questionId: string;
  sectionTitle: string;
  text: string;
  answer: Answer | undefined;
}

/** The first question without an answer after `afterId` (wrapping round), else undefined when all are answered. */
export function nextUnanswered(def: ChecklistDefinition, entries: Assessment['entries'], afterId?: string): string | undefined {
  const ids = def.sections.flatMap((s) => s.questions.map((q) => q.id));
  const start = afterId ? ids.indexOf(afterId) + 1 : 0;
  const order = [...ids.slice(start), ...ids.slice(0, start)];
  return order.find((id) => !entries[id]?.answer);
}

/** Next steps: scored questions answered No or Partly, and those not answered yet, in checklist order. */
export function openPoints(def: ChecklistDefinition, entries: Assessment['entries']): OpenPoint[] {
  return def.sections.flatMap((s) =>
    s.questions
      .filter((q) => {
        if (!isScored(q)) return false;
        const a = entries[q.id]?.answer;
        return a === undefined || a === 'no' || a === 'partly';
      })
      .map((q) => ({ questionId: q.id, sectionTitle: s.title, text: q.text, answer: entries[q.id]?.answer })),
  );
}

// ---- assessments -------------------------------------------------------------------------------

export function newAssessment(name: string, now: number, id: string): Assessment {
  return { id, name, createdAt: now, updatedAt: now, entries: {} };
}

export function initialState(name: string, now: number, id: string): ChecklistState {
  const a = newAssessment(name, now, id);
  return { activeId: a.id, assessments: [a] };
}

/** Applies `patch` to one question's entry of the active assessment. */
export function updateEntry(
  state: ChecklistState,
  questionId: string,
  patch: Partial<QuestionEntry>,
  now: number,
): ChecklistState {
  return {
    ...state,
    assessments: state.assessments.map((a) =>
      a.id !== state.activeId
        ? a
        : { ...a, updatedAt: now, entries: { ...a.entries, [questionId]: { ...a.entries[questionId], ...patch } } },
    ),
  };
}
