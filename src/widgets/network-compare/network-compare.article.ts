// `view="comparison"`: the comparison of a fixed selection alone, sized for an article column: the
// table compact, the dot plot and the map side by side when the column is wide enough, every
// download in one row.
import { html, nothing, type TemplateResult } from 'lit';
import type { Network } from '../../schema/networks.js';
import type { ViewContext } from './network-compare.views.js';

export interface ArticleOptions {
  nets: readonly Network[];
  /** The charts side by side. */
  two: boolean;
  unknownIds: TemplateResult | typeof nothing;
  /** The comparison table; null with fewer than two networks. */
  table: TemplateResult | null;
  profile: TemplateResult | typeof nothing;
  map: TemplateResult | typeof nothing;
  /** The line under an exported map's title. */
  mapSentence: string;
  onCsv(): void;
  onJson(): void;
  onFile(selector: string, title: string, legend: string, kind: 'svg' | 'png'): void;
}

export function renderArticle(ctx: ViewContext, o: ArticleOptions): TemplateResult {
  const { t } = ctx;
  const names = o.nets.map((n) => n.name).join(', ');
  // "Dimension profiles: [SVG] [PNG]", each button named in full ("Download SVG: Dimension profiles").
  const files = (title: string, selector: string, legend: string) => {
    const file = (kind: 'svg' | 'png') =>
      html`<button type="button" aria-label=${`${t(kind === 'svg' ? 'downloadSvg' : 'downloadPng')}: ${title}`} @click=${() => o.onFile(selector, title, legend, kind)}>
        ${kind.toUpperCase()}
      </button>`;
    return html`<span class="file-group"><span class="muted">${title}:</span> <span class="files">${file('svg')} ${file('png')}</span></span>`;
  };
  return html`<section class="comparison only" part="comparison" aria-labelledby="cmp-h">
    <h2 id="cmp-h">${o.nets.length ? t('comparisonOf', { names }) : t('comparison')}</h2>
    <p class="muted small">${t('scalesNote')} ${t('statusKey')}</p>
    ${o.unknownIds} ${o.table ?? html`<p>${t('pickTwo')}</p>`}
    <div class=${o.two ? 'charts two' : 'charts'}>${o.profile} ${o.map}</div>
    ${o.nets.length
      ? html`<p class="no-print actions downloads" part="actions">
          ${o.nets.length >= 2
            ? html`<button type="button" @click=${o.onCsv}>${t('downloadCsv')}</button>
                <button type="button" @click=${o.onJson}>${t('downloadJson')}</button>`
            : nothing}
          ${files(t('profile'), 'svg.profile-chart', names)} ${o.map === nothing ? nothing : files(t('mapTitle'), 'svg.map-chart', o.mapSentence)}
        </p>`
      : nothing}
  </section>`;
}
