import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { RadarGeometry } from '../../charts/radar.js';
import type { RadarSeriesStyle } from '../../charts/radar.svg.js';
import type { RadarSeriesModel, ValueTable } from './capital-radar.model.js';
import type { CapitalRadarKey } from './capital-radar.strings.js';
import type { RadarText } from './capital-radar.text.js';

/** The element's catalogue lookup. */
type Say = (key: CapitalRadarKey, params?: Record<string, string | number>) => string;

// How the radar is drawn: the series' line styles, the label size, the legend's swatches.

/** Line styles of the profiles, the reader's own and so the strongest: colour is never the only difference. */
const PROFILE_STYLES: readonly Omit<RadarSeriesStyle, 'className'>[] = [
  { width: 3.5, fillOpacity: 0.12 },
  { width: 3.5, dash: '9 4', fillOpacity: 0.08 },
  { width: 4, dash: '1.5 4.5', fillOpacity: 0.06 },
  { width: 3.5, dash: '11 3 2 3', fillOpacity: 0.06 },
];
/** The survey benchmark: a thin, light reference line behind the profiles. */
const BENCHMARK_STYLE: RadarSeriesStyle = { className: 's-bench', width: 1.5, fillOpacity: 0 };

/** Label size from the chart's width: readable on a phone (never under 11 px), not tiny on a wide screen. */
export function radarFontSize(width: number): number {
  return Math.min(16, Math.max(11, Math.round(width / 40)));
}

export function styleOf(series: RadarSeriesModel, profileIndex: number): RadarSeriesStyle {
  if (series.kind !== 'profile') return BENCHMARK_STYLE;
  return { className: `s-${profileIndex + 1}`, ...PROFILE_STYLES[profileIndex % PROFILE_STYLES.length]! };
}

export function swatch(st: RadarSeriesStyle): TemplateResult {
  return html`<svg class=${`swatch ${st.className}`} width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
    <line x1="2" y1="7" x2="34" y2="7" stroke-width=${st.width} stroke-dasharray=${st.dash ?? nothing}></line>
    <circle cx="18" cy="7" r="3.5"></circle>
  </svg>`;
}

/** The tooltip of the point under the pointer or focus, kept inside the drawing. */
export function renderTip(g: RadarGeometry, x: number, y: number, tx: RadarText, s: RadarSeriesModel, axis: number, value: number, fontSize: number): SVGTemplateResult {
const data = tx.data;
  const lines = [`${tx.capName(data.capitals[axis]!)}`, `${tx.seriesName(s)}: ${tx.pct(value) ?? ''}`];
  const w = Math.ceil(Math.max(...lines.map((l) => l.length)) * fontSize * 0.6) + 12;
  const h = lines.length * fontSize * 1.3 + 8;
  // Keep the tooltip inside the drawing: coordinates are relative to the centre.
  const left = Math.min(Math.max(x - w / 2, -g.cx + 1), g.width - g.cx - w - 1);
  const top = y - h - 10 < -g.cy ? y + 10 : y - h - 10;
  return svg`<g class="tip" aria-hidden="true" transform="translate(${left} ${top})" font-size=${fontSize}>
    <rect width=${w} height=${h} rx="4"></rect>
    ${lines.map((l, i) => svg`<text x="6" y=${4 + (i + 1) * fontSize * 1.3 - fontSize * 0.3}>${l}</text>`)}
  </g>`;
}

/** The key of the series (line style and colour, never colour alone), the note on missing benchmarks and the other survey. */
export function renderLegend(tx: RadarText, t: Say, series: readonly RadarSeriesModel[], styles: readonly RadarSeriesStyle[]): TemplateResult {
  const note = tx.noBenchmarkNote();
  return html`<ul class="legend" part="legend" aria-label=${t('legend')}>
      ${series.map(
        (s, i) => html`<li>
          ${swatch(styles[i]!)}
          <span
            >${s.kind === 'profile' ? s.name : tx.benchmarkLong()}${s.date
              ? html` <span class="date">· ${tx.date(s.date)}</span>`
              : nothing}</span
          >
        </li>`,
      )}
    </ul>
    ${note ? html`<p class="legend-note muted">${note}</p>` : nothing}
    ${renderSecondSurvey(tx, t)}`;
}

/** The chapter's other survey: too sparse to draw (three capitals), listed with its caveat. */
function renderSecondSurvey(tx: RadarText, t: Say): TemplateResult | typeof nothing {
const data = tx.data;
  const src = data.secondarySource;
  const items = data.secondaryBenchmarks ?? [];
  if (!src || items.length === 0) return nothing;
  return html`<details class="second-survey">
    <summary>${t('secondSurvey')}</summary>
    <p>
      ${t('secondSource', { name: tx.text('secondarySource.name', src.name), n: src.respondents })}
      ${src.caveat ? html`<br /><span class="muted">${tx.text('secondarySource.caveat', src.caveat)}</span>` : nothing}
    </p>
    <ul>
      ${items.map((b) => {
        const cap = data.capitals.find((c) => c.id === b.capitalId);
        return html`<li>
          ${t('secondItem', {
            capital: cap ? tx.capName(cap) : b.capitalId,
            pct: tx.pct(b.pct) ?? '',
            text: tx.text(`secondaryBenchmarks.${b.id}.text`, b.text),
          })}
        </li>`;
      })}
    </ul>
  </details>`;
}

/** The values as a table: hidden without taking layout space, or shown (scrolling inside its box). */
export function renderValuesTable(tx: RadarText, t: Say, series: readonly RadarSeriesModel[], table: ValueTable, shown: boolean): TemplateResult {
  const data = tx.data;
  return html`<div class=${shown ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <table id="values" class="values" part="table">
          <caption>${t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('capital')}</th>
              ${series.map((s) => html`<th scope="col">${tx.seriesLabel(s)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (r, ri) => html`<tr>
                <th scope="row">${tx.capName(data.capitals[ri]!)}</th>
                ${r.cells.map((v, ci) => {
                  const text = tx.pct(v);
                  const none = table.columns[ci]!.kind === 'profile' ? t('noScore') : t('noSurveyData');
                  return html`<td class=${text === null ? 'none' : ''}>${text ?? none}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
}
