// Widgets live on pages we don't control, which add and remove them at will: 500 mount/unmount
// cycles must leave no listener, observer, channel or timer behind, and 50 widgets share a page.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { until, uniqueKey } from '../helpers.js';

export const TAGS = ['branding-checklist', 'capital-radar', 'network-compare', 'diplomacy-capacity', 'talent-governance', 'labour-market-barriers', 'inclusion-action-plan'];

interface Tally {
  listeners: number;
  channels: number;
  observers: number;
  timers: number;
}

/** Counts what is registered and not yet released on window, document, media queries and the platform. */
function instrument(): { tally: Tally; restore: () => void } {
  const tally: Tally = { listeners: 0, channels: 0, observers: 0, timers: 0 };
  const globalTargets = new Set<EventTarget>([window, document]);
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const registered = new Map<EventTarget, Set<string>>();
  const keyOf = (type: string, fn: unknown) => `${type}|${String((fn as object) && (fn as { name?: string }).name)}|${idOf(fn)}`;
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (fn: unknown) => {
    if (!fn || typeof fn !== 'object' && typeof fn !== 'function') return -1;
    if (!ids.has(fn as object)) ids.set(fn as object, nextId++);
    return ids.get(fn as object)!;
  };
  const tracked = (t: EventTarget) => globalTargets.has(t) || t instanceof MediaQueryList;
  proto.addEventListener = function (this: EventTarget, type: string, fn: any, opts?: any) {
    if (tracked(this) && fn) {
      const set = registered.get(this) ?? new Set();
      const k = keyOf(type, fn);
      if (!set.has(k)) {
        set.add(k);
        tally.listeners++;
      }
      registered.set(this, set);
    }
    return add.call(this, type, fn, opts);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, fn: any, opts?: any) {
    if (tracked(this) && fn && registered.get(this)?.delete(keyOf(type, fn))) tally.listeners--;
    return remove.call(this, type, fn, opts);
  };
  const BC = window.BroadcastChannel;
  const close = BC.prototype.close;
  const open = new WeakSet<BroadcastChannel>();
  window.BroadcastChannel = class extends BC {
    constructor(name: string) {
      super(name);
      open.add(this);
      tally.channels++;
    }
  };
  BC.prototype.close = function (this: BroadcastChannel) {
    if (open.delete(this)) tally.channels--;
    return close.call(this);
  };
  const observing = new WeakSet<object>();
  const patchObserver = (Ctor: { prototype: { observe: Function; disconnect: Function } }) => {
    const observe = Ctor.prototype.observe;
    const disconnect = Ctor.prototype.disconnect;
    Ctor.prototype.observe = function (this: object, ...args: unknown[]) {
      if (!observing.has(this)) {
        observing.add(this);
        tally.observers++;
      }
      return observe.apply(this, args);
    };
    Ctor.prototype.disconnect = function (this: object) {
      if (observing.delete(this)) tally.observers--;
      return disconnect.call(this);
    };
    return () => {
      Ctor.prototype.observe = observe;
      Ctor.prototype.disconnect = disconnect;
    };
  };
  const unMO = patchObserver(MutationObserver as never);
  const unRO = patchObserver(ResizeObserver as never);
  const st = window.setTimeout;
  const ct = window.clearTimeout;
  const pending = new Set<number>();
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = st(
      (...a: unknown[]) => {
        pending.delete(id);
        tally.timers = pending.size;
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...rest,
    );
    pending.add(id);
    tally.timers = pending.size;
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    tally.timers = pending.size;
    ct(id);
  }) as typeof clearTimeout;
  return {
    tally,
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      window.BroadcastChannel = BC;
      BC.prototype.close = close;
      unMO();
      unRO();
      window.setTimeout = st;
      window.clearTimeout = ct;
    },
  };
}

describe('many widgets, long-lived pages', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: 500 mount/unmount cycles leave nothing behind`, async function () {
      this.timeout(60_000);
      const host = document.createElement('div');
      document.body.append(host);
      const { tally, restore } = instrument();
      try {
        const key = uniqueKey('cycle');
        for (let i = 0; i < 500; i++) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          el.setAttribute('storage-key', key);
          host.append(el);
          if (i % 50 === 0) await el.updateComplete;
          el.remove();
        }
        // Let pending loads, flushes and debounced writes settle.
        await until(() => tally.timers === 0, 10_000, `timers to settle (${tally.timers} pending)`);
        expect(tally.listeners, 'window/document/media listeners').to.equal(0);
        expect(tally.channels, 'open BroadcastChannels').to.equal(0);
        expect(tally.observers, 'connected observers').to.equal(0);
      } finally {
        restore();
        host.remove();
      }
    });
  }

  it('50 widgets on one page all render, and a broken one does not stop the others', async function () {
    this.timeout(60_000);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const els: HTMLElement[] = [];
      for (let i = 0; i < 50; i++) {
        const el = document.createElement(TAGS[i % TAGS.length]!);
        el.setAttribute('storage-key', uniqueKey('many'));
        if (i === 7) el.innerHTML = '<script type="application/json">{not json</script>';
        host.append(el);
        els.push(el);
      }
      await until(() => els.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && !el.shadowRoot!.textContent!.includes('Loading')), 20_000, 'all rendered');
      expect(els[7]!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(els.filter((el) => el.shadowRoot!.querySelector('[role="alert"]'))).to.have.length(1);
    } finally {
      host.remove();
    }
  });
});
