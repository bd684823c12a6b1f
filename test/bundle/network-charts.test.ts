// <network-compare>'s charts through the BUILT bundle, in an article column and on a phone: with two
// to four networks, no label overlaps another label, a mark or the chart's heading.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const SELECTIONS = [
  'icc,welcoming-america',
  'icc,solidarity-cities,integrating-cities',
  'wgmi,integrating-cities,solidarity-cities,icc',
  'icc,welcoming-america,inclusive-cities,sanctuary-us',
  'eurocities,icc,welcoming-america,solidarity-cities',
];

for (const width of [360, 680]) {
  describe(`<network-compare> charts at ${width} px`, () => {
    let frame: HTMLIFrameElement;
    let doc: Document;
    before(async () => {
      frame = document.createElement('iframe');
      frame.style.width = `${width}px`;
      frame.style.height = '800px';
      frame.src = '/test/fixtures/csp/article.html';
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      doc = frame.contentDocument!;
      await until(() => !!doc.getElementById('cmp')?.shadowRoot?.querySelector('svg.map-chart'), 8000, 'map');
    });
    after(() => frame.remove());

    for (const selected of SELECTIONS) {
      it(`${selected}: labels clear of each other, of every mark and of the heading`, async () => {
        const el = doc.getElementById('cmp')!;
        el.setAttribute('selected', selected);
        const n = selected.split(',').length;
        await until(() => el.shadowRoot!.querySelectorAll('table[part="table"] thead th[scope="col"]').length === n, 3000, 'columns');
        await new Promise((r) => setTimeout(r, 100));
        const r = el.shadowRoot!;
        for (const [chart, heading] of [['svg.map-chart', '#map-h'], ['svg.profile-chart', 'figure.chart h4']] as const) {
          const svg = r.querySelector(chart)!;
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent!, b: t.getBoundingClientRect() as Box }));
          const marks = [...svg.querySelectorAll('circle, path.dot')].map((m) => m.getBoundingClientRect() as Box);
          const head = r.querySelector(heading)!.getBoundingClientRect() as Box;
          expect(texts.length, chart).to.be.greaterThan(8);
          expect(head.height, heading).to.be.greaterThan(0);
          texts.forEach((a, i) => {
            expect(overlap(a.b, head), `${chart} "${a.t}" / heading`).to.equal(false);
            texts.slice(i + 1).forEach((b) => expect(overlap(a.b, b.b), `${chart} "${a.t}" / "${b.t}"`).to.equal(false));
          });
          if (chart === 'svg.map-chart') {
            for (const l of texts.filter((_, i) => svg.querySelectorAll('text')[i]!.classList.contains('point-label'))) {
              for (const m of marks) expect(overlap(l.b, m), `"${l.t}" over a mark`).to.equal(false);
            }
          }
        }
        // Every selected network is on the map or named in a line saying why not.
        const labels = [...r.querySelectorAll('svg.map-chart text.point-label')].map((t) => t.textContent!).join(' | ');
        const notOn = r.querySelector('.not-on-map')?.textContent ?? '';
        const cmp = (el as unknown as { data: { networks: { id: string; name: string; short?: string }[] } }).data;
        for (const id of selected.split(',')) {
          const net = cmp.networks.find((x) => x.id === id)!;
          expect(labels.includes(net.short ?? net.name) || notOn.includes(net.name), id).to.equal(true);
        }
      });
    }
  });
}
