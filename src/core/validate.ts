import type * as z from 'zod/mini';

/** A problem with a piece of data, named by where it is and what was expected there. */
export interface DataProblem {
  /** `network` (could not fetch), `syntax` (not JSON), `shape` (JSON of the wrong shape). */
  kind: 'network' | 'syntax' | 'shape';
  /** The failing field, e.g. `sections[0].questions[2].text`; `(root)` for the whole document. */
  path: string;
  /** What was expected there, in plain words. */
  expected: string;
  /** What was found instead, when known. */
  received?: string;
}

/**
 * A schema, or how to load it: zod and the schemas load only when something needs validating
 * (custom data, share links, imports, saved records), never for the bundled data alone.
 */
export type SchemaSource<T> = z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>);

/**
 * The schema of a {@link SchemaSource}, with the code that checks data against it (`check.ts`,
 * loaded in parallel): after it, `validate` and `parseJson` below can be used.
 */
export async function schemaOf<T>(source: SchemaSource<T>): Promise<z.ZodMiniType<T>> {
  const [schema] = await Promise.all([typeof source === 'function' ? source() : source, checks()]);
  return schema;
}

/** An element's schemas module, loaded on first call with the checking code (see {@link onDemand}). */
export function schemasOnDemand<M>(load: () => Promise<M>): ReturnType<typeof onDemand<M>> {
  return onDemand(() => Promise.all([load(), checks()]).then(([m]) => m));
}

/** Whether the checking code is there, so that `validate` and `parseJson` can be used now. */
export function checksLoaded(): boolean {
  return !!checks.loaded();
}

function loadedChecks(): typeof import('./check.js') {
  const m = checks.loaded();
  if (!m) throw new Error('validate() before the checking code loaded: get the schema through schemaOf() or schemasOnDemand()');
  return m;
}

/** Validates `input` with `schema`; the first issue becomes a {@link DataProblem}. Never throws (once the schema came through `schemaOf`). */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validated<T> {
  return loadedChecks().validate(schema, input);
}

/** Parses JSON text and validates it; syntax errors are reported at `(root)` (once the schema came through `schemaOf`). */
export function parseJson<T>(schema: z.ZodMiniType<T>, text: string): Validated<T> {
  return loadedChecks().parseJson(schema, text);
}

/** A module loaded on first call (once); `loaded()` gives it synchronously once it is there. */
export function onDemand<M>(load: () => Promise<M>): { (): Promise<M>; loaded(): M | undefined } {
  let value: M | undefined;
  let pending: Promise<M> | undefined;
  const get = () =>
    (pending ??= load().then(
      (m) => (value = m),
      (err: unknown) => {
        // A failed load (e.g. offline) may be tried again.
        pending = undefined;
        throw err;
      },
    ));
  return Object.assign(get, { loaded: () => value });
}

/** The code that checks data and words its problems: it loads with the first schema. */
const checks = onDemand(() => import('./check.js'));

export type Validated<T> = { ok: true; data: T } | { ok: false; problem: DataProblem };

