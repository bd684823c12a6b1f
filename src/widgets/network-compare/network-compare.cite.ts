import type { SourceRef } from '../../schema/common.js';
import type { SourceDoc } from '../../schema/networks.js';

/**
 * How a reader sees a source: "Author Year, section" in a cell and a full reference in the list of
 * sources. Our copies' file names and line numbers stay in the data for traceability and never
 * reach this text.
 */

/** The section of `doc` that the first line of `lines` ("359-361", "94, 303") falls in, or ''. */
export function sectionOf(doc: SourceDoc | undefined, lines: string): string {
  const first = Number.parseInt(lines, 10);
  const sections = doc?.sections ?? [];
  let found = '';
  for (const s of sections) {
    if (s.line <= first) found = s.title;
    else break;
  }
  return found;
}

/** "Lacroix & Spencer 2022", or the title where the document has no short form. */
export function docLabel(doc: SourceDoc | undefined, id: string): string {
  return doc ? (doc.short ?? doc.title) : id;
}

/** "Lacroix & Spencer 2022, City networks: towards a typology" (and ", Table 1" for a table). */
export function citation(docs: readonly SourceDoc[] | undefined, ref: SourceRef, tableWord = 'Table'): string {
  const doc = docs?.find((d) => d.id === ref.doc);
  const parts = [docLabel(doc, ref.doc)];
  const section = sectionOf(doc, ref.lines);
  if (ref.table) parts.push(`${tableWord} ${ref.table}`);
  else if (section) parts.push(section);
  return parts.join(', ');
}

/**
 * Several sources, grouped by document in order of first citation: "Caponio 2022, Table 1;
 * Case studies (ICC) · Lacroix & Spencer 2022, Going global?".
 */
export function citations(docs: readonly SourceDoc[] | undefined, refs: readonly SourceRef[], tableWord = 'Table'): string {
  const byDoc = new Map<string, Set<string>>();
  for (const r of refs) {
    const doc = docs?.find((d) => d.id === r.doc);
    const label = docLabel(doc, r.doc);
    const where = r.table ? `${tableWord} ${r.table}` : sectionOf(doc, r.lines);
    const set = byDoc.get(label) ?? new Set<string>();
    if (where) set.add(where);
    byDoc.set(label, set);
  }
  return [...byDoc].map(([label, where]) => (where.size ? `${label}, ${[...where].join('; ')}` : label)).join(' · ');
}

/** "A, B & C": names joined for a reference. */
function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} & ${list[list.length - 1]}`;
}

/**
 * A full reference: "Lacroix, Thomas & Spencer, Sarah (2022). City networks and the multi-level
 * governance of migration. Global Networks, 22(3), 349–362. https://doi.org/10.1111/glob.12381".
 */
export function reference(doc: SourceDoc, editorsWord = 'eds.'): string {
  const who = doc.authors?.length ? names(doc.authors) : doc.editors?.length ? `${names(doc.editors)} (${editorsWord})` : '';
  const year = doc.year === undefined ? '' : ` (${doc.year})`;
  const head = who ? `${who}${year}. ` : year ? `(${doc.year}). ` : '';
  let where = doc.journal ?? '';
  if (where && doc.volume) where += `, ${doc.volume}${doc.issue ? `(${doc.issue})` : ''}`;
  if (where && doc.pages) where += `, ${doc.pages}`;
  const tail = [where, doc.publisher ?? ''].filter(Boolean).join('. ');
  const doi = doc.doi ? ` https://doi.org/${doc.doi}` : '';
  return `${head}${doc.title}.${tail ? ` ${tail}.` : ''}${doi}`;
}
