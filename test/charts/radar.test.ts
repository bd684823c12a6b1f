import { expect } from '@open-wc/testing';
import { curveLinearClosed, lineRadial } from 'd3-shape';
import { radar, type RadarGeometry, type RadarOptions } from '../../src/charts/radar.js';

/** Every number anywhere in the geometry, including inside path strings. */
function numbers(g: RadarGeometry): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(v);
    else if (typeof v === 'string') out.push(...(v.match(/-?[\d.]+(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(g);
  return out;
}

const SQUARE: RadarOptions = { width: 200, height: 200, fontSize: 10, labelGap: 5, padding: 0, labelWidths: [20, 20, 20, 20] };
const CAPITALS = ['Economic', 'Social', 'Information', 'Cultural', 'Psychological', 'Language'];
const BENCHMARK = [null, 72, 89.4, 75, 85.2, 69.35];

describe('radar()', () => {
  describe('edges', () => {
    it('empty in, empty out', () => {
      const g = radar([], [], { width: 300 });
      expect([g.axes, g.rings, g.series]).to.deep.equal([[], [], []]);
    });

    it('a series over no axes has no points and no path', () => {
      expect(radar([], [[1, 2]], { width: 300 }).series).to.deep.equal([{ index: 0, d: '', closed: false, points: [], missing: [] }]);
    });

    it('a series of nulls has no path and every axis missing', () => {
      const g = radar(['A', 'B', 'C'], [[null, null, null]], { width: 300 });
      expect(g.series[0]).to.deep.equal({ index: 0, d: '', closed: false, points: [], missing: [0, 1, 2] });
      expect(g.axes.map((a) => a.noData)).to.deep.equal([true, true, true]);
    });

    it('width 0 gives radius 0, not NaN', () => {
      const g = radar(CAPITALS, [BENCHMARK], { width: 0 });
      expect(g.radius).to.equal(0);
      expect(numbers(g).every(Number.isFinite)).to.equal(true);
    });

    for (const [name, options] of [
      ['width', { width: -1 }],
      ['width', { width: Number.NaN }],
      ['height', { width: 10, height: Number.POSITIVE_INFINITY }],
      ['fontSize', { width: 10, fontSize: -2 }],
    ] as [string, RadarOptions][]) {
      it(`throws on an invalid ${name}`, () => {
        expect(() => radar(['A'], [], options)).to.throw(RangeError, `invalid ${name}`);
      });
    }
  });

  describe('a tiny exact case: 4 axes in 200 × 200', () => {
    const g = radar(['A', 'B', 'C', 'D'], [[100, 50, null, 0], [100, 100, 100, 100]], { ...SQUARE, rings: [50, 100] });

    it('fits the radius to the side labels: (100 − 20) − 5 = 75', () => {
      expect([g.width, g.height, g.cx, g.cy, g.radius]).to.deep.equal([200, 200, 100, 100, 75]);
    });

    it('places axis ends and labels, anchored away from the centre', () => {
      expect(g.axes.map((a) => [a.x, a.y, a.label.x, a.label.y, a.label.anchor, a.label.baseline])).to.deep.equal([
        [0, -75, 0, -80, 'middle', 'auto'],
        [75, 0, 80, 0, 'start', 'middle'],
        [0, 75, 0, 80, 'middle', 'hanging'],
        [-75, 0, -80, 0, 'end', 'middle'],
      ]);
    });

    it('draws the rings as polygons', () => {
      expect(g.rings).to.deep.equal([
        { value: 50, r: 37.5, d: 'M0,-37.5L37.5,0L0,37.5L-37.5,0Z' },
        { value: 100, r: 75, d: 'M0,-75L75,0L0,75L-75,0Z' },
      ]);
    });

    it('breaks the outline at a null instead of pulling it to the centre', () => {
      expect(g.series[0]).to.deep.equal({
        index: 0,
        d: 'M0,0L0,-75L37.5,0',
        closed: false,
        points: [
          { index: 0, value: 100, x: 0, y: -75 },
          { index: 1, value: 50, x: 37.5, y: 0 },
          { index: 3, value: 0, x: 0, y: 0 },
        ],
        missing: [2],
      });
      expect(g.axes[2].noData).to.equal(false); // the second series has a value there
    });

    it('closes a complete outline', () => {
      expect(g.series[1].d).to.equal('M0,-75L75,0L0,75L-75,0Z');
      expect(g.series[1].closed).to.equal(true);
    });
  });

  describe('the capitals with the survey benchmark (economic null)', () => {
    const g = radar(CAPITALS, [BENCHMARK], { width: 320 });

    it('fits a given height too: (200 / 2 − 2 − 1.25 × 12) − 6 = 77 under the bottom label', () => {
      const wide = radar(CAPITALS, [], { width: 800, height: 200 });
      expect([wide.radius, wide.cx, wide.cy, wide.height]).to.deep.equal([77, 400, 100, 200]);
    });

    it('anchors labels by angle', () => {
      expect(g.axes.map((a) => a.label.anchor)).to.deep.equal(['middle', 'start', 'start', 'middle', 'end', 'end']);
      expect(g.axes.map((a) => a.label.baseline)).to.deep.equal(['auto', 'middle', 'middle', 'hanging', 'middle', 'middle']);
    });

    it('has no point on the economic axis and one open run from Social to Language', () => {
      const s = g.series[0];
      expect(s.missing).to.deep.equal([0]);
      expect(s.points.map((p) => p.index)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(s.closed).to.equal(false);
      expect(s.d.match(/M/g)).to.have.length(1);
      expect(s.d.endsWith('Z')).to.equal(false);
      expect(s.d.startsWith(`M${s.points[0].x},${s.points[0].y}`)).to.equal(true);
      expect(g.axes[0].noData).to.equal(true);
      expect(s.points.every((p) => Math.hypot(p.x, p.y) > 0)).to.equal(true);
    });

    it('splits into one run per stretch of known values', () => {
      const s = radar(CAPITALS, [[10, null, 30, null, 50, 60]], { width: 320 }).series[0];
      expect(s.missing).to.deep.equal([1, 3]);
      // Runs: [2] alone, then [4, 5, 0] across the top.
      expect(s.d.match(/M/g)).to.have.length(2);
      expect(s.points.map((p) => p.index)).to.deep.equal([0, 2, 4, 5]);
    });

    it('clamps to 0..100 and treats NaN and Infinity as missing', () => {
      const s = radar(CAPITALS, [[150, -5, Number.NaN, Number.POSITIVE_INFINITY, 50, undefined]], { width: 320 }).series[0];
      expect(s.points.map((p) => [p.index, p.value])).to.deep.equal([[0, 100], [1, 0], [4, 50]]);
      expect(s.missing).to.deep.equal([2, 3, 5]);
    });
  });

  describe('the benchmark polygon, exactly (400 px, measured label widths)', () => {
    const g = radar(CAPITALS, [BENCHMARK], { width: 400, fontSize: 12, labelWidths: [60, 40, 70, 50, 80, 65] });

    it('sizes the radius by the widest side label: (200 − 2 − 80) / sin 60° − 6', () => {
      expect(g.radius).to.equal(130.255);
      expect([g.cx, g.cy, g.height]).to.deep.equal([200, 150.255, 303.51]);
    });

    it('places each benchmark at value / 100 × radius along its axis, and none on the economic axis', () => {
      const s = g.series[0]!;
      expect(s.d).to.equal('M81.219,-46.892L100.847,58.224L0,97.691L-96.109,55.488L-78.229,-45.166');
      expect(s.missing).to.deep.equal([0]);
      for (const p of s.points) {
        const a = (2 * Math.PI * p.index) / 6;
        const r = (p.value / 100) * 130.255;
        expect(p.x).to.be.closeTo(r * Math.sin(a), 0.001);
        expect(p.y).to.be.closeTo(-r * Math.cos(a), 0.001);
      }
    });
  });

  describe('paths as d3-shape\u2019s lineRadial draws them', () => {
    const rows: (number | null)[][] = [
      [10, 20, 30, 40, 50, 60],
      [null, 72, 89.4, 75, 85.2, 69.35],
      [10, null, 30, null, 50, 60],
      [null, null, 33.3, null, null, null],
      [100, 0, 100, 0, 100, 0],
    ];
    for (const values of rows) {
      it(JSON.stringify(values), () => {
        const g = radar(CAPITALS, [values], { width: 333 });
        const r = g.radius;
        const at = (i: number): [number, number] => [(2 * Math.PI * i) / 6, (values[i]! / 100) * r];
        const s = g.series[0]!;
        const runs = s.closed ? [] : s.d.split('M').filter(Boolean);
        const expected = s.closed
          ? lineRadial().curve(curveLinearClosed)(values.map((_, i) => at(i)))
          : runs.map((run) => {
              const n = run.split('L').length;
              const first = s.points.find((p) => run.startsWith(`${p.x},${p.y}`))!;
              const idx = Array.from({ length: n }, (_, k) => (first.index + k) % 6);
              return lineRadial()(idx.map(at));
            }).join('');
        // Same commands; numbers equal up to the rounding of the radius the geometry reports.
        const letters = (d: string) => d.replace(/[-\d.,]+/g, ' ');
        const nums = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number);
        expect(letters(s.d)).to.equal(letters(expected!));
        nums(s.d).forEach((v, i) => expect(v).to.be.closeTo(nums(expected!)[i]!, 0.002));
      });
    }
  });

  describe('never NaN, labels never clipped', () => {
    for (const width of [280, 320, 480, 800]) {
      it(`at ${width} px`, () => {
        const fontSize = 12;
        const g = radar(CAPITALS, [BENCHMARK, [0, 0, 0, 0, 0, 0], [100, 100, 100, 100, 100, 100]], { width, fontSize });
        expect(numbers(g).every(Number.isFinite)).to.equal(true);
        expect(g.radius).to.be.greaterThan(width / 8);
        for (const a of g.axes) {
          const w = a.text.length * fontSize * 0.6;
          const left = g.cx + a.label.x - (a.label.anchor === 'start' ? 0 : a.label.anchor === 'end' ? w : w / 2);
          const top = g.cy + a.label.y - (a.label.baseline === 'auto' ? fontSize : a.label.baseline === 'middle' ? fontSize / 2 : 0);
          expect(left, a.text).to.be.at.least(0);
          expect(left + w, a.text).to.be.at.most(width);
          expect(top, a.text).to.be.at.least(0);
          expect(top + fontSize, a.text).to.be.at.most(g.height);
        }
        expect(g.cy - g.radius).to.be.at.least(0);
        expect(g.cy + g.radius).to.be.at.most(g.height);
      });
    }
  });
});
