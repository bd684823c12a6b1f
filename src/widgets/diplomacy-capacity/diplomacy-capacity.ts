import definition from '../../../data/diplomacy-capacity.json';
import { define } from '../../base/cw-element.js';
import '../../base/events.js';
import type { ChecklistDefinition } from '../../schema/checklist.js';
import { OutputsChecklistElement } from '../checklist/outputs-element.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { surveyAnswersStrings, type SurveyAnswersKey } from './survey-answers.strings.js';
import { type Catalogue, translate, withTranslations } from '../../core/i18n.js';
import { onDemand } from '../../core/validate.js';

/** The fold of "How the 47 cities answered", styled before its content (and the content's styles) loads. */
const surveyFoldStyles = css`
  .survey-root {
    margin-top: 1em;
  }
  .survey-fold > summary {
    cursor: pointer;
  }
  .survey-fold > summary > h3 {
    display: inline;
  }
`;

/** "How the 47 cities answered" (its code and the survey's data) loads when its fold is first opened or the assessment printed. */
const surveyAnswers = onDemand(() => import('./survey-answers.js'));

/**
 * A self-assessment of a city's international engagement after *Conducting City Diplomacy* (47 cities,
 * 2020): questions on office, budgets, training, strategy, rules and continuity, each beside the
 * survey's own figure where the report states one (cited by the report's section); a stage (Ad hoc → Started →
 * Resourced and professionalised → Institutionalised) from pillar scores, named only once the questions
 * deciding it are answered, the lack-of-authority flag and the policy-capacity matrix as a heatmap that warns where capacity depends on
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
 * @csspart progress - Progress, "Next unanswered" and links to the sections and the Summary, before the first question.
 * @csspart section - One section of questions.
 * @csspart question - One question with its answers and notes.
 * @csspart summary - The Summary region.
 * @csspart summary-table - The table of scores.
 * @csspart figure - The survey's figure beside a question.
 * @csspart output-stage - The stage ladder and pillar scores in the Summary.
 * @csspart output-flags - Raised flags (not scored).
 * @csspart output-matrix - The policy-capacity matrix block.
 * @csspart matrix - The policy-capacity matrix table (heatmap).
 * @csspart survey - "How the 47 cities answered": the report's figures as chart-like tables.
 * @csspart agreement - Where the answers of several assessments (e.g. imported from partners) differ, question by question.
 * @csspart actions - Download, print and import buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 */
export class DiplomacyCapacity extends OutputsChecklistElement {
  static override styles = [...OutputsChecklistElement.styles, surveyFoldStyles];

  /** The survey's figures could not be loaded (they are tried again when the fold is opened again). */
  @state() private _surveyFailed = false;
  /** The fold was opened (or Print pressed) and its content is on its way. */
  @state() private _surveyLoading = false;

  private _ts(key: SurveyAnswersKey, params?: Record<string, string | number>): string {
    return translate(surveyAnswersStrings as Catalogue<SurveyAnswersKey>, this.locale, key, params);
  }

  /** The checklist, then "How the 47 cities answered" (the report's figures, charted with their qualifiers), folded. */
  protected override render(): TemplateResult {
    if (this.langStatus() === 'loading') return super.render();
    const m = surveyAnswers.loaded();
    if (m) this.adoptStyles(m.surveyStyles);
    return html`${super.render()}<div class="root survey-root" data-scheme=${this._scheme}>
        <section class="survey" part="survey" aria-labelledby="survey-h">
          <!-- Folded like the assessment's other extras, so that the form stays short; print opens it. -->
          <details class="survey-fold" @toggle=${this._onSurveyToggle}>
            <summary><h3 id="survey-h">${this._ts('title')}</h3></summary>
            ${m
              ? m.renderSurveyAnswers(m.surveyFigures, this.locale, (key, params) => this._ts(key, params))
              : this._surveyFailed
                ? html`<p class="alert" role="alert">${this._ts('loadFailed')}</p>`
                : this._surveyLoading
                  ? html`<p class="muted" role="status">${this.tc('loading')}</p>`
                  : nothing}
          </details>
        </section>
      </div>`;
  }

  private _onSurveyToggle(e: Event): void {
    if ((e.target as HTMLDetailsElement).open) void this._loadSurvey();
  }

  /** Loads the survey's content and renders it; a failure is said in the fold, never thrown. */
  private async _loadSurvey(): Promise<void> {
    if (surveyAnswers.loaded()) return;
    this._surveyFailed = false;
    this._surveyLoading = true;
    try {
      await this.track(surveyAnswers());
    } catch {
      this._surveyFailed = true;
    }
    this._surveyLoading = false;
    await this.rendered();
  }

  /** Printing opens every fold: the survey's content is there before the print dialog. */
  protected override async beforePrint(): Promise<void> {
    await this._loadSurvey();
  }

  protected bundledDefinition(): ChecklistDefinition {
    return withTranslations('diplomacy-capacity', definition) as ChecklistDefinition;
  }
}

define('diplomacy-capacity', DiplomacyCapacity);

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-capacity': DiplomacyCapacity;
  }
}
