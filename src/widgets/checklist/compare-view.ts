// The Summary's comparisons, loaded when there are two assessments to compare (see `comparing` in
// checklist-element.ts): the open assessment against another, section by section, with the outputs'
// stage and placement; and, for team use without a server (each partner exports its assessment,
// the coordinator imports them all), where the answers of the ticked assessments differ.
import { html, nothing, type TemplateResult } from 'lit';
import { agreement, compareAssessments } from '../../core/checklist-compare.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import type { ChecklistKey } from './checklist.strings.js';

export interface CompareOptions {
  def: ChecklistDefinition;
  /** The open assessment, and every assessment (the open one included). */
  open: Assessment;
  assessments: readonly Assessment[];
  /** The assessment compared with the open one, if one is picked. */
  compareId: string;
  onCompare(id: string): void;
  /** Ids of the assessments ticked for the agreement (all when none were ticked yet). */
  agreeIds: readonly string[];
  onAgree(ids: string[]): void;
  sectionLabel: string;
  t(key: ChecklistKey, params?: Record<string, string | number>): string;
  /** A definition text in the element's language. */
  text(id: string, fallback: string): string;
  /** A whole percentage in the element's language. */
  pct(value: number): string;
  /** A signed difference in percentage points, `—` when either side has no score. */
  delta(value: number | null): string;
  /** The outputs' rows (stage, placement…) of the two assessments compared. */
  extraRows(a: Assessment, b: Assessment): { label: string; a: string; b: string }[];
}

export function renderCompare(o: CompareOptions): TemplateResult {
  const { def, open: a, t } = o;
  const others = o.assessments.filter((x) => x.id !== a.id);
  const other = others.find((x) => x.id === o.compareId);
  const cmp = other ? compareAssessments(def, a, other) : null;
  return html`<div class="compare no-print">
      <label class="field"
        ><span>${t('compareWith')}</span>
        <select @change=${(e: Event) => o.onCompare((e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!other}>${t('compareNone')}</option>
          ${others.map((x) => html`<option value=${x.id} .selected=${x.id === o.compareId}>${x.name || '—'}</option>`)}
        </select>
      </label>
      ${cmp && other
        ? html`<div class="scroll"><table class="compare-table">
            <thead>
              <tr>
                <th scope="col">${o.sectionLabel}</th>
                <th scope="col">${a.name}</th>
                <th scope="col">${other.name}</th>
                <th scope="col">${t('change')}</th>
              </tr>
            </thead>
            <tbody>
              ${[...cmp.rows, { sectionId: '', title: t('overall'), ...cmp.overall }].map(
                (r) => html`<tr>
                  <th scope="row">${r.sectionId ? o.text(`sections.${r.sectionId}.title`, r.title) : r.title}</th>
                  <td>${r.a === null ? '—' : o.pct(r.a)}</td>
                  <td>${r.b === null ? '—' : o.pct(r.b)}</td>
                  <td>${o.delta(r.delta)}</td>
                </tr>`,
              )}
              ${o.extraRows(a, other).map(
                (r) => html`<tr>
                  <th scope="row">${r.label}</th>
                  <td>${r.a}</td>
                  <td>${r.b}</td>
                  <td>${r.a === r.b ? '=' : '≠'}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`
        : nothing}
    </div>
    ${renderAgreement({ def, assessments: o.assessments, ids: o.agreeIds, t, text: o.text, onPick: o.onAgree })}`;
}

/** Team use: per question, where the answers of the ticked assessments (any number) differ. */
interface AgreementOptions {
  def: ChecklistDefinition;
  assessments: readonly Assessment[];
  /** Ids of the assessments ticked for comparison. */
  ids: readonly string[];
  t(key: ChecklistKey, params?: Record<string, string | number>): string;
  /** A definition text in the element's language. */
  text(id: string, fallback: string): string;
  onPick(ids: string[]): void;
}

function renderAgreement(o: AgreementOptions): TemplateResult {
  const { t } = o;
  const picked = o.assessments.filter((x) => o.ids.includes(x.id));
  const rows = agreement(o.def, picked);
  const differ = rows.filter((r) => r.differs);
  const toggle = (id: string, on: boolean) => o.onPick(on ? [...o.ids, id] : o.ids.filter((x) => x !== id));
  return html`<section class="agreement no-print" part="agreement" aria-labelledby="agree-h">
    <h4 id="agree-h">${t('agreementTitle')}</h4>
    <fieldset class="agree-pick">
      <legend>${t('agreementPick')}</legend>
      ${o.assessments.map(
        (x) => html`<label class="choice"
          ><input type="checkbox" .checked=${o.ids.includes(x.id)} @change=${(e: Event) => toggle(x.id, (e.target as HTMLInputElement).checked)} /><span
            >${x.name || '—'}</span
          ></label
        >`,
      )}
    </fieldset>
    ${picked.length < 2
      ? html`<p class="muted">${t('agreementNeedTwo')}</p>`
      : html`<p role="status">${differ.length ? t('agreementIntro', { count: differ.length, total: rows.length }) : t('agreementNone')}</p>
          ${differ.length
            ? html`<div class="scroll">
                <table class="agreement-table">
                  <thead>
                    <tr>
                      <td></td>
                      ${picked.map((x) => html`<th scope="col">${x.name || '—'}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${differ.map(
                      (r) => html`<tr>
                        <th scope="row">${o.text(`questions.${r.questionId}`, r.text)}</th>
                        ${r.answers.map((v) => html`<td>${v ? t(v) : '—'}</td>`)}
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : nothing}`}
  </section>`;
}
