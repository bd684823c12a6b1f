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

/** The schema of a {@link SchemaSource}. */
export function schemaOf<T>(source: SchemaSource<T>): Promise<z.ZodMiniType<T>> {
  return typeof source === 'function' ? source() : Promise.resolve(source);
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

export type Validated<T> = { ok: true; data: T } | { ok: false; problem: DataProblem };

/** `['sections', 0, 'title']` → `sections[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(root)';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

type Issue = z.core.$ZodIssue;

function sizeWords(issue: Issue & { origin?: string }, n: unknown, cmp: string): string {
  if (issue.origin === 'array') return `${cmp} ${n} item(s)`;
  if (issue.origin === 'string') return `${cmp} ${n} character(s)`;
  return `${cmp === 'at least' ? '≥' : '≤'} ${n}`;
}

/** Plain words for what a zod issue expected. */
export function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'never' ? 'no such field' : `a value of type ${issue.expected}`;
    case 'too_small':
      return sizeWords(issue, issue.minimum, 'at least');
    case 'too_big':
      return sizeWords(issue, issue.maximum, 'at most');
    case 'invalid_format':
      return issue.format === 'regex' ? `text matching ${String(issue.pattern ?? 'the pattern')}` : `a valid ${issue.format}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no field named ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return 'one of the allowed shapes';
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'a valid key';
    case 'invalid_element':
      return 'a valid element';
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'a valid value';
    default:
      return 'a valid value';
  }
}

/** Validates `input` with `schema`; the first issue becomes a {@link DataProblem}. Never throws. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validated<T> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input);
  } catch (err) {
    return { ok: false, problem: { kind: 'shape', path: '(root)', expected: 'valid data', received: String(err) } };
  }
  if (result.success) return { ok: true, data: result.data as T };
  const issue = result.error.issues[0]!;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const found = valueAt(input, issue.path);
  return {
    ok: false,
    problem: {
      kind: 'shape',
      path: formatPath(path),
      expected: expectation(issue),
      received: issue.code === 'unrecognized_keys' ? undefined : kindOf(found),
    },
  };
}

/** Parses JSON text and validates it. Syntax errors are reported at `(root)`. */
export function parseJson<T>(schema: z.ZodMiniType<T>, text: string): Validated<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      problem: { kind: 'syntax', path: '(root)', expected: 'valid JSON', received: (err as Error).message },
    };
  }
  return validate(schema, json);
}

/** One sentence for an alert. */
export function describeProblem(p: DataProblem): string {
  const where = p.path === '(root)' ? 'the document' : p.path;
  const got = p.received ? ` (found ${p.received})` : '';
  return `${where}: expected ${p.expected}${got}.`;
}
