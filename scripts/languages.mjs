// A build plugin for the one-language bundles: keeps English (every text's original and the
// fallback) and one other language, dropping the others from the datasets' `translations` and from
// the UI catalogues (`*.strings.ts`, whose language blocks are `  xx: {` … `  },` at the top level).

export const LANGS = ['en', 'nl', 'de', 'it', 'hu', 'cs', 'pl'];

/** Drops the language blocks of a catalogue source that are not in `keep`. Pure. */
export function stripCatalogue(code, keep) {
  return code.replace(/^ {2}([a-z]{2}): \{\n[\s\S]*?^ {2}\},?\n/gm, (block, lang) => (lang === 'en' || keep.has(lang) ? block : ''));
}

/** Drops the translations of a dataset (JSON text) that are not in `keep`. Pure. */
export function stripDataset(json, keep) {
  const data = JSON.parse(json);
  if (data && typeof data === 'object' && data.translations) {
    for (const lang of Object.keys(data.translations)) if (!keep.has(lang)) delete data.translations[lang];
  }
  return JSON.stringify(data);
}

export function keepLanguages(langs) {
  const keep = new Set(langs);
  return {
    name: 'city-widgets:keep-languages',
    enforce: 'pre',
    transform(code, id) {
      if (/\/data\/[^/]+\.json$/.test(id)) return { code: stripDataset(code, keep), map: null };
      if (/(\.strings|\/core\/strings)\.ts$/.test(id)) return { code: stripCatalogue(code, keep), map: null };
      return null;
    },
  };
}
