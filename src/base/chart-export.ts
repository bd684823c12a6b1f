/**
 * Charts as files: an SVG that stands alone (the shadow root's styles don't travel with it, so the
 * computed paint of every shape and text is written onto it as presentation attributes) with a
 * title above and lines of legend, source and date below; and a PNG drawn from that SVG through a
 * blob: image, which a strict CSP allows (`img-src blob:`).
 */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
] as const;

import { wrapText } from '../charts/wrap.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One entry of an exported chart's key: its symbol (a path centred on 0,0, else a circle) and label. */
export interface LegendItem {
  label: string;
  color: string;
  /** Path data of the symbol, about 12 px across; a circle of radius 5 when absent. */
  d?: string;
  /** Outline only (e.g. an unknown or another reading). */
  hollow?: boolean;
  dashed?: boolean;
  /** A line swatch (a chart's series) instead of a symbol: its width and dash pattern. */
  line?: { width: number; dash?: string };
}

export interface ExportFrame {
  title: string;
  /** The key to the chart's symbols, drawn under it: every exported chart carries one. */
  legend?: LegendItem[];
  /** Lines under the chart (and its key): source, date. */
  lines: string[];
  fg: string;
  bg: string;
  font: string;
}

/** The chart `svg` as the text of a standalone SVG file with `frame` around it. */
export function standaloneSvg(svg: SVGSVGElement, frame: ExportFrame): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = to[i]!;
    if (cs.display === 'none') target.setAttribute('display', 'none');
    for (const p of PAINT) {
      const v = cs.getPropertyValue(p);
      if (p === 'fill' || p === 'stroke' || (v && v !== 'normal' && v !== 'none')) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
  });
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  // Title and lines wrap to the chart's width (an estimate of the glyphs' widths: no layout here).
  const titleLines = wrapText(frame.title, Math.max(10, Math.floor((width - 16) / 9)));
  const lines = frame.lines.flatMap((l) => wrapText(l, Math.max(10, Math.floor((width - 16) / 6.4))));
  const head = 14 + titleLines.length * 20;
  const legend = frame.legend ?? [];
  const keyHeight = legend.length ? 8 + legend.length * 18 : 0;
  const foot = 12 + keyHeight + lines.length * 16;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + head + foot));
  out.setAttribute('viewBox', `0 0 ${width} ${height + head + foot}`);
  out.setAttribute('font-family', frame.font);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', frame.bg);
  const text = (y: number, content: string, size: number, weight = 'normal') => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', frame.fg);
    t.textContent = content;
    return t;
  };
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${head})`);
  body.append(...clone.childNodes);
  const key = legend.map((item, i) => {
    const y = height + head + 16 + i * 18;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'key');
    if (item.line) {
      const swatch = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of Object.entries({ x1: '4', x2: '28', y1: String(y - 4), y2: String(y - 4), stroke: item.color, 'stroke-width': String(item.line.width) })) {
        swatch.setAttribute(k, v);
      }
      if (item.line.dash) swatch.setAttribute('stroke-dasharray', item.line.dash);
      g.append(swatch);
    }
    const mark = document.createElementNS(SVG_NS, item.d ? 'path' : 'circle');
    if (item.d) mark.setAttribute('d', item.d);
    else mark.setAttribute('r', item.line ? '3.5' : '5');
    mark.setAttribute('transform', `translate(16 ${y - 4})`);
    mark.setAttribute('fill', item.hollow ? 'none' : item.color);
    mark.setAttribute('stroke', item.color);
    mark.setAttribute('stroke-width', item.hollow ? '1.5' : '0.8');
    if (item.dashed) mark.setAttribute('stroke-dasharray', '2 2');
    const label = text(y, item.label, 12);
    label.setAttribute('x', item.line ? '36' : '30');
    g.append(mark, label);
    return g;
  });
  out.append(
    bg,
    ...titleLines.map((t, i) => text(22 + i * 20, t, 16, 'bold')),
    body,
    ...key,
    ...lines.map((l, i) => text(height + head + keyHeight + 20 + i * 16, l, 12)),
  );
  return xmlSafe(new XMLSerializer().serializeToString(out));
}

// Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF): the
// serializer writes them as they are, and the file is then not XML (nor an image to decode).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with the characters XML 1.0 forbids removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Rasterises an SVG file's text at `scale`. */
export async function svgToPng(svgText: string | Blob, scale = 2): Promise<Blob> {
  const blob = typeof svgText === 'string' ? new Blob([svgText], { type: 'image/svg+xml' }) : svgText;
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty canvas'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
