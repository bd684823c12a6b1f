// A Vite plugin, used by the library build (scripts/build.mjs) and the demo (vite.config.ts):
// data/networks.json comes without its quotes (about a quarter of it, shown only on request), and
// `data/networks.json?with-quotes` is the whole file, which <network-compare> loads when a reader
// asks for the quotes. Every other import of a JSON file is left to Vite.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Removes `quote` from every source reference (`{ doc, lines, … }`) in place. */
function strip(o) {
  if (Array.isArray(o)) o.forEach(strip);
  else if (o && typeof o === 'object') {
    if (typeof o.doc === 'string' && typeof o.lines === 'string') delete o.quote;
    for (const [k, v] of Object.entries(o)) if (k !== 'translations') strip(v);
  }
  return o;
}

export function quotesOnDemand(root) {
  const file = resolve(root, 'data/networks.json');
  return {
    name: 'cw-quotes-on-demand',
    enforce: 'pre',
    load(id) {
      const [path, query = ''] = id.split('?');
      if (path !== file) return null;
      const data = JSON.parse(readFileSync(file, 'utf8'));
      // The plain file goes on through Vite's JSON plugin; the query is a module of ours.
      if (new URLSearchParams(query).has('with-quotes')) return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      return JSON.stringify(strip(data));
    },
  };
}
