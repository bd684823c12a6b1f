import { html, nothing, type TemplateResult } from 'lit';
import type { RadarSeriesStyle } from '../../charts/radar.svg.js';
import type { RadarSeriesModel } from './capital-radar.model.js';

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

