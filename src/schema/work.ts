import * as z from 'zod/mini';

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** The work a dataset cites, as a reader cites it: author(s), year (null when the text gives none), title. */
export const Work = z.strictObject({
  authors: Text(300),
  year: z.nullable(z.int().check(z.gte(1900), z.lte(2100))),
  title: Text(300),
  /** The book or journal the chapter or article is in. */
  in: z.optional(Text(300)),
  chapter: z.optional(Text(300)),
});
export type Work = z.infer<typeof Work>;
