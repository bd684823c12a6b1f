import * as z from 'zod/mini';
import { LANGS } from '../core/langs.js';
import { HTTP_URL } from './constants.js';

// zod probes `new Function` to compile fast parsers; under a strict CSP that probe is reported as
// a violation on the host page. Parsing without it is fast enough for our datasets.
z.config({ jitless: true });

/** The languages the widgets speak. English is the original of every bundled text. */
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** How a value relates to its source: read in it, inferred from it, absent from it, or contested. */
export const Status = z.enum(['stated', 'inferred', 'unknown', 'disputed']);
export type Status = z.infer<typeof Status>;

/**
 * Where a value comes from: a seed document, the lines it sits on (e.g. "132-150"), and optionally
 * a chapter, a table and a short quote (never a long passage).
 */
export const SourceRef = z.object({
  doc: z.string().check(z.minLength(1)),
  lines: z.string().check(z.regex(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/)),
  chapter: z.optional(z.string()),
  table: z.optional(z.string()),
  quote: z.optional(z.string().check(z.maxLength(600))),
});
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * Translations of a dataset's texts, kept apart from the English originals: per language, a flag
 * saying they are unofficial and a map from a stable text id to the translated text.
 */
export const Translations = z.partialRecord(
  Lang,
  z.object({
    unofficial: z.boolean(),
    note: z.optional(z.string()),
    strings: z.record(z.string(), z.string()),
  }),
);
export type Translations = z.infer<typeof Translations>;

/** An http(s) URL; anything else (javascript:, data:) is refused. */
export const HttpUrl = z.string().check(z.regex(HTTP_URL));
