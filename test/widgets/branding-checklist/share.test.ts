import { expect } from '@open-wc/testing';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import type { BrandingChecklist } from '../../../src/widgets/branding-checklist/branding-checklist.js';
import { shareUrl } from '../../../src/base/share.js';
import { shadow, until, uniqueKey, setHash } from '../../helpers.js';

async function make(key: string): Promise<BrandingChecklist> {
  const el = document.createElement('branding-checklist') as BrandingChecklist;
  el.setAttribute('storage-key', key);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const button = (el: Element, text: string) => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

describe('<branding-checklist> share links', () => {
  afterEach(() => setHash(''));

  it('shows a shared assessment read-only with its summary, and adds it only when asked', async () => {
    const key = uniqueKey('share');
    const shared = { id: 'x1', name: 'Parma 2026', createdAt: 1, updatedAt: 2, entries: { 'before-arrival-1': { answer: 'yes', notes: 'EFSA on board' } } };
    setHash(new URL(shareUrl(location.href, 'branding-checklist', key, shared)).hash);
    const el = await make(key);
    const root = shadow(el);
    // A share link is checked once the schemas have loaded (on demand).
    await until(() => !!root.querySelector('[part="shared"]'), 6000, 'shared shown');
    expect(root.querySelector('[part="shared"]')!.textContent).to.contain('Parma 2026');
    const yes = root.querySelector<HTMLInputElement>('[role="radiogroup"] input[value="yes"]')!;
    expect(yes.checked).to.equal(true);
    expect(yes.matches(':disabled')).to.equal(true);
    expect(root.querySelector('textarea')!.value).to.equal('EFSA on board');
    expect(root.querySelector('[role="region"]')!.textContent).to.contain('Parma 2026');
    expect(button(el, 'Download JSON'), 'no exports of someone else’s assessment').to.equal(undefined);
    expect(el.assessments.assessments).to.have.length(1);
    button(el, 'Add to my own')!.click();
    await el.updateComplete;
    expect(el.assessments.assessments.map((a) => a.name)).to.deep.equal(['Assessment 1', 'Parma 2026']);
    expect(root.querySelector('[role="radiogroup"] input[value="yes"]')!.matches(':disabled')).to.equal(false);
    el.remove();
  });

  it('makes a link carrying the open assessment', async () => {
    const el = await make(uniqueKey('make'));
    button(el, 'Share link')!.click();
    await until(() => !!shadow(el).querySelector<HTMLInputElement>('.share-link input')?.value, 2000, 'link');
    expect(shadow(el).querySelector<HTMLInputElement>('.share-link input')!.value).to.match(/#cw-share=branding-checklist~/);
    el.remove();
  });
});
