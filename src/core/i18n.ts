import type { Lang } from '../schema/common.js';

export const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'it', 'hu', 'cs', 'pl'];

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
