import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type * as z from 'zod/mini';
import { schemaOf, validate, type SchemaSource } from '../core/validate.js';

/** What a stored record is wrapped in: its schema version, when it was saved, and the data. */
export interface Envelope {
  v: number;
  savedAt: number;
  /** Which write made the record (random per write): with `savedAt`, the record's identity. */
  w?: string;
  data: unknown;
}

/** Where `raw` is not an envelope (`null` when it is). Checked by hand: no schema library needed to read one. */
function envelopeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '(root)';
  const r = raw as Record<string, unknown>;
  if (typeof r['v'] !== 'number' || !Number.isInteger(r['v']) || r['v'] < 1) return 'v';
  if (typeof r['savedAt'] !== 'number') return 'savedAt';
  if (r['w'] !== undefined && typeof r['w'] !== 'string') return 'w';
  return null;
}

/** A pure step from version `n` to `n + 1`. */
export type Migration = (data: unknown) => unknown;

/** Which version of a record was read or written: `null` for no record. */
export type Stamp = { savedAt: number; w?: string } | null;

export type ReadResult<T> =
  | { status: 'empty'; stamp: null }
  /** `aside`: items that could not be read and were left out of `data` (the whole record is `raw`). */
  | { status: 'ok'; data: T; savedAt: number; stamp: Stamp; raw?: unknown; aside?: { count: number; reason: string } }
  | { status: 'invalid'; raw: unknown; reason: string; stamp: Stamp }
  | { status: 'unavailable'; reason: string };

export type WriteResult =
  | { status: 'ok'; savedAt: number; stamp: Stamp }
  /** The record is no longer the one expected: another tab wrote it. `current` is what it holds now. */
  | { status: 'conflict'; current: unknown }
  | { status: 'unavailable'; reason: string };

/**
 * Takes the readable part out of data the schema refused: e.g. the good items of a list with one
 * bad item. Returns null when nothing can be saved that way.
 */
export type Salvage = (data: unknown) => { data: unknown; count: number } | null;

/** Where records live. idb-keyval in browsers; memory in tests or when IndexedDB fails. */
export interface Backend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Reads and writes `key` in one transaction: `fn` gets the stored value and returns the new one,
   * or throws to write nothing. Without it, `get` then `set` (not atomic).
   */
  update?(key: string, fn: (old: unknown) => unknown): Promise<void>;
}

function stampOf(raw: unknown): Stamp {
  if (raw === undefined || raw === null) return null;
  const r = raw as { savedAt?: unknown; w?: unknown };
  return { savedAt: typeof r.savedAt === 'number' ? r.savedAt : NaN, ...(typeof r.w === 'string' ? { w: r.w } : {}) };
}

/** Whether two stamps name the same version of a record. */
export function sameStamp(a: Stamp, b: Stamp): boolean {
  if (a === null || b === null) return a === b;
  return Object.is(a.savedAt, b.savedAt) && a.w === b.w;
}

class Conflict extends Error {
  constructor(readonly current: unknown) {
    super('the record changed since it was read');
  }
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
    update: async (key, fn) => update(key, fn, open()),
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
    update: async (key, fn) => {
      records.set(key, structuredClone(fn(structuredClone(records.get(key)))));
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
  salvage?: Salvage,
): Exclude<ReadResult<T>, { status: 'unavailable' }> {
  if (raw === undefined || raw === null) return { status: 'empty', stamp: null };
  const stamp = stampOf(raw);
  const bad = envelopeProblem(raw);
  if (bad !== null) return { status: 'invalid', raw, stamp, reason: `not a saved record (${bad})` };
  const env = { data: raw as Envelope };
  const migrated = migrate(env.data, version, migrations);
  if (!migrated.ok) return { status: 'invalid', raw, stamp, reason: migrated.reason };
  const data = validate(schema, migrated.data);
  if (data.ok) return { status: 'ok', data: data.data, savedAt: env.data.savedAt, stamp };
  const reason = `${data.problem.path}: expected ${data.problem.expected}`;
  // Keep what can be read; the caller sets the whole record aside.
  const part = salvage?.(migrated.data);
  const rest = part && validate(schema, part.data);
  if (part && rest?.ok) return { status: 'ok', data: rest.data, savedAt: env.data.savedAt, stamp, raw, aside: { count: part.count, reason } };
  return { status: 'invalid', raw, stamp, reason };
}

export interface StoreOptions<T> {
  /** The record's key, e.g. `branding-checklist:default`. */
  key: string;
  /** The data's schema, or how to load it (only when there is a record to read). */
  schema: SchemaSource<T>;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
  backend?: Backend;
  salvage?: Salvage;
  /** A storage that never answers (a blocked upgrade) counts as unavailable after this long. */
  timeoutMs?: number;
}

export interface StateStore<T> {
  readonly key: string;
  read(): Promise<ReadResult<T>>;
  /**
   * Writes `data`. With `expected`, only over that version of the record (null: only where there is
   * none); otherwise the answer is a `conflict` with what the record holds now, and nothing is written.
   */
  write(data: T, expected?: Stamp): Promise<WriteResult>;
  /** Copies an unreadable record under another key so it is never overwritten; returns that key. */
  keepAside(raw: unknown): Promise<string | null>;
}

/** A store for one record over a backend. Its reads and writes never throw. */
export function createStateStore<T>(options: StoreOptions<T>): StateStore<T> {
  const { key, schema, version, migrations, salvage, timeoutMs = 2000 } = options;
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
      if (raw === undefined || raw === null) return { status: 'empty', stamp: null };
      let loaded: z.ZodMiniType<T>;
      try {
        loaded = await schemaOf(schema);
      } catch (err) {
        // The schema could not be loaded (offline): the record can't be read yet, so nothing is written over it.
        return { status: 'unavailable', reason: (err as Error)?.message ?? String(err) };
      }
      return decodeRecord(raw, loaded, version, migrations, salvage);
    },
    async write(data, expected) {
      const savedAt = Date.now();
      const env = { v: version, savedAt, w: Math.random().toString(36).slice(2), data } satisfies Envelope;
      try {
        if (expected === undefined) await withTimeout(backend.set(key, env), timeoutMs);
        else {
          // Checked inside the write's own transaction: a write that waited behind another tab's
          // (and may run after its caller gave up on it) never lands over a record it did not read.
          const check = (old: unknown) => {
            if (!sameStamp(stampOf(old), expected)) throw new Conflict(old);
            return env;
          };
          const op = backend.update ? backend.update(key, check) : backend.get(key).then((old) => backend.set(key, check(old)));
          await withTimeout(op, timeoutMs);
        }
        return { status: 'ok', savedAt, stamp: stampOf(env) };
      } catch (err) {
        if (err instanceof Conflict) return { status: 'conflict', current: err.current };
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
