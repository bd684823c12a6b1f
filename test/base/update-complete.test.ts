// `await el.updateComplete` is all a page or a test needs: it waits for the element's data (`src`),
// its saved state and its language, and for the render that shows them.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/branding-checklist/branding-checklist.js';
import '../../src/widgets/capital-radar/capital-radar.js';
import * as z from 'zod/mini';
import { CwElement } from '../../src/base/cw-element.js';
import { StateController } from '../../src/storage/state-controller.js';
import { memoryBackend, type Backend } from '../../src/storage/store.js';
import { accessibleName, mount, radioGroups, radioNamed, shadow, until, uniqueKey } from '../helpers.js';

async function place(markup: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const wrap = await mount<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = markup;
  return wrap.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
}

describe('updateComplete', () => {
  it('waits for the data from src, the saved answers and the language', async () => {
    const key = uniqueKey('uc');
    const first = await place(`<branding-checklist storage-key="${key}" lang="en"></branding-checklist>`);
    await first.updateComplete;
    radioNamed(radioGroups(first)[0]!, 'Yes').click();
    await until(() => !(first as unknown as { _state: { pending: boolean } })._state.pending, 3000, 'saved');
    first.remove();

    const el = await place(`<branding-checklist storage-key="${key}" lang="pl" src="/data/branding-checklist.json"></branding-checklist>`);
    await el.updateComplete;
    const text = shadow(el).textContent!;
    expect(text).not.to.contain('Wczytywanie').and.not.to.contain('Loading');
    const groups = radioGroups(el);
    expect(groups).to.have.length(12);
    const yes = radioNamed(groups[0]!, 'Tak');
    expect(accessibleName(yes)).to.equal('Tak');
    expect(yes.checked, 'the saved answer').to.equal(true);
  });

  it('waits for an inline dataset checked against its schema (loaded on demand)', async () => {
    const el = await place(`<capital-radar storage-key="${uniqueKey('uc')}" mode="chart" lang="de"><script type="application/json">{"nope": 1}</script></capital-radar>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('version');
  });

  it('does not wait for a removed element’s loads', async () => {
    const el = await place(`<branding-checklist storage-key="${uniqueKey('uc')}" lang="cs" src="/data/branding-checklist.json"></branding-checklist>`);
    el.remove();
    await el.updateComplete;
  });
});

describe('updateComplete and a load that never ends', () => {
  it('gives up waiting after loadsTimeoutMs (a stalled network), with the element as it is', async () => {
    const before = CwElement.loadsTimeoutMs;
    CwElement.loadsTimeoutMs = 300;
    try {
      const el = await place(`<branding-checklist storage-key="${uniqueKey('uc')}" lang="en"></branding-checklist>`);
      await el.updateComplete;
      (el as unknown as { track(p: Promise<unknown>): void }).track(new Promise(() => {}));
      const t = performance.now();
      await el.updateComplete;
      expect(performance.now() - t).to.be.within(250, 2000);
      expect(radioGroups(el)).to.have.length(12);
    } finally {
      CwElement.loadsTimeoutMs = before;
    }
  });
});

describe('updateComplete and slow storage', () => {
  const Counter = z.object({ n: z.number() });
  type Counter = z.infer<typeof Counter>;
  const records = memoryBackend({});
  const slow: Backend = {
    get: (k) => new Promise((r) => setTimeout(() => r(records.get(k)), 1600)),
    set: (k, v) => records.set(k, v),
    update: (k, fn) => records.update!(k, fn),
  };
  class SlowHost extends CwElement {
    state = new StateController<Counter>(this, { tag: 'slow-host', schema: Counter, version: 1, initial: () => ({ n: 0 }), backend: slow, timeoutMs: 5000 });
    override render() {
      return html`<p>${this.state.value.n}</p>`;
    }
  }
  customElements.define('slow-host', SlowHost);

  it('waits 1 s at most for the saved state; an edit made then is merged into what is read', async () => {
    const key = uniqueKey('slow');
    records.records.set(`slow-host:${key}`, { v: 1, savedAt: 1, data: { n: 5 } });
    const el = await place(`<slow-host storage-key="${key}"></slow-host>`);
    const t = performance.now();
    await el.updateComplete;
    expect(performance.now() - t).to.be.within(800, 1500);
    const host = el as unknown as SlowHost;
    expect(host.state.status.kind).to.equal('loading');
    host.state.set({ n: 7 });
    await until(() => host.state.status.kind === 'saved', 3000, 'read');
    // This side changed 0 → 7 while the record said 5: its edit wins, nothing is written over unread.
    expect(host.state.value).to.deep.equal({ n: 7 });
  });
});
