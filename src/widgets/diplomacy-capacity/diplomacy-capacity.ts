import definition from '../../../data/diplomacy-capacity.json';
import { define } from '../../base/cw-element.js';
import '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import type { nothing, TemplateResult } from 'lit';
import { outputRows } from '../../core/checklist-outputs.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import { ChecklistElement } from '../checklist/checklist-element.js';
import { checklistStyles } from '../checklist/checklist.styles.js';
import { outputsStyles } from '../checklist/outputs.styles.js';
import { renderOutputs } from '../checklist/outputs-view.js';

/**
 * A self-assessment of a city's international engagement after *Conducting City Diplomacy* (47 cities,
 * 2020): questions on office, budgets, training, strategy, rules and continuity, each beside the
 * survey's own figure where the report states one (cited by line); a stage (Ad hoc → Started →
 * Resourced and professionalised → Institutionalised) from pillar scores, the lack-of-authority flag
 * (not scored) and the policy-capacity matrix as a heatmap that warns where capacity depends on
 * individuals. Stages, pillars and weights are ours and the widget says so. Everything else as
 * `<branding-checklist>`: notes, evidence, who leads, several named assessments, export, print, import.
 *
 * @tagname diplomacy-capacity
 * @summary A self-assessment of a city's capacity for international engagement, beside the figures of a 47-city survey.
 * @fires {CustomEvent<ChecklistChangeDetail>} cw-change - An answer, note, evidence link, lead or the list of assessments changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The checklist given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart assessments - The bar to switch, name, add, duplicate and delete assessments.
 * @csspart section - One section of questions.
 * @csspart question - One question with its answers and notes.
 * @csspart summary - The Summary region.
 * @csspart summary-table - The table of scores.
 * @csspart figure - The survey's figure beside a question.
 * @csspart output-stage - The stage ladder and pillar scores in the Summary.
 * @csspart output-flags - Raised flags (not scored).
 * @csspart output-matrix - The policy-capacity matrix block.
 * @csspart matrix - The policy-capacity matrix table (heatmap).
 * @csspart actions - Download, print and import buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 */
export class DiplomacyCapacity extends ChecklistElement {
  static override styles = [themeStyles, checklistStyles, outputsStyles];

  protected bundledDefinition(): ChecklistDefinition {
    return definition as ChecklistDefinition;
  }

  /** Every output the definition describes (from the bundled file, `src` or inline JSON). */
  protected override renderOutputs(def: ChecklistDefinition, a: Assessment): TemplateResult | typeof nothing {
    return renderOutputs(this.outputsContext(def), def, a.entries);
  }

  protected override csvRows(def: ChecklistDefinition, a: Assessment): [string, string, string | number][] {
    return outputRows(def, a.entries);
  }
}

define('diplomacy-capacity', DiplomacyCapacity);

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-capacity': DiplomacyCapacity;
  }
}
