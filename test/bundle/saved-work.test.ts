// "Saved work is never lost", through the BUILT bundle on a strict-CSP page, real IndexedDB: slow
// reads (another page holding a readwrite transaction on the store), limits reached through the
// UI, imports, share links, several tabs.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type Win = Window & typeof globalThis & { __errors: string[] };
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

  /** A second page on the same key reads the record back without setting anything aside. */
  async function readsBack(tag: string, k: string): Promise<El> {
    const p = await page();
    const el = await mount(p, tag, k);
    expect(notice(el), 'nothing kept aside').to.equal('');
    return el;
  }

  it('duplicating a 200-character assessment twice keeps every name within the limit, unique, and readable', async () => {
    const k = key('dup');
    const el = await mount(await page(), 'branding-checklist', k);
    expect(nameInput(el).maxLength).to.equal(200);
    change(nameInput(el), 'N'.repeat(200));
    button(el, 'Duplicate').click();
    await el.updateComplete;
    button(el, 'Duplicate').click();
    await el.updateComplete;
    const names = el.assessments.assessments.map((a) => a.name);
    expect(names).to.have.length(3);
    expect(new Set(names).size).to.equal(3);
    for (const n of names) expect(n.length).to.be.at.most(200);
    expect(names[1]).to.match(/ \(copy\)$/);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await until(() => false, 400).catch(() => undefined);
    const again = await readsBack('branding-checklist', k);
    expect(again.assessments.assessments.map((a) => a.name).sort()).to.deep.equal([...names].sort());
  });

  it('notes are limited to what the schema takes; a longer one is refused with an alert, never saved', async () => {
    const k = key('notes');
    const el = await mount(await page(), 'branding-checklist', k);
    const notes = root(el).querySelector('textarea')!;
    expect(notes.maxLength).to.equal(20000);
    notes.value = 'ok';
    notes.dispatchEvent(new Event('input'));
    // A script (or an extension) can go past maxlength: the change is refused, visibly.
    notes.value = 'x'.repeat(20001);
    notes.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // Checked as soon as the schemas are there (they load with the first edit).
    await until(() => !!root(el).querySelector('[role="alert"]'), 5000, 'refusal shown');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('not made').and.contain('notes');
    expect(el.assessments.assessments[0]!.entries['before-arrival-1']!.notes).to.equal('ok');
    await new Promise((r) => setTimeout(r, 500));
    const again = await readsBack('branding-checklist', k);
    expect(again.assessments.assessments[0]!.entries['before-arrival-1']!.notes).to.equal('ok');
  });

  it('duplicating an 80-character radar profile twice keeps names within the limit and readable', async () => {
    const k = key('radar');
    const el = await mount(await page(), 'capital-radar', k);
    expect(nameInput(el).maxLength).to.equal(80);
    change(nameInput(el), 'P'.repeat(80));
    button(el, 'Duplicate').click();
    await el.updateComplete;
    button(el, 'Duplicate').click();
    await el.updateComplete;
    const names = el.savedProfiles.profiles.map((p) => p.name);
    expect(names).to.have.length(3);
    expect(new Set(names).size).to.equal(3);
    for (const n of names) expect(n.length).to.be.at.most(80);
    await new Promise((r) => setTimeout(r, 500));
    const again = await readsBack('capital-radar', k);
    expect(again.savedProfiles.profiles.map((p) => p.name).sort()).to.deep.equal([...names].sort());
  });

  it('an import with two assessments sharing one id: each opens, is edited and deleted on its own', async () => {
    const k = key('import');
    const p = await page();
    const el = await mount(p, 'branding-checklist', k);
    const file = {
      format: 'city-widgets/checklist',
      schemaVersion: 1,
      checklist: 'branding-checklist',
      exportedAt: '2026-01-01T00:00:00Z',
      assessments: [assessment('same', 'First'), assessment('same', 'Second')],
    };
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new p.win.DataTransfer();
    dt.items.add(new p.win.File([JSON.stringify(file)], 'two.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!button(el, 'Add as new assessments'), 2000, 'import confirm');
    button(el, 'Add as new assessments').click();
    await el.updateComplete;
    const ids = el.assessments.assessments.map((a) => a.id);
    expect(new Set(ids).size).to.equal(3);
    const second = el.assessments.assessments.find((a) => a.name === 'Second')!;
    change(select(el), second.id);
    await el.updateComplete;
    expect(nameInput(el).value).to.equal('Second');
    radio(el, 0, 'partly').click();
    await el.updateComplete;
    const byName = (n: string) => el.assessments.assessments.find((a) => a.name === n)!;
    expect(byName('Second').entries['before-arrival-1']?.answer).to.equal('partly');
    expect(byName('First').entries['before-arrival-1']).to.equal(undefined);
    button(el, 'Delete').click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.include('First').and.not.include('Second');
  });

  it('which assessment is open is each tab’s own: another tab adding one does not switch this one', async () => {
    const k = key('tabs');
    const a = await mount(await page(), 'branding-checklist', k);
    button(a, 'New assessment').click();
    await a.updateComplete;
    const b = await mount(await page(), 'branding-checklist', k);
    await until(() => b.assessments.assessments.length === 2, 2000, 'b synced');
    const first = b.assessments.assessments[0]!;
    change(select(b), first.id);
    await b.updateComplete;
    button(a, 'New assessment').click();
    await until(() => b.assessments.assessments.length === 3, 2000, 'b synced again');
    await b.updateComplete;
    expect(select(b).value).to.equal(first.id);
    expect(b.assessments.activeId).to.equal(first.id);
    radio(b, 1, 'no').click();
    await until(() => a.assessments.assessments.find((x) => x.id === first.id)?.entries['before-arrival-2']?.answer === 'no', 2000, 'b’s answer in a');
    expect(a.assessments.activeId).not.to.equal(first.id);
  });

  it('a record with one unreadable assessment keeps the good ones, and offers the kept-aside data', async () => {
    const k = key('salvage');
    const bad = { ...assessment('bad', 'x'.repeat(300)) };
    const raw = saved('good', [assessment('good', 'Leuven', { 'before-arrival-1': { answer: 'yes' } }), bad]);
    await put(`branding-checklist:${k}`, raw);
    const p = await page();
    const el = await mount(p, 'branding-checklist', k);
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Leuven']);
    const status = root(el).querySelector('[part="notice"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(notice(el)).to.contain('could not be read').and.contain('assessments[1].name');
    const download = [...status.querySelectorAll('button')].find((b) => b.textContent!.includes('Download the kept-aside data'))!;
    expect(download).to.exist;
    const asideKey = (await keys()).find((x) => x.startsWith(`branding-checklist:${k}:unreadable:`))!;
    expect(await get(asideKey)).to.deep.equal(raw);
    // The download carries the record as it was.
    const made: Blob[] = [];
    const create = p.win.URL.createObjectURL;
    p.win.URL.createObjectURL = (b: Blob) => (made.push(b), create.call(p.win.URL, b));
    download.click();
    p.win.URL.createObjectURL = create;
    const downloaded = JSON.parse(await made[0]!.text());
    expect(downloaded).to.deep.equal(raw);
    // Fixed by hand (the name the notice names), it is imported as it is with "Import JSON".
    downloaded.data.assessments[1].name = 'Recovered';
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new p.win.DataTransfer();
    dt.items.add(new p.win.File([JSON.stringify(downloaded, null, 2)], 'kept-aside.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!button(el, 'Add as new assessments'), 2000, 'import confirm');
    button(el, 'Add as new assessments').click();
    await el.updateComplete;
    const names = el.assessments.assessments.map((a) => a.name);
    expect(names).to.include('Recovered');
    expect(names.filter((n) => n.startsWith('Leuven'))).to.have.length(2);
  });

  it('a malformed % escape in a share link shows an alert, throws nothing, and the element keeps following the page language', async () => {
    const p = await page('#cw-share=branding-checklist~bad%E0%A4%A~eyJ9');
    const el = await mount(p, 'branding-checklist', 'default');
    const alert = root(el).querySelector('[part="shared"][role="alert"]')!;
    expect(alert.textContent).to.contain('damaged');
    p.doc.documentElement.lang = 'de';
    await until(() => /Notizen/.test(root(el).textContent!), 2000, 'German');
  });

  it('a storage-key with ~ makes share links that open in an element with that key; adding twice adds once', async () => {
    const k = `a~b~${key('tilde')}`;
    const p = await page();
    const el = await mount(p, 'branding-checklist', k);
    change(nameInput(el), 'S'.repeat(200));
    button(el, 'Share link').click();
    await until(() => !!root(el).querySelector<HTMLInputElement>('.share-link input')?.value, 2000, 'link');
    const link = new URL(root(el).querySelector<HTMLInputElement>('.share-link input')!.value);
    const k2 = `a~b~${key('tilde2')}`;
    // Two elements with one key on the page the link opens.
    const q = await page(link.hash.replace(encodeURIComponent(k).replace(/~/g, '%7E'), encodeURIComponent(k2).replace(/~/g, '%7E')));
    const x = await mount(q, 'branding-checklist', k2);
    const y = await mount(q, 'branding-checklist', k2);
    // A share link is checked once the schemas have loaded (on demand).
    await until(() => !!root(x).querySelector('[part="shared"]') && !!root(y).querySelector('[part="shared"]'), 6000, 'shared shown');
    expect(root(x).querySelector('[part="shared"]')!.textContent).to.contain('SSSS');
    button(x, 'Add to my own').click();
    await x.updateComplete;
    const addY = button(y, 'Add to my own');
    addY?.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(x.assessments.assessments).to.have.length(2);
    expect(y.assessments.assessments).to.have.length(2);
    for (const a of x.assessments.assessments) expect(a.name.length).to.be.at.most(200);
    // The same link opened again, and added again: still once.
    q.win.location.hash = link.hash.replace(encodeURIComponent(k).replace(/~/g, '%7E'), encodeURIComponent(k2).replace(/~/g, '%7E'));
    await until(() => !!button(x, 'Add to my own'), 2000, 'shared again');
    button(x, 'Add to my own').click();
    await new Promise((r) => setTimeout(r, 300));
    expect(x.assessments.assessments).to.have.length(2);
  });

  it('two same-key elements add a shared (long-named) assessment once, however often it is added', async () => {
    const k = key('twice');
    const shared = assessment('shared-1', 'L'.repeat(200), { 'before-arrival-1': { answer: 'yes' } });
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(shared)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const hash = `#cw-share=branding-checklist~${k}~${b64}`;
    const p = await page(hash);
    const x = await mount(p, 'branding-checklist', k);
    const y = await mount(p, 'branding-checklist', k);
    button(x, 'Add to my own').click();
    button(y, 'Add to my own')?.click();
    await new Promise((r) => setTimeout(r, 500));
    // The link opened again.
    p.win.location.hash = '';
    p.win.location.hash = hash;
    await until(() => !!button(y, 'Add to my own'), 2000, 'shared again');
    button(y, 'Add to my own').click();
    await new Promise((r) => setTimeout(r, 500));
    for (const el of [x, y]) {
      const names = el.assessments.assessments.map((a) => a.name);
      expect(names).to.have.length(2);
      for (const n of names) expect(n.length).to.be.at.most(200);
    }
    const again = await readsBack('branding-checklist', k);
    expect(again.assessments.assessments).to.have.length(2);
  });

  it('which radar profile is open is each tab’s own, and answers land in it', async () => {
    const k = key('radar-tabs');
    const a = await mount(await page(), 'capital-radar', k);
    button(a, 'New profile').click();
    await a.updateComplete;
    const b = await mount(await page(), 'capital-radar', k);
    await until(() => b.savedProfiles.profiles.length === 2, 2000, 'b synced');
    const first = b.savedProfiles.profiles[0]!;
    change(select(b), first.id);
    await b.updateComplete;
    button(a, 'New profile').click();
    await until(() => b.savedProfiles.profiles.length === 3, 2000, 'b synced again');
    await b.updateComplete;
    expect(select(b).value).to.equal(first.id);
    const agree = root(b).querySelector<HTMLInputElement>('[role="radiogroup"] input[value="agree"]')!;
    agree.click();
    await until(() => Object.keys(a.savedProfiles.profiles.find((p) => p.id === first.id)?.answers ?? {}).length === 1, 2000, 'b’s answer in a');
    expect(a.savedProfiles.activeId).not.to.equal(first.id);
  });

  it('a radar record with one unreadable profile keeps the good ones, with the notice and its download', async () => {
    const k = key('radar-salvage');
    const raw = { v: 1, savedAt: 1, data: { activeId: 'good', profiles: [{ id: 'good', name: 'Before', answers: { 'soc-1': 'agree' } }, { id: 'bad', name: 'x'.repeat(81), answers: {} }] } };
    await put(`capital-radar:${k}`, raw);
    const el = await mount(await page(), 'capital-radar', k);
    expect(el.savedProfiles.profiles.map((p) => p.name)).to.deep.equal(['Before']);
    expect(notice(el)).to.contain('could not be read').and.contain('profiles[1].name');
    expect([...root(el).querySelectorAll('[part="notice"] button')].map((b) => b.textContent!.trim())).to.deep.equal(['Download the kept-aside data']);
    expect(await get((await keys()).find((x) => x.startsWith(`capital-radar:${k}:unreadable:`))!)).to.deep.equal(raw);
    // The readable part is saved in its place: the next visit reads it without setting anything aside.
    await until(() => false, 600).catch(() => undefined);
    const again = await readsBack('capital-radar', k);
    expect(again.savedProfiles.profiles.map((p) => p.name)).to.deep.equal(['Before']);
    expect((await keys()).filter((x) => x.startsWith(`capital-radar:${k}:unreadable:`))).to.have.length(1);
  });
});
