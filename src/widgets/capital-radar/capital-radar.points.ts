import type { RadarGeometry } from '../../charts/radar.js';

export interface PointRef {
  /** Index of the series in the geometry. */
  series: number;
  /** Index of the point among the series' known points. */
  point: number;
}

/**
 * Where a key moves the focus among the chart's points: Left/Right round the axes of a series,
 * Up/Down to the same axis (or the next one that has a point) of the previous or next series that
 * has points, Home/End to a series' first or last point; null for any other key.
 */
export function pointTarget(g: RadarGeometry, from: PointRef, key: string): PointRef | null {
  const withPoints = g.series.filter((x) => x.points.length > 0);
  const si = withPoints.findIndex((x) => x.index === from.series);
  const here = withPoints[si];
  if (!here) return null;
  const n = here.points.length;
  const point = from.point;
  if (key === 'ArrowRight') return { series: from.series, point: (point + 1) % n };
  if (key === 'ArrowLeft') return { series: from.series, point: (point - 1 + n) % n };
  if (key === 'Home') return { series: from.series, point: 0 };
  if (key === 'End') return { series: from.series, point: n - 1 };
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const next = withPoints[(si + (key === 'ArrowDown' ? 1 : withPoints.length - 1)) % withPoints.length]!;
    const axis = here.points[point]?.index ?? 0;
    const same = next.points.findIndex((p) => p.index >= axis);
    return { series: next.index, point: same === -1 ? next.points.length - 1 : same };
  }
  return null;
}
