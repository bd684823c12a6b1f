// The dataset's quotes, loaded when a reader asks to see them or downloads the JSON. The build and
// the demo (scripts/quotes-on-demand.mjs) leave them out of the element's own copy of
// data/networks.json (they are about a quarter of it, and most readers never open them); this
// module brings the whole file, with them. In the source tests both copies are the whole file, and
// adding the quotes changes nothing.
import full from '../../../data/networks.json?with-quotes';

/** Whether `o` is a source reference (`{ doc, lines, … }`). */
const isSource = (o: Record<string, unknown>) => typeof o['doc'] === 'string' && typeof o['lines'] === 'string';

/**
 * Puts the quotes of the whole file into `data` (the bundled dataset, the same structure without
 * them), in place, so that every view of it shows them. Returns how many were added.
 */
export function addQuotes(data: unknown, from: unknown = full): number {
  if (Array.isArray(data) && Array.isArray(from)) return data.reduce((n: number, x, i) => n + addQuotes(x, from[i]), 0);
  if (!data || !from || typeof data !== 'object' || typeof from !== 'object') return 0;
  const d = data as Record<string, unknown>;
  const f = from as Record<string, unknown>;
  let n = 0;
  if (isSource(d) && typeof f['quote'] === 'string' && d['quote'] === undefined && d['doc'] === f['doc'] && d['lines'] === f['lines']) {
    d['quote'] = f['quote'];
    n++;
  }
  for (const key of Object.keys(d)) if (key !== 'translations') n += addQuotes(d[key], f[key]);
  return n;
}
