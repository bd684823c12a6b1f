import type { nothing, TemplateResult } from 'lit';
import { themeStyles } from '../../base/theme.styles.js';
import { outputRows, placementOf, stageOf, stepOf } from '../../core/checklist-outputs.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import { ChecklistElement } from './checklist-element.js';
import { checklistStyles } from './checklist.styles.js';
import { outputsStyles } from './outputs.styles.js';
import { renderOutputs } from './outputs-view.js';

/**
 * A checklist whose definition has `outputs` (stages, pillars, matrix, placement…): the engine plus
 * the outputs view, in the Summary and in the CSV. Not registered as an element itself.
 */
export abstract class OutputsChecklistElement extends ChecklistElement {
  static override styles = [themeStyles, checklistStyles, outputsStyles];

  /** Every output the definition describes (from the bundled file, `src` or inline JSON). */
  protected override renderOutputs(def: ChecklistDefinition, a: Assessment): TemplateResult | typeof nothing {
    return renderOutputs(this.outputsContext(def), def, a.entries);
  }

  /** The stage, the placement and the hourglass step of each of the two assessments compared. */
  protected override compareRows(def: ChecklistDefinition, a: Assessment, b: Assessment): { label: string; a: string; b: string }[] {
    const o = def.outputs;
    if (!o) return [];
    const tx = (id: string, fallback: string) => this.text(def, id, fallback);
    const rows: { label: string; a: string; b: string }[] = [];
    const none = '—';
    if (o.stages) {
      const name = (e: Assessment) => {
        const st = stageOf(def, e.entries);
        if (!st) return none;
        const label = tx(`outputs.stages.levels.${st.id}.label`, st.label);
        return st.decided ? label : `${label} (${this.t('provisionalLabel')})`;
      };
      rows.push({ label: tx('outputs.stages.title', o.stages.title), a: name(a), b: name(b) });
    }
    if (o.placement) {
      const name = (e: Assessment) => {
        const pl = placementOf(def, e.entries);
        if (!pl?.band) return none;
        const label = tx(`outputs.placement.bands.${pl.band.id}.label`, pl.band.label);
        return pl.decided ? label : `${label} (${this.t('provisionalLabel')})`;
      };
      rows.push({ label: tx('outputs.placement.title', o.placement.title), a: name(a), b: name(b) });
    }
    if (o.steps) {
      const steps = o.steps;
      const name = (e: Assessment) => {
        const st = stepOf(def, e.entries);
        if (!st || st.index === null) return none;
        if (st.index < 0) return tx('outputs.steps.before', steps.before);
        const item = steps.items[st.index]!;
        return tx(`outputs.steps.items.${item.question}.label`, item.label);
      };
      rows.push({ label: tx('outputs.steps.title', o.steps.title), a: name(a), b: name(b) });
    }
    return rows;
  }

  protected override csvRows(def: ChecklistDefinition, a: Assessment): [string, string, string | number][] {
    return outputRows(def, a.entries);
  }
}
