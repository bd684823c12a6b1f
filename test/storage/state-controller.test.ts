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

describe('StateController journal', () => {
  it('an edit pending at pagehide survives a storage write that never finishes', async () => {
    const key = uniqueKey('journal');
    const hanging: Backend = { get: async () => undefined, set: () => new Promise(() => {}) };
    const el = await host(key, hanging);
    el.state.set({ n: 42, log: ['last'] });
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(`city-widgets:journal:state-host:${key}`)).to.contain('"n":42');
    el.remove();
    const b = memoryBackend();
    const again = await host(key, b);
    expect(again.state.value).to.deep.equal({ n: 42, log: ['last'] });
    // Written to IndexedDB (here: the memory backend) and the journal cleared.
    await until(() => (b.records.get(`state-host:${key}`) as { data: Counter } | undefined)?.data.n === 42, 1000, 'written');
    await until(() => localStorage.getItem(`city-widgets:journal:state-host:${key}`) === null, 1000, 'journal cleared');
  });

  it('ignores a journal older than the saved record, and a damaged one', async () => {
    const key = uniqueKey('old');
    localStorage.setItem(`city-widgets:journal:state-host:${key}`, JSON.stringify({ v: 1, savedAt: 1, data: { n: 1, log: [] } }));
    const b = memoryBackend({ [`state-host:${key}`]: { v: 1, savedAt: 99, data: { n: 2, log: [] } } });
    expect((await host(key, b)).state.value.n).to.equal(2);
    const key2 = uniqueKey('bad');
    localStorage.setItem(`city-widgets:journal:state-host:${key2}`, '{"v":1,"savedAt":5,"data":{"n":"x"}}');
    expect((await host(key2, memoryBackend())).state.value.n).to.equal(0);
  });
});
