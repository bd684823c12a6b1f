// The radar's downloads, loaded on the first one: the chart as a standalone SVG (and PNG) through
// the shared exporter, its values as CSV, its data as JSON.
// It takes what it needs of the element's own code through its context, so that none of that code
// is split out of the element's file.
import { html, render, type SVGTemplateResult } from 'lit';
import { standaloneSvg } from '../../base/chart-export.js';
import type { RadarPalette, RadarSeriesStyle } from '../../charts/radar.svg.js';
import { formatDate } from '../../core/i18n.js';
import type { Lang } from '../../schema/common.js';
import type { Capitals, Profile } from '../../schema/capitals.js';
import type { RadarSeriesModel, Scores, ValueTable } from './capital-radar.model.js';
import type { CapitalRadarKey } from './capital-radar.strings.js';
import type { RadarText } from './capital-radar.text.js';

/** The exported chart's width, in px. */
const EXPORT_WIDTH = 640;

export { svgToPng } from '../../base/chart-export.js';

/** What a download needs of the element: what it plots, its words, its styles and its root. */
export interface RadarExportContext {
  data: Capitals;
  series: RadarSeriesModel[];
  profiles: Profile[];
  text: RadarText;
  t: (key: CapitalRadarKey, params?: Record<string, string | number>) => string;
  /** "Source", in the element's language. */
  sourceLabel: string;
  locale: Lang;
  root: ShadowRoot | HTMLElement;
  styles: RadarSeriesStyle[];
  /** The radar drawn `width` wide with labels of `fontSize`: its SVG content and height. */
  chart: (width: number, fontSize: number) => { body: SVGTemplateResult; height: number };
  /** The values as the text alternative's table, the benchmark's scores and each profile's. */
  table: ValueTable;
  benchmark: Scores;
  profileScores: Scores[];
  /** Rows as CSV, numbers as the chart's percentages. */
  csv: (rows: readonly (readonly (string | number | null)[])[]) => string;
}

/** The values of the chart, a row per capital and a column per series, with the benchmark's full reference. */
export function radarCsv(ctx: RadarExportContext): Blob {
  const { data, series, text, table } = ctx;
  const rows: (string | number | null)[][] = [
    [ctx.t('capital'), ...series.map((s) => text.seriesLabel(s))],
    ...table.rows.map((r, i) => [text.capName(data.capitals[i]!), ...r.cells]),
    [],
    // The full reference of the benchmark, for a reader to check it.
    [ctx.sourceLabel, text.sourceLine()],
  ];
  return new Blob([`\ufeff${ctx.csv(rows)}`], { type: 'text/csv;charset=utf-8' });
}

/** What the chart shows as data: the benchmark and each profile, with its answers and scores. */
export function radarJson(ctx: RadarExportContext): string {
  const { data, profiles } = ctx;
  const body = {
    format: 'city-widgets/capital-radar',
    exportedAt: new Date().toISOString(),
    scoringNote: data.scoringNote,
    benchmark: { source: data.source, scores: ctx.benchmark },
    profiles: profiles.map((p, i) => ({ ...p, scores: ctx.profileScores[i] })),
  };
  return JSON.stringify(body, null, 2);
}

/** Colours as the live chart shows them (custom properties resolved), for the exported file. */
function palette(root: ShadowRoot | HTMLElement): { frame: RadarPalette; bg: string; series: Record<string, string>; font: string } {
  const cs = getComputedStyle(root.querySelector('.root') as HTMLElement);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    frame: { text: v('--fg', '#1d2330'), muted: v('--muted', '#535b6a'), grid: v('--r-grid', '#c5cad3') },
    bg: v('--bg', '#ffffff'),
    series: {
      's-bench': v('--r-bench', '#7b8494'),
      's-1': v('--r-s1', '#0a6fb0'),
      's-2': v('--r-s2', '#c2410c'),
      's-3': v('--r-s3', '#047857'),
      's-4': v('--r-s4', '#a3387a'),
    },
    font: cs.fontFamily || 'sans-serif',
  };
}

/**
 * The chart as a standalone SVG document: title, radar, a key of the series (line style and
 * colour), the note on missing benchmarks, source line and date.
 */
export function radarSvgText(ctx: RadarExportContext): string {
  const { data, series, styles, text, root } = ctx;
  const pal = palette(root);
  const W = EXPORT_WIDTH;
  const g = ctx.chart(W - 40, 14);
  // Drawn once, hidden, inside the shadow root so that the live styles resolve; the exporter
  // writes the computed paint onto the copy.
  const holder = document.createElement('div');
  holder.className = 'visually-hidden export-holder';
  holder.setAttribute('aria-hidden', 'true');
  render(
    html`<div class="root" data-scheme=${root.querySelector('.root')?.getAttribute('data-scheme') ?? 'light'}>
      <svg class="radar" width=${W} height=${g.height} viewBox="0 0 ${W} ${g.height}">
        <g transform="translate(20 0)">${g.body}</g>
      </svg>
    </div>`,
    holder,
  );
  root.append(holder);
  try {
    const src = data.source;
    const note = text.noBenchmarkNote();
    return `<?xml version="1.0" encoding="UTF-8"?>\n${standaloneSvg(holder.querySelector('svg')!, {
      title: text.text('title', data.title),
      legend: series.map((s, i) => ({
        label: s.kind === 'profile' ? text.seriesLabel(s) : text.benchmarkLong(),
        color: pal.series[styles[i]!.className] ?? pal.frame.text,
        line: { width: styles[i]!.width, dash: styles[i]!.dash },
      })),
      lines: [
        ...(note ? [note] : []),
        ctx.t('exportSource', {
          survey: src.name,
          date: text.surveyDate(),
          n: src.respondents,
          table: src.tableTitle ?? '',
          book: text.bookRef(),
          chapter: src.source.chapter ?? '',
        }),
        ctx.t('exportDate', { date: formatDate(ctx.locale, new Date()) }),
      ],
      fg: pal.frame.text,
      bg: pal.bg,
      font: pal.font,
    })}`;
  } finally {
    holder.remove();
  }
}
