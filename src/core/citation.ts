// Sources as readers cite them: authors, year, title and the section a line reference falls in.
// Line numbers stay in the data; they are never shown.
import type { ChecklistDefinition } from '../schema/checklist.js';

type Source = ChecklistDefinition['source'];

/** "Anna Kosovac, … (2020). Conducting City Diplomacy …. Chicago Council …"; the short work name when no parts are given. */
export function citation(src: Source): string {
  if (!src.title) return src.work;
  const who = src.authors ? `${src.authors}${src.year ? ` (${src.year})` : ''}. ` : src.year ? `(${src.year}). ` : '';
  return `${who}${src.title}${src.publisher ? `. ${src.publisher}` : ''}${src.chapter && !src.publisher ? `, ch. ${src.chapter}` : ''}.`;
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

/** A text with "(line 361)" / "(lines 331-333, 347)" references turned into the sections they fall in. */
export function withSections(src: Source, text: string): string {
  return text.replace(/\s*\((?:lines?|l\.)\s*([\d\s,–-]+)\)/g, (_m, lines: string) => {
    const titles = sectionsOf(src, lines.replace(/–/g, '-'));
    return titles.length ? ` (“${titles.join('”, “')}”)` : '';
  });
}
