import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { createStateStore, idbBackend, memoryBackend, migrate, type Backend } from '../../src/storage/store.js';

const V2 = z.object({ items: z.array(z.string()), title: z.string() });
// v1 had `list` and no title.
const migrations = { 1: (d: unknown) => ({ items: (d as { list: string[] }).list, title: 'untitled' }) };

let n = 0;
const freshIdb = () => idbBackend(`cw-test-${Date.now()}-${n++}`, 's');

describe('migrate', () => {
  it('steps up through each version', () => {
    expect(migrate({ v: 1, savedAt: 0, data: { list: ['a'] } }, 2, migrations)).to.deep.equal({
      ok: true,
      data: { items: ['a'], title: 'untitled' },
    });
  });
  it('keeps the current version as is', () => {
    expect(migrate({ v: 2, savedAt: 0, data: 7 }, 2, migrations)).to.deep.equal({ ok: true, data: 7 });
  });
  it('refuses a newer version', () => {
    const r = migrate({ v: 3, savedAt: 0, data: {} }, 2, migrations);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.reason).to.contain('newer');
  });
  it('refuses a version with no path', () => {
    expect(migrate({ v: 1, savedAt: 0, data: {} }, 3, migrations).ok).to.equal(false);
  });
  it('reports a failing step', () => {
    expect(migrate({ v: 1, savedAt: 0, data: null }, 2, migrations).ok).to.equal(false);
  });
});

describe('createStateStore over real IndexedDB', () => {
  it('reads empty, then round-trips', async () => {
    const store = createStateStore({ key: 'k', schema: V2, version: 2, migrations, backend: freshIdb() });
    expect(await store.read()).to.deep.equal({ status: 'empty', stamp: null });
    const w = await store.write({ items: ['x'], title: 't' });
    expect(w.status).to.equal('ok');
    const r = await store.read();
    expect(r.status).to.equal('ok');
    expect(r.status === 'ok' && r.data).to.deep.equal({ items: ['x'], title: 't' });
  });

  it('migrates a version-1 fixture', async () => {
    const backend = freshIdb();
    await backend.set('k', { v: 1, savedAt: 5, data: { list: ['old'] } });
    const r = await createStateStore({ key: 'k', schema: V2, version: 2, migrations, backend }).read();
    expect(r).to.deep.equal({ status: 'ok', data: { items: ['old'], title: 'untitled' }, savedAt: 5, stamp: { savedAt: 5 } });
  });

  it('writes over the version it read, and refuses to write over another one (one transaction)', async () => {
    const backend = freshIdb();
    const store = createStateStore({ key: 'k', schema: V2, version: 2, migrations, backend });
    const first = await store.write({ items: ['a'], title: 't' }, null);
    expect(first.status).to.equal('ok');
    // A second write expecting "no record" would land over a record it never read: refused.
    const blind = await store.write({ items: [], title: 'blind' }, null);
    expect(blind.status).to.equal('conflict');
    expect(blind.status === 'conflict' && (blind.current as { data: unknown }).data).to.deep.equal({ items: ['a'], title: 't' });
    const next = await store.write({ items: ['a', 'b'], title: 't' }, first.status === 'ok' ? first.stamp : null);
    expect(next.status).to.equal('ok');
    const r = await store.read();
    expect(r.status === 'ok' && r.data).to.deep.equal({ items: ['a', 'b'], title: 't' });
  });

  it('salvages the readable part of a record and reports what it left out', async () => {
    const backend = freshIdb();
    const raw = { v: 2, savedAt: 3, data: { items: ['ok', 5, 'fine'], title: 't' } };
    await backend.set('k', raw);
    const salvage = (d: unknown) => {
      const x = d as { items: unknown[]; title: string };
      const good = x.items.filter((i) => typeof i === 'string');
      return { data: { ...x, items: good }, count: x.items.length - good.length };
    };
    const r = await createStateStore({ key: 'k', schema: V2, version: 2, migrations, backend, salvage }).read();
    expect(r.status).to.equal('ok');
    if (r.status !== 'ok') return;
    expect(r.data).to.deep.equal({ items: ['ok', 'fine'], title: 't' });
    expect(r.aside?.count).to.equal(1);
    expect(r.aside?.reason).to.contain('items[1]');
    expect(r.raw).to.deep.equal(raw);
  });

  const garbage: [string, unknown][] = [
    ['a string', 'garbage'],
    ['no envelope', { items: [] }],
    ['bad data', { v: 2, savedAt: 1, data: { items: 'no' } }],
    ['newer version', { v: 9, savedAt: 1, data: {} }],
  ];
  for (const [name, raw] of garbage) {
    it(`gives invalid for ${name} without throwing, and keeps it aside`, async () => {
      const backend = freshIdb();
      await backend.set('k', raw);
      const store = createStateStore({ key: 'k', schema: V2, version: 2, migrations, backend });
      const r = await store.read();
      expect(r.status).to.equal('invalid');
      const aside = await store.keepAside(r.status === 'invalid' ? r.raw : null);
      expect(aside).to.match(/^k:unreadable:/);
      expect(await backend.get(aside!)).to.deep.equal(raw);
      expect(await backend.get('k')).to.deep.equal(raw);
    });
  }
});

describe('createStateStore when storage fails', () => {
  const failing: Backend = {
    get: () => Promise.reject(new DOMException('blocked', 'UnknownError')),
    set: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
  };
  const hanging: Backend = { get: () => new Promise(() => {}), set: () => new Promise(() => {}) };

  it('reads as unavailable when the backend throws', async () => {
    const r = await createStateStore({ key: 'k', schema: V2, version: 2, backend: failing }).read();
    expect(r.status).to.equal('unavailable');
  });
  it('writes as unavailable on quota errors', async () => {
    const w = await createStateStore({ key: 'k', schema: V2, version: 2, backend: failing }).write({ items: [], title: '' });
    expect(w.status).to.equal('unavailable');
  });
  it('gives up on a storage that never answers', async () => {
    const r = await createStateStore({ key: 'k', schema: V2, version: 2, backend: hanging, timeoutMs: 50 }).read();
    expect(r.status).to.equal('unavailable');
  });
  it('memory backend round-trips copies', async () => {
    const m = memoryBackend();
    const store = createStateStore({ key: 'k', schema: V2, version: 2, backend: m });
    const value = { items: ['a'], title: 't' };
    await store.write(value);
    value.items.push('mutated');
    const r = await store.read();
    expect(r.status === 'ok' && r.data.items).to.deep.equal(['a']);
  });
});
