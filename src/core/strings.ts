import { catalogue } from './i18n.js';

/** UI strings every element shares. Widgets keep their own catalogues beside them. */
export const commonStrings = catalogue('common', {
  en: {
    loading: 'Loading…',
    invalidData: 'This data could not be used',
    invalidAt: 'At {path}: expected {expected}.',
    found: 'Found: {received}.',
    storageMemory: 'Changes can’t be saved in this browser (storage is unavailable); they last until the page is closed.',
    storageRecovered:
      'Saved data could not be read ({reason}). It was kept aside unchanged under “{key}”; starting afresh.',
    source: 'Source',
    ours: 'Our rule, not the source’s',
    shareLink: "Share link",
    shareCopied: "Link copied. What you share travels after the # in the address, which browsers never send to a server.",
    shareReady: "Copy this link to share:",
    sharedTitle: "Shared with you: {name}",
    sharedBody: "Opened from a share link. It is shown here read-only; nothing is saved unless you add it.",
    sharedImport: "Add to my own",
    sharedDismiss: "Dismiss",
    sharedImported: "Added “{name}” to your own.",
    sharedAlready: "“{name}” is already among your own; it is open now.",
    sharedDamaged: "This share link is damaged",
    storageSalvaged: "Some saved items could not be read ({reason}). The others are here; the whole record was kept aside unchanged under “{key}”.",
    storageJournalAside: "The last unsaved edit of a closed page could not be read ({reason}). It was kept aside unchanged under “{key}”.",
    storageAsideDownload: "Download the kept-aside data",
    storageRefused: "This change was not made: it could not have been saved and read back.",
    storageMergeAside: "Two changes made at the same time could not both be kept ({reason}); the other one was kept aside unchanged under “{key}”.",
    langFailed: 'The {lang} texts could not be loaded; shown in English.',
    added: 'Added “{name}”.',
  },
});

export type CommonKey = keyof typeof commonStrings.en;
