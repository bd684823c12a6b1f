import definition from '../../../data/branding-checklist.json';
import { define } from '../../base/cw-element.js';
import '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import type { ChecklistDefinition } from '../../schema/checklist.js';
import { ChecklistElement } from '../checklist/checklist-element.js';
import { checklistStyles } from '../checklist/checklist.styles.js';
import { withTranslations } from '../../core/i18n.js';

/**
 * The "Checklist for co-ordinated branding and communication" of *Welcoming International Talent*
 * (ch. 1): twelve questions in three phases, answered Yes / Partly / No / Not applicable, with notes,
 * evidence and who leads; a summary with scores (our scale, stated as ours) and open points; several
 * named assessments per `storage-key`; JSON and CSV export, print, JSON import.
 *
 * @tagname branding-checklist
 * @summary A self-assessment of a city's co-ordinated branding and communication for international talent.
 * @fires {CustomEvent<ChecklistChangeDetail>} cw-change - An answer, note, evidence link, lead or the list of assessments changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The checklist given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart assessments - The bar to switch, name, add, duplicate and delete assessments.
 * @csspart progress - Progress, "Next unanswered" and links to the sections and the Summary, before the first question.
 * @csspart section - One phase of questions.
 * @csspart question - One question with its answers and notes.
 * @csspart summary - The Summary region.
 * @csspart summary-table - The table of scores.
 * @csspart agreement - Where the answers of several assessments (e.g. imported from partners) differ, question by question.
 * @csspart actions - Download, print and import buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 */
export class BrandingChecklist extends ChecklistElement {
  static override styles = [themeStyles, checklistStyles];

  protected bundledDefinition(): ChecklistDefinition {
    return withTranslations('branding-checklist', definition) as ChecklistDefinition;
  }
}

define('branding-checklist', BrandingChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'branding-checklist': BrandingChecklist;
  }
}
