// The language modules, one per language other than English (which is built into every element).
// Each is plain data: the UI catalogues' texts by catalogue id, and the bundled datasets'
// `translations` by dataset id. Loaded with import() on first use; the loader starts the page's
// language beside the element's code.
import type { OtherLang } from '../core/langs.js';

export interface LangModule {
  /** Catalogue id → key → text. */
  ui: Record<string, Record<string, string>>;
  /** Dataset id → that dataset's `translations[lang]`. */
  data: Record<string, unknown>;
}

export const LANG_MODULES: Record<OtherLang, () => Promise<{ default: LangModule }>> = {
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  it: () => import('./it.js'),
  hu: () => import('./hu.js'),
  cs: () => import('./cs.js'),
  pl: () => import('./pl.js'),
};
