// The comparison's files: CSV and JSON of the compared networks, and a chart as a standalone SVG or PNG.
import { download } from '../../base/download.js';
import { toCsv } from '../../core/csv.js';
import { formatDate } from '../../core/i18n.js';
import { comparisonCsvRows, selectedNetworks, type ComparisonOptions } from './network-compare.model.js';
import { exportLegend, type ChartKind } from './network-compare.charts.js';
import { rowTextKey } from './network-compare.table.js';
import type { ViewContext } from './network-compare.views.js';

/** The comparison as shown (rows hidden or chosen stay so), with status and sources per value. */
export function downloadCsv(ctx: ViewContext, ids: string[], options: ComparisonOptions): void {
  const rows = comparisonCsvRows(ctx.data, ids, options, (r) => ctx.text(rowTextKey(r), r.label));
  download(`networks-${ids.join('-')}.csv`, `\ufeff${toCsv(rows)}`, 'text/csv;charset=utf-8');
}

/** The compared networks' full records (every cell with its sources), the typology's facets and rules, and the dimensions used. */
export function downloadJson(ctx: ViewContext, ids: string[], dims: readonly string[] | undefined): void {
  const data = ctx.data;
  const body = {
    format: 'city-widgets/network-comparison',
    exportedAt: new Date().toISOString(),
    title: data.title,
    method: data.method,
    docs: data.docs,
    attributes: data.attributes,
    typology: data.typology,
    dimensions: dims ? data.dimensions.filter((d) => dims.includes(d.id)) : data.dimensions,
    networks: selectedNetworks(data, ids),
  };
  download(`networks-${ids.join('-')}.json`, JSON.stringify(body, null, 2), 'application/json');
}

export interface ChartFileOptions {
  ids: string[];
  title: string;
  /** The line under the title (the networks shown, or the map's sentence). */
  legend: string;
  kind: 'svg' | 'png';
  /** The element's root, whose computed style gives the colours and the font. */
  root: Element;
}

/** A chart as a standalone SVG or PNG, with its title, legend keyed to its symbols, source and date. */
export async function downloadChart(ctx: ViewContext, svgEl: SVGSVGElement, o: ChartFileOptions): Promise<void> {
  const data = ctx.data;
  const chart: ChartKind = svgEl.classList.contains('map-chart') ? 'map' : 'profile';
  const cs = getComputedStyle(o.root);
  // The shared exporter loads on the first chart download.
  const { standaloneSvg, svgToPng } = await import('../../base/chart-export.js');
  const text = standaloneSvg(svgEl, {
    title: o.title,
    legend: exportLegend(ctx, data, o.ids, chart, cs),
    lines: [o.legend, ctx.t('exportSource', { title: ctx.text('title', data.title), date: formatDate(ctx.locale, new Date()) })],
    fg: cs.getPropertyValue('--fg').trim() || '#1d2330',
    bg: cs.getPropertyValue('--bg').trim() || '#ffffff',
    font: cs.fontFamily || 'sans-serif',
  });
  const name = `networks-${chart}`;
  if (o.kind === 'svg') download(`${name}.svg`, text, 'image/svg+xml');
  else download(`${name}.png`, await svgToPng(text));
}
