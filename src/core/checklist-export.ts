// A checklist's files: the JSON export of its assessments and the CSV of one. Apart from the scores
// (core/checklist) so that only the code behind the Download buttons carries it.
import { toCsv as rowsToCsv } from './csv.js';
import type { Assessment, ChecklistDefinition, ChecklistExport } from '../schema/checklist.js';
import { isScored, overallScore, POINTS, sectionScores } from './checklist.js';

export function toExport(def: ChecklistDefinition, assessments: Assessment[], now: Date): ChecklistExport {
  return { format: 'city-widgets/checklist', schemaVersion: 1, checklist: def.id, exportedAt: now.toISOString(), assessments };
}

export { csvCell } from './csv.js';

export const CSV_HEADER = ['assessment', 'section', 'question_id', 'question', 'answer', 'points', 'who_leads', 'evidence', 'notes'];

/**
 * A row per question, then a row per section score and the overall score, then `extra` rows
 * (`[id, label, value]`, e.g. the outputs of `outputRows()`).
 */
export function toCsv(def: ChecklistDefinition, a: Assessment, extra: readonly [string, string, string | number][] = []): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const s of def.sections) {
    for (const q of s.questions) {
      const e = a.entries[q.id] ?? {};
      const points = !isScored(q) || !e.answer ? null : POINTS[e.answer];
      rows.push([a.name, s.title, q.id, q.text, e.answer ?? '', points, e.lead ?? '', e.evidence ?? '', e.notes ?? '']);
    }
  }
  for (const s of sectionScores(def, a.entries)) {
    rows.push([a.name, s.title, 'score', 'section score (%)', '', s.pct === null ? '' : round1(s.pct), '', '', '']);
  }
  const o = overallScore(def, a.entries);
  rows.push([a.name, '', 'score', 'overall score (%)', '', o.pct === null ? '' : round1(o.pct), '', '', '']);
  for (const [id, label, value] of extra) rows.push([a.name, '', id, label, '', value, '', '', '']);
  return rowsToCsv(rows);
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A file name from an assessment name: letters, digits and dashes. */
export function fileName(base: string, ext: string): string {
  const slug = base.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `${slug || 'assessment'}.${ext}`;
}
