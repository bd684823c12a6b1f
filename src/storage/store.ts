import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { validate } from '../core/validate.js';

/** What a stored record is wrapped in: its schema version, when it was saved, and the data. */
export const Envelope = z.object({
  v: z.number().check(z.int(), z.minimum(1)),
  savedAt: z.number(),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

/** A pure step from version `n` to `n + 1`. */
export type Migration = (data: unknown) => unknown;

export type ReadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; data: T; savedAt: number }
  | { status: 'invalid'; raw: unknown; reason: string }
  | { status: 'unavailable'; reason: string };

export type WriteResult = { status: 'ok'; savedAt: number } | { status: 'unavailable'; reason: string };

/** Where records live. idb-keyval in browsers; memory in tests or when IndexedDB fails. */
export interface Backend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

let sharedIdb: UseStore | undefined;

/** The IndexedDB backend: one database for every widget, opened on first use. */
export function idbBackend(dbName = 'city-widgets', storeName = 'state'): Backend {
  let store: UseStore | undefined = dbName === 'city-widgets' && storeName === 'state' ? sharedIdb : undefined;
  const open = (): UseStore => {
    if (!store) {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      store = createStore(dbName, storeName);
      if (dbName === 'city-widgets' && storeName === 'state') sharedIdb = store;
    }
    return store;
  };
  return {
    get: async (key) => get(key, open()),
    set: async (key, value) => set(key, value, open()),
  };
}

/** A backend in memory, for tests and as the fallback. */
export function memoryBackend(initial: Record<string, unknown> = {}): Backend & { records: Map<string, unknown> } {
  const records = new Map(Object.entries(initial));
  return {
    records,
    get: async (key) => structuredClone(records.get(key)),
    set: async (key, value) => {
      records.set(key, structuredClone(value));
    },
  };
}

/**
 * Brings an envelope up to `version` through `migrations[v]` steps. Pure.
 * A record from a newer version, or one with no path to this version, is refused.
 */
export function migrate(
  envelope: Envelope,
  version: number,
  migrations: Readonly<Record<number, Migration>> = {},
): { ok: true; data: unknown } | { ok: false; reason: string } {
  if (envelope.v > version) return { ok: false, reason: `saved by a newer version (${envelope.v} > ${version})` };
  let data = envelope.data;
  for (let v = envelope.v; v < version; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `no migration from version ${v}` };
    try {
      data = step(data);
    } catch (err) {
      return { ok: false, reason: `migration from version ${v} failed: ${(err as Error).message}` };
    }
  }
  return { ok: true, data };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** Reads a stored record (envelope, migrations, schema) without throwing. */
export function decodeRecord<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  version: number,
  migrations?: Readonly<Record<number, Migration>>,
): ReadResult<T> {
  if (raw === undefined || raw === null) return { status: 'empty' };
  const env = validate(Envelope, raw);
  if (!env.ok) return { status: 'invalid', raw, reason: `not a saved record (${env.problem.path})` };
  const migrated = migrate(env.data, version, migrations);
  if (!migrated.ok) return { status: 'invalid', raw, reason: migrated.reason };
  const data = validate(schema, migrated.data);
  if (!data.ok) return { status: 'invalid', raw, reason: `${data.problem.path}: expected ${data.problem.expected}` };
  return { status: 'ok', data: data.data, savedAt: env.data.savedAt };
}

export interface StoreOptions<T> {
  /** The record's key, e.g. `branding-checklist:default`. */
  key: string;
  schema: z.ZodMiniType<T>;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
  backend?: Backend;
  /** A storage that never answers (a blocked upgrade) counts as unavailable after this long. */
  timeoutMs?: number;
}

export interface StateStore<T> {
  readonly key: string;
  read(): Promise<ReadResult<T>>;
  write(data: T): Promise<WriteResult>;
  /** Copies an unreadable record under another key so it is never overwritten; returns that key. */
  keepAside(raw: unknown): Promise<string | null>;
}

/** A store for one record over a backend. Its reads and writes never throw. */
export function createStateStore<T>(options: StoreOptions<T>): StateStore<T> {
  const { key, schema, version, migrations, timeoutMs = 2000 } = options;
  const backend = options.backend ?? idbBackend();
  return {
    key,
    async read() {
      let raw: unknown;
      try {
        raw = await withTimeout(backend.get(key), timeoutMs);
      } catch (err) {
        return { status: 'unavailable', reason: (err as Error)?.message ?? String(err) };
      }
      return decodeRecord(raw, schema, version, migrations);
    },
    async write(data) {
      const savedAt = Date.now();
      try {
        await withTimeout(backend.set(key, { v: version, savedAt, data } satisfies Envelope), timeoutMs);
        return { status: 'ok', savedAt };
      } catch (err) {
        return { status: 'unavailable', reason: (err as Error)?.message ?? String(err) };
      }
    },
    async keepAside(raw) {
      const asideKey = `${key}:unreadable:${new Date().toISOString()}`;
      try {
        await withTimeout(backend.set(asideKey, raw), timeoutMs);
        return asideKey;
      } catch {
        return null;
      }
    },
  };
}
