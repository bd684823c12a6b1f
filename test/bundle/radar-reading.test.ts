// <capital-radar> read as a published chart, through the BUILT bundle on the article page: text that
// never collides, labels sized from the chart, the reader's profiles over a light benchmark, a
// chart that stays in view while answering, and chart mode with title, subtitle, legend and source.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

async function load(width: number, height = 800) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  frame.src = '/test/fixtures/csp/article.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  await until(() => ['assess', 'chart'].every((id) => !!doc.getElementById(id)?.shadowRoot?.querySelector('svg.radar')), 8000, 'radars');
  // The given profiles are drawn once checked (the schemas load on demand).
  await until(() => !!doc.getElementById('chart')!.shadowRoot!.querySelector('svg.radar path.s-1'), 8000, 'given profiles');
  return { doc, frame, win: frame.contentWindow! };
}
const settle = () => new Promise((r) => setTimeout(r, 250));
type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const CAPS = ['economic', 'social', 'information', 'cultural', 'psychological', 'language'];
const profile = (k: number, v: (i: number) => number | null) => ({
  id: `p${k}`,
  name: `Profile number ${k + 1}`,
  values: Object.fromEntries(CAPS.map((c, i) => [c, v(i)])),
});
const SETS = [
  [profile(0, () => 100)],
  [profile(0, () => 100), profile(1, (i) => (i % 2 ? 0 : 100))],
  [profile(0, () => 100), profile(1, () => 0), profile(2, (i) => 20 * i), profile(3, (i) => (i === 2 ? null : 90))],
  [profile(0, () => 100), profile(1, () => 95), profile(2, () => 100), profile(3, () => 98)],
];

for (const width of [320, 360, 680]) {
  describe(`<capital-radar mode="chart"> at ${width} px`, () => {
    for (const set of SETS) {
      it(`${set.length} profile(s): no text box overlaps another, labels ≥ 11 px, points clear of every text`, async () => {
        const { doc, frame } = await load(width);
        const el = doc.getElementById('chart') as HTMLElement & { profiles: unknown };
        el.profiles = set;
        await until(() => el.shadowRoot!.querySelectorAll('.legend li').length === set.length + 1, 3000, 'legend');
        await settle();
        const r = el.shadowRoot!;
        const texts = [...r.querySelectorAll<SVGTextElement>('svg.radar text')];
        expect(texts.length).to.be.greaterThan(6);
        const boxes = texts.map((t) => t.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) {
          expect(parseFloat(getComputedStyle(texts[i]!).fontSize), texts[i]!.textContent!).to.be.at.least(11);
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlap(boxes[i]!, boxes[j]!), `"${texts[i]!.textContent}" / "${texts[j]!.textContent}"`).to.equal(false);
          }
        }
        // No point covers a label or a ring's value.
        for (const c of r.querySelectorAll('svg.points circle')) {
          const b = c.getBoundingClientRect();
          texts.forEach((t, i) => expect(overlap(b, boxes[i]!), `${c.getAttribute('aria-label')} / "${t.textContent}"`).to.equal(false));
        }
        frame.remove();
      });
    }
  });
}

describe('<capital-radar> emphasis and chart mode', () => {
  it("draws the reader's profiles stronger than the survey benchmark", async () => {
    const { doc, frame } = await load(680);
    const r = doc.getElementById('chart')!.shadowRoot!;
    const width = (sel: string) => parseFloat(r.querySelector(sel)!.getAttribute('stroke-width')!);
    expect(width('svg.radar path.s-1')).to.be.greaterThan(2 * width('svg.radar path.s-bench'));
    expect(width('svg.radar path.s-2')).to.be.greaterThan(2 * width('svg.radar path.s-bench'));
    frame.remove();
  });

  it('shows a visible title, subtitle, legend and source line; the description on demand, not as paragraphs', async () => {
    const { doc, frame } = await load(680);
    const r = doc.getElementById('chart')!.shadowRoot!;
    const visible = (el: Element | null) => !!el && el.checkVisibility({ contentVisibilityAuto: true }) && el.getBoundingClientRect().height > 0;
    expect(visible(r.querySelector('h2'))).to.equal(true);
    expect(r.querySelector('h2')!.textContent).to.contain('Forms of human capital');
    expect(visible(r.querySelector('.subtitle'))).to.equal(true);
    expect(r.querySelector('.subtitle')!.textContent).to.contain('18 months');
    expect(visible(r.querySelector('.legend'))).to.equal(true);
    expect(visible(r.querySelector('.source'))).to.equal(true);
    expect(r.querySelector('.source')!.textContent).to.contain('Table 8.1').and.contain('De Cuyper');
    const sentence = r.querySelector('#sentence')!;
    expect(visible(sentence)).to.equal(false);
    expect(r.querySelector('svg.radar')!.getAttribute('aria-describedby')).to.equal('sentence');
    (r.querySelector('details.description') as HTMLDetailsElement).open = true;
    await settle();
    expect(visible(sentence)).to.equal(true);
    frame.remove();
  });
});

for (const [width, where] of [[360, 'above'], [1000, 'beside']] as const) {
  describe(`<capital-radar> assess mode at ${width} px`, () => {
    it(`keeps the chart in view ${where} the statements while answering the last one`, async () => {
      const { doc, frame, win } = await load(width, 700);
      const el = doc.getElementById('assess')!;
      const r = el.shadowRoot!;
      const groups = [...r.querySelectorAll('[role="radiogroup"]')];
      const last = groups[groups.length - 1]!;
      last.scrollIntoView({ block: 'end' });
      await settle();
      const chart = r.querySelector('svg.radar')!.getBoundingClientRect();
      const stmt = last.getBoundingClientRect();
      expect(chart.top, 'chart top in view').to.be.at.least(-1);
      expect(chart.bottom, 'chart bottom in view').to.be.at.most(win.innerHeight + 1);
      if (where === 'above') expect(chart.bottom).to.be.at.most(stmt.top + 1);
      else expect(chart.left).to.be.at.least(stmt.right - 1);
      frame.remove();
    });
  });
}
