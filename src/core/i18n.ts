import { LANGS, OTHER_LANGS, type Lang, type OtherLang } from './langs.js';
import { TEXT_IDS } from '../translations/texts.js';

export { LANGS };

/** Loaded text modules: language → module id → its default export. */
const loaded = new Map<OtherLang, Map<string, unknown>>();
const loading = new Map<string, Promise<boolean>>();
const failed = new Set<string>();

/** `ready`: the texts `ids` of `lang` are there (English: always); `loading`: not yet; `failed`: one could not be loaded (English is shown). */
export function langStatus(lang: Lang, ids: readonly string[] = TEXT_IDS): 'ready' | 'loading' | 'failed' {
  if (lang === 'en') return 'ready';
  const have = loaded.get(lang);
  if (ids.every((id) => have?.has(id))) return 'ready';
  return ids.some((id) => failed.has(`${lang}/${id}`)) ? 'failed' : 'loading';
}

/** Loads text modules of a language once, in parallel (true when all are there, false when one failed). Never rejects. */
export function loadLang(lang: Lang, ids: readonly string[] = TEXT_IDS): Promise<boolean> {
  if (lang === 'en') return Promise.resolve(true);
  return Promise.all(
    ids.map((id) => {
      const key = `${lang}/${id}`;
      if (loaded.get(lang)?.has(id)) return true;
      let p = loading.get(key);
      if (!p) {
        // The map of the language files loads with the first of them (never on an English page).
        p = import('../translations/index.js').then((m) => m.importText(lang, id)).then(
          (m) => {
            if (!loaded.has(lang)) loaded.set(lang, new Map());
            loaded.get(lang)!.set(id, m.default);
            failed.delete(key);
            return true;
          },
          () => {
            failed.add(key);
            loading.delete(key);
            return false;
          },
        );
        loading.set(key, p);
      }
      return p;
    }),
  ).then((oks) => oks.every(Boolean));
}

/**
 * A UI catalogue: English inside, each other language read from its module once loaded. `id` is
 * the catalogue's module in each language (src/translations/<lang>/<id>.ts).
 */
export function catalogue<E extends Record<string, string>>(id: string, c: { en: E }): { en: E } & Partial<Record<OtherLang, Partial<E>>> {
  const out = { en: c.en } as { en: E } & Partial<Record<OtherLang, Partial<E>>>;
  for (const lang of OTHER_LANGS) {
    Object.defineProperty(out, lang, { enumerable: true, get: () => loaded.get(lang)?.get(id) as Partial<E> | undefined });
  }
  return out;
}

/**
 * A bundled dataset with its translations from the language modules: `translations` reads, for
 * each language loaded, that module's entry for dataset `id`. The object is otherwise the dataset.
 */
const withCache = new WeakMap<object, object>();
export function withTranslations<T extends object>(id: string, data: T): T {
  const cached = withCache.get(data);
  if (cached) return cached as T;
  const out = { ...data };
  withCache.set(data, out);
  Object.defineProperty(out, 'translations', {
    enumerable: true,
    configurable: true,
    get: () => {
      const t: Record<string, unknown> = {};
      for (const [lang, m] of loaded) if (m.has(id)) t[lang] = m.get(id);
      return t;
    },
  });
  return out;
}

/** A catalogue: English is complete; other languages may miss keys (they fall back to English). */
export type Catalogue<K extends string> = { en: Record<K, string> } & Partial<Record<Lang, Partial<Record<K, string>>>>;

/** `"nl-BE"` → `"nl"`; anything unsupported → `"en"`. */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/**
 * The one way to translate dataset text: `dataset.translations[lang].strings[id]`, else the English
 * `fallback` (the dataset's own field). Pure. Bundled datasets get their `translations` from the
 * language modules (see withTranslations); third-party `src` data may carry its own.
 */
export function localize(
  dataset: { translations?: Partial<Record<string, { strings: Record<string, string> } | undefined>> | undefined },
  lang: Lang,
  id: string,
  fallback: string,
): string {
  return dataset.translations?.[lang]?.strings[id] ?? fallback;
}

/** Looks a key up, falling back to English, and fills `{name}` placeholders. */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  lang: Lang,
  key: K,
  params?: Record<string, string | number>,
): string {
  const text = catalogue[lang]?.[key] ?? catalogue.en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A percentage in the locale's format, e.g. `89,4 %` in German; `null` stays unknown. */
export function formatPercent(lang: Lang, value: number | null, digits = 1): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  // Round in decimal first: 69.35 is 69.3499… in binary and would print as 69.3.
  const f = 10 ** digits;
  const rounded = Math.round(value * f + Math.sign(value) * 1e-9) / f;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(rounded / 100);
}

/** A number in the locale's format. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A date in the locale's medium format. */
export function formatDate(lang: Lang, value: Date | number | string): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
}
