import type { SourceRef } from '../schema/common.js';
import type { Work } from '../schema/work.js';

/** The words of a citation in the reader's language. */
export interface CiteWords {
  /** "n.d.": no date. */
  noDate: string;
  in: string;
  chapter: string;
  table: string;
}

/**
 * A source as a reader cites it: "Authors (year), Title, in Book, ch. 7, 7.3 Section, Table 7.1".
 * File names and line numbers are never part of it.
 */
export function citation(work: Work, source: SourceRef | undefined, w: CiteWords): string {
  const parts = [`${work.authors} (${work.year ?? w.noDate})`, `“${work.title}”`];
  if (work.in) parts.push(`${w.in} ${work.in}`);
  if (work.chapter) parts.push(`${w.chapter} ${work.chapter}`);
  if (source?.chapter) parts.push(source.chapter);
  if (source?.table) parts.push(`${w.table} ${source.table}`);
  return parts.join(', ');
}

/**
 * The author-date form beside an item, with the full reference in the header and on demand:
 * "Counihan & van Winden (n.d.), ch. 7, 7.3 Section, Table 7.1".
 */
export function shortCitation(work: Work, source: SourceRef | undefined, w: CiteWords): string {
  const surnames = [...work.authors.matchAll(/([^,&]+?),\s*(?:[A-Z]\.\s*)+/g)].map((m) => m[1]!.trim());
  const authors = surnames.length === 0 ? work.authors : surnames.length === 1 ? surnames[0]! : surnames.length === 2 ? `${surnames[0]} & ${surnames[1]}` : `${surnames[0]} et al.`;
  const parts = [`${authors} (${work.year ?? w.noDate})`];
  if (work.chapter) parts.push(`${w.chapter} ${work.chapter}`);
  if (source?.chapter) parts.push(source.chapter);
  if (source?.table) parts.push(`${w.table} ${source.table}`);
  return parts.join(', ');
}
