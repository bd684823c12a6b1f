import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { validate } from '../core/validate.js';
import { equal, merge3 } from './merge.js';
import { createStateStore, decodeRecord, type Backend, type Envelope, type Migration, type StateStore } from './store.js';

/** Where the element's state stands with respect to storage. */
export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'saved' }
  /** Storage is unavailable: the element works in memory. */
  | { kind: 'memory'; reason: string }
  /** The saved record could not be read: it was kept aside and the element started clean. */
  | { kind: 'recovered'; asideKey: string; reason: string };

interface SyncMessage {
  key: string;
  savedAt: number;
  data: unknown;
  from: string;
}

export interface StateControllerOptions<T> {
  /** The element's tag, the first part of the record's key. */
  tag: string;
  schema: z.ZodMiniType<T>;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
  /** A fresh state, used when nothing is saved. */
  initial: () => T;
  /** Writes wait this long for more edits; a `pagehide` flushes at once. */
  debounceMs?: number;
  backend?: Backend;
}

let instances = 0;

/** localStorage, where it can be used at all (it throws in some private modes and sandboxes). */
function journalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Connects one element to its saved state: loads it, saves edits (debounced, flushed on pagehide
 * and disconnect), and keeps every element with the same tag and `storage-key` in sync, on this page
 * and in other tabs, through a BroadcastChannel. Edits made at the same time in two places are
 * merged (see `merge3`), so neither is lost. An edit pending when the page goes away is also
 * written synchronously to a localStorage journal, since the browser may cut the IndexedDB write
 * short; the journal is read back on the next load and removed once IndexedDB has the edit.
 */
export class StateController<T> implements ReactiveController {
  value: T;
  status: StorageStatus = { kind: 'loading' };

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _opts: StateControllerOptions<T>;
  private readonly _id = `s${++instances}-${Math.random().toString(36).slice(2)}`;
  private _store?: StateStore<T>;
  private _channel?: BroadcastChannel;
  private _timer?: ReturnType<typeof setTimeout>;
  private _dirty = false;
  private _lastChange = 0;
  private _generation = 0;
  private _protect = false;
  private _loadedKey?: string;
  private _changedWhileReading = false;
  /** The last state shared with peers (read, or received): the base of a three-way merge. */
  private _base: T;
  private readonly _flush = () => void this.flush();
  private readonly _onPageHide = () => {
    this._writeJournal();
    void this.flush();
  };
  private readonly _onVisibility = () => {
    if (document.visibilityState === 'hidden') this._onPageHide();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: StateControllerOptions<T>) {
    this._host = host;
    this._opts = options;
    this.value = options.initial();
    this._base = this.value;
    host.addController(this);
  }

  /** `tag:storage-key`, the record's key. */
  get key(): string {
    return `${this._opts.tag}:${this._host.getAttribute('storage-key') || 'default'}`;
  }

  private get _journalKey(): string {
    return `city-widgets:journal:${this.key}`;
  }

  hostConnected(): void {
    void this.reload();
    addEventListener('pagehide', this._onPageHide);
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  hostDisconnected(): void {
    void this.flush();
    removeEventListener('pagehide', this._onPageHide);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._channel?.close();
    this._channel = undefined;
    this._generation++;
  }

  /** (Re)loads from storage, e.g. after `storage-key` changed. */
  async reload(): Promise<void> {
    if (this._dirty) await this.flush();
    if (!this._host.isConnected) return;
    const generation = ++this._generation;
    const key = this.key;
    if (key !== this._loadedKey) {
      // Another record: nothing of the previous key's state may leak into it.
      this._loadedKey = key;
      this.value = this._base = this._opts.initial();
      this._lastChange = 0;
    }
    this._changedWhileReading = false;
    this._store = createStateStore({
      key,
      schema: this._opts.schema,
      version: this._opts.version,
      migrations: this._opts.migrations,
      backend: this._opts.backend,
    });
    this._channel?.close();
    this._channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`city-widgets:${key}`) : undefined;
    if (this._channel) this._channel.onmessage = (e: MessageEvent<SyncMessage>) => this._onMessage(e.data);
    this.status = { kind: 'loading' };
    this._protect = false;
    this._host.requestUpdate();

    const result = await this._store.read();
    if (generation !== this._generation) return;
    const journal = this._readJournal();
    // An edit or a peer's state that arrived while reading wins over what was read.
    if (this._changedWhileReading && result.status !== 'invalid') {
      this.status = result.status === 'unavailable' ? { kind: 'memory', reason: result.reason } : { kind: 'saved' };
      this._host.requestUpdate();
      return;
    }
    switch (result.status) {
      case 'ok':
        this.value = this._base = result.data;
        this._lastChange = result.savedAt;
        this.status = { kind: 'saved' };
        break;
      case 'empty':
        this.value = this._base = this._opts.initial();
        this.status = { kind: 'saved' };
        break;
      case 'unavailable':
        this.status = { kind: 'memory', reason: result.reason };
        break;
      case 'invalid': {
        const asideKey = await this._store.keepAside(result.raw);
        if (generation !== this._generation) return;
        this.value = this._base = this._opts.initial();
        this._lastChange = 0;
        this._protect = !asideKey;
        // If it could not be kept aside, never write over it: stay in memory.
        this.status = asideKey
          ? { kind: 'recovered', asideKey, reason: result.reason }
          : { kind: 'memory', reason: `the saved record is unreadable (${result.reason})` };
        break;
      }
    }
    // An edit the last page wrote to the journal as it closed, newer than what IndexedDB has.
    if (journal && journal.savedAt > this._lastChange && !this._protect) {
      this.value = journal.data;
      this._lastChange = journal.savedAt;
      this._dirty = true;
      void this.flush();
    }
    this._host.requestUpdate();
  }

  /** Replaces the state: re-renders now, tells peers now, saves after a short pause. */
  set(next: T): void {
    this.value = next;
    this._lastChange = Date.now();
    this._changedWhileReading = true;
    this._dirty = true;
    this._host.requestUpdate();
    this._post();
    clearTimeout(this._timer);
    this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
  }

  /** Writes a pending edit now. */
  async flush(): Promise<void> {
    clearTimeout(this._timer);
    if (!this._dirty || !this._store) return;
    this._dirty = false;
    // An unreadable record that could not be kept aside is never written over.
    if (this._protect) return;
    const result = await this._store.write(this.value);
    if (result.status === 'unavailable') {
      this.status = { kind: 'memory', reason: result.reason };
      this._host.requestUpdate();
      return;
    }
    if (!this._dirty) this._clearJournal();
    if (this.status.kind === 'memory') {
      this.status = { kind: 'saved' };
      this._host.requestUpdate();
    }
  }

  private _writeJournal(): void {
    if (!this._dirty || this._protect) return;
    try {
      const env: Envelope = { v: this._opts.version, savedAt: this._lastChange, data: this.value };
      journalStorage()?.setItem(this._journalKey, JSON.stringify(env));
    } catch {
      // Quota or a blocked storage: the IndexedDB write below is all there is.
    }
  }

  private _readJournal(): { data: T; savedAt: number } | null {
    let raw: string | null = null;
    try {
      raw = journalStorage()?.getItem(this._journalKey) ?? null;
    } catch {
      return null;
    }
    if (raw === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null;
    }
    const r = decodeRecord(json, this._opts.schema, this._opts.version, this._opts.migrations);
    return r.status === 'ok' ? { data: r.data, savedAt: r.savedAt } : null;
  }

  private _clearJournal(): void {
    try {
      journalStorage()?.removeItem(this._journalKey);
    } catch {
      // nothing to clear
    }
  }

  private _post(): void {
    try {
      this._channel?.postMessage({ key: this.key, savedAt: this._lastChange, data: this.value, from: this._id } satisfies SyncMessage);
    } catch {
      // A state that can't be cloned can't be shared; it is still saved.
    }
  }

  private _onMessage(msg: SyncMessage): void {
    if (!msg || msg.from === this._id || msg.key !== this.key) return;
    const parsed = validate(this._opts.schema, msg.data);
    if (!parsed.ok) return;
    const remote = parsed.data;
    if (equal(this.value, remote)) {
      this._base = remote;
      return;
    }
    let next = remote;
    if (!equal(this.value, this._base)) {
      // Both sides changed since they last agreed: keep what each changed; on the same value the
      // later edit wins (ties by sender id, so that both sides pick the same one).
      const remoteWins = msg.savedAt > this._lastChange || (msg.savedAt === this._lastChange && msg.from > this._id);
      const merged = validate(this._opts.schema, merge3(this._base, this.value, remote, remoteWins ? 'remote' : 'local'));
      next = merged.ok ? merged.data : remoteWins ? remote : this.value;
    }
    this._base = remote;
    this.value = next;
    this._lastChange = Math.max(this._lastChange, msg.savedAt);
    this._changedWhileReading = true;
    if (!equal(next, remote)) {
      // The peer lacks this side's edits: send the merged state back and save it.
      this._dirty = true;
      this._post();
      clearTimeout(this._timer);
      this._timer = setTimeout(this._flush, this._opts.debounceMs ?? 250);
    }
    this._host.requestUpdate();
  }
}
