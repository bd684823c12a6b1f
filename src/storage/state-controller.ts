import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { equal } from '../core/equal.js';
import { checksLoaded, onDemand, schemaOf, validate, type DataProblem, type SchemaSource } from '../core/validate.js';
import {
  createStateStore,
  decodeRecord,
  type Backend,
  type Envelope,
  type Migration,
  type ReadResult,
  type Salvage,
  sameStamp,
  type Stamp,
  type StateStore,
} from './store.js';

/** The three-way merge of two tabs' edits: it loads with the schema, which every merge needs first. */
const merging = onDemand(() => import('./merge.js'));

/** Where the element's state stands with respect to storage. */
export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'saved' }
  /** Storage is unavailable: the element works in memory. `aside`: data it could not save anywhere. */
  | { kind: 'memory'; reason: string; aside?: unknown }
  /**
   * Something saved could not be read (a record, some of its items, or a page's last edit): it was
   * kept aside under `asideKey` and `aside` holds it, to offer as a download.
   */
  | { kind: 'recovered'; asideKey: string; reason: string; aside: unknown; scope?: 'record' | 'items' | 'journal' | 'merge' };

interface SyncMessage {
  key: string;
  savedAt: number;
  data: unknown;
  from: string;
  /** The stored version the sender's state grew from (its merge base). */
  stamp: Stamp;
}

export interface StateControllerOptions<T> {
  /** The element's tag, the first part of the record's key. */
  tag: string;
  /**
   * The state's schema, or how to load it: loaded only when there is something to read (a saved
   * record, a journal, a peer's state) or an edit to check, so that a page that shows a widget
   * without saved work never loads the schemas.
   */
  schema: SchemaSource<T>;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
  /** A fresh state, used when nothing is saved. */
  initial: () => T;
  /** When given and it returns a promise, loading waits for it before making a fresh state (e.g. the language, for default names). */
  ready?: () => Promise<unknown> | undefined;
  /** Writes wait this long for more edits; a `pagehide` flushes at once. */
  debounceMs?: number;
  backend?: Backend;
  /** Takes the readable items out of a record the schema refuses (see `Salvage`). */
  salvage?: Salvage;
  /** Makes a merged state consistent again (e.g. an open id that the other side removed). Pure. */
  repair?: (value: T) => T;
  /** A read that failed is tried again after this long. */
  retryMs?: number;
  /** Storage that has not answered after this long counts as unavailable. */
  timeoutMs?: number;
}

let instances = 0;

function removeJournal(key: string): void {
  try {
    journalStorage()?.removeItem(key);
  } catch {
    // nothing to remove
  }
}

/** localStorage, where it can be used at all (it throws in some private modes and sandboxes). */
function journalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}


/** How long the host's `updateComplete` waits for the saved state at most. */
const READY_WAIT_MS = 1000;

/** A host whose `updateComplete` also waits for the loads it is given (see CwElement). */
export interface LoadTracker {
  track(load: Promise<unknown>, waitMs?: number): void;
}

/**
 * Connects one element to its saved state: loads it, saves edits (debounced, flushed on pagehide
 * and disconnect), and keeps every element with the same tag and `storage-key` in sync, on this page
 * and in other tabs, through a BroadcastChannel.
 *
 * What it promises: nothing is written before the record was read; edits made while reading are
 * merged into what is read (`merge3`), never the other way round; a write lands only over the
 * version of the record it was merged with (else it is merged again with the newer one); a store
 * that fails is not written again until a later read succeeds. Edits made at the same time in two
 * places are merged, so neither is lost. `set()` refuses a state its schema refuses. An edit pending
 * when the page goes away is also written synchronously to a localStorage journal, since the browser
 * may cut the IndexedDB write short; it is merged in on the next load. What cannot be read (a
 * record, an item of it, a journal entry) is kept aside and offered in `status.aside`.
 */
export class StateController<T> implements ReactiveController {
  value: T;
  status: StorageStatus = { kind: 'loading' };
  /** Why the last `set()` was refused (the state it was given is not one the schema can read back). */
  refused: DataProblem | null = null;

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _opts: StateControllerOptions<T>;
  private readonly _id = `s${++instances}-${Math.random().toString(36).slice(2)}`;
  private _store?: StateStore<T>;
  private _channel?: BroadcastChannel;
  private _timer?: ReturnType<typeof setTimeout>;
  private _retry?: ReturnType<typeof setTimeout>;
  private _dirty = false;
  private _lastChange = 0;
  private _generation = 0;
  private _protect = false;
  /** Journal entries of closed pages merged into this side's state, removed once it is saved. */
  private readonly _consumed = new Set<string>();
  private _journalsRead = false;
  private _loadedKey?: string;
  /** The stored record's version this side last read or wrote; writes land only over it. */
  private _stamp: Stamp = null;
  /** The schema, once loaded. */
  private _schema?: z.ZodMiniType<T>;
  /** True while the state holds edits made before the schema was there, not yet checked. */
  private _unchecked = false;
  /** The state before the first unchecked edit, then each unchecked state in order. */
  private _tentative: T[] = [];
  /** True once a read succeeded, until storage fails again: nothing is written before. */
  private _readOk = false;
  /** The generation whose read is under way (0: none). */
  private _reading = 0;
  /** Writes and re-reads run one at a time, in order. */
  private _queue: Promise<void> = Promise.resolve();
  private _busy = 0;
  /**
   * The stored version this side last read or wrote (`_stamp`): the common ancestor of this side's
   * state and of every later stored version, so the base of every three-way merge.
   */
  private _base: T;
  private readonly _flush = () => void this.flush();
  private readonly _onPageHide = () => {
    this._writeJournal();
    void this.flush();
  };
  private readonly _onVisibility = () => {
    if (document.visibilityState === 'hidden') this._onPageHide();
  };
  /** The first focus or pointer in the element starts loading the schema, before its first edit. */
  private readonly _warm = () => void this._need().catch(() => undefined);

  constructor(host: ReactiveControllerHost & HTMLElement, options: StateControllerOptions<T>) {
    this._host = host;
    this._opts = options;
    this.value = options.initial();
    this._base = this.value;
    // A schema given as such is used at once when the code that goes with it is there (else as if loaded).
    if (typeof options.schema !== 'function' && checksLoaded() && merging.loaded()) this._schema = options.schema;
    host.addController(this);
  }

  /** Loads the schema (once). */
  private async _need(): Promise<z.ZodMiniType<T>> {
    if (!this._schema) {
      const [schema] = await Promise.all([schemaOf(this._opts.schema), merging()]);
      this._schema ??= schema;
    }
    return this._schema;
  }

  /**
   * Loads the schema and checks an edit made before it was there; `false` when it could not be
   * loaded (offline): the edit stays in memory, unsaved and unshared, until a later try.
   */
  private async _ensure(): Promise<boolean> {
    try {
      await this._need();
    } catch (err) {
      this.status = { kind: 'memory', reason: (err as Error)?.message ?? String(err) };
      this._host.requestUpdate();
      return false;
    }
    this._check();
    return true;
  }

  /**
   * Checks the unchecked edits, once the schema is there, as `set()` would have: the state is the
   * last of them the schema takes (a refused one is reported in `refused`); then it is shared.
   */
  private _check(): void {
    if (!this._unchecked || !this._schema) return;
    const [before, ...states] = this._tentative;
    this._unchecked = false;
    this._tentative = [];
    // The state is only replaced where a tentative state was refused (else it may hold merges since).
    for (let i = states.length - 1; i >= 0; i--) {
      const checked = validate(this._schema, states[i]);
      if (checked.ok) {
        if (i < states.length - 1) this.value = states[i]!;
        break;
      }
      this.refused ??= checked.problem;
      if (i === 0) this.value = before!;
    }
    this._dirty = !equal(this.value, this._base);
    this._host.requestUpdate();
    this._post();
  }

  /** True while an edit is not yet written (waiting, being written, or waiting for storage). */
  get pending(): boolean {
    return this._dirty || this._busy > 0;
  }

  /** `tag:storage-key`, the record's key. */
  get key(): string {
    return `${this._opts.tag}:${this._host.getAttribute('storage-key') || 'default'}`;
  }

  /** This controller's own journal entry (one per controller, so that two never overwrite each other). */
  private get _journalKey(): string {
    return `city-widgets:journal:${this.key}:${this._id}`;
  }

  hostConnected(): void {
    void this.reload();
    if (!this._schema) {
      this._host.addEventListener('focusin', this._warm, { once: true });
      this._host.addEventListener('pointerdown', this._warm, { once: true });
    }
    addEventListener('pagehide', this._onPageHide);
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  hostDisconnected(): void {
    // The channel stays open (deaf) until the last write is done, so that peers hear of it.
    const channel = this._channel;
    if (channel) channel.onmessage = null;
    // An edit not written yet goes to the journal too: an element that reads the record before this
    // write lands (the same widget mounted again, a tab opening) merges it from there.
    this._writeJournal();
    void this.flush().finally(() => {
      channel?.close();
      if (this._channel === channel) this._channel = undefined;
    });
    removeEventListener('pagehide', this._onPageHide);
    this._host.removeEventListener('focusin', this._warm);
    this._host.removeEventListener('pointerdown', this._warm);
    document.removeEventListener('visibilitychange', this._onVisibility);
    clearTimeout(this._retry);
    this._retry = undefined;
    this._generation++;
  }

  /**
   * (Re)loads from storage, e.g. after `storage-key` changed. The host's `updateComplete` waits for
   * it up to `READY_WAIT_MS`: slower storage does not hold a page up (the element works meanwhile,
   * and edits made then are merged into what is read).
   */
  reload(): Promise<void> {
    const load = this._reload();
    (this._host as Partial<LoadTracker>).track?.(load, READY_WAIT_MS);
    return load;
  }

  private async _reload(): Promise<void> {
    if (this._dirty) await this.flush();
    if (!this._host.isConnected) return;
    // Default names ("Assessment 1") are made in the element's language, never before it is there.
    const ready = this._opts.ready?.();
    if (ready) {
      await ready;
      if (!this._host.isConnected) return;
    }
    const generation = ++this._generation;
    const key = this.key;
    if (key !== this._loadedKey) {
      // Another record: nothing of the previous key's state may leak into it.
      this._loadedKey = key;
      this.value = this._base = this._opts.initial();
      this._lastChange = 0;
      this._dirty = false;
      this._stamp = null;
      this._journalsRead = false;
    }
    this._readOk = false;
    clearTimeout(this._retry);
    this._retry = undefined;
    this._store = createStateStore({
      key,
      schema: () => this._need(),
      version: this._opts.version,
      migrations: this._opts.migrations,
      backend: this._opts.backend,
      salvage: this._opts.salvage,
      timeoutMs: this._opts.timeoutMs,
    });
    this._channel?.close();
    this._channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`city-widgets:${key}`) : undefined;
    if (this._channel) this._channel.onmessage = (e: MessageEvent<SyncMessage>) => this._onMessage(e.data);
    this.status = { kind: 'loading' };
    this._protect = false;
    this._host.requestUpdate();
    await this._read(generation);
  }

  /** Reads the record and merges this side's edits into it. */
  private async _read(generation: number): Promise<void> {
    const store = this._store;
    if (!store || this._reading === generation) return;
    this._reading = generation;
    let result: ReadResult<T>;
    try {
      result = await store.read();
    } finally {
      if (this._reading === generation) this._reading = 0;
    }
    if (generation !== this._generation) return;
    if (result.status === 'unavailable') {
      this.status = { kind: 'memory', reason: result.reason };
      this._scheduleRetry();
      this._host.requestUpdate();
      return;
    }
    let notice: StorageStatus = { kind: 'saved' };
    let remote: T;
    if (result.status === 'invalid') {
      const asideKey = await store.keepAside(result.raw);
      if (generation !== this._generation) return;
      if (!asideKey) {
        // It could not be kept aside, so it is never written over: this side stays in memory.
        this._protect = true;
        this.status = { kind: 'memory', reason: `the saved record is unreadable (${result.reason})`, aside: result.raw };
        this._host.requestUpdate();
        return;
      }
      remote = this._opts.initial();
      notice = { kind: 'recovered', asideKey, reason: result.reason, aside: result.raw };
    } else if (result.status === 'ok') {
      remote = result.data;
      if (result.aside) {
        const asideKey = await store.keepAside(result.raw);
        if (generation !== this._generation) return;
        // The notice says "some saved items" in the page's language; the reason is the first problem's path.
        const reason = result.aside.reason;
        notice = asideKey
          ? { kind: 'recovered', asideKey, reason, aside: result.raw, scope: 'items' }
          : { kind: 'memory', reason, aside: result.raw };
        if (!asideKey) this._protect = true;
        // Kept aside whole: the readable part is saved in its place, so it is not set aside again.
        else this._dirty = true;
      }
    } else {
      remote = this._opts.initial();
    }
    // Edits made while reading, and the journal, are checked and merged with the schema.
    if ((!equal(this.value, this._base) || (!this._journalsRead && this._journalKeys().length > 0)) && !(await this._ensure())) {
      if (generation === this._generation) this._scheduleRetry();
      return;
    }
    if (generation !== this._generation) return;
    this._stamp = result.stamp;
    this._readOk = true;
    // What this side changed while reading (edits, or peers' states) is merged into what was read.
    const changed = !equal(this.value, this._base);
    this.value = changed ? this._merge(this._base, this.value, remote, 'local') : remote;
    this._base = remote;
    if (result.status === 'ok') this._lastChange = Math.max(this._lastChange, result.savedAt);
    if (!this._journalsRead) {
      // At the first read that succeeds for this record.
      this._journalsRead = true;
      // Edits pages wrote to the journal as they closed, which IndexedDB may not have.
      for (const journal of this._readJournals()) {
        if ('aside' in journal) {
          const asideKey = await store.keepAside(journal.aside);
          if (generation !== this._generation) return;
          if (asideKey) removeJournal(journal.key);
          if (notice.kind === 'saved') {
            notice = asideKey
              ? { kind: 'recovered', asideKey, reason: journal.reason, aside: journal.aside, scope: 'journal' }
              : { kind: 'memory', reason: journal.reason, aside: journal.aside };
          }
          continue;
        }
        // A journal that grew from the version just read merges exactly; one from an older version
        // merges as a union (nothing in either is dropped), the later one winning on a same value.
        const base = sameStamp(journal.stamp, result.stamp) ? remote : this._opts.initial();
        const later = journal.savedAt > this._lastChange ? 'remote' : 'local';
        this.value = this._merge(base, this.value, journal.data, later);
        this._lastChange = Math.max(this._lastChange, journal.savedAt);
        this._consumed.add(journal.key);
      }
      if (equal(this.value, remote)) this._clearJournal();
    }
    if (this.status.kind !== 'recovered' || notice.kind !== 'saved') this.status = notice;
    if (!equal(this.value, remote)) {
      this._dirty = true;
      this._post();
      void this.flush();
    } else if (this._dirty) {
      void this.flush();
    }
    this._host.requestUpdate();
  }

  private _scheduleRetry(): void {
    if (this._retry !== undefined) return;
    const generation = this._generation;
    this._retry = setTimeout(() => {
      this._retry = undefined;
      if (generation === this._generation && !this._readOk && this._host.isConnected) void this._read(generation);
    }, this._opts.retryMs ?? 3000);
  }

  /** A three-way merge that stays valid; where it cannot, `prefer`'s side wins whole. */
  private _merge(base: T, local: T, remote: T, prefer: 'local' | 'remote'): T {
    // Every caller loaded the schema first (`_ensure`), and the merge with it.
    const schema = this._schema!;
    const { merge3 } = merging.loaded()!;
    const repair = this._opts.repair ?? ((v: T) => v);
    const merged = validate(schema, merge3(base, local, remote, prefer));
    if (merged.ok) {
      const repaired = validate(schema, repair(merged.data));
      if (repaired.ok) return repaired.data;
    }
    const fixed = validate(schema, repair(merge3(base, local, remote, prefer) as T));
    if (fixed.ok) return fixed.data;
    // The two can't be one valid state (e.g. both added an item to a list at its limit): the
    // preferred side is kept, and the other is set aside, not dropped.
    this._keepAside(prefer === 'local' ? remote : local, `${fixed.problem.path}: expected ${fixed.problem.expected}`);
    return prefer === 'local' ? local : remote;
  }

  private _keepAside(data: T, reason: string): void {
    const store = this._store;
    if (!store) return;
    const aside = { v: this._opts.version, savedAt: Date.now(), data };
    void store.keepAside(aside).then((asideKey) => {
      this.status = asideKey ? { kind: 'recovered', asideKey, reason, aside, scope: 'merge' } : { kind: 'memory', reason, aside };
      this._host.requestUpdate();
    });
  }

  /**
   * Replaces the state: re-renders now, tells peers now, saves after a short pause. A state the
   * schema refuses is not taken: `refused` says why and `false` is returned. Before the schema has
   * loaded (the first edit of a page), the state is taken at once and checked as soon as it is
   * there, before it is shared or saved; refused then, it goes back to the last checked state.
   */
  set(next: T): boolean {
    if (this._schema) {
      const checked = validate(this._schema, next);
      if (!checked.ok) {
        this.refused = checked.problem;
        this._host.requestUpdate();
        return false;
      }
    } else {
      if (!this._unchecked) this._tentative = [this.value];
      this._tentative.push(next);
      this._unchecked = true;
      void this._ensure();
    }
    this.refused = null;
    this.value = next;
    this._lastChange = Date.now();
    this._dirty = true;
    this._host.requestUpdate();
    if (!this._unchecked) this._post();
    clearTimeout(this._timer);
    this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
    return true;
  }

  /** Writes a pending edit now (once the record was read; else it waits for a read). */
  async flush(): Promise<void> {
    clearTimeout(this._timer);
    const store = this._store;
    if (!store || this._protect) return;
    if (!this._readOk) {
      if (this._dirty && this._reading !== this._generation) this._scheduleRetry();
      return;
    }
    await this._serial(() => this._write(store));
  }

  private _serial(task: () => Promise<void>): Promise<void> {
    this._busy++;
    const run = this._queue.then(task).finally(() => this._busy--);
    this._queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the record again after a peer saved it, and merges this side's state into it (on the
   * same value, the later of the two changes wins).
   */
  private _pull(): Promise<void> {
    const store = this._store;
    const generation = this._generation;
    if (!store || !this._readOk) return Promise.resolve();
    return this._serial(async () => {
      if (store !== this._store || !this._readOk) return;
      const r = await store.read();
      if (generation !== this._generation) return;
      if (r.status === 'unavailable') {
        this._readOk = false;
        this.status = { kind: 'memory', reason: r.reason };
        this._scheduleRetry();
        this._host.requestUpdate();
        return;
      }
      if (r.status === 'invalid') {
        // Read again from the start, which keeps it aside.
        this._readOk = false;
        void this._read(generation);
        return;
      }
      if (sameStamp(r.stamp, this._stamp)) return;
      if (!equal(this.value, this._base) && !(await this._ensure())) return;
      if (generation !== this._generation) return;
      const remote = r.status === 'ok' ? r.data : this._opts.initial();
      const later = r.status === 'ok' && r.savedAt > this._lastChange ? 'remote' : 'local';
      this.value = equal(this.value, this._base) ? remote : this._merge(this._base, this.value, remote, later);
      this._base = remote;
      this._stamp = r.stamp;
      if (r.status === 'ok') this._lastChange = Math.max(this._lastChange, r.savedAt);
      if (!equal(this.value, remote)) {
        this._dirty = true;
        clearTimeout(this._timer);
        this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
      }
      this._host.requestUpdate();
    });
  }

  private async _write(store: StateStore<T>): Promise<void> {
    const generation = this._generation;
    if (this._unchecked && !(await this._ensure())) {
      if (generation === this._generation) this._scheduleRetry();
      return;
    }
    if (store !== this._store || !this._readOk || this._protect) return;
    for (let attempt = 0; attempt < 5 && this._dirty; attempt++) {
      const value = this.value;
      this._dirty = false;
      const result = await store.write(value, this._stamp);
      if (result.status === 'ok') {
        this._stamp = result.stamp;
        this._base = value;
        // Again once saved: a tab that opened since the edit (and read before this write) hears of it.
        this._post();
        if (!this._dirty) this._clearJournal();
        if (this.status.kind === 'memory' && !this.status.aside) {
          this.status = { kind: 'saved' };
          this._host.requestUpdate();
        }
        return;
      }
      this._dirty = true;
      if (result.status === 'unavailable') {
        // The write may still land later, but only over the version it expected; nothing more is
        // written until a read succeeds again.
        this._readOk = false;
        this.status = { kind: 'memory', reason: result.reason };
        if (generation === this._generation) this._scheduleRetry();
        this._host.requestUpdate();
        return;
      }
      // Another tab wrote since: merge with what it wrote, then try again over that.
      const current = decodeRecord(result.current, await this._need(), this._opts.version, this._opts.migrations, this._opts.salvage);
      if (current.status !== 'ok' && current.status !== 'empty') {
        // Unreadable now: read again from the start, which keeps it aside.
        this._readOk = false;
        if (generation === this._generation) void this._read(generation);
        return;
      }
      const remote = current.status === 'ok' ? current.data : this._opts.initial();
      const later = current.status === 'ok' && current.savedAt > this._lastChange ? 'remote' : 'local';
      this.value = this._merge(this._base, this.value, remote, later);
      this._base = remote;
      this._stamp = current.stamp;
      if (current.status === 'ok') this._lastChange = Math.max(this._lastChange, current.savedAt);
      this._host.requestUpdate();
      if (equal(this.value, remote)) {
        // What this side had is in the record already.
        this._dirty = false;
        this._clearJournal();
        return;
      }
    }
    // Still not written after several tries (a busy record): try again shortly.
    if (this._dirty && generation === this._generation) {
      clearTimeout(this._timer);
      this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
    }
  }

  private _writeJournal(): void {
    if (!this._dirty || this._protect) return;
    try {
      const env: Envelope & { base: Stamp } = { v: this._opts.version, savedAt: this._lastChange, data: this.value, base: this._stamp };
      journalStorage()?.setItem(this._journalKey, JSON.stringify(env));
    } catch {
      // Quota or a blocked storage: the IndexedDB write below is all there is.
    }
  }

  /** The keys of this record's journal entries. */
  private _journalKeys(): string[] {
    const storage = journalStorage();
    const prefix = `city-widgets:journal:${this.key}`;
    const keys: string[] = [];
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const k = storage.key(i);
        // This key's entries (`…:<controller id>`), and the one entry per key of earlier versions.
        if (k && (k === prefix || (k.startsWith(`${prefix}:`) && /^s\d+-[a-z0-9]*$/.test(k.slice(prefix.length + 1))))) keys.push(k);
      }
    } catch {
      // A blocked storage has no journal.
    }
    return keys;
  }

  /** Every journal entry for this record: its state, or what could not be read of it (to keep aside). */
  private _readJournals(): ({ key: string; data: T; savedAt: number; stamp: Stamp } | { key: string; aside: unknown; reason: string })[] {
    const storage = journalStorage();
    const out: ({ key: string; data: T; savedAt: number; stamp: Stamp } | { key: string; aside: unknown; reason: string })[] = [];
    try {
      if (!storage) return out;
      const keys = this._journalKeys();
      if (keys.length > 0 && !this._schema) return out;
      for (const key of keys) {
        const raw = storage.getItem(key);
        if (raw === null) continue;
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          out.push({ key, aside: raw, reason: 'the last unsaved edit is not JSON' });
          continue;
        }
        const r = decodeRecord(json, this._schema!, this._opts.version, this._opts.migrations);
        if (r.status === 'ok') {
          const base = (json as { base?: Stamp }).base;
          out.push({ key, data: r.data, savedAt: r.savedAt, stamp: base === undefined ? { savedAt: NaN } : base });
        } else if (r.status === 'invalid') out.push({ key, aside: json, reason: `the last unsaved edit: ${r.reason}` });
      }
    } catch {
      // A blocked storage has no journal.
    }
    return out;
  }

  /** Removes this controller's journal entry and the entries it merged, once its state is saved. */
  private _clearJournal(): void {
    removeJournal(this._journalKey);
    for (const k of this._consumed) removeJournal(k);
    this._consumed.clear();
  }

  private _post(): void {
    try {
      this._channel?.postMessage({ key: this.key, savedAt: this._lastChange, data: this.value, from: this._id, stamp: this._stamp } satisfies SyncMessage);
    } catch {
      // A state that can't be cloned can't be shared; it is still saved.
    }
  }

  private _onMessage(msg: SyncMessage): void {
    if (!msg || msg.from === this._id || msg.key !== this.key) return;
    if (!this._schema || this._unchecked) {
      // A peer's state is checked before it is taken: load the schema first (messages keep their order).
      void this._ensure().then((ok) => ok && this._onMessage(msg));
      return;
    }
    if (!sameStamp(msg.stamp ?? null, this._stamp)) {
      // The peer's state grew from another stored version: read the record (the newer side's
      // unsaved edits arrive with its next save).
      if (this._readOk) void this._pull();
      return;
    }
    const parsed = validate(this._schema, msg.data);
    if (!parsed.ok) return;
    const remote = parsed.data;
    if (equal(this.value, remote)) return;
    // Both grew from the same stored version, `_base`: keep what each changed; on the same value
    // the later edit wins (ties by sender id, so that both sides pick the same one).
    const remoteWins = msg.savedAt > this._lastChange || (msg.savedAt === this._lastChange && msg.from > this._id);
    const next = this._merge(this._base, this.value, remote, remoteWins ? 'remote' : 'local');
    this.value = next;
    this._lastChange = Math.max(this._lastChange, msg.savedAt);
    // The peer's unsaved edits are saved from here too (whichever side saves first, the other finds
    // them in the record).
    if (!equal(next, this._base)) {
      this._dirty = true;
      clearTimeout(this._timer);
      this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
    }
    // The peer lacks this side's edits: send the merged state back.
    if (!equal(next, remote)) this._post();
    this._host.requestUpdate();
  }
}
