// Sources as readers cite them: authors, year, title and the section a line reference falls in.
// Line numbers stay in the data; they are never shown.
import type { ChecklistDefinition } from '../schema/checklist.js';

type Source = ChecklistDefinition['source'];

/** "Anna Kosovac, … (2020). Conducting City Diplomacy …. Chicago Council …"; the short work name when no parts are given. */
export function citation(src: Source): string {
  if (!src.title) return src.work;
  const who = src.authors ? `${src.authors}${src.year ? ` (${src.year})` : ''}. ` : src.year ? `(${src.year}). ` : '';
  const part = src.chapter ? `, ${/^\d+\.\d/.test(src.chapter) ? '§' : 'ch.'} ${src.chapter}` : '';
  return `${who}${src.title}${src.publisher ? `. ${src.publisher}` : ''}${part}.`;
}

/** The first line number of a reference such as "331-333, 347". */
function firstLine(lines: string): number | null {
  const m = /\d+/.exec(lines);
  return m ? Number(m[0]) : null;
}

/** The titles of the sections a line reference falls in, in order, without repeats. */
export function sectionsOf(src: Source, lines: string): string[] {
  const outline = src.outline ?? [];
  const out: string[] = [];
  for (const part of lines.split(',')) {
    const n = firstLine(part);
    const hit = n === null ? undefined : outline.find((o) => n >= o.from && n <= o.to);
    if (hit && !out.includes(hit.title)) out.push(hit.title);
  }
  return out;
}

const REF = /\s*\((?:lines?|l\.)\s*([\d\s,–-]+)\)/g;

/**
 * A text cut at its "(line 361)" / "(lines 331-333, 347)" references: plain strings, and in place of
 * each reference the titles of the sections it falls in (none when the outline has no such line).
 */
export function splitRefs(src: Source, text: string): (string | { sections: string[] })[] {
  const out: (string | { sections: string[] })[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    out.push(text.slice(last, m.index));
    const sections = sectionsOf(src, m[1]!.replace(/–/g, '-'));
    if (sections.length) out.push({ sections });
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((x) => x !== '');
}

/** A text with its line references turned into the sections they fall in, as plain text. */
export function withSections(src: Source, text: string): string {
  return splitRefs(src, text)
    .map((x) => (typeof x === 'string' ? x : ` (“${x.sections.join('”, “')}”)`))
    .join('');
}
