import { expect } from '@open-wc/testing';
import { formatPercent, localize, resolveLang, translate, type Catalogue } from '../../src/core/i18n.js';

describe('resolveLang', () => {
  const rows: [string | null | undefined, string][] = [
    [undefined, 'en'], [null, 'en'], ['', 'en'], ['fr', 'en'], ['nl', 'nl'], ['nl-BE', 'nl'], ['DE_at', 'de'], [' pl ', 'pl'], ['cs', 'cs'], ['hu', 'hu'], ['it', 'it'],
  ];
  for (const [tag, lang] of rows) it(`${String(tag)} → ${lang}`, () => expect(resolveLang(tag)).to.equal(lang));
});

describe('translate', () => {
  const cat: Catalogue<'hi' | 'only'> = { en: { hi: 'Hello {name}', only: 'English only' }, nl: { hi: 'Hallo {name}' } };
  it('uses the language', () => expect(translate(cat, 'nl', 'hi', { name: 'Ana' })).to.equal('Hallo Ana'));
  it('falls back to English', () => expect(translate(cat, 'nl', 'only')).to.equal('English only'));
  it('leaves unknown placeholders', () => expect(translate(cat, 'en', 'hi')).to.equal('Hello {name}'));
});

describe('formatPercent', () => {
  const rows: [string, number | null, string | null][] = [
    ['en', 89.4, '89.4%'], ['nl', 89.4, '89,4%'], ['en', 69.35, '69.4%'], ['en', 0, '0%'], ['en', null, null], ['en', NaN, null],
  ];
  for (const [lang, v, out] of rows) {
    it(`${lang} ${String(v)} → ${String(out)}`, () => expect(formatPercent(lang as 'en', v)?.replace(/\s/g, '') ?? null).to.equal(out));
  }
});

describe('localize', () => {
  const data = { translations: { nl: { unofficial: true, strings: { title: 'Titel' } } } };
  it('reads translations[lang].strings[id], else the English fallback', () => {
    expect(localize(data, 'nl', 'title', 'Title')).to.equal('Titel');
    expect(localize(data, 'nl', 'intro', 'Intro')).to.equal('Intro');
    expect(localize(data, 'de', 'title', 'Title')).to.equal('Title');
    expect(localize({}, 'nl', 'title', 'Title')).to.equal('Title');
  });
});
