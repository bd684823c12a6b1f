// The Summary's outputs (stages, pillars, flags, matrix, placement, hourglass, challenges): their
// templates, styles and rules, in one module that `OutputsChecklistElement` loads when the Summary
// comes near the screen, the user starts answering, or printing, the CSV or a comparison needs it.
// The questions at the top of the form never wait for it.
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import { placementOf, stageOf, stepOf } from '../../core/checklist-outputs.js';

export { renderOutputs, type OutputsContext } from './outputs-view.js';
export { outputsStyles } from './outputs.styles.js';
export { outputRows } from '../../core/checklist-outputs.js';

/** A definition text in the element's language (`id` as in outputs-view.ts), and "provisional". */
export interface CompareText {
  text(id: string, fallback: string): string;
  provisional: string;
}

/** The stage, the placement and the hourglass step of each of the two assessments compared. */
export function compareRows(def: ChecklistDefinition, a: Assessment, b: Assessment, tx: CompareText): { label: string; a: string; b: string }[] {
  const o = def.outputs;
  if (!o) return [];
  const rows: { label: string; a: string; b: string }[] = [];
  const none = '—';
  if (o.stages) {
    const name = (e: Assessment) => {
      const st = stageOf(def, e.entries);
      if (!st?.answered) return none;
      const label = tx.text(`outputs.stages.levels.${st.id}.label`, st.label);
      return st.decided ? label : `${label} (${tx.provisional})`;
    };
    rows.push({ label: tx.text('outputs.stages.title', o.stages.title), a: name(a), b: name(b) });
  }
  if (o.placement) {
    const name = (e: Assessment) => {
      const pl = placementOf(def, e.entries);
      if (!pl?.band) return none;
      const label = tx.text(`outputs.placement.bands.${pl.band.id}.label`, pl.band.label);
      return pl.decided ? label : `${label} (${tx.provisional})`;
    };
    rows.push({ label: tx.text('outputs.placement.title', o.placement.title), a: name(a), b: name(b) });
  }
  if (o.steps) {
    const steps = o.steps;
    const name = (e: Assessment) => {
      const st = stepOf(def, e.entries);
      if (!st || st.index === null) return none;
      if (st.index < 0) return tx.text('outputs.steps.before', steps.before);
      const item = steps.items[st.index]!;
      return tx.text(`outputs.steps.items.${item.question}.label`, item.label);
    };
    rows.push({ label: tx.text('outputs.steps.title', o.steps.title), a: name(a), b: name(b) });
  }
  return rows;
}
