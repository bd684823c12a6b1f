// Both charts on one article page, through the BUILT dist/city-widgets.js under the strict CSP: the
// host page never scrolls sideways, at phone and article-column widths, in English and German.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };

async function load(width: number) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  frame.src = '/test/fixtures/csp/article.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  await until(() => ['assess', 'chart', 'full', 'cmp'].every((id) => !!doc.getElementById(id)?.shadowRoot?.querySelector('svg')), 8000, 'charts');
  return { win, doc, frame };
}

const settle = () => new Promise((r) => setTimeout(r, 300));

for (const lang of ['en', 'de']) {
  for (const width of [320, 360, 680]) {
    describe(`article page at ${width} px in ${lang}`, () => {
      it('never makes the page wider than the window', async () => {
        const { win, doc, frame } = await load(width);
        doc.documentElement.lang = lang;
        await settle();
        await until(() => (lang === 'en' ? true : !!doc.getElementById('cmp')!.shadowRoot!.textContent!.includes('Netzwerk')), 4000, 'German');
        await settle();
        expect(win.innerWidth).to.equal(width);
        expect(doc.documentElement.scrollWidth, 'page').to.be.at.most(win.innerWidth);
        // The radar's table of values, hidden or shown, never widens the page either.
        const radar = doc.getElementById('assess')!.shadowRoot!;
        const toggle = [...radar.querySelectorAll('button')].find((b) => b.getAttribute('aria-controls') === 'values')!;
        toggle.click();
        await settle();
        expect(doc.documentElement.scrollWidth, 'with the table shown').to.be.at.most(win.innerWidth);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__violations).to.deep.equal([]);
        frame.remove();
      });
    });
  }
}

describe('view="comparison" in an article column (680 px)', () => {
  let ctx: Awaited<ReturnType<typeof load>>;
  before(async () => {
    ctx = await load(680);
    await settle();
  });
  after(() => ctx.frame.remove());

  it('shows only the comparison: no search, filters, list or member buttons', () => {
    const r = ctx.doc.getElementById('cmp')!.shadowRoot!;
    expect(r.querySelector('[role="search"], input[type="search"], select, input[type="checkbox"]')).to.equal(null);
    expect(r.querySelector('[part="list"], [part="filters"], button.member')).to.equal(null);
    const heads = [...r.querySelectorAll('table thead th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Intercultural Cities Programme', 'Welcoming America', 'Eurocities', 'Solidarity Cities']);
    expect(r.querySelector('svg.profile-chart[role="img"]')).to.not.equal(null);
    expect(r.querySelector('svg.map-chart[role="img"]')).to.not.equal(null);
  });

  it('fits the column: four networks side by side without scrolling sideways, key rows first', () => {
    const cmp = ctx.doc.getElementById('cmp')!;
    expect(cmp.getBoundingClientRect().width).to.be.at.most(680);
    expect(cmp.scrollWidth).to.be.at.most(cmp.clientWidth + 1);
    const wrap = cmp.shadowRoot!.querySelector('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
    const rows = () => cmp.shadowRoot!.querySelectorAll('table[part="table"] tbody th[scope="row"]').length;
    expect(rows()).to.equal(5 + 9);
  });

  it('shows every attribute on request, and the rows with nothing known, hidden by default', async () => {
    const cmp = ctx.doc.getElementById('cmp')!;
    const find = (text: string) => [...cmp.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
    const rows = () => cmp.shadowRoot!.querySelectorAll('table[part="table"] tbody th[scope="row"]').length;
    const all = find('Show all attributes');
    const hide = find('Hide rows with nothing known');
    expect(hide.getAttribute('aria-pressed')).to.equal('true');
    all.click();
    // Every attribute and dimension, and the typology's rows where one of the four is classified.
    await until(() => rows() >= 15 + 9 && rows() < 15 + 7 + 9, 2000, 'all rows with something known');
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    hide.click();
    await until(() => rows() === 15 + 7 + 9, 2000, 'all rows (attributes, typology, dimensions)');
    hide.click();
    all.click();
    await until(() => rows() === 5 + 9, 2000, 'key rows again');
  });

  it('is article-sized: the charts side by side, every download in one row', () => {
    const r = ctx.doc.getElementById('cmp')!.shadowRoot!;
    const profile = r.querySelector('figure.chart')!.getBoundingClientRect();
    const map = r.querySelector('section.map')!.getBoundingClientRect();
    expect(map.left).to.be.greaterThan(profile.right - 1);
    expect(Math.abs(map.top - profile.top)).to.be.below(2);
    const row = r.querySelector('.downloads')!;
    const names = [...row.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(names).to.deep.equal([
      'Download CSV', 'Download JSON',
      'Download SVG: Dimension profiles', 'Download PNG: Dimension profiles',
      'Download SVG: Vertical and horizontal orientation', 'Download PNG: Vertical and horizontal orientation',
    ]);
    expect(r.querySelectorAll('.chart-files')).to.have.length(0);
    // Four networks were 3,845 px tall in a 680 px column before; the compact view is about 2,500.
    const height = ctx.doc.getElementById('cmp')!.getBoundingClientRect().height;
    expect(height).to.be.below(2800);
  });

  it('the full view offers "Embed this comparison" with the ids in the snippet', async () => {
    const full = ctx.doc.getElementById('full')!;
    full.setAttribute('selected', 'icc,welcoming-america');
    await until(() => !!full.shadowRoot!.querySelector('details.embed'), 3000, 'embed');
    const details = full.shadowRoot!.querySelector('details.embed')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Embed this comparison');
    const code = details.querySelector('pre')!.textContent!;
    expect(code).to.contain('<network-compare view="comparison" selected="icc,welcoming-america"></network-compare>');
    expect(code).to.match(/<script type="module" src="[^"]*city-widgets\.js"><\/script>/);
  });
});

describe('what a reader sees cites authors, never our files or lines', () => {
  it('shows no "seed", ".txt", "lines" or "S0"–"S4" in either widget, details and quotes open', async () => {
    const { doc, frame } = await load(1000);
    for (const id of ['full', 'cmp', 'assess', 'chart']) {
      const r = doc.getElementById(id)!.shadowRoot!;
      for (const b of r.querySelectorAll<HTMLButtonElement>('button[aria-pressed="false"]')) if (!b.classList.contains('member')) b.click();
      for (const d of r.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    }
    await settle();
    // The quoted passages load on demand (a module of their own).
    await until(() => doc.getElementById('cmp')!.shadowRoot!.querySelectorAll('.more q').length > 10, 6000, 'the quotes');
    for (const id of ['full', 'cmp', 'assess', 'chart']) {
      const r = doc.getElementById(id)!.shadowRoot!;
      const text = (r.textContent ?? '').replace(/\s+/g, ' ');
      expect(text, id).not.to.match(/seed|\.txt|\blines?\b|\bS[0-4]\b/i);
      if (id === 'cmp') {
        expect(text).to.contain('Caponio 2022, Case studies (ICC)');
        expect(text).to.contain('Lacroix, Thomas & Spencer, Sarah (2022). City networks and the multi-level governance of migration. Global Networks, 22(3), 349–362. https://doi.org/10.1111/glob.12381');
        // the quoted passage, on demand
        expect(r.querySelectorAll('.more q').length).to.be.greaterThan(10);
      }
    }
    frame.remove();
  });
});
