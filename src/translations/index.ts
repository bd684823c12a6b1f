// The texts in languages other than English (which is built into every element): one folder per
// language, one plain-data module per UI catalogue (camelCase id: `common`, `checklist`, …) and per
// bundled dataset (its file name: `networks` holds data/networks.json's `translations[lang]`).
// Loaded with import() on first use, only the modules an element needs; the loader starts them
// beside the element's code.
import type { OtherLang } from '../core/langs.js';

export { TEXTS, TEXT_IDS } from './texts.js';

/** Imports one text module of one language (the bundler makes each file its own chunk). */
export function importText(lang: OtherLang, id: string): Promise<{ default: unknown }> {
  return import(`./${lang}/${id}.ts`);
}
