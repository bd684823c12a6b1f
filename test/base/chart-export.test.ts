import { expect } from '@open-wc/testing';
import { standaloneSvg, svgToPng } from '../../src/base/chart-export.js';

describe('chart export', () => {
  function chart(): { host: HTMLElement; svg: SVGSVGElement } {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>.dot { fill: rgb(200, 0, 100); stroke: rgb(0, 0, 0); stroke-width: 2px; } .hidden { display: none; }</style>
      <svg width="120" height="80" viewBox="0 0 120 80"><circle class="dot" cx="10" cy="10" r="5"></circle><text class="hidden" x="1" y="1">x</text></svg>`;
    return { host, svg: root.querySelector('svg')! };
  }

  it('writes the computed paint as attributes, drops classes, and frames it with title and lines', () => {
    const { host, svg } = chart();
    const text = standaloneSvg(svg, { title: 'Map <of> networks', lines: ['Eurocities, ICC', 'Source: test'], fg: '#111', bg: '#fff', font: 'serif' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const circle = doc.querySelector('circle')!;
    expect(circle.getAttribute('fill')).to.equal('rgb(200, 0, 100)');
    expect(circle.getAttribute('stroke-width')).to.equal('2px');
    expect(circle.hasAttribute('class')).to.equal(false);
    expect(doc.querySelector('g text')!.getAttribute('display')).to.equal('none');
    const texts = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent);
    expect(texts).to.deep.equal(['Map <of> networks', 'Eurocities, ICC', 'Source: test']);
    expect(doc.documentElement.getAttribute('height')).to.equal(String(80 + 34 + 12 + 2 * 16));
    host.remove();
  });

  it('stays valid XML, and a PNG, with control characters and lone surrogates in names', async () => {
    const { host, svg } = chart();
    svg.querySelector('text')!.textContent = 'label\u0001\u0008';
    const text = standaloneSvg(svg, { title: 'Name\u0000\u0007 with\u001b controls', lines: ['bad \ud800 half', 'tab\tok'], fg: '#111', bg: '#fff', font: 'serif' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect([...doc.querySelectorAll(':root > text')].map((t) => t.textContent)).to.deep.equal(['Name with controls', 'bad  half', 'tab\tok']);
    const png = await svgToPng(text, 1);
    expect(png.type).to.equal('image/png');
    host.remove();
  });

  it('rasterises to a PNG at twice the size', async () => {
    const { host, svg } = chart();
    const png = await svgToPng(standaloneSvg(svg, { title: 't', lines: [], fg: '#000', bg: '#fff', font: 'serif' }), 2);
    expect(png.type).to.equal('image/png');
    const bmp = await createImageBitmap(png);
    expect([bmp.width, bmp.height]).to.deep.equal([240, (80 + 34 + 12) * 2]);
    host.remove();
  });
});
