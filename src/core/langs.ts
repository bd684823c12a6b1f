// The one list of languages: the schema's `Lang` enum, the catalogues, the language modules and the
// loader all use it. English is built in; every other language is a module loaded on first use.
export const LANGS = ['en', 'nl', 'de', 'it', 'hu', 'cs', 'pl'] as const;
export type Lang = (typeof LANGS)[number];
export type OtherLang = Exclude<Lang, 'en'>;
export const OTHER_LANGS = LANGS.filter((l): l is OtherLang => l !== 'en');
