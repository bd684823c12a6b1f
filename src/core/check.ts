// Checking data against a schema, and its first problem in plain words (a field path, what was
// expected, what was found). Loaded with the schemas (see `schemaOf` in validate.ts), never for the
// bundled data alone; modules that load with a schema anyway (imports, files) may import it directly.
import type * as z from 'zod/mini';
import type { DataProblem, Validated } from './validate.js';

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
