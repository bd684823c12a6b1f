import type { Catalogue } from './i18n.js';

/** UI strings every element shares. Widgets keep their own catalogues beside them. */
export const commonStrings = {
  en: {
    loading: 'Loading…',
    invalidData: 'This data could not be used',
    invalidAt: 'At {path}: expected {expected}.',
    found: 'Found: {received}.',
    storageMemory: 'Changes can’t be saved in this browser (storage is unavailable); they last until the page is closed.',
    storageRecovered:
      'Saved data could not be read ({reason}). It was kept aside unchanged under “{key}”; starting afresh.',
    unknown: 'unknown',
    source: 'Source',
    ours: 'Our rule, not the source’s',
  },
  nl: {
    loading: 'Laden…',
    invalidData: 'Deze gegevens konden niet worden gebruikt',
    invalidAt: 'Bij {path}: verwacht werd {expected}.',
    found: 'Gevonden: {received}.',
    storageMemory:
      'Wijzigingen kunnen in deze browser niet worden opgeslagen (opslag is niet beschikbaar); ze blijven bewaard tot de pagina wordt gesloten.',
    storageRecovered:
      'Opgeslagen gegevens konden niet worden gelezen ({reason}). Ze zijn ongewijzigd apart bewaard onder ‘{key}’; er wordt opnieuw begonnen.',
    unknown: 'onbekend',
    source: 'Bron',
    ours: 'Onze regel, niet die van de bron',
  },
  de: {
    loading: 'Wird geladen…',
    invalidData: 'Diese Daten konnten nicht verwendet werden',
    invalidAt: 'An der Stelle {path}: erwartet wurde {expected}.',
    found: 'Gefunden: {received}.',
    storageMemory:
      'Änderungen können in diesem Browser nicht gespeichert werden (kein Speicher verfügbar); sie bleiben erhalten, bis die Seite geschlossen wird.',
    storageRecovered:
      'Gespeicherte Daten konnten nicht gelesen werden ({reason}). Sie wurden unverändert unter „{key}“ beiseitegelegt; es wird neu begonnen.',
    unknown: 'unbekannt',
    source: 'Quelle',
    ours: 'Unsere Regel, nicht die der Quelle',
  },
  it: {
    loading: 'Caricamento…',
    invalidData: 'Non è stato possibile utilizzare questi dati',
    invalidAt: 'In {path}: valore atteso {expected}.',
    found: 'Trovato: {received}.',
    storageMemory:
      'In questo browser non è possibile salvare le modifiche (l’archiviazione non è disponibile); restano valide fino alla chiusura della pagina.',
    storageRecovered:
      'Non è stato possibile leggere i dati salvati ({reason}). Sono stati conservati a parte, invariati, con la chiave «{key}»; si riparte da zero.',
    unknown: 'non noto',
    source: 'Fonte',
    ours: 'Regola nostra, non della fonte',
  },
  hu: {
    loading: 'Betöltés…',
    invalidData: 'Ezeket az adatokat nem lehetett felhasználni',
    invalidAt: 'Hely: {path}; várt érték: {expected}.',
    found: 'Talált érték: {received}.',
    storageMemory:
      'A módosítások ebben a böngészőben nem menthetők (a tárhely nem érhető el); az oldal bezárásáig maradnak meg.',
    storageRecovered:
      'A mentett adatokat nem sikerült beolvasni ({reason}). Változatlanul, külön megőriztük őket a következő kulcs alatt: „{key}”; tiszta lappal indulunk.',
    unknown: 'ismeretlen',
    source: 'Forrás',
    ours: 'Saját szabályunk, nem a forrásé',
  },
  cs: {
    loading: 'Načítání…',
    invalidData: 'Tato data nebylo možné použít',
    invalidAt: 'V místě {path}: očekáváno {expected}.',
    found: 'Nalezeno: {received}.',
    storageMemory:
      'Změny nelze v tomto prohlížeči uložit (úložiště není dostupné); zůstanou zachovány do zavření stránky.',
    storageRecovered:
      'Uložená data nebylo možné načíst ({reason}). Byla beze změny odložena pod klíčem „{key}“; začíná se znovu.',
    unknown: 'neznámé',
    source: 'Zdroj',
    ours: 'Naše pravidlo, nikoli pravidlo zdroje',
  },
  pl: {
    loading: 'Wczytywanie…',
    invalidData: 'Nie można było użyć tych danych',
    invalidAt: 'W miejscu {path}: oczekiwano {expected}.',
    found: 'Znaleziono: {received}.',
    storageMemory:
      'W tej przeglądarce nie można zapisać zmian (pamięć przeglądarki jest niedostępna); pozostaną do zamknięcia strony.',
    storageRecovered:
      'Nie udało się odczytać zapisanych danych ({reason}). Zostały odłożone bez zmian pod kluczem „{key}”; zaczynamy od nowa.',
    unknown: 'nieznane',
    source: 'Źródło',
    ours: 'Nasza reguła, nie reguła źródła',
  },
} satisfies Catalogue<string>;

export type CommonKey = keyof typeof commonStrings.en;
