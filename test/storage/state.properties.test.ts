// Property-based tests of the storage layer: two StateControllers on one key (two elements, as two
// tabs would be) over one backend with random read/write delays, failures and closes, driven by
// random sequences of the collection operations the elements use. Properties: every acknowledged
// edit is in the final state of both; both converge on what is stored; every stored record decodes
// (nothing is ever set aside). `npm test` runs a few cases; `npm run test:properties` many more.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement } from 'lit';
import { create, duplicate, importItems, remove, rename, repairCollection, salvageCollection, shareAdd, type CollectionLimits } from '../../src/core/collection.js';
import { updateEntry } from '../../src/core/checklist.js';
import { equal } from '../../src/core/equal.js';
import { Assessment, ChecklistState, MAX_ASSESSMENT_ID, MAX_ASSESSMENT_NAME } from '../../src/schema/checklist.js';
import { StateController } from '../../src/storage/state-controller.js';
import { decodeRecord, memoryBackend, type Backend } from '../../src/storage/store.js';

const LIMITS: CollectionLimits = { maxName: MAX_ASSESSMENT_NAME, maxId: MAX_ASSESSMENT_ID };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A memory backend whose operations can be slowed down and made to fail, like a busy or full disk. */
function flakyBackend() {
  const inner = memoryBackend();
  const ctl = { delay: 0, failures: 0 };
  const step = async () => {
    const d = ctl.delay;
    if (d) await sleep(d);
    if (ctl.failures > 0) {
      ctl.failures--;
      throw new DOMException('injected failure', 'QuotaExceededError');
    }
  };
  const backend: Backend = {
    get: async (k) => (await step(), inner.get(k)),
    set: async (k, v) => (await step(), inner.set(k, v)),
    update: async (k, fn) => (await step(), inner.update!(k, fn)),
  };
  return { backend, inner, ctl };
}

let current: Backend = memoryBackend();
const INITIAL: ChecklistState = { activeId: 'assessment-1', assessments: [{ id: 'assessment-1', name: 'Assessment 1', createdAt: 0, updatedAt: 0, entries: {} }] };

class PropHost extends LitElement {
  state = new StateController<ChecklistState>(this, {
    tag: 'prop-host',
    schema: ChecklistState,
    version: 1,
    initial: () => structuredClone(INITIAL),
    salvage: (d) => salvageCollection(d, 'assessments', Assessment, LIMITS),
    repair: (s) => repairCollection(s, 'assessments', MAX_ASSESSMENT_ID),
    debounceMs: 3,
    timeoutMs: 40,
    retryMs: 20,
    backend: current,
  });
}
customElements.define('prop-host', PropHost);

type Op =
  | { t: 'answer'; on: number; item: number; wait: number }
  | { t: 'rename'; on: number; item: number; name: string; wait: number }
  | { t: 'create' | 'duplicate' | 'remove'; on: number; item: number; wait: number }
  | { t: 'import'; on: number; names: string[]; dupIds: boolean; wait: number }
  | { t: 'share'; on: number; which: number; wait: number }
  | { t: 'close'; on: number; wait: number }
  | { t: 'storage'; delay: number; failures: number; wait: number };

const side = fc.integer({ min: 0, max: 1 });
const item = fc.nat(5);
const wait = fc.integer({ min: 0, max: 15 });
const name = fc.string({ maxLength: 230, unit: fc.constantFrom('a', 'Z', ' ', '\u0007', 'é', '(', '2', ')', '😀') });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('answer' as const), on: side, item, wait }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), on: side, item, name, wait }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('create' as const, 'duplicate' as const, 'remove' as const), on: side, item, wait }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('import' as const), on: side, names: fc.array(name, { minLength: 1, maxLength: 3 }), dupIds: fc.boolean(), wait }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('share' as const), on: side, which: fc.nat(1), wait }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('close' as const), on: side, wait }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('storage' as const), delay: fc.constantFrom(0, 0, 5, 30, 60), failures: fc.nat(3), wait }) },
);

const SHARED: Assessment[] = [
  { id: 'shared-a', name: 'S'.repeat(200), createdAt: 1, updatedAt: 1, entries: { q: { answer: 'yes' } } },
  { id: 'shared-b', name: 'Parma', createdAt: 2, updatedAt: 2, entries: {} },
];

let runKey = 0;
let idSeq = 0;
const makeId = () => `id-${runKey}-${++idSeq}`;

async function mountHost(key: string, backend: Backend): Promise<PropHost> {
  current = backend;
  const h = document.createElement('prop-host') as PropHost;
  h.setAttribute('storage-key', key);
  document.body.append(h);
  return h;
}

/** Runs `ops`; returns what must hold at the end. */
async function run(ops: Op[]): Promise<void> {
  const key = `prop-${Date.now().toString(36)}-${++runKey}`;
  const { backend, inner, ctl } = flakyBackend();
  const hosts = [await mountHost(key, backend), await mountHost(key, backend)];
  // Edits by side: [item id, question key, notes]. Acknowledged once that side has nothing pending
  // and says it saved.
  const edits: { on: number; id: string; q: string; value: string; acked: boolean }[] = [];
  const removed = new Set<string>();
  let n = 0;
  const ack = () => {
    hosts.forEach((h, i) => {
      if (!h.state.pending && h.state.status.kind === 'saved') for (const e of edits) if (e.on === i) e.acked = true;
    });
  };
  const checkStored = () => {
    for (const [k, raw] of inner.records) {
      expect(k, 'nothing set aside').not.to.contain(':unreadable:');
      const r = decodeRecord(raw, ChecklistState, 1);
      expect(r.status, `stored record decodes: ${r.status === 'invalid' ? r.reason : ''}`).to.equal('ok');
      expect(r.status === 'ok' && r.aside, 'no item left out').to.equal(undefined);
    }
  };

  for (const op of ops) {
    if (op.t === 'storage') {
      ctl.delay = op.delay;
      ctl.failures = op.failures;
    } else if (op.t === 'close') {
      const old = hosts[op.on]!;
      dispatchEvent(new PageTransitionEvent('pagehide'));
      old.remove();
      // Whatever it had not saved is not acknowledged; a new page opens on the same key.
      hosts[op.on] = await mountHost(key, backend);
    } else {
      const h = hosts[op.on]!;
      const s = h.state.value;
      const target = s.assessments[('item' in op ? op.item : 0) % s.assessments.length]!;
      let next: ChecklistState | null = null;
      const wrap = (c: { items: Assessment[]; open: string } | null) => (c ? { activeId: c.open, assessments: c.items } : null);
      if (op.t === 'answer') {
        const q = `q${++n}`;
        next = updateEntry({ ...s, activeId: target.id }, q, { notes: `v${n}` }, Date.now());
        if (h.state.set(next)) edits.push({ on: op.on, id: target.id, q, value: `v${n}`, acked: false });
        next = null;
      } else if (op.t === 'rename') next = { ...s, assessments: rename(s.assessments, target.id, op.name, LIMITS, { updatedAt: Date.now() }) };
      else if (op.t === 'create') next = wrap(create(s.assessments, { id: makeId(), name: `Assessment ${s.assessments.length + 1}`, createdAt: 1, updatedAt: 1, entries: {} }, LIMITS));
      else if (op.t === 'duplicate') next = wrap(duplicate(s.assessments, target.id, makeId(), (x) => `${x} (copy)`, LIMITS));
      else if (op.t === 'remove') {
        const c = remove(s.assessments, target.id, { id: makeId(), name: 'Assessment 1', createdAt: 1, updatedAt: 1, entries: {} });
        removed.add(target.id);
        next = wrap(c);
      } else if (op.t === 'import') {
        const incoming = op.names.map((nm, i) => ({ id: op.dupIds ? 'same' : `imp-${i}`, name: nm.slice(0, 200), createdAt: 1, updatedAt: 1, entries: {} }));
        next = wrap(importItems(s.assessments, incoming, 'add', makeId, LIMITS));
      } else if (op.t === 'share') next = wrap(shareAdd(s.assessments, SHARED[op.which]!, LIMITS));
      if (next) expect(h.state.set(next), 'every state the collection core makes is accepted').to.equal(true);
    }
    await sleep(op.wait);
    ack();
    checkStored();
  }

  // Storage recovers; everything settles.
  ctl.delay = 0;
  ctl.failures = 0;
  const settled = () =>
    hosts.every((h) => !h.state.pending && h.state.status.kind === 'saved') &&
    equal(hosts[0]!.state.value, hosts[1]!.state.value) &&
    // Nothing stored yet is the initial state.
    equal((inner.records.get(`prop-host:${key}`) as { data: unknown } | undefined)?.data ?? INITIAL, hosts[0]!.state.value);
  for (let i = 0; i < 150 && !settled(); i++) {
    for (const h of hosts) void h.state.flush();
    await sleep(20);
  }
  try {
    if (!settled()) {
      const brief = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'name' ? String(x).slice(0, 8) : k === 'createdAt' || k === 'updatedAt' ? undefined : x));
      console.log('DIAG', JSON.stringify(ops));
      hosts.forEach((h, i) => console.log('HOST', i, JSON.stringify(h.state.status), h.state.pending, brief(h.state.value)));
      console.log('STORED', brief(inner.records.get(`prop-host:${key}`)));
    }
    expect(settled(), 'both converge on the stored record').to.equal(true);
    checkStored();
    for (const h of hosts) {
      for (const e of edits) {
        if (!e.acked || removed.has(e.id)) continue;
        const a = h.state.value.assessments.find((x) => x.id === e.id);
        if (a?.entries[e.q]?.notes !== e.value) console.log('LOST', JSON.stringify(ops), JSON.stringify(e), JSON.stringify(h.state.value));
        expect(a?.entries[e.q]?.notes, `acknowledged edit ${e.q} on ${e.id}`).to.equal(e.value);
      }
      const shared = h.state.value.assessments.filter((x) => x.id.startsWith('s-'));
      expect(new Set(shared.map((x) => x.id)).size, 'a shared item added once').to.equal(shared.length);
    }
  } finally {
    hosts.forEach((h) => h.remove());
  }
}

describe('storage properties (two controllers, one key, flaky storage)', function () {
  let runs = 6;
  before(async () => {
    const configured = (await (await fetch('/__property-runs')).json()) as number | null;
    if (configured) runs = configured;
    this.timeout(Math.max(20_000, runs * 8_000));
  });

  it('every acknowledged edit survives; both converge; every stored record decodes', async function () {
    this.timeout(Math.max(20_000, runs * 8_000));
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        try {
          await run(ops);
        } catch (err) {
          console.log(String(err));
          throw err;
        }
      }),
      { numRuns: runs },
    );
  });
});
