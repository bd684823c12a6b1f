import { LANGS } from './widgets.ts';

// `language.html?lang=nl`: one page per language, the language set on <html lang>.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
document.documentElement.lang = LANGS.some(([c]) => c === lang) ? lang : 'en';
const nav = document.querySelector('#langs')!;
for (const [c, name] of LANGS) {
  const a = document.createElement('a');
  a.href = `?lang=${c}`;
  a.textContent = name;
  a.lang = c;
  if (c === document.documentElement.lang) a.setAttribute('aria-current', 'page');
  nav.append(a, ' ');
}
await import('./all.ts');
