// Writes the README's reference table of each element from custom-elements.json, between
// `<!-- reference:<tag> -->` and `<!-- /reference:<tag> -->`. `npm run build` makes the manifest
// first; a test checks the README still matches it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every custom element declaration with a tag, from the manifest. */
export function elements(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The Markdown reference of one element. */
export function reference(d) {
  const rows = [];
  for (const a of d.attributes ?? []) rows.push(['attribute', `\`${a.name}\``, a.description ?? '']);
  for (const m of (d.members ?? []).filter((x) => x.kind === 'field' && !x.privacy && !x.static && x.description))
    rows.push(['property', `\`${m.name}\``, `${m.readonly ? '(read-only) ' : ''}${m.description}`]);
  for (const m of (d.members ?? []).filter((x) => x.kind === 'method' && !x.privacy && !x.static && x.description))
    rows.push(['method', `\`${m.name}()\``, m.description]);
  for (const e of d.events ?? []) rows.push(['event', `\`${e.name}\``, e.description ?? '']);
  for (const p of d.cssParts ?? []) rows.push(['part', `\`${p.name}\``, p.description ?? '']);
  for (const c of d.cssProperties ?? []) rows.push(['custom property', `\`${c.name}\``, `${c.description ?? ''}${c.default ? ` Default \`${c.default}\`.` : ''}`]);
  return ['| kind | name | description |', '|---|---|---|', ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function updateReadme(readme, manifest) {
  let out = readme;
  for (const d of elements(manifest)) {
    const start = `<!-- reference:${d.tagName} -->`;
    const end = `<!-- /reference:${d.tagName} -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < i) continue;
    out = `${out.slice(0, i + start.length)}\n${reference(d)}\n${out.slice(j)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const file = resolve(root, 'README.md');
  const before = readFileSync(file, 'utf8');
  const after = updateReadme(before, manifest);
  if (after !== before) writeFileSync(file, after);
  console.log(`docs: README reference ${after === before ? 'already up to date' : 'updated'} (${elements(manifest).map((d) => d.tagName).join(', ')})`);
}
