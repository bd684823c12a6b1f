import { expect } from '@open-wc/testing';
import '../../../src/widgets/capital-radar/capital-radar.js';
import type { CapitalRadar } from '../../../src/widgets/capital-radar/capital-radar.js';
import { shareUrl } from '../../../src/base/share.js';
import { shadow, until, uniqueKey, setHash } from '../../helpers.js';

async function make(key: string): Promise<CapitalRadar> {
  const el = document.createElement('capital-radar') as CapitalRadar;
  el.setAttribute('storage-key', key);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')];

describe('<capital-radar> share links', () => {
  afterEach(() => setHash(''));

  it('shows a shared profile read-only, draws it, and adds it only when asked', async () => {
    const key = uniqueKey('share');
    const profile = { id: 'p1', name: 'Mentee A, after 6 months', date: '2026-05-01', answers: { 'soc-1': 'agree', 'inf-1': 'disagree' } };
    setHash(new URL(shareUrl(location.href, 'capital-radar', key, profile)).hash);
    const el = await make(key);
    // A share link is checked once the schemas have loaded (on demand).
    await until(() => !!shadow(el).querySelector('[part="shared"]'), 3000, 'shared profile shown');
    const banner = shadow(el).querySelector('[part="shared"]')!;
    expect(banner.getAttribute('role')).to.equal('region');
    expect(banner.textContent).to.contain('Mentee A, after 6 months').and.contain('read-only');
    expect(el.savedProfiles.profiles).to.have.length(1);
    expect(shadow(el).querySelector('table')!.textContent).to.contain('Mentee A, after 6 months');
    buttons(el).find((b) => b.textContent!.includes('Add to my own'))!.click();
    await el.updateComplete;
    expect(el.savedProfiles.profiles.map((p) => p.name)).to.include('Mentee A, after 6 months');
    expect(shadow(el).querySelector('[part="shared"]')).to.equal(null);
    expect(location.hash).to.equal('');
    el.remove();
  });

  it('ignores a link for another storage-key', async () => {
    setHash(new URL(shareUrl(location.href, 'capital-radar', 'someone-else', { id: 'x', name: 'X', answers: {} })).hash);
    const el = await make(uniqueKey('other'));
    expect(shadow(el).querySelector('[part="shared"]')).to.equal(null);
    el.remove();
  });

  it('shows a damaged link as an alert with the path', async () => {
    const key = uniqueKey('bad');
    setHash(new URL(shareUrl(location.href, 'capital-radar', key, { id: 'x', name: '', answers: {} })).hash);
    const el = await make(key);
    const alert = shadow(el).querySelector('[part="shared"][role="alert"]')!;
    expect(alert.textContent).to.contain('damaged').and.contain('name');
    el.remove();
  });

  it('makes a link that carries the open profile in the fragment', async () => {
    const el = await make(uniqueKey('make'));
    buttons(el).find((b) => b.textContent!.trim() === 'Share link')!.click();
    await until(() => !!shadow(el).querySelector<HTMLInputElement>('.share-link input')?.value, 2000, 'link');
    const link = shadow(el).querySelector<HTMLInputElement>('.share-link input')!.value;
    expect(link).to.match(/#cw-share=capital-radar~/);
    expect(new URL(link).pathname).to.equal(location.pathname);
    expect(buttons(el).map((b) => b.textContent!.trim())).to.include.members(['Download SVG', 'Download PNG', 'Download CSV', 'Download JSON']);
    el.remove();
  });
});
