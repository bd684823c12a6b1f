import definition from '../../../data/talent-governance.json';
import { define } from '../../base/cw-element.js';
import '../../base/events.js';
import type { ChecklistDefinition } from '../../schema/checklist.js';
import { OutputsChecklistElement } from '../checklist/outputs-element.js';
import { withTranslations } from '../../core/i18n.js';

/**
 * A self-assessment of co-ordinated international talent management after *Welcoming International
 * Talent* (ch. 9): questions on attraction, facilitation and integration, on how the co-ordination is
 * organised and on the six key challenges; the Summary places the city on a scale between the lighter and the
 * strategic co-ordination model (by embedding in a wider strategy and comprehensiveness) beside the book's cases (Groningen, Leuven, Magdeburg, Parma), reads
 * its stage of the "hourglass" (go big, slim down, go big again) and lists the open challenges as next
 * steps. The placement rule is ours and the widget says so. Everything else as `<branding-checklist>`.
 *
 * @tagname talent-governance
 * @summary A self-assessment of how a city, its universities and employers co-ordinate international talent management.
 * @fires {CustomEvent<ChecklistChangeDetail>} cw-change - An answer, note, evidence link, lead or the list of assessments changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The checklist given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart assessments - The bar to switch, name, add, duplicate and delete assessments.
 * @csspart progress - Progress, "Next unanswered" and links to the sections and the Summary, before the first question.
 * @csspart section - One section of questions.
 * @csspart question - One question with its answers and notes.
 * @csspart summary - The Summary region.
 * @csspart summary-table - The table of scores.
 * @csspart output-placement - The placement between the two co-ordination models, with the cases.
 * @csspart output-steps - The stage of the hourglass.
 * @csspart output-challenges - The open challenges (next steps).
 * @csspart agreement - Where the answers of several assessments (e.g. imported from partners) differ, question by question.
 * @csspart actions - Download, print and import buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 */
export class TalentGovernance extends OutputsChecklistElement {
  protected bundledDefinition(): ChecklistDefinition {
    return withTranslations('talent-governance', definition) as ChecklistDefinition;
  }
}

define('talent-governance', TalentGovernance);

declare global {
  interface HTMLElementTagNameMap {
    'talent-governance': TalentGovernance;
  }
}
