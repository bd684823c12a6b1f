// The geometry of network-compare's charts: the dimension profile, the orientation map, the dot
// plot and the timeline, from the dataset and a size. Pure; the views draw what these return.
import { pointScale } from '../../charts/scale.js';
import type { Status } from '../../schema/common.js';
import type { Cell, Networks, ScoreCell } from '../../schema/networks.js';
import { selectedNetworks, UNKNOWN } from './network-compare.model.js';

// ---------------------------------------------------------------------------------------------
// Charts

export interface Size {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 16, right: 16, bottom: 32, left: 32 };
const LEVELS = [0, 1, 2, 3];

/** The 0–3 score axis. Scores are whole levels, so a point scale over them places them exactly where a linear scale would. */
function scoreScale(range: [number, number]): (value: number) => number {
  const s = pointScale(LEVELS, range);
  return (value) => s(value) ?? range[0];
}

/** Coordinates to 1/100 px: exact enough for SVG, short in markup, no float noise (50.00000000000001). */
const px = (v: number): number => Math.round(v * 100) / 100;

/** Plot area corners; a size smaller than its margins collapses to a point rather than inverting. */
function frame({ width, height, margin = DEFAULT_MARGIN }: Size) {
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const x0 = Math.min(margin.left, w);
  const y0 = Math.min(margin.top, h);
  return { w, h, x0, x1: Math.max(x0, w - margin.right), y0, y1: Math.max(y0, h - margin.bottom) };
}

export interface ProfilePoint {
  dimensionId: string;
  value: number;
  status: Status;
  x: number;
  y: number;
}

export interface ProfileSeries {
  id: string;
  name: string;
  /** Known scores only. */
  points: ProfilePoint[];
  /** Runs of points on adjacent axes: draw a line through each; an unknown breaks the line. */
  segments: ProfilePoint[][];
  /** Dimensions with no score: show as unknown, never at 0. */
  unknown: string[];
}

export interface DimensionProfile {
  width: number;
  height: number;
  axes: { id: string; label: string; short: string; x: number }[];
  levels: { value: number; y: number }[];
  series: ProfileSeries[];
}

/** One series per selected network across the dimensions (parallel axes, 0 at the bottom). */
export function dimensionProfile(
  dataset: Networks,
  ids: readonly string[],
  size: Size = { width: 480, height: 240 },
): DimensionProfile {
  const f = frame(size);
  const dimIds = dataset.dimensions.map((d) => d.id);
  const x = pointScale(dimIds, [f.x0, f.x1], 0.5);
  const y = scoreScale([f.y1, f.y0]);
  const series = selectedNetworks(dataset, ids).map((n): ProfileSeries => {
    const points: ProfilePoint[] = [];
    const segments: ProfilePoint[][] = [];
    const unknown: string[] = [];
    let run: ProfilePoint[] = [];
    for (const id of dimIds) {
      const cell = n.scores[id];
      if (!cell || cell.value === null) {
        unknown.push(id);
        if (run.length) segments.push(run);
        run = [];
        continue;
      }
      const p = { dimensionId: id, value: cell.value, status: cell.status, x: px(x(id) ?? f.x0), y: px(y(cell.value)) };
      points.push(p);
      run.push(p);
    }
    if (run.length) segments.push(run);
    return { id: n.id, name: n.name, points, segments, unknown };
  });
  return {
    width: f.w,
    height: f.h,
    axes: dataset.dimensions.map((d) => ({ id: d.id, label: d.label, short: d.short ?? d.label, x: px(x(d.id) ?? f.x0) })),
    levels: LEVELS.map((value) => ({ value, y: px(y(value)) })),
    series,
  };
}

export interface MapPosition {
  xValue: number;
  yValue: number;
  x: number;
  y: number;
}

export interface MapPoint extends MapPosition {
  id: string;
  name: string;
  short?: string;
  /** The weaker of the two statuses: disputed, then inferred, then stated. */
  status: Status;
  /** The other positions a disputed score allows (every combination of the readings), if any. */
  readings: MapPosition[];
}

/** One mark per occupied position: networks with the same two scores share it (never nudged off the grid). */
export interface MapSpot extends MapPosition {
  ids: string[];
}

export interface OrientationMap {
  width: number;
  height: number;
  xAxis: { id: string; label: string; ticks: { value: number; x: number }[] };
  yAxis: { id: string; label: string; ticks: { value: number; y: number }[] };
  /** Placed networks at their exact grid positions (by their main reading). */
  points: MapPoint[];
  /** The occupied positions, each with the networks on it, in order of first occupant. */
  spots: MapSpot[];
  /** Networks not placed because a score is unknown, with the dimensions that are. */
  unplaced: { id: string; name: string; missing: string[] }[];
}

export interface MapOptions extends Size {
  /** Dimension on the horizontal axis; default `d2` (state–society). */
  x?: string;
  /** Dimension on the vertical axis; default `d1` (vertical salience). */
  y?: string;
}

const WEAKNESS: Record<Status, number> = { stated: 0, inferred: 1, disputed: 2, unknown: 3 };

/** The values a score cell allows: its readings when disputed, else its value. */
function allowed(cell: ScoreCell): number[] {
  const values = cell.status === 'disputed' && cell.readings?.length ? cell.readings.map((r) => r.value) : [];
  return [...new Set([cell.value as number, ...values])];
}

/** Every network with both scores known, placed exactly on the vertical × horizontal map. */
export function orientationMap(dataset: Networks, options: MapOptions): OrientationMap {
  const { x: xId = 'd2', y: yId = 'd1' } = options;
  const f = frame(options);
  const x = scoreScale([f.x0, f.x1]);
  const y = scoreScale([f.y1, f.y0]);
  const label = (id: string) => dataset.dimensions.find((d) => d.id === id)?.label ?? id;
  const at = (xValue: number, yValue: number): MapPosition => ({ xValue, yValue, x: px(x(xValue)), y: px(y(yValue)) });
  const points: MapPoint[] = [];
  const unplaced: OrientationMap['unplaced'] = [];
  const spots = new Map<string, MapSpot>();
  for (const n of dataset.networks) {
    const cx = n.scores[xId];
    const cy = n.scores[yId];
    if (!cx || !cy || cx.value === null || cy.value === null) {
      const missing = [xId, yId].filter((id) => (n.scores[id]?.value ?? null) === null);
      unplaced.push({ id: n.id, name: n.name, missing });
      continue;
    }
    const status = WEAKNESS[cx.status] >= WEAKNESS[cy.status] ? cx.status : cy.status;
    const readings = allowed(cx)
      .flatMap((xv) => allowed(cy).map((yv) => [xv, yv] as const))
      .filter(([xv, yv]) => xv !== cx.value || yv !== cy.value)
      .map(([xv, yv]) => at(xv, yv));
    const p: MapPoint = { id: n.id, name: n.name, status, ...at(cx.value, cy.value), readings };
    if (n.short !== undefined) p.short = n.short;
    points.push(p);
    const key = `${cx.value},${cy.value}`;
    const spot = spots.get(key);
    if (spot) spot.ids.push(n.id);
    else spots.set(key, { ...at(cx.value, cy.value), ids: [n.id] });
  }
  return {
    width: f.w,
    height: f.h,
    xAxis: { id: xId, label: label(xId), ticks: LEVELS.map((value) => ({ value, x: px(x(value)) })) },
    yAxis: { id: yId, label: label(yId), ticks: LEVELS.map((value) => ({ value, y: px(y(value)) })) },
    points,
    spots: [...spots.values()],
    unplaced,
  };
}

export interface DotPlotOptions {
  width: number;
  margin?: Size['margin'];
  /** Dimension rows, in this order; all by default. */
  dimensionIds?: readonly string[];
  /** Height of one dimension's row; default 28. */
  rowHeight?: number;
}

export interface Dot {
  dimensionId: string;
  /** The score, or null for an unknown drawn in the separate "unknown" column. */
  value: number | null;
  status: Status;
  x: number;
  y: number;
}

export interface DotPlot {
  width: number;
  height: number;
  rows: { id: string; label: string; short: string; y: number }[];
  ticks: { value: number; x: number }[];
  /** Centre of the "unknown" column, apart from the 0–3 scale: unknowns are never placed at 0. */
  unknownX: number;
  series: { id: string; name: string; dots: Dot[] }[];
}

/**
 * A dot plot of the selection: one row per dimension, the 0–3 score across, the networks dodged
 * within the row; unknown scores sit in their own column to the right of the scale.
 */
export function dimensionDots(dataset: Networks, ids: readonly string[], options: DotPlotOptions): DotPlot {
  const { dimensionIds, rowHeight = 28, margin = { top: 8, right: 8, bottom: 24, left: 112 } } = options;
  const dims = dimensionIds
    ? dimensionIds.flatMap((id) => dataset.dimensions.filter((d) => d.id === id))
    : dataset.dimensions;
  const unknownColumn = 72;
  const width = Math.max(0, options.width);
  const height = margin.top + dims.length * rowHeight + margin.bottom;
  const x0 = Math.min(margin.left, width);
  const x1 = Math.max(x0, width - margin.right - unknownColumn);
  const x = scoreScale([x0, x1]);
  const y = pointScale(dims.map((d) => d.id), [margin.top, margin.top + dims.length * rowHeight], 0.5);
  const nets = selectedNetworks(dataset, ids);
  const step = nets.length > 1 ? Math.min(8, (rowHeight * 0.7) / (nets.length - 1)) : 0;
  const unknownX = px(Math.min(width, x1 + unknownColumn / 2 + 12));
  return {
    width,
    height,
    rows: dims.map((d) => ({ id: d.id, label: d.label, short: d.short ?? d.label, y: px(y(d.id) ?? 0) })),
    ticks: LEVELS.map((value) => ({ value, x: px(x(value)) })),
    unknownX,
    series: nets.map((n, k) => ({
      id: n.id,
      name: n.name,
      dots: dims.map((d): Dot => {
        const cell = n.scores[d.id] ?? UNKNOWN;
        const cy = px((y(d.id) ?? 0) + (k - (nets.length - 1) / 2) * step);
        return cell.value === null || typeof cell.value !== 'number'
          ? { dimensionId: d.id, value: null, status: 'unknown', x: unknownX, y: cy }
          : { dimensionId: d.id, value: cell.value, status: cell.status, x: px(x(cell.value)), y: cy };
      }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline

export interface Founding {
  id: string;
  name: string;
  year: number;
  /** The founding cell: status, sources, the note that keeps an earlier start or a dispute. */
  cell: Cell;
}

/** Every network with a known founding year, oldest first (ties in dataset order). */
export function foundings(dataset: Networks): Founding[] {
  return dataset.networks
    .flatMap((n) => {
      const cell = n.attributes['founded'];
      return cell && typeof cell.value === 'number' ? [{ id: n.id, name: n.name, year: cell.value, cell }] : [];
    })
    .sort((a, b) => a.year - b.year);
}
