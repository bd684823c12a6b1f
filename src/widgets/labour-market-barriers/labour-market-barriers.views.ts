import { html, nothing, type TemplateResult } from 'lit';
import { linksOf, matrix } from '../../core/labour-market.js';
import type { SourceRef, Status } from '../../schema/common.js';
import type { CityProfile, LabourMarketData, Link } from '../../schema/labour-market.js';
import type { LabourMarketKey } from './labour-market-barriers.strings.js';

/** What the views need from the element. */
export interface ViewContext {
  t: (key: LabourMarketKey, params?: Record<string, string | number>) => string;
  label: (kind: 'groups' | 'stages' | 'barriers' | 'initiatives', id: string) => string;
  source: (source: SourceRef, status?: Status) => TemplateResult;
}

/** What the initiatives and the matrix do, wired by the element. */
export interface MatrixHandlers {
  mark: (initiative: string, on: boolean) => void;
  csv: () => void;
  image: (kind: 'svg' | 'png') => void;
}

/** The types of initiative of Table 7.2: a checkbox each, the example programmes, and what each addresses. */
export function renderInitiatives(ctx: ViewContext, d: LabourMarketData, city: CityProfile, on: MatrixHandlers): TemplateResult {
  return html`<section class="initiatives" part="initiatives" aria-labelledby="init-h">
    <h3 id="init-h">${ctx.t('initiatives')}</h3>
    <ul class="items">
      ${d.initiatives.map((i) => {
        const links = d.links.filter((l) => l.initiative === i.id);
        return html`<li class="item">
          <label class="check"
            ><input
              type="checkbox"
              .checked=${city.initiatives.includes(i.id)}
              @change=${(e: Event) => on.mark(i.id, (e.target as HTMLInputElement).checked)}
            /><span class="init-label">${ctx.label('initiatives', i.id)}</span></label
          >
          ${ctx.source(i.source, i.status)}
          <p class="small">${ctx.t('examples')}:</p>
          <ul class="examples">
            ${i.examples.map(
              (x) => html`<li>
                <strong>${x.name}</strong> (${x.city}): ${x.text} ${ctx.source(x.source, x.status)}
              </li>`,
            )}
          </ul>
          ${links.length
            ? html`<details>
                <summary>${ctx.t('addresses')}: ${links.map((l) => ctx.label('barriers', l.barrier)).join(', ')}</summary>
                <ul>
                  ${links.map((l) => renderLink(ctx, l, 'barrier'))}
                </ul>
              </details>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** One link between a barrier and an initiative, labelled stated or ours, with the reasoning. */
function renderLink(ctx: ViewContext, l: Link, show: 'barrier' | 'initiative'): TemplateResult {
  const name = show === 'barrier' ? ctx.label('barriers', l.barrier) : ctx.label('initiatives', l.initiative);
  return html`<li>
    <strong>${name}</strong> <span class="origin origin-${l.origin}">${l.origin === 'stated' ? ctx.t('stated') : ctx.t('ours')}</span>
    — ${ctx.t('why')}: ${l.note} ${ctx.source(l.source)}
  </li>`;
}

/** The matrix as a table, marked cells reading like a chart: filled dot stated, ring ours. */
export function renderMatrix(ctx: ViewContext, d: LabourMarketData, city: CityProfile, on: MatrixHandlers): TemplateResult {
  const rows = matrix(d);
  const marked = new Set(city.initiatives);
  return html`<section class="matrix" part="matrix" aria-labelledby="matrix-h">
    <h3 id="matrix-h">${ctx.t('matrix')}</h3>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="matrix-h">
      <table>
        <caption>
          ${ctx.t('matrixCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ctx.t('corner')}</th>
            ${d.initiatives.map((i) => html`<th scope="col" class=${marked.has(i.id) ? 'has' : ''}>${ctx.label('initiatives', i.id)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${ctx.label('barriers', r.barrier)}</th>
              ${r.cells.map((c) =>
                c
                  ? html`<td class="cell cell-${c.origin}" title=${c.note}>
                      <span class="dot" aria-hidden="true">${c.origin === 'stated' ? '●' : '○'}</span>
                      ${c.origin === 'stated' ? ctx.t('stated') : ctx.t('ours')}
                    </td>`
                  : html`<td class="cell"></td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <details>
      <summary>${ctx.t('why')}</summary>
      <ul>
        ${d.barriers.map((b) => linksOf(d, b.id).map((l) => renderLink(ctx, l, 'initiative')))}
      </ul>
    </details>
    <div class="actions no-print">
      <button type="button" @click=${() => on.csv()}>${ctx.t('downloadCsv')}</button>
      <button type="button" @click=${() => on.image('svg')}>${ctx.t('downloadSvg')}</button>
      <button type="button" @click=${() => on.image('png')}>${ctx.t('downloadPng')}</button>
    </div>
  </section>`;
}
