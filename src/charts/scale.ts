// The two scales our charts use, written out. d3-scale's are what these follow (and what
// test/charts/scale.test.ts compares them with), but importing any d3-scale function brings
// d3-interpolate, d3-color and d3-format along (≈ 10 KB gzip: their top-level calls can't be
// tree-shaken), for what is a line of arithmetic each.

/** As d3's `scaleLinear().domain(domain).range(range)`: unclamped, numbers only. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * As d3's `scalePoint().domain(domain).range(range).padding(padding)`: the values evenly spaced
 * over the range, `padding` steps left at each end; `undefined` for a value not in the domain.
 */
export function pointScale<D>(domain: readonly D[], range: readonly [number, number], padding = 0): (value: D) => number | undefined {
  const n = domain.length;
  const reverse = range[1] < range[0];
  const start = reverse ? range[1] : range[0];
  const stop = reverse ? range[0] : range[1];
  const step = (stop - start) / Math.max(1, n - 1 + padding * 2);
  const first = start + (stop - start - step * (n - 1)) * 0.5;
  const at = new Map<D, number>();
  domain.forEach((d, i) => {
    if (!at.has(d)) at.set(d, reverse ? first + step * (n - 1 - i) : first + step * i);
  });
  return (value) => at.get(value);
}
