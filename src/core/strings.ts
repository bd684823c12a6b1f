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
} satisfies Catalogue<string>;

export type CommonKey = keyof typeof commonStrings.en;
