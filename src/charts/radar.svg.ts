import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { RadarGeometry } from './radar.js';

/** How one series is drawn. Line style and width are attributes, so they hold without CSS. */
export interface RadarSeriesStyle {
  /** Class for the live chart's CSS (colour from custom properties). */
  className: string;
  /** Colour as a presentation attribute; set it where no stylesheet travels (exported files). */
  color?: string;
  /** stroke-dasharray, e.g. "7 4"; undefined for a solid line. */
  dash?: string;
  width: number;
  /** Fill a closed outline with the series colour at this opacity (0 = none). */
  fillOpacity: number;
}

/** Colours of the frame as presentation attributes, for exported files. */
export interface RadarPalette {
  text: string;
  muted: string;
  grid: string;
}

export interface RadarSvgOptions {
  styles: readonly RadarSeriesStyle[];
  fontSize: number;
  palette?: RadarPalette;
  /** Draw the points as plain markers (the live chart draws focusable ones separately). */
  markers?: boolean;
  /** Font family as an attribute, for exported files. */
  fontFamily?: string;
}

/** The rings whose value is written: from the outside in, skipping those too close to the last one written or to the centre (where points crowd). */
function ringValues(g: RadarGeometry, size: number): RadarGeometry['rings'] {
  const out: RadarGeometry['rings'] = [];
  let last = Number.POSITIVE_INFINITY;
  for (const r of [...g.rings].sort((a, b) => b.r - a.r)) {
    if (r.r >= 2.5 * size && last - r.r >= size + 2) {
      out.push(r);
      last = r.r;
    }
  }
  return out;
}

const attr = (v: string | number | undefined) => (v === undefined ? nothing : v);

/**
 * The radar as an SVG fragment, centred by a `translate`: rings with their values, axes, labels
 * (anchored by the geometry), then each series' outline. Axes where no series has a value are
 * dashed. Everything is drawn by lit bindings: data stays text.
 */
export function radarSvg(g: RadarGeometry, o: RadarSvgOptions): SVGTemplateResult {
  const p = o.palette;
  const small = Math.max(11, Math.round(o.fontSize * 0.85));
  return svg`<g transform="translate(${g.cx} ${g.cy})" font-size=${o.fontSize} font-family=${attr(o.fontFamily)}>
    <g class="rings" fill="none" stroke=${attr(p?.grid)}>
      ${g.rings.map((r) => (r.d ? svg`<path d=${r.d}></path>` : svg`<circle r=${r.r}></circle>`))}
    </g>
    <g class="ring-values" font-size=${small} fill=${attr(p?.muted)}>
      ${ringValues(g, small).map((r) => svg`<text x="9" y=${-r.r + small}>${r.value}</text>`)}
    </g>
    <g class="axes" stroke=${attr(p?.grid)}>
      ${g.axes.map(
        (a) => svg`<line x1="0" y1="0" x2=${a.x} y2=${a.y} class=${a.noData ? 'no-data' : ''}
          stroke-dasharray=${a.noData ? '3 3' : nothing}></line>`,
      )}
    </g>
    <g class="labels" fill=${attr(p?.text)}>
      ${g.axes.map(
        (a) => svg`<text x=${a.label.x} y=${a.label.y} text-anchor=${a.label.anchor}
          dominant-baseline=${a.label.baseline === 'auto' ? nothing : a.label.baseline}>${a.text}</text>`,
      )}
    </g>
    <g class="series">
      ${g.series.map((s) => {
        const st = o.styles[s.index];
        if (!st || !s.d) return nothing;
        const filled = s.closed && st.fillOpacity > 0;
        return svg`<path d=${s.d} class=${`line ${st.className}${filled ? ' filled' : ''}`} stroke=${attr(st.color)}
          fill=${filled ? (st.color ?? nothing) : 'none'} fill-opacity=${filled ? st.fillOpacity : nothing}
          stroke-width=${st.width} stroke-dasharray=${attr(st.dash)} stroke-linejoin="round"></path>`;
      })}
    </g>
    ${o.markers
      ? svg`<g class="markers">${g.series.map((s) => {
          const st = o.styles[s.index];
          if (!st) return nothing;
          return s.points.map(
            (pt) => svg`<circle cx=${pt.x} cy=${pt.y} r="3.5" class=${`marker ${st.className}`} fill=${attr(st.color)}></circle>`,
          );
        })}</g>`
      : nothing}
  </g>`;
}
