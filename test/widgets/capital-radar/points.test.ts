import { expect } from '@open-wc/testing';
import { radar } from '../../../src/charts/radar.js';
import { pointTarget } from '../../../src/widgets/capital-radar/capital-radar.points.js';

describe('pointTarget (keyboard among the radar points)', () => {
  // Series 0 has points on axes 1, 2, 3 (axis 0 unknown); series 1 has none; series 2 on all four.
  const g = radar(['A', 'B', 'C', 'D'], [[null, 10, 20, 30], [null, null, null, null], [1, 2, 3, 4]], { width: 200 });
  const rows: [string, { series: number; point: number }, string, { series: number; point: number } | null][] = [
    ['an unknown key does nothing', { series: 0, point: 0 }, 'a', null],
    ['a series without points has no target', { series: 1, point: 0 }, 'ArrowRight', null],
    ['Right goes round the series', { series: 0, point: 2 }, 'ArrowRight', { series: 0, point: 0 }],
    ['Left goes round the other way', { series: 0, point: 0 }, 'ArrowLeft', { series: 0, point: 2 }],
    ['Home to the first point', { series: 2, point: 3 }, 'Home', { series: 2, point: 0 }],
    ['End to the last point', { series: 2, point: 0 }, 'End', { series: 2, point: 3 }],
    ['Down skips a series without points, same axis', { series: 0, point: 0 }, 'ArrowDown', { series: 2, point: 1 }],
    ['Up wraps round to the last series with points', { series: 0, point: 1 }, 'ArrowUp', { series: 2, point: 2 }],
    ['Down from axis A (unknown below) takes the next axis that has a point', { series: 2, point: 0 }, 'ArrowDown', { series: 0, point: 0 }],
  ];
  for (const [what, from, key, expected] of rows) it(what, () => expect(pointTarget(g, from, key)).to.deep.equal(expected));
});
