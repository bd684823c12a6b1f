// Team use without a server: each partner exports its assessment, the coordinator imports them all,
// and this view shows, question by question, where the answers of the ticked assessments differ.
import { html, nothing, type TemplateResult } from 'lit';
import { agreement } from '../../core/checklist.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import type { ChecklistKey } from './checklist.strings.js';

export interface AgreementOptions {
  def: ChecklistDefinition;
  assessments: readonly Assessment[];
  /** Ids of the assessments ticked for comparison. */
  ids: readonly string[];
  t(key: ChecklistKey, params?: Record<string, string | number>): string;
  /** A definition text in the element's language. */
  text(id: string, fallback: string): string;
  onPick(ids: string[]): void;
}

export function renderAgreement(o: AgreementOptions): TemplateResult {
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
