import { expect } from '@open-wc/testing';
import { markBox, placeLabels, type Box } from '../../src/charts/labels.js';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const bounds = { left: 0, top: 0, right: 200, bottom: 200 };

describe('placeLabels', () => {
  it('places nothing for no labels', () => expect(placeLabels([], [], bounds)).to.deep.equal([]));

  it('puts a lone label to the right of its point, clear of its mark', () => {
    const [l] = placeLabels([{ x: 100, y: 100, r: 5, width: 30, height: 14 }], [markBox(100, 100, 5)], bounds);
    expect(l).to.deep.equal({ x: 108, y: 100, box: { left: 108, top: 93, right: 138, bottom: 107 }, clear: true });
  });

  it('keeps labels inside the bounds (never above the chart, over its heading)', () => {
    const [l] = placeLabels([{ x: 195, y: 2, r: 5, width: 60, height: 14 }], [markBox(195, 2, 5)], bounds);
    expect(l!.box.top).to.be.at.least(0);
    expect(l!.box.right).to.be.at.most(200);
    expect(l!.clear).to.equal(true);
  });

  it('keeps several labels on one spot apart from each other and from every mark', () => {
    const marks = [markBox(50, 50, 7), markBox(60, 50, 5), markBox(50, 64, 5)];
    const placed = placeLabels(
      [
        { x: 50, y: 50, r: 11, width: 80, height: 15 },
        { x: 50, y: 50, r: 7, width: 20, height: 15 },
        { x: 60, y: 50, r: 5, width: 50, height: 15 },
      ],
      marks,
      bounds,
    );
    placed.forEach((a, i) => {
      expect(a.clear, `label ${i}`).to.equal(true);
      for (const m of marks) expect(overlaps(a.box, m), `label ${i} / mark`).to.equal(false);
      placed.slice(i + 1).forEach((b, j) => expect(overlaps(a.box, b.box), `labels ${i}, ${i + j + 1}`).to.equal(false));
    });
  });
});
