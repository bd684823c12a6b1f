import { LANGS, OTHER_LANGS, type Lang, type OtherLang } from './langs.js';
import { LANG_MODULES, type LangModule } from '../translations/index.js';

export { LANGS };

const loaded = new Map<OtherLang, LangModule>();
const loading = new Map<OtherLang, Promise<boolean>>();
const failed = new Set<OtherLang>();

/** The language module of `lang` if it is there (English: always, built in). */
export function langModule(lang: Lang): LangModule | undefined {
  return lang === 'en' ? undefined : loaded.get(lang);
}

/** `ready`: texts are there; `loading`: not yet; `failed`: the module could not be loaded (English is shown). */
export function langStatus(lang: Lang): 'ready' | 'loading' | 'failed' {
  if (lang === 'en' || loaded.has(lang)) return 'ready';
  return failed.has(lang) ? 'failed' : 'loading';
}

/** Loads a language module once (resolves true when it is there, false when it failed). Never rejects. */
export function loadLang(lang: Lang): Promise<boolean> {
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve(true);
  let p = loading.get(lang);
  if (!p) {
    p = LANG_MODULES[lang]().then(
      (m) => (loaded.set(lang, m.default), failed.delete(lang), true),
      () => (failed.add(lang), loading.delete(lang), false),
    );
    loading.set(lang, p);
  }
  return p;
}

/**
 * A UI catalogue: English inside, each other language read from its module once loaded. `id` is
 * the catalogue's key in the language modules (src/translations/<lang>.ts, `ui`).
 */
export function catalogue<E extends Record<string, string>>(id: string, c: { en: E }): { en: E } & Partial<Record<OtherLang, Partial<E>>> {
  const out = { en: c.en } as { en: E } & Partial<Record<OtherLang, Partial<E>>>;
  for (const lang of OTHER_LANGS) {
    Object.defineProperty(out, lang, { enumerable: true, get: () => loaded.get(lang)?.ui[id] as Partial<E> | undefined });
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
      for (const [lang, m] of loaded) if (m.data[id]) t[lang] = m.data[id];
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
