// Two tabs on the same assessment, and a page closed right after a burst of edits: the built
// bundle, real IndexedDB, real BroadcastChannel between browsing contexts.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type Tab = { frame: HTMLIFrameElement; el: HTMLElement; root: ShadowRoot };

async function openTab(key: string): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/csp/tab.html?key=${key}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  const el = doc.querySelector('branding-checklist') as HTMLElement;
  el.setAttribute('storage-key', key);
  await until(() => !!el.shadowRoot?.querySelector('[role="radiogroup"]') && !el.shadowRoot.textContent!.includes('Loading'), 5000, 'tab ready');
  await new Promise((r) => setTimeout(r, 100));
  return { frame, el, root: el.shadowRoot! };
}
const radio = (t: Tab, q: number, value: string) => t.root.querySelectorAll('[role="radiogroup"]')[q]!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

describe('built bundle across tabs', () => {
  it('two tabs editing the same assessment at once lose no edit, and converge within 2 s', async () => {
    const key = `tabs-${Date.now()}`;
    const a = await openTab(key);
    const b = await openTab(key);
    // At the same moment, before either tab hears of the other's edit.
    radio(a, 0, 'yes').click();
    radio(b, 1, 'partly').click();
    const both = (t: Tab) => radio(t, 0, 'yes').checked && radio(t, 1, 'partly').checked;
    await until(() => both(a) && both(b), 2000, 'both edits in both tabs');
    expect((a.el as unknown as { assessments: unknown }).assessments).to.deep.equal((b.el as unknown as { assessments: unknown }).assessments);
    a.frame.remove();
    b.frame.remove();
    // And storage has both edits too.
    const c = await openTab(key);
    await until(() => both(c), 3000, 'both edits saved');
    c.frame.remove();
  });

  it('keeps the last of many rapid edits when the tab closes at once', async () => {
    const key = `close-${Date.now()}`;
    const a = await openTab(key);
    const notes = a.root.querySelectorAll('textarea')[0]!;
    for (let i = 1; i <= 30; i++) {
      notes.value = `draft ${i}`;
      notes.dispatchEvent(new Event('input'));
    }
    a.frame.contentWindow!.location.href = 'about:blank'; // the page goes away before the debounced save
    await new Promise((r) => a.frame.addEventListener('load', r, { once: true }));
    const again = await openTab(key);
    await until(() => again.root.querySelectorAll('textarea')[0]!.value === 'draft 30', 3000, 'last edit restored');
    again.frame.remove();
  });
});
