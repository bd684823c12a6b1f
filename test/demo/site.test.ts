// The demo site `npm start` serves: every page loads, shows the widgets, and works.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { TAGS } from '../robustness/lifecycle.test.js';

async function open(path: string): Promise<{ doc: Document; win: Window; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  frame.src = path;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow!, frame };
}
const rendered = (doc: Document, tag: string) => (doc.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0;

describe('demo site', () => {
  it('home page shows every widget', async () => {
    const { doc, frame } = await open('/index.html');
    await until(() => TAGS.every((t) => rendered(doc, t)), 8000, 'every widget on the home page');
    frame.remove();
  });

  it('the every-attribute page shows each widget in its variants, including the alerts', async () => {
    const { doc, frame } = await open('/demo/widgets.html');
    await until(() => TAGS.every((t) => doc.querySelectorAll(t).length >= 7), 8000, 'variants');
    await until(() => [...doc.querySelectorAll('[storage-key="demo-bad"]')].every((el) => !!el.shadowRoot?.querySelector('[role="alert"]')), 8000, 'alerts');
    frame.remove();
  });

  it('the embed builder updates the snippet and the live preview', async () => {
    const { doc, frame } = await open('/demo/builder.html');
    await until(() => !!doc.querySelector('#preview')?.firstElementChild, 8000, 'preview');
    const form = doc.querySelector('form')!;
    const tag = form.querySelector<HTMLSelectElement>('select[name="tag"]')!;
    expect([...tag.options].map((o) => o.value)).to.include.members(TAGS);
    tag.value = 'network-compare';
    tag.dispatchEvent(new Event('change', { bubbles: true }));
    const selected = form.querySelector<HTMLInputElement>('input[name="opt-selected"]')!;
    selected.value = 'icc,welcoming-america';
    selected.dispatchEvent(new Event('input', { bubbles: true }));
    const theme = form.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    const code = doc.querySelector('#snippet')!.textContent!;
    expect(code).to.contain('<network-compare theme="dark" selected="icc,welcoming-america"></network-compare>');
    expect(code).to.contain('<script type="module" src="https://example.org/city-widgets.js"></script>');
    const live = doc.querySelector('#preview network-compare')!;
    expect(live.getAttribute('selected')).to.equal('icc,welcoming-america');
    frame.remove();
  });

  it('the embed builder writes view="comparison" and the radar profiles a blogger types', async () => {
    const { doc, frame } = await open('/demo/builder.html');
    await until(() => !!doc.querySelector('#preview')?.firstElementChild, 8000, 'preview');
    const form = doc.querySelector('form')!;
    const set = (name: string, value: string) => {
      const el = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    };
    set('tag', 'network-compare');
    set('opt-selected', 'icc,welcoming-america');
    set('opt-view', 'comparison');
    expect(doc.querySelector('#snippet')!.textContent).to.contain('<network-compare selected="icc,welcoming-america" view="comparison"></network-compare>');
    set('tag', 'capital-radar');
    set('opt-mode', 'chart');
    set('profile-0-name', 'After 18 months <b>');
    set('profile-0-social', '80');
    set('profile-0-language', '55');
    const code = doc.querySelector('#snippet')!.textContent!;
    expect(code).to.contain('<capital-radar mode="chart">');
    expect(code).to.contain('<script type="application/profiles+json">');
    const json = JSON.parse(code.split('<script type="application/profiles+json">')[1]!.split('</script>')[0]!);
    expect(json).to.deep.equal([
      { id: 'p1', name: 'After 18 months <b>', values: { economic: null, social: 80, information: null, cultural: null, psychological: null, language: 55 } },
    ]);
    const live = doc.querySelector('#preview capital-radar')!;
    await until(() => !!live.shadowRoot?.querySelector('.legend')?.textContent?.includes('After 18 months'), 5000, 'legend');
    expect(live.shadowRoot!.querySelector('.legend')!.textContent).to.contain('After 18 months <b>');
    frame.remove();
  });

  it('the dark page renders every widget dark', async () => {
    const { doc, frame } = await open('/demo/dark.html');
    await until(() => TAGS.every((t) => rendered(doc, t)), 8000, 'render');
    for (const t of TAGS) {
      const root = doc.querySelector(t)!.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('data-scheme'), t).to.equal('dark');
      const [r, g, b] = getComputedStyle(root).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
      expect(r + g + b, `${t} background`).to.be.lessThan(150);
    }
    frame.remove();
  });

  for (const lang of ['nl', 'de', 'it', 'hu', 'cs', 'pl']) {
    it(`the ${lang} page shows the widgets in ${lang}`, async () => {
      const { doc, frame } = await open(`/demo/language.html?lang=${lang}`);
      expect(doc.documentElement.lang).to.equal(lang);
      type Bc = HTMLElement & { data?: { translations?: Record<string, { strings: Record<string, string> }> } };
      await until(() => !!(doc.querySelector('branding-checklist') as Bc | null)?.data, 8000, 'data');
      const bc = doc.querySelector('branding-checklist') as Bc;
      await (bc as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const title = () => bc.data!.translations?.[lang]?.strings['title'];
      await until(() => !!title() && bc.shadowRoot!.querySelector('h2')?.textContent === title(), 8000, 'title in the language');
      frame.remove();
    });
  }

  it('the strict-CSP page shows every widget with no violation', async () => {
    const res = await fetch('/demo/csp.html');
    expect(res.headers.get('content-security-policy')).to.contain("script-src 'self'");
    const { doc, frame } = await open('/demo/csp.html');
    await until(() => TAGS.every((t) => rendered(doc, t)), 8000, 'render');
    await new Promise((r) => setTimeout(r, 200));
    expect(doc.querySelector('#violations')!.textContent).to.equal('0');
    frame.remove();
  });
});
