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
    // The title wraps to the (narrow) chart's width.
    expect(texts).to.deep.equal(['Map <of>', 'networks', 'Eurocities, ICC', 'Source: test']);
    expect(doc.documentElement.getAttribute('height')).to.equal(String(80 + 54 + 12 + 2 * 16));
    host.remove();
  });

  it('draws the key of the symbols under the chart, before the lines', () => {
    const { host, svg } = chart();
    const text = standaloneSvg(svg, {
      title: 't',
      legend: [
        { label: 'Eurocities', color: 'rgb(1, 2, 3)', d: 'M-4,-4h8v8h-8Z' },
        { label: 'Other reading', color: '#777', hollow: true, dashed: true },
      ],
      lines: ['Source: test'],
      fg: '#111',
      bg: '#fff',
      font: 'serif',
    });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const keys = [...doc.querySelectorAll('g.key')];
    expect(keys.map((k) => k.querySelector('text')!.textContent)).to.deep.equal(['Eurocities', 'Other reading']);
    expect(keys[0]!.querySelector('path')!.getAttribute('d')).to.equal('M-4,-4h8v8h-8Z');
    expect(keys[0]!.querySelector('path')!.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
    expect(keys[1]!.querySelector('circle')!.getAttribute('fill')).to.equal('none');
    expect(keys[1]!.querySelector('circle')!.getAttribute('stroke-dasharray')).to.equal('2 2');
    expect(doc.documentElement.getAttribute('height')).to.equal(String(80 + 34 + 12 + 8 + 2 * 18 + 16));
    host.remove();
  });

  it('draws a line swatch for a series, and wraps long lines to the width', () => {
    const { host, svg } = chart();
    const text = standaloneSvg(svg, {
      title: 't',
      legend: [{ label: 'After 6 months', color: '#0a6fb0', line: { width: 3.5, dash: '9 4' } }],
      lines: ['Source: a long source line that cannot fit into a chart only one hundred and twenty pixels wide'],
      fg: '#111',
      bg: '#fff',
      font: 'serif',
    });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const line = doc.querySelector('g.key line')!;
    expect([line.getAttribute('stroke'), line.getAttribute('stroke-width'), line.getAttribute('stroke-dasharray')]).to.deep.equal(['#0a6fb0', '3.5', '9 4']);
    const lines = [...doc.querySelectorAll(':root > text')].slice(1).map((t) => t.textContent!);
    expect(lines.length).to.be.greaterThan(3);
    expect(lines.join(' ')).to.equal('Source: a long source line that cannot fit into a chart only one hundred and twenty pixels wide');
    host.remove();
  });

  it('stays valid XML, and a PNG, with control characters and lone surrogates in names', async () => {
    const { host, svg } = chart();
    svg.querySelector('text')!.textContent = 'label\u0001\u0008';
    const text = standaloneSvg(svg, { title: 'Name\u0000\u0007 with\u001b controls', lines: ['bad \ud800 half', 'tab\tok'], fg: '#111', bg: '#fff', font: 'serif' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    // The exporter wraps long titles and lines over several <text> elements: compare the words.
    const texts = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent).join(' ');
    expect(texts).not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/);
    expect(texts.replace(/\s+/g, ' ')).to.equal('Name with controls bad half tab ok');
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
