// "Saved work is never lost", through the BUILT bundle on a strict-CSP page, real IndexedDB: slow
// reads (another page holding a readwrite transaction on the store), limits reached through the
// UI, imports, share links, several tabs.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type Win = Window & { __errors: string[] };
type Page = { frame: HTMLIFrameElement; win: Win; doc: Document };
type Assessment = { id: string; name: string; createdAt: number; updatedAt: number; entries: Record<string, { answer?: string; notes?: string }> };
type El = HTMLElement & { assessments: { activeId: string; assessments: Assessment[] }; savedProfiles: { activeId: string; profiles: { id: string; name: string; answers?: Record<string, string> }[] }; updateComplete: Promise<boolean> };

let seq = 0;
const key = (p: string) => `${p}-${Date.now().toString(36)}-${seq++}`;

async function openPage(hash = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.src = `/test/fixtures/csp/saved-work.html${hash}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  await until(() => !!win.customElements.get('branding-checklist') && !!win.customElements.get('capital-radar'), 5000, 'defined');
  return { frame, win, doc: frame.contentDocument! };
}

async function mount(page: Page, tag: string, storageKey: string, ready = true): Promise<El> {
  const el = page.doc.createElement(tag) as El;
  el.setAttribute('storage-key', storageKey);
  page.doc.body.append(el);
  await until(() => !!el.shadowRoot?.querySelector('[role="radiogroup"]'), 5000, `${tag} rendered`);
  if (ready) await new Promise((r) => setTimeout(r, 300));
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const button = (el: Element, name: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const radio = (el: Element, q: number, value: string) => root(el).querySelectorAll('[role="radiogroup"]')[q]!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const nameInput = (el: Element) => root(el).querySelector<HTMLInputElement>('[part="assessments"] input[type="text"], [part="profiles"] input[type="text"]')!;
const select = (el: Element) => root(el).querySelector<HTMLSelectElement>('[part="assessments"] select, [part="profiles"] select')!;
const notice = (el: Element) => root(el).querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim();
const change = (input: HTMLInputElement | HTMLSelectElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('change'));
};

// ---- IndexedDB of the test page itself: the same origin as the frames ---------------------------

function db(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('city-widgets');
    req.onupgradeneeded = () => req.result.createObjectStore('state');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
async function put(k: string, value: unknown): Promise<void> {
  const d = await db();
  await new Promise((r) => {
    const tx = d.transaction('state', 'readwrite');
    tx.objectStore('state').put(value, k);
    tx.oncomplete = r;
  });
  d.close();
}
async function get(k: string): Promise<unknown> {
  const d = await db();
  const v = await new Promise((r) => {
    const req = d.transaction('state').objectStore('state').get(k);
    req.onsuccess = () => r(req.result);
  });
  d.close();
  return v;
}
async function keys(): Promise<string[]> {
  const d = await db();
  const v = await new Promise<string[]>((r) => {
    const req = d.transaction('state').objectStore('state').getAllKeys();
    req.onsuccess = () => r(req.result as string[]);
  });
  d.close();
  return v;
}
/** Holds a readwrite transaction on the store for `ms` (another tab writing a large state). */
async function hold(ms: number): Promise<{ released: Promise<void> }> {
  const d = await db();
  const tx = d.transaction('state', 'readwrite');
  const store = tx.objectStore('state');
  const end = performance.now() + ms;
  const spin = () => {
    if (performance.now() < end) store.get('__hold').onsuccess = spin;
  };
  spin();
  return { released: new Promise((r) => (tx.oncomplete = () => (d.close(), r()))) };
}

const assessment = (id: string, name: string, entries: Assessment['entries'] = {}): Assessment => ({ id, name, createdAt: 1, updatedAt: 1, entries });
const saved = (activeId: string, assessments: Assessment[]) => ({ v: 1, savedAt: 1, data: { activeId, assessments } });
const record = async (k: string) => (await get(`branding-checklist:${k}`)) as { data: { activeId: string; assessments: Assessment[] } } | undefined;

describe('saved work is never lost (built bundle)', function () {
  this.timeout(20000);
  const pages: Page[] = [];
  const page = async (hash = '') => {
    const p = await openPage(hash);
    pages.push(p);
    return p;
  };
  afterEach(() => {
    for (const p of pages) expect(p.win.__errors, 'no uncaught error').to.deep.equal([]);
    pages.splice(0).forEach((p) => p.frame.remove());
  });

  it('an answer given while saved state loads slowly (~1 s) is merged into it: no assessment is lost', async () => {
    const k = key('slow');
    const before = [assessment('a1', 'Leuven 2025', { 'before-arrival-2': { answer: 'no', notes: 'kept' } }), assessment('a2', 'Groningen')];
    await put(`branding-checklist:${k}`, saved('a1', before));
    const { released } = await hold(1200);
    const p = await page();
    const el = await mount(p, 'branding-checklist', k, false);
    radio(el, 0, 'yes').click();
    await released;
    await until(() => el.assessments.assessments.length === 3, 3000, 'merged in the tab');
    // The view stays on what was being answered.
    expect(radio(el, 0, 'yes').checked).to.equal(true);
    let r = await record(k);
    for (let i = 0; i < 50 && r?.data.assessments.length !== 3; i++) {
      await new Promise((x) => setTimeout(x, 100));
      r = await record(k);
    }
    const names = r!.data.assessments.map((a) => a.name);
    expect(names).to.include.members(['Leuven 2025', 'Groningen']);
    expect(r!.data.assessments.find((a) => a.id === 'a1')!.entries).to.deep.equal(before[0]!.entries);
    expect(r!.data.assessments.some((a) => a.entries['before-arrival-1']?.answer === 'yes')).to.equal(true);
  });

  it('a read that takes over 2 s: "can’t be saved", nothing written over the record, merged once the store frees up', async () => {
    const k = key('timeout');
    const before = [assessment('a1', 'Leuven 2025', { 'before-arrival-2': { answer: 'no' } })];
    await put(`branding-checklist:${k}`, saved('a1', before));
    const { released } = await hold(3500);
    const p = await page();
    const el = await mount(p, 'branding-checklist', k, false);
    await until(() => /can’t be saved/.test(notice(el)), 4000, 'unavailable notice');
    radio(el, 0, 'yes').click();
    await released;
    // The store is free: the record is still the one saved (no queued write landed over it).
    expect((await record(k))!.data).to.deep.equal(saved('a1', before).data);
    let r = await record(k);
    for (let i = 0; i < 60 && r?.data.assessments.length !== 2; i++) {
      await new Promise((x) => setTimeout(x, 100));
      r = await record(k);
    }
    expect(r!.data.assessments.find((a) => a.id === 'a1')!.entries).to.deep.equal(before[0]!.entries);
    expect(r!.data.assessments.some((a) => a.entries['before-arrival-1']?.answer === 'yes')).to.equal(true);
    await until(() => !/can’t be saved/.test(notice(el)), 2000, 'notice gone');
  });
});
