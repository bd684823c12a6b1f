
/** Default rings, in value units (the domain is 0..100). */
export const RADAR_RINGS: readonly number[] = [20, 40, 60, 80, 100];

export interface RadarOptions {
  /** Width of the drawing in px (the container's width). */
  width: number;
  /** Height in px; when absent, the height the chart needs at this width is computed. */
  height?: number;
  /** Ring values in 0..100; default 20, 40, 60, 80, 100. */
  rings?: readonly number[];
  /** Label font size in px; default 12. */
  fontSize?: number;
  /** Distance between an axis end and its label; default 6. */
  labelGap?: number;
  /** Measured label widths in px; default an estimate of 0.6 × fontSize per character. */
  labelWidths?: readonly number[];
  /** Space kept free at the edges; default 2. */
  padding?: number;
}

export type RadarValue = number | null | undefined;

export interface RadarLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'auto' | 'middle' | 'hanging';
}

export interface RadarAxis {
  index: number;
  text: string;
  /** Radians, clockwise from 12 o'clock (d3's radial convention). */
  angle: number;
  /** End point of the axis line (value 100). */
  x: number;
  y: number;
  label: RadarLabel;
  /** Every series lacks a value here (false when there is no series). */
  noData: boolean;
}

export interface RadarRing {
  value: number;
  r: number;
  /** Closed polygon through the axes at this value ('' with fewer than 3 axes: draw a circle of r). */
  d: string;
}

export interface RadarPoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

export interface RadarSeries {
  index: number;
  /** Outline: a closed polygon when every value is known, else open runs broken at the gaps. */
  d: string;
  /** True when the outline is a closed polygon, i.e. it may be filled. */
  closed: boolean;
  /** Known values only, in axis order. */
  points: RadarPoint[];
  /** Axis indices without a value. */
  missing: number[];
}

/** Coordinates are relative to the centre (cx, cy): draw inside `<g transform="translate(cx cy)">`. */
export interface RadarGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  axes: RadarAxis[];
  rings: RadarRing[];
  series: RadarSeries[];
}

const EPS = 1e-9;

/** Rounds to 1/1000 px like d3-path's default, and turns -0 into 0. */
const round = (v: number) => Math.round(v * 1000) / 1000 + 0;

/**
 * Path data through [angle, radius] points: the output of d3-shape's `lineRadial()` (with
 * `curveLinearClosed` when closed) to the character, rounded to 1/1000 px like its default digits.
 * Written out because d3-shape with d3-path costs 3 KB gzip in a per-element bundle for a polyline.
 */
function polyline(pts: readonly [number, number][], close: boolean): string {
  if (pts.length === 0) return '';
  const d = pts.map(([a, r], i) => `${i ? 'L' : 'M'}${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`).join('');
  return close ? `${d}Z` : d;
}

const known = (v: RadarValue): v is number => typeof v === 'number' && Number.isFinite(v);

function check(name: string, v: number | undefined): void {
  if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new RangeError(`invalid ${name}: ${v}`);
}

/**
 * Geometry of a radar chart with one axis per label and values in 0..100 (clamped).
 * Labels are anchored away from the centre (start on the right, end on the left, middle at top and
 * bottom), and the radius is the largest that keeps every label inside the width (and height).
 */
export function radar(
  labels: readonly string[],
  series: readonly (readonly RadarValue[])[],
  options: RadarOptions,
): RadarGeometry {
  const { width, height } = options;
  const fontSize = options.fontSize ?? 12;
  const gap = options.labelGap ?? 6;
  const pad = options.padding ?? 2;
  check('width', width);
  check('height', height);
  check('fontSize', fontSize);
  check('labelGap', gap);
  check('padding', pad);

  const n = labels.length;
  const dirs = labels.map((_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const s = Math.sin(angle);
    const c = Math.cos(angle);
    return { angle, s: Math.abs(s) < EPS ? 0 : s, c: Math.abs(c) < EPS ? 0 : c };
  });
  const widths = labels.map((text, i) => {
    const w = options.labelWidths?.[i];
    return known(w) && w >= 0 ? w : text.length * fontSize * 0.6;
  });
  // Vertical extent of a label's box around its y, by baseline.
  const box = { auto: [-fontSize, 0.25 * fontSize], middle: [-0.625 * fontSize, 0.625 * fontSize], hanging: [0, 1.25 * fontSize] };
  const baselineOf = (c: number, s: number): RadarLabel['baseline'] =>
    s !== 0 ? 'middle' : c > 0 ? 'auto' : 'hanging';

  const halfW = width / 2 - pad;
  let radius = halfW;
  if (height !== undefined) radius = Math.min(radius, height / 2 - pad);
  dirs.forEach(({ s, c }, i) => {
    if (s !== 0) radius = Math.min(radius, (halfW - widths[i]) / Math.abs(s) - gap);
    if (height !== undefined) {
      const [top, bottom] = box[baselineOf(c, s)];
      const room = height / 2 - pad;
      if (c > 0) radius = Math.min(radius, (room + top) / c - gap);
      if (c < 0) radius = Math.min(radius, (room - bottom) / -c - gap);
    }
  });
  radius = Math.max(0, radius);

  // A linear 0..100 → 0..radius scale, clamped. Written out: d3-scale's scaleLinear would bring
  // d3-interpolate, d3-color and d3-format (≈ 10 KB gzip) for one multiplication.
  const r = (v: number) => (Math.min(100, Math.max(0, v)) / 100) * radius;

  const axes: RadarAxis[] = labels.map((text, i) => {
    const { angle, s, c } = dirs[i];
    const baseline = baselineOf(c, s);
    const anchor = s > 0 ? 'start' : s < 0 ? 'end' : 'middle';
    const noData = series.length > 0 && series.every((values) => !known(values[i]));
    return {
      index: i,
      text,
      angle,
      x: round(radius * s),
      y: round(-radius * c),
      label: { x: round((radius + gap) * s), y: round(-(radius + gap) * c), anchor, baseline },
      noData,
    };
  });

  let top = radius;
  let bottom = radius;
  axes.forEach((a) => {
    const [t, b] = box[a.label.baseline];
    top = Math.max(top, -(a.label.y + t));
    bottom = Math.max(bottom, a.label.y + b);
  });
  const h = height ?? round(top + bottom + 2 * pad);
  const cy = height === undefined ? round(top + pad) : round(height / 2);

  const closed = (pts: [number, number][]) => polyline(pts, true);
  const open = (pts: [number, number][]) => polyline(pts, pts.length === 1);

  const rings: RadarRing[] = (n === 0 ? [] : (options.rings ?? RADAR_RINGS))
    .filter((v) => known(v) && v > 0 && v <= 100)
    .map((value) => ({
      value,
      r: round(r(value)),
      d: n >= 3 ? (closed(dirs.map((d) => [d.angle, r(value)])) ?? '') : '',
    }));

  // A missing value breaks the outline instead of being drawn as 0 (which would pull the shape to
  // the centre) or being bridged by a chord (which would cross the axis at an invented value):
  // the gap shows there is no data. Only a complete outline is closed and so may be filled.
  const outSeries: RadarSeries[] = series.map((values, index) => {
    const points: RadarPoint[] = [];
    const missing: number[] = [];
    dirs.forEach(({ s, c }, i) => {
      const v = values[i];
      if (!known(v)) missing.push(i);
      else {
        const value = Math.min(100, Math.max(0, v));
        points.push({ index: i, value, x: round(r(value) * s), y: round(-r(value) * c) });
      }
    });
    const at = (i: number): [number, number] => [dirs[i].angle, r(Math.min(100, Math.max(0, values[i] as number)))];
    if (points.length === 0) return { index, d: '', closed: false, points, missing };
    if (missing.length === 0) {
      return { index, d: closed(points.map((p) => at(p.index))) ?? '', closed: true, points, missing };
    }
    // Runs of known values, walking once round the circle from just after a gap.
    const runs: number[][] = [];
    let run: number[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (missing[0] + k) % n;
      if (known(values[i])) run.push(i);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    const d = runs.map((indices) => open(indices.map(at)) ?? '').join('');
    return { index, d, closed: false, points, missing };
  });

  return { width, height: h, cx: round(width / 2), cy, radius: round(radius), axes, rings, series: outSeries };
}
