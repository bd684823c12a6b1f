import { expect } from '@open-wc/testing';
import '../../../src/widgets/network-compare/network-compare.js';
import type { NetworkCompare } from '../../../src/widgets/network-compare/network-compare.js';
import { shareUrl } from '../../../src/base/share.js';
import { accessibleName, shadow, until, uniqueKey, setHash } from '../../helpers.js';

async function make(attrs: Record<string, string>): Promise<NetworkCompare> {
  const el = document.createElement('network-compare') as NetworkCompare;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const colHeaders = (el: Element) => [...shadow(el).querySelectorAll('table thead th[scope="col"]')].map((t) => t.textContent!.trim());

describe('<network-compare> share links', () => {
  afterEach(() => setHash(''));

  it('shows a shared comparison without saving it, and keeps it when asked', async () => {
    const key = uniqueKey('share');
    setHash(new URL(shareUrl(location.href, 'network-compare', key, { selected: ['eurocities', 'icc', 'welcoming-america'] })).hash);
    const el = await make({ 'storage-key': key });
    // A share link is checked once the schemas have loaded (on demand).
    await until(() => !!shadow(el).querySelector('[part="shared"]'), 6000, 'shared shown');
    const banner = shadow(el).querySelector('[part="shared"]')!;
    expect(banner.textContent).to.contain('Eurocities');
    expect(colHeaders(el).join('|')).to.contain('Welcoming America');
    expect((el as any)._state.value.selected).to.deep.equal([]);
    [...banner.querySelectorAll('button')].find((b) => b.textContent!.includes('Add to my own'))!.click();
    await el.updateComplete;
    expect((el as any)._state.value.selected).to.deep.equal(['eurocities', 'icc', 'welcoming-america']);
    expect(shadow(el).querySelector('[part="shared"]')).to.equal(null);
    el.remove();
  });

  it('dismissing returns to the user’s own selection', async () => {
    const key = uniqueKey('dismiss');
    setHash(new URL(shareUrl(location.href, 'network-compare', key, { selected: ['icc', 'welcoming-america'] })).hash);
    const el = await make({ 'storage-key': key });
    [...shadow(el).querySelectorAll('[part="shared"] button')].find((b) => b.textContent!.includes('Dismiss'))!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(el.selection).to.deep.equal([]);
    el.remove();
  });

  it('refuses a link with an invalid id, naming the path', async () => {
    const key = uniqueKey('bad');
    setHash(new URL(shareUrl(location.href, 'network-compare', key, { selected: ['<script>'] })).hash);
    const el = await make({ 'storage-key': key });
    expect(shadow(el).querySelector('[part="shared"][role="alert"]')!.textContent).to.contain('selected[0]');
    el.remove();
  });
});

describe('<network-compare> in another language', () => {
  it('shows dimensions, anchors and scope labels in Dutch, network names as they are', async () => {
    const el = await make({ 'storage-key': uniqueKey(), lang: 'nl', selected: 'eurocities,icc' });
    const text = shadow(el).textContent!;
    const nl = el.data!.translations!.nl!.strings;
    expect(text).to.contain(nl['dimensions.d1.label']);
    expect(text).to.contain(nl['dimensions.d1.anchors.3']);
    expect(text).to.contain(nl['dimensions.d1.description']);
    const box = [...shadow(el).querySelectorAll('input[type="checkbox"]')].find((c) => accessibleName(c) === 'Eurocities');
    expect(box, 'checkbox named by the network, untranslated').to.exist;
    el.remove();
  });

  it('writes years without grouping in German (2015, not 2.015), readings included', async () => {
    const el = await make({ 'storage-key': uniqueKey(), lang: 'de', selected: 'icc,welcoming-america' });
    const text = shadow(el).querySelector('table')!.textContent!;
    expect(text).to.contain('2015').and.contain('2016').and.contain('2008');
    expect(text).not.to.match(/\b2\.0\d\d\b/);
    el.remove();
  });
});

describe('<network-compare> exports', () => {
  it('offers CSV and JSON of the comparison once two are selected', async () => {
    const el = await make({ 'storage-key': uniqueKey(), selected: 'eurocities,solidarity-cities' });
    const names = [...shadow(el).querySelectorAll('[part="actions"] button')].map((b) => b.textContent!.trim());
    expect(names).to.include.members(['Download CSV', 'Download JSON', 'Share link']);
    for (const part of ['profile', 'map']) {
      const files = [...shadow(el).querySelectorAll(`[part="${part}"] .chart-files button`)].map((b) => b.textContent!.trim());
      expect(files, part).to.deep.equal(['Download SVG', 'Download PNG']);
    }
    el.remove();
  });
});

describe('<network-compare> with ids it does not know', () => {
  it('says which ids of selected= were left out', async () => {
    const el = await make({ 'storage-key': uniqueKey(), selected: 'icc,welcoming-amerika,eurocities' });
    expect(el.selection).to.deep.equal(['icc', 'eurocities']);
    expect(shadow(el).querySelector('[part="comparison"] [role="status"]')!.textContent).to.contain('welcoming-amerika');
    el.remove();
  });
});
