// The charts of the comparison: the dot plot of dimension profiles and the vertical × horizontal
// map, with their keys, their data tables and their download buttons; and the key of an exported chart.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LegendItem } from '../../base/chart-export.js';
import type { Network, Networks } from '../../schema/networks.js';
import { dimensionDots, orientationMap, type OrientationMap } from './network-compare.geometry.js';
import { selectedNetworks } from './network-compare.model.js';
import { mapLayout } from './network-compare.map.js';
import { MARKS, type ViewContext } from './network-compare.views.js';

export type ChartKind = 'profile' | 'map';

export interface ChartOptions {
  ids: string[];
  /** The chart's width in px. */
  width: number;
  dimensionIds?: string[];
  /** Whether the chart shows its own download buttons (default true; the article view has one row for all). */
  buttons?: boolean;
  /** Downloads the chart (`svg.profile-chart` or `svg.map-chart`) as a file. */
  onFile(selector: string, title: string, legend: string, kind: 'svg' | 'png'): void;
}

function chartButtons(ctx: ViewContext, o: ChartOptions, selector: string, title: string, legend: string): TemplateResult {
  return html`<p class="no-print chart-files">
    <button type="button" @click=${() => o.onFile(selector, title, legend, 'svg')}>${ctx.t('downloadSvg')}</button>
    <button type="button" @click=${() => o.onFile(selector, title, legend, 'png')}>${ctx.t('downloadPng')}</button>
  </p>`;
}

export function renderProfile(ctx: ViewContext, o: ChartOptions): TemplateResult {
  const { data, t } = ctx;
  const p = dimensionDots(data, o.ids, { width: o.width, dimensionIds: o.dimensionIds });
  const names = p.series.map((s) => s.name).join(', ');
  const short = (id: string, fallback: string) => ctx.text(`dimensions.${id}.short`, fallback);
  const label = (id: string) => short(id, p.rows.find((r) => r.id === id)?.short ?? id);
  const sentences = p.series
    .map((s) =>
      t('profileSentence', {
        name: s.name,
        scores: s.dots.map((d) => `${label(d.dimensionId)} ${d.value === null ? t('unknown') : d.value}`).join(', '),
      }),
    )
    .join(' ');
  const bottom = p.height - 6;
  return html`<figure class="chart" part="profile">
    <figcaption><h4>${t('profile')}</h4></figcaption>
    <svg class="profile-chart" role="img" aria-label=${t('profileLabel', { names })} aria-describedby="profile-text" width=${p.width} height=${p.height} viewBox=${`0 0 ${p.width} ${p.height}`}>
      ${p.ticks.map(
        (tk) => svg`<line class="grid" x1=${tk.x} x2=${tk.x} y1=${p.rows[0]?.y ?? 0} y2=${p.height - 24}></line>
          <text class="tick" x=${tk.x} y=${bottom} text-anchor="middle">${tk.value}</text>`,
      )}
      <line class="sep" x1=${p.unknownX - 30} x2=${p.unknownX - 30} y1="4" y2=${p.height - 24}></line>
      <text class="tick" x=${p.unknownX} y=${bottom} text-anchor="middle">${t('unknown')}</text>
      ${p.rows.map(
        (r) => svg`<line class="row" x1=${p.ticks[0]!.x} x2=${p.ticks[3]!.x} y1=${r.y} y2=${r.y}></line>
          <text class="label" x=${p.ticks[0]!.x - 10} y=${r.y} text-anchor="end" dominant-baseline="middle">${short(r.id, r.short)}</text>`,
      )}
      ${p.series.map((s, k) =>
        s.dots.map((d) =>
          d.value === null
            ? svg`<path class=${`dot s${k} hollow`} d=${MARKS[k]!} transform=${`translate(${d.x},${d.y})`}></path>`
            : svg`<path class=${`dot s${k} st-${d.status}`} d=${MARKS[k]!} transform=${`translate(${d.x},${d.y})`}></path>`,
        ),
      )}
    </svg>
    <ul class="legend" aria-hidden="true">
      ${p.series.map(
        (s, k) => html`<li class=${`s${k}`}><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><path d=${MARKS[k]!}></path></svg> ${s.name}</li>`,
      )}
    </ul>
    <p id="profile-text" class="visually-hidden">${sentences}</p>
    ${o.buttons === false ? nothing : chartButtons(ctx, o, 'svg.profile-chart', t('profile'), names)}
  </figure>`;
}

export interface MapOptions extends ChartOptions {
  /** Whether the map's data table is open (rendered only then). */
  dataOpen: boolean;
  onDataToggle(e: Event): void;
}

export function renderMap(ctx: ViewContext, o: MapOptions): TemplateResult | typeof nothing {
  const { data, t } = ctx;
  const { ids } = o;
  const xId = 'd2';
  const yId = 'd1';
  if (!data.dimensions.some((d) => d.id === xId) || !data.dimensions.some((d) => d.id === yId)) return nothing;
  const w = o.width;
  const h = Math.round(w * 0.8);
  const margin = { top: 16, right: 16, bottom: 44, left: 48 };
  const m = orientationMap(data, { width: w, height: h, margin });
  const nets = selectedNetworks(data, ids);
  const layout = mapLayout(m, ids, (p) => p.short ?? p.name, {
    count: (n) => t('countHere', { n }),
    other: (name) => t('otherReading', { name }),
    bounds: { left: margin.left - 2, top: 0, right: w, bottom: h - margin.bottom + 4 },
  });
  const dimLabel = (id: string) => ctx.text(`dimensions.${id}.label`, data.dimensions.find((d) => d.id === id)?.label ?? id);
  const off = nets
    .map((n) => ({ n, u: m.unplaced.find((u) => u.id === n.id) }))
    .filter((x) => x.u)
    .map(({ n, u }) => t('whyNot', { name: n.name, dims: u!.missing.map((id) => `${id.toUpperCase()} ${dimLabel(id)}`).join(', ') }));
  const shared = m.spots.filter((sp) => sp.ids.length > 1);
  const nameOf = new Map(m.points.map((p) => [p.id, p.name]));
  const legend = mapLegend(ctx, nets.filter((n) => m.points.some((p) => p.id === n.id)).map((n) => ({ n, k: ids.indexOf(n.id) })));
  return html`<section class="map" part="map" aria-labelledby="map-h">
    <h3 id="map-h">${t('mapTitle')}</h3>
    <svg class="map-chart" role="img" aria-label=${t('mapLabel', { placed: m.points.length, x: dimLabel(m.xAxis.id), y: dimLabel(m.yAxis.id) })} aria-describedby="map-text" width=${w} height=${h} viewBox=${`0 0 ${w} ${h}`}>
      ${guard([data, w, ctx.locale], () => mapBase(ctx, m))}
      ${layout.marks.map((mk) =>
        mk.kind === 'alt'
          ? svg`<line class=${`alt-line${mk.k === undefined ? '' : ` s${mk.k}`}`} x1=${mk.from!.x} y1=${mk.from!.y} x2=${mk.x} y2=${mk.y}></line>
              ${mk.k === undefined
                ? svg`<circle class="pt alt" cx=${mk.x} cy=${mk.y} r="4"></circle>`
                : svg`<path class=${`dot s${mk.k} hollow`} d=${MARKS[mk.k]!} transform=${`translate(${mk.x},${mk.y}) scale(1.5)`}></path>`}`
          : svg`<path class=${`dot big s${mk.k}`} d=${MARKS[mk.k!]!} transform=${`translate(${mk.x},${mk.y}) scale(${mk.scale})`}></path>`,
      )}
      ${layout.labels.map((l) => svg`<text class=${`point-label ${l.kind}`} x=${l.x} y=${l.y} dominant-baseline="middle">${l.text}</text>`)}
    </svg>
    ${legend}
    <p id="map-text" class="muted">
      ${t('mapSentence', { placed: m.points.length, unplaced: m.unplaced.length })}
      ${off.length ? html`<br /><strong class="not-on-map">${t('notOnMap', { list: off.join('; ') })}</strong>` : nothing}
    </p>
    ${shared.length
      ? html`<ul class="spots small">
          ${shared.map(
            (sp) => html`<li>${t('samePosition', { x: sp.xValue, y: sp.yValue, n: sp.ids.length, names: sp.ids.map((id) => nameOf.get(id) ?? id).join(', ') })}</li>`,
          )}
        </ul>`
      : nothing}
    ${o.buttons === false ? nothing : chartButtons(ctx, o, 'svg.map-chart', t('mapTitle'), t('mapSentence', { placed: m.points.length, unplaced: m.unplaced.length }))}
    <details class="map-data" @toggle=${o.onDataToggle}>
      <summary>${t('mapData')}</summary>
      ${o.dataOpen ? guard([data, ctx.locale], () => mapTable(ctx, m)) : nothing}
    </details>
  </section>`;
}

/** The map's key: each compared network's symbol, the other networks, shared positions, other readings. */
function mapLegend(ctx: ViewContext, sel: { n: Network; k: number }[]): TemplateResult {
  return html`<ul class="legend map-legend" aria-hidden="true">
    ${sel.map(({ n, k }) => html`<li class=${`s${k}`}><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><path d=${MARKS[k]!}></path></svg> ${n.name}</li>`)}
    <li><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><circle class="pt" r="5"></circle></svg> ${ctx.t('otherNetworks')}</li>
    <li><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><circle class="pt alt" r="4"></circle></svg> ${ctx.t('otherReadingKey')}</li>
  </ul>`;
}

function mapBase(ctx: ViewContext, m: OrientationMap) {
  const left = m.xAxis.ticks[0]!.x;
  const right = m.xAxis.ticks[3]!.x;
  const top = m.yAxis.ticks[3]!.y;
  const bottom = m.yAxis.ticks[0]!.y;
  const byId = new Map(m.points.map((p) => [p.id, p]));
  return svg`
    ${m.xAxis.ticks.map(
      (tk) => svg`<line class="grid" x1=${tk.x} x2=${tk.x} y1=${top} y2=${bottom}></line>
        <text class="tick" x=${tk.x} y=${bottom + 16} text-anchor="middle">${tk.value}</text>`,
    )}
    ${m.yAxis.ticks.map(
      (tk) => svg`<line class="grid" x1=${left} x2=${right} y1=${tk.y} y2=${tk.y}></line>
        <text class="tick" x=${left - 8} y=${tk.y} text-anchor="end" dominant-baseline="middle">${tk.value}</text>`,
    )}
    <text class="axis" x=${(left + right) / 2} y=${bottom + 36} text-anchor="middle">${ctx.text(`dimensions.${m.xAxis.id}.label`, m.xAxis.label)} (${m.xAxis.id.toUpperCase()}) →</text>
    <text class="axis" transform=${`translate(14,${(top + bottom) / 2}) rotate(-90)`} text-anchor="middle">${ctx.text(`dimensions.${m.yAxis.id}.label`, m.yAxis.label)} (${m.yAxis.id.toUpperCase()}) →</text>
    ${m.spots.map((sp) => {
      const names = sp.ids.map((id) => byId.get(id)!).map((p) => `${p.name}: ${p.xValue}, ${p.yValue} (${ctx.t(p.status)})`).join('\n');
      return svg`<circle class=${`pt${sp.ids.length > 1 ? ' many' : ''} st-${byId.get(sp.ids[0]!)!.status}`} cx=${sp.x} cy=${sp.y} r=${sp.ids.length > 1 ? 7 : 5}><title>${names}</title></circle>`;
    })}
  `;
}

function mapTable(ctx: ViewContext, m: OrientationMap): TemplateResult {
  const { t } = ctx;
  return html`<table>
      <thead>
        <tr>
          <th scope="col">${t('network')}</th>
          <th scope="col">${m.xAxis.id.toUpperCase()}</th>
          <th scope="col">${m.yAxis.id.toUpperCase()}</th>
          <th scope="col">${t('status')}</th>
        </tr>
      </thead>
      <tbody>
        ${m.points.map(
          (p) => html`<tr>
            <th scope="row">${p.name}</th>
            <td>${p.xValue}</td>
            <td>${p.yValue}</td>
            <td>${t(p.status)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p>${t('notPlaced', { names: m.unplaced.map((u) => u.name).join(', ') })}</p>`;
}

/** The key of an exported chart: the compared networks' symbols in their colours, and the chart's other marks. */
export function exportLegend(ctx: ViewContext, data: Networks, ids: string[], chart: ChartKind, cs: CSSStyleDeclaration): LegendItem[] {
  const colour = (k: number) => cs.getPropertyValue(`--s${k}`).trim() || '#1d2330';
  const muted = cs.getPropertyValue('--muted').trim() || '#535b6a';
  let nets = selectedNetworks(data, ids).map((n) => ({ n, k: ids.indexOf(n.id) }));
  if (chart === 'map') {
    const placed = new Set(orientationMap(data, { width: 100, height: 100 }).points.map((p) => p.id));
    nets = nets.filter(({ n }) => placed.has(n.id));
  }
  const own = nets.map(({ n, k }) => ({ label: n.name, color: colour(k), d: MARKS[k] }));
  return chart === 'map'
    ? [...own, { label: ctx.t('otherNetworks'), color: muted }, { label: ctx.t('otherReadingKey'), color: muted, hollow: true, dashed: true }]
    : [...own, { label: ctx.t('unknownKey'), color: muted, hollow: true }];
}
