import { expect } from '@open-wc/testing';
import '../../src/widgets/branding-checklist/branding-checklist.js';

describe('DataController', () => {
  it('removing an element while its src loads fires no cw-invalid-data (no false "timeout")', async () => {
    const events: unknown[] = [];
    const el = document.createElement('branding-checklist');
    el.setAttribute('src', '/__hang');
    el.addEventListener('cw-invalid-data', (e) => events.push((e as CustomEvent).detail));
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(events).to.deep.equal([]);
  });

  it('still reports a src that fails while the element is on the page', async () => {
    const el = document.createElement('branding-checklist');
    el.setAttribute('src', '/no-such-file.json');
    const got = new Promise<CustomEvent>((r) => el.addEventListener('cw-invalid-data', (e) => r(e as CustomEvent), { once: true }));
    document.body.append(el);
    const e = await got;
    expect(e.detail.path).to.equal('src');
    el.remove();
  });
});
