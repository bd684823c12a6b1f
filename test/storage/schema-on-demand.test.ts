// The state's schema (and zod) load on demand: not for a page with nothing saved and no edit;
// an edit made before it is there is taken at once, checked when it arrives, then shared and saved.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { StateController } from '../../src/storage/state-controller.js';
import { memoryBackend, type Backend } from '../../src/storage/store.js';
import { until, uniqueKey } from '../helpers.js';

const Note = z.object({ text: z.string().check(z.maxLength(5)), n: z.number() });
type Note = z.infer<typeof Note>;

let backend: Backend = memoryBackend();
let loads = 0;
let release: () => void = () => {};
/** A schema that loads when `release()` is called, like a module over a slow connection. */
let gate = Promise.resolve();
/** While true, loading the schema fails (offline). */
let offline = false;
const loadSchema = async () => {
  loads++;
  await gate;
  if (offline) throw new Error('offline');
  return Note;
};

class LazyHost extends LitElement {
  state = new StateController<Note>(this, {
    tag: 'lazy-host',
    schema: loadSchema,
    version: 1,
    initial: () => ({ text: '', n: 0 }),
    debounceMs: 20,
    backend,
  });
}
customElements.define('lazy-host', LazyHost);

async function host(key: string, b: Backend, slow = false): Promise<LazyHost> {
  backend = b;
  loads = 0;
  gate = slow ? new Promise((r) => (release = () => r())) : Promise.resolve();
  const el = await fixture<LazyHost>(html`<lazy-host storage-key=${key}></lazy-host>`);
  await until(() => el.state.status.kind !== 'loading', 3000, 'load');
  return el;
}
const stored = (b: ReturnType<typeof memoryBackend>, key: string) => (b.records.get(`lazy-host:${key}`) as { data: Note } | undefined)?.data;

describe('StateController with a schema loaded on demand', () => {
  it('loads no schema for an empty record and no edit', async () => {
    await host(uniqueKey(), memoryBackend());
    await new Promise((r) => setTimeout(r, 50));
    expect(loads).to.equal(0);
  });

  it('loads it to read a saved record', async () => {
    const key = uniqueKey();
    const b = memoryBackend({ [`lazy-host:${key}`]: { v: 1, savedAt: 1, data: { text: 'hi', n: 2 } } });
    const el = await host(key, b);
    expect(loads).to.be.greaterThan(0);
    expect(el.state.value).to.deep.equal({ text: 'hi', n: 2 });
  });

  it('takes an edit before the schema is there, and saves it only once checked', async () => {
    const key = uniqueKey();
    const b = memoryBackend();
    const el = await host(key, b, true);
    expect(el.state.set({ text: 'ok', n: 1 })).to.equal(true);
    expect(el.state.value).to.deep.equal({ text: 'ok', n: 1 });
    await new Promise((r) => setTimeout(r, 80));
    expect(stored(b, key), 'not saved unchecked').to.equal(undefined);
    release();
    await until(() => stored(b, key)?.n === 1, 2000, 'saved');
    expect(el.state.refused).to.equal(null);
  });

  it('refuses a bad edit made before the schema was there: back to the last good state, never saved', async () => {
    const key = uniqueKey();
    const b = memoryBackend();
    const el = await host(key, b, true);
    el.state.set({ text: 'ok', n: 1 });
    el.state.set({ text: 'far too long', n: 2 });
    release();
    await until(() => el.state.refused !== null, 2000, 'refused');
    expect(el.state.refused!.path).to.equal('text');
    expect(el.state.value).to.deep.equal({ text: 'ok', n: 1 });
    await until(() => stored(b, key)?.n === 1, 2000, 'the good edit saved');
    await new Promise((r) => setTimeout(r, 80));
    expect(stored(b, key)).to.deep.equal({ text: 'ok', n: 1 });
  });

  it('a schema that cannot load keeps the edit in memory, unsaved, says so, and saves once it loads', async () => {
    const key = uniqueKey();
    const b = memoryBackend();
    const el = await host(key, b);
    offline = true;
    try {
      el.state.set({ text: 'ok', n: 3 });
      await until(() => el.state.status.kind === 'memory', 2000, 'memory');
      expect(el.state.value.n).to.equal(3);
      await el.state.flush();
      expect(stored(b, key)).to.equal(undefined);
    } finally {
      offline = false;
    }
    await el.state.flush();
    await until(() => stored(b, key)?.n === 3, 2000, 'saved once loaded');
  });
});
