import { html, svg, type TemplateResult } from 'lit';
import survey from '../../../data/diplomacy-survey.json';
import { shortCitation, citation } from '../../core/work-citation.js';
import { formatPercent, localize, withTranslations } from '../../core/i18n.js';
import { figureText, figuresByGroup } from '../../core/survey-figures.js';
import type { Lang } from '../../schema/common.js';
import type { SurveyFigure, SurveyFigures } from '../../schema/survey-figures.js';
import type { SurveyAnswersKey } from './survey-answers.strings.js';

export { surveyStyles } from './survey-answers.styles.js';

/** The bundled figures (validated by the schema in a test). */
export const surveyFigures = withTranslations('diplomacy-survey', survey) as SurveyFigures;

/**
 * The content of "How the 47 cities answered": every figure *Conducting City Diplomacy* states in its
 * text, as tables whose share column reads like a bar chart (a bar drawn to its value, its qualifier
 * shown by the bar's style and in words), with n where the text gives it and the source of each.
 * `<diplomacy-capacity>` shows the fold and its heading, and loads this module (and the data) when
 * the fold is first opened or the assessment printed; `t` gives its texts (survey-answers.strings).
 */
export function renderSurveyAnswers(
  d: SurveyFigures,
  lang: Lang,
  t: (key: SurveyAnswersKey, params?: Record<string, string | number>) => string,
): TemplateResult {
  const text = (id: string, fallback: string) => localize(d, lang, id, fallback);
  const words = { noDate: 'n.d.', in: 'in', chapter: 'ch.', table: '' };
  const value = (f: SurveyFigure) =>
    figureText(f, (v) => formatPercent(lang, v, 0) ?? '', { about: t('about'), moreThan: t('moreThan'), atMost: t('atMost') });
  return html`${d.intro ? html`<p>${text('intro', d.intro)}</p>` : ''}
    ${d.translations?.[lang]?.unofficial ? html`<p class="muted small">${d.translations[lang]?.note ?? ''}</p>` : ''}
    <p class="muted">
      ${t('responses', { n: d.responses.value, cities: d.responses.cities })} —
      ${citation(d.work, undefined, words)}
    </p>
    <details>
      <summary>${t('showSource')}</summary>
      <p class="muted">${text('responses.note', d.responses.note)} (${shortCitation(d.work, d.responses.source, words)})</p>
    </details>
    <p class="muted small">${t('legend')}</p>
    ${figuresByGroup(d).map((g) => {
      const label = text(`groups.${g.group}`, d.groups.find((x) => x.id === g.group)!.label);
      return html`<div class="scroll" role="region" aria-label=${label} tabindex="0">
        <table class="survey-table">
          <caption>${label}</caption>
          <thead>
            <tr>
              <th scope="col">${t('statement')}</th>
              <th scope="col">${t('share')}</th>
              <th scope="col">${t('n')}</th>
            </tr>
          </thead>
          <tbody>
            ${g.figures.map(
              (f) => html`<tr>
                <th scope="row">
                  ${text(`figures.${f.id}`, f.label)}
                  ${f.base ? html`<span class="muted small block">${text(`figures.${f.id}.base`, f.base)}</span>` : ''}
                  <span class="muted small block">${shortCitation(d.work, f.source, words)}</span>
                </th>
                <td class="share">
                  <span class="share-box">
                    <svg class="sbar q-${f.qualifier}" viewBox="0 0 104 12" aria-hidden="true">
                      <rect class="strack" x="0" y="1" width="100" height="10"></rect>
                      <rect class="sfill" x="0" y="1" width=${f.value} height="10"></rect>
                      ${f.qualifier === 'more-than' ? svg`<path class="smore" d=${`M${f.value} 0 L${Math.min(f.value + 4, 104)} 6 L${f.value} 12 Z`}></path>` : ''}
                    </svg>
                    <span class="value">${value(f)}</span>
                  </span>
                </td>
                <td>${f.n ?? t('nNotStated')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    })}`;
}
