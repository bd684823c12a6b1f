import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { StateController } from '../../src/storage/state-controller.js';
import { idbBackend, memoryBackend, type Backend } from '../../src/storage/store.js';
import { until, uniqueKey } from '../helpers.js';

const Counter = z.object({ n: z.number(), log: z.array(z.string()) });
type Counter = z.infer<typeof Counter>;

let backend: Backend = memoryBackend();

class StateHost extends LitElement {
  state = new StateController<Counter>(this, {
    tag: 'state-host',
    schema: Counter,
    version: 1,
    initial: () => ({ n: 0, log: [] }),
    debounceMs: 200,
    backend,
  });
}
customElements.define('state-host', StateHost);

async function host(key: string, b: Backend): Promise<StateHost> {
  backend = b;
  const el = await fixture<StateHost>(html`<state-host storage-key=${key}></state-host>`);
  await until(() => el.state.status.kind !== 'loading', 3000, 'load');
  return el;
}

describe('StateController', () => {
  it('saves the last of many rapid edits when the element goes away', async () => {
    const b = memoryBackend();
    const key = uniqueKey();
    const el = await host(key, b);
    for (let i = 1; i <= 50; i++) el.state.set({ n: i, log: [] });
    el.remove();
    await until(() => (b.records.get(`state-host:${key}`) as { data: Counter } | undefined)?.data.n === 50, 1000, 'flush');
  });

  it('flushes at once on pagehide, before the debounce', async () => {
    const b = memoryBackend();
    const key = uniqueKey();
    const el = await host(key, b);
    el.state.set({ n: 7, log: [] });
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((r) => setTimeout(r, 20));
    expect((b.records.get(`state-host:${key}`) as { data: Counter }).data.n).to.equal(7);
  });

  it('a reload finds the state (real IndexedDB)', async () => {
    const key = uniqueKey();
    const b = idbBackend(`cw-sc-${key}`, 's');
    const a = await host(key, b);
    a.state.set({ n: 3, log: ['x'] });
    await a.state.flush();
    a.remove();
    const again = await host(key, b);
    expect(again.state.value).to.deep.equal({ n: 3, log: ['x'] });
    expect(again.state.status.kind).to.equal('saved');
  });

  it('keeps unreadable state aside, starts clean, and never overwrites it', async () => {
    const key = uniqueKey();
    const garbage = { v: 1, savedAt: 1, data: { n: 'not a number' } };
    const b = memoryBackend({ [`state-host:${key}`]: garbage });
    const el = await host(key, b);
    expect(el.state.status.kind).to.equal('recovered');
    expect(el.state.value).to.deep.equal({ n: 0, log: [] });
    const asideKey = el.state.status.kind === 'recovered' ? el.state.status.asideKey : '';
    expect(b.records.get(asideKey)).to.deep.equal(garbage);
    el.state.set({ n: 1, log: [] });
    await el.state.flush();
    expect(b.records.get(asideKey)).to.deep.equal(garbage);
  });

  it('refuses a record from a future version the same way', async () => {
    const key = uniqueKey();
    const b = memoryBackend({ [`state-host:${key}`]: { v: 99, savedAt: 1, data: {} } });
    const el = await host(key, b);
    expect(el.state.status.kind).to.equal('recovered');
  });

  it('stays in memory when the record cannot be kept aside', async () => {
    const key = uniqueKey();
    const records = new Map<string, unknown>([[`state-host:${key}`, 'garbage']]);
    const b: Backend = {
      get: async (k) => records.get(k),
      set: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const el = await host(key, b);
    expect(el.state.status.kind).to.equal('memory');
    el.state.set({ n: 2, log: [] });
    await el.state.flush();
    expect(records.get(`state-host:${key}`)).to.equal('garbage');
  });

  it('goes to memory when a write hits the quota, and keeps the edit', async () => {
    const key = uniqueKey();
    const b: Backend = { get: async () => undefined, set: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const el = await host(key, b);
    el.state.set({ n: 5, log: [] });
    await el.state.flush();
    expect(el.state.status.kind).to.equal('memory');
    expect(el.state.value.n).to.equal(5);
  });

  it('goes to memory when storage throws on open', async () => {
    const b: Backend = { get: () => Promise.reject(new Error('open failed')), set: () => Promise.reject(new Error('open failed')) };
    const el = await host(uniqueKey(), b);
    expect(el.state.status.kind).to.equal('memory');
  });

  it('two elements editing the same key converge on the last edit', async () => {
    const key = uniqueKey();
    const b = memoryBackend();
    const a = await host(key, b);
    const c = await host(key, b);
    a.state.set({ n: 1, log: ['a'] });
    await new Promise((r) => setTimeout(r, 5));
    c.state.set({ n: 2, log: ['a', 'c'] });
    await until(() => a.state.value.n === 2 && c.state.value.n === 2, 1000, 'converge');
    await a.state.flush();
    await c.state.flush();
    expect((b.records.get(`state-host:${key}`) as { data: Counter }).data).to.deep.equal({ n: 2, log: ['a', 'c'] });
  });

  it('ignores a peer message that does not match the schema', async () => {
    const key = uniqueKey();
    const el = await host(key, memoryBackend());
    const ch = new BroadcastChannel(`city-widgets:state-host:${key}`);
    ch.postMessage({ key: `state-host:${key}`, savedAt: Date.now() + 1000, data: { n: 'x' }, from: 'evil' });
    await new Promise((r) => setTimeout(r, 100));
    ch.close();
    expect(el.state.value).to.deep.equal({ n: 0, log: [] });
  });
});

/** Every journal entry of `key` (one per controller), joined. */
const journal = (key: string) =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`city-widgets:journal:state-host:${key}`))
    .map((k) => localStorage.getItem(k))
    .join('\n');

describe('StateController journal', () => {
  it('an edit pending at pagehide survives a storage write that never finishes', async () => {
    const key = uniqueKey('journal');
    const hanging: Backend = { get: async () => undefined, set: () => new Promise(() => {}) };
    const el = await host(key, hanging);
    el.state.set({ n: 42, log: ['last'] });
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(journal(key)).to.contain('"n":42');
    el.remove();
    const b = memoryBackend();
    const again = await host(key, b);
    expect(again.state.value).to.deep.equal({ n: 42, log: ['last'] });
    // Written to IndexedDB (here: the memory backend) and the journal cleared.
    await until(() => (b.records.get(`state-host:${key}`) as { data: Counter } | undefined)?.data.n === 42, 1000, 'written');
    await until(() => journal(key) === '', 1000, 'journal cleared');
  });

  it('an element mounted again before the last write lands reads that edit (from the journal)', async () => {
    const key = uniqueKey('again');
    const mem = memoryBackend();
    const later = <R>(f: () => Promise<R>) => new Promise<R>((r) => setTimeout(() => r(f()), 300));
    const slow: Backend = { get: mem.get, set: (k, v) => later(() => mem.set(k, v)), update: (k, fn) => later(() => mem.update!(k, fn)) };
    const a = await host(key, slow);
    a.state.set({ n: 5, log: ['pending'] });
    a.remove();
    const b = await host(key, slow);
    expect(b.state.value).to.deep.equal({ n: 5, log: ['pending'] });
    await until(() => (mem.records.get(`state-host:${key}`) as { data: Counter } | undefined)?.data.n === 5, 2000, 'written');
    await until(() => journal(key) === '', 2000, 'journal cleared');
    expect(b.state.value).to.deep.equal({ n: 5, log: ['pending'] });
  });

  it('ignores a journal older than the saved record, and a damaged one', async () => {
    const key = uniqueKey('old');
    localStorage.setItem(`city-widgets:journal:state-host:${key}`, JSON.stringify({ v: 1, savedAt: 1, data: { n: 1, log: [] } }));
    const b = memoryBackend({ [`state-host:${key}`]: { v: 1, savedAt: 99, data: { n: 2, log: [] } } });
    expect((await host(key, b)).state.value.n).to.equal(2);
  });

  it('keeps a journal entry it cannot read aside, with a notice, and does not drop it', async () => {
    for (const entry of ['{"v":1,"savedAt":5,"data":{"n":"x"}}', '{"v":7,"savedAt":5,"data":{"n":3,"later":true}}', 'not json']) {
      const key = uniqueKey('bad');
      localStorage.setItem(`city-widgets:journal:state-host:${key}`, entry);
      const b = memoryBackend();
      const el = await host(key, b);
      expect(el.state.value.n).to.equal(0);
      const st = el.state.status;
      expect(st.kind, entry).to.equal('recovered');
      if (st.kind !== 'recovered') return;
      expect(JSON.stringify(st.aside)).to.equal(JSON.stringify(entry.startsWith('{') ? JSON.parse(entry) : entry));
      expect(JSON.stringify(b.records.get(st.asideKey))).to.equal(JSON.stringify(st.aside));
      expect(journal(key)).to.equal('');
    }
  });
});

/** A memory backend whose reads wait for `gate` (a slow disk, another tab holding the store). */
function gatedBackend(initial: Record<string, unknown>) {
  const b = memoryBackend(initial);
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return { ...b, get: async (k: string) => (await gate, b.get(k)), open };
}

describe('StateController with slow or failing reads', () => {
  it('merges an edit made while the read is pending into what is read, never the other way round', async () => {
    const key = uniqueKey('slow');
    const saved = { v: 1, savedAt: 5, data: { n: 9, log: ['saved-1', 'saved-2'] } };
    const b = gatedBackend({ [`state-host:${key}`]: saved });
    backend = b;
    const el = await fixture<StateHost>(html`<state-host storage-key=${key}></state-host>`);
    expect(el.state.status.kind).to.equal('loading');
    el.state.set({ n: 0, log: ['typed while loading'] });
    await el.state.flush();
    // Nothing written before the read.
    expect(b.records.get(`state-host:${key}`)).to.deep.equal(saved);
    b.open();
    await until(() => el.state.status.kind === 'saved', 2000, 'read');
    // Array of plain values: a single value; both changed it, the edit made here wins; n kept from the record.
    expect(el.state.value).to.deep.equal({ n: 9, log: ['typed while loading'] });
    await el.state.flush();
    expect((b.records.get(`state-host:${key}`) as { data: Counter }).data).to.deep.equal({ n: 9, log: ['typed while loading'] });
  });

  it('after a read times out, writes nothing until a later read succeeds, then merges', async () => {
    const key = uniqueKey('timeout');
    const saved = { v: 1, savedAt: 5, data: { n: 4, log: ['kept'] } };
    const inner = memoryBackend({ [`state-host:${key}`]: saved });
    let slow = true;
    const b: Backend = {
      get: (k) => (slow ? new Promise(() => {}) : inner.get(k)),
      set: (k, v) => inner.set(k, v),
      update: (k, fn) => inner.update!(k, fn),
    };
    backend = b;
    const h = document.createElement('state-host') as StateHost;
    // Short timeouts so the test is quick.
    (h.state as unknown as { _opts: { timeoutMs: number; retryMs: number } })._opts.timeoutMs = 100;
    (h.state as unknown as { _opts: { timeoutMs: number; retryMs: number } })._opts.retryMs = 150;
    h.setAttribute('storage-key', key);
    document.body.append(h);
    await until(() => h.state.status.kind === 'memory', 1000, 'timed out');
    h.state.set({ n: 1, log: ['kept', 'new'] });
    await h.state.flush();
    expect(inner.records.get(`state-host:${key}`)).to.deep.equal(saved);
    slow = false;
    await until(() => h.state.status.kind === 'saved', 2000, 'read again');
    await until(() => (inner.records.get(`state-host:${key}`) as { data: Counter }).data.log.length === 2, 2000, 'written after the read');
    expect((inner.records.get(`state-host:${key}`) as { data: Counter }).data).to.deep.equal({ n: 1, log: ['kept', 'new'] });
    h.remove();
  });

  it('refuses a state the schema refuses, keeps the last good one and says why', async () => {
    const b = memoryBackend();
    const el = await host(uniqueKey(), b);
    el.state.set({ n: 2, log: [] });
    expect(el.state.set({ n: 'x', log: [] } as unknown as Counter)).to.equal(false);
    expect(el.state.value.n).to.equal(2);
    expect(el.state.refused?.path).to.equal('n');
    expect(el.state.set({ n: 3, log: [] })).to.equal(true);
    expect(el.state.refused).to.equal(null);
  });

  it('a write waiting behind another writer does not land over what that writer wrote', async () => {
    const key = uniqueKey('cas');
    const b = memoryBackend();
    const a = await host(key, b);
    const c = await host(key, b);
    // Both loaded an empty record; c's peer channel is closed so a must find out from storage.
    (c.state as unknown as { _channel?: BroadcastChannel })._channel?.close();
    (a.state as unknown as { _channel?: BroadcastChannel })._channel?.close();
    c.state.set({ n: 1, log: ['from c'] });
    await c.state.flush();
    a.state.set({ n: 0, log: [] });
    a.state.set({ n: 2, log: [] });
    await a.state.flush();
    const stored = (b.records.get(`state-host:${key}`) as { data: Counter }).data;
    expect(stored).to.deep.equal({ n: 2, log: ['from c'] });
    expect(a.state.value).to.deep.equal(stored);
  });
});

const Limited = z.object({ items: z.array(z.object({ id: z.string() })).check(z.maxLength(1)) });
type Limited = z.infer<typeof Limited>;
let limitedBackend: Backend = memoryBackend();
class LimitedHost extends LitElement {
  state = new StateController<Limited>(this, { tag: 'limited-host', schema: Limited, version: 1, initial: () => ({ items: [] }), debounceMs: 20, backend: limitedBackend });
}
customElements.define('limited-host', LimitedHost);

describe('StateController when two changes cannot be merged into one valid state', () => {
  it('keeps one and sets the other aside (with a notice), never drops it', async () => {
    const key = uniqueKey('limit');
    const b = memoryBackend();
    limitedBackend = b;
    const mk = async () => {
      const el = document.createElement('limited-host') as LimitedHost;
      el.setAttribute('storage-key', key);
      document.body.append(el);
      await until(() => el.state.status.kind !== 'loading', 2000, 'load');
      return el;
    };
    const [x, y] = [await mk(), await mk()];
    // Both add an item to a list that takes one, at the same moment.
    x.state.set({ items: [{ id: 'from-x' }] });
    y.state.set({ items: [{ id: 'from-y' }] });
    await until(() => [x, y].some((h) => h.state.status.kind === 'recovered'), 2000, 'set aside');
    const h = [x, y].find((e) => e.state.status.kind === 'recovered')!;
    const st = h.state.status;
    expect(st.kind === 'recovered' && st.scope).to.equal('merge');
    expect(st.kind === 'recovered' && st.reason).to.contain('items');
    await x.state.flush();
    await y.state.flush();
    const everything = JSON.stringify([...b.records.values()]);
    expect(everything).to.contain('from-x').and.contain('from-y');
    x.remove();
    y.remove();
  });
});
