import { markBox, placeLabels, type Box } from '../../charts/labels.js';
import type { MapPoint, OrientationMap } from './network-compare.geometry.js';

/** Sizes of the compared networks' symbols when several share a position: nested, largest first. */
const NESTED = [1.9, 1.45, 1.05, 0.7];
/** Half the size of a symbol path at scale 1 (see MARKS in the element). */
const SYMBOL = 6;

export interface MapMark {
  kind: 'selected' | 'alt';
  /** Index of the compared network (its colour and symbol); undefined for another network's reading. */
  k?: number;
  x: number;
  y: number;
  scale: number;
  /** For another reading: the main position it is linked to. */
  from?: { x: number; y: number };
}

export interface MapLabel {
  kind: 'name' | 'alt' | 'count';
  text: string;
  x: number;
  y: number;
  box: Box;
}

export interface MapLayoutOptions {
  /** "×3": how many networks share a position. */
  count: (n: number) => string;
  /** "ICC: other reading". */
  other: (name: string) => string;
  /** Where labels may go (the plot area): never over the ticks, the axis titles or above the chart. */
  bounds: Box;
  fontSize?: number;
}

/**
 * The map's foreground: the compared networks' symbols at their exact positions (nested when they
 * share one), every other reading of a disputed score linked to its main one, and labels placed
 * clear of every mark and of each other: the compared networks' names, their other readings, and
 * the count of networks at a shared position.
 */
export function mapLayout(m: OrientationMap, ids: readonly string[], short: (p: MapPoint) => string, o: MapLayoutOptions): { marks: MapMark[]; labels: MapLabel[] } {
  const fs = o.fontSize ?? 12;
  const byId = new Map(m.points.map((p) => [p.id, p]));
  const marks: MapMark[] = [];
  const obstacles: Box[] = m.spots.map((sp) => markBox(sp.x, sp.y, sp.ids.length > 1 ? 7 : 5));
  const requests: { kind: MapLabel['kind']; text: string; x: number; y: number; r: number }[] = [];

  const selected = ids.map((id, k) => ({ p: byId.get(id), k })).filter((x): x is { p: MapPoint; k: number } => !!x.p);
  for (const sp of m.spots) {
    const here = selected.filter((x) => x.p.x === sp.x && x.p.y === sp.y);
    here.forEach((x, i) => {
      const scale = NESTED[i] ?? 0.7;
      marks.push({ kind: 'selected', k: x.k, x: sp.x, y: sp.y, scale });
      obstacles.push(markBox(sp.x, sp.y, SYMBOL * scale));
    });
    const r = Math.max(sp.ids.length > 1 ? 7 : 5, here.length ? SYMBOL * NESTED[0]! : 0);
    if (here.length) requests.push({ kind: 'name', text: here.map((x) => short(x.p)).join(', '), x: sp.x, y: sp.y, r });
  }
  for (const p of m.points) {
    const k = selected.find((x) => x.p.id === p.id)?.k;
    for (const alt of p.readings) {
      marks.push({ kind: 'alt', k, x: alt.x, y: alt.y, scale: 1.5, from: { x: p.x, y: p.y } });
      obstacles.push(markBox(alt.x, alt.y, SYMBOL * 1.5));
      if (k !== undefined) requests.push({ kind: 'alt', text: o.other(short(p)), x: alt.x, y: alt.y, r: SYMBOL * 1.5 });
    }
  }
  for (const sp of m.spots) {
    if (sp.ids.length > 1) requests.push({ kind: 'count', text: o.count(sp.ids.length), x: sp.x, y: sp.y, r: 7 });
  }
  const width = (t: string) => Math.ceil(t.length * fs * 0.62) + 4;
  const placed = placeLabels(
    requests.map((q) => ({ x: q.x, y: q.y, r: q.r, width: width(q.text), height: Math.ceil(fs * 1.3) })),
    obstacles,
    o.bounds,
  );
  return {
    marks,
    labels: requests.map((q, i) => ({ kind: q.kind, text: q.text, x: placed[i]!.x + 2, y: placed[i]!.y, box: placed[i]!.box })),
  };
}
