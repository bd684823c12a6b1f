/**
 * Placing point labels without collisions: each label tries positions around its point (right,
 * left, above, below, the diagonals, then twice as far) and takes the first that stays inside the
 * bounds and clear of every obstacle (the points' marks) and of the labels placed before it. When
 * none is clear, the position with the least overlap is taken. Pure: boxes in, positions out.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  /** The point labelled. */
  x: number;
  y: number;
  /** Radius of the point's mark: the label keeps clear of it. */
  r: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Text position for `text-anchor="start"` and `dominant-baseline="middle"`. */
  x: number;
  y: number;
  box: Box;
  /** False when no candidate was clear (the least overlapping one is used). */
  clear: boolean;
}

const area = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const outside = (a: Box, bounds: Box): number =>
  Math.max(0, bounds.left - a.left) + Math.max(0, a.right - bounds.right) + Math.max(0, bounds.top - a.top) + Math.max(0, a.bottom - bounds.bottom);

/** A mark's box: a square of side 2r around the point. */
export function markBox(x: number, y: number, r: number): Box {
  return { left: x - r, top: y - r, right: x + r, bottom: y + r };
}

/** Positions for `labels`, in order (earlier labels get the better spots). */
export function placeLabels(labels: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box, gap = 3): PlacedLabel[] {
  const placed: Box[] = [];
  return labels.map((l) => {
    const candidates: Box[] = [];
    for (const k of [1, 2.2, 3.6]) {
      const d = (l.r + gap) * k;
      const w = l.width;
      const h = l.height;
      const at = (left: number, top: number): Box => ({ left, top, right: left + w, bottom: top + h });
      candidates.push(
        at(l.x + d, l.y - h / 2), // right
        at(l.x - d - w, l.y - h / 2), // left
        at(l.x - w / 2, l.y - d - h), // above
        at(l.x - w / 2, l.y + d), // below
        at(l.x + d * 0.7, l.y - d * 0.7 - h), // above right
        at(l.x + d * 0.7, l.y + d * 0.7), // below right
        at(l.x - d * 0.7 - w, l.y - d * 0.7 - h), // above left
        at(l.x - d * 0.7 - w, l.y + d * 0.7), // below left
      );
    }
    let best = candidates[0]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      const cost =
        outside(c, bounds) * 1000 + [...obstacles, ...placed].reduce((sum, o) => sum + area(c, o), 0);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    placed.push(best);
    return { x: best.left, y: (best.top + best.bottom) / 2, box: best, clear: bestCost === 0 };
  });
}
