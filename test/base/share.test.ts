import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { readShared, shareUrl } from '../../src/base/share.js';
import { schemaOf } from '../../src/core/validate.js';

const S = z.object({ name: z.string(), n: z.number() });

describe('share links', () => {
  // A schema comes with its checking code (as an element gets it), before `readShared` uses it.
  before(() => schemaOf(S));
  const payload = { name: 'Zlín 2026 — “draft” ✓', n: 3 };
  const url = shareUrl('https://city.example/page?x=1#old', 'branding-checklist', 'my key', payload);

  it('puts the state in the fragment only', () => {
    const u = new URL(url);
    expect(u.origin + u.pathname + u.search).to.equal('https://city.example/page?x=1');
    expect(u.hash).to.match(/^#cw-share=branding-checklist~my%20key~[A-Za-z0-9_-]+$/);
  });
  it('round-trips unicode', () => {
    expect(readShared(new URL(url).hash, 'branding-checklist', 'my key', S)).to.deep.equal({ ok: true, data: payload });
  });
  it('ignores fragments for another tag or key, and other fragments', () => {
    const h = new URL(url).hash;
    expect(readShared(h, 'capital-radar', 'my key', S)).to.equal(null);
    expect(readShared(h, 'branding-checklist', 'default', S)).to.equal(null);
    expect(readShared('#section-2', 'branding-checklist', 'my key', S)).to.equal(null);
    expect(readShared('', 'branding-checklist', 'my key', S)).to.equal(null);
  });
  it('reports a damaged link', () => {
    const r = readShared('#cw-share=branding-checklist~my%20key~%%%', 'branding-checklist', 'my key', S);
    expect(r && !r.ok && r.problem.expected).to.equal('a complete share link');
  });
  it('reports a malformed % escape in the key as a damaged link, never a URIError', () => {
    const body = new URL(url).hash.split('~')[2];
    const r = readShared(`#cw-share=branding-checklist~bad%E0%A4%A~${body}`, 'branding-checklist', 'my key', S);
    expect(r && !r.ok && r.problem.expected).to.equal('a complete share link');
  });
  it('round-trips a storage-key containing ~ (and other reserved characters)', () => {
    for (const key of ['a~b', '~', 'x~~y%z', 'a b/c?d#e']) {
      const link = shareUrl('https://a.example/', 'branding-checklist', key, payload);
      expect(readShared(new URL(link).hash, 'branding-checklist', key, S), key).to.deep.equal({ ok: true, data: payload });
      expect(readShared(new URL(link).hash, 'branding-checklist', 'a', S), key).to.equal(null);
    }
  });
  it('validates the payload with the schema', () => {
    const bad = shareUrl('https://a.example/', 't', 'k', { name: 5, n: 1 });
    const r = readShared(new URL(bad).hash, 't', 'k', S);
    expect(r && !r.ok && r.problem.path).to.equal('name');
  });
});
