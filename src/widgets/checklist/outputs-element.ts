import type { nothing, TemplateResult } from 'lit';
import { themeStyles } from '../../base/theme.styles.js';
import { outputRows } from '../../core/checklist-outputs.js';
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

  protected override csvRows(def: ChecklistDefinition, a: Assessment): [string, string, string | number][] {
    return outputRows(def, a.entries);
  }
}
