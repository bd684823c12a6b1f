import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { until, uniqueKey } from '../helpers.js';
import { TAGS } from '../robustness/lifecycle.test.js';

/** sRGB relative luminance of a computed colour string. */
function luminance(color: string): number {
  const probe = document.createElement('div');
  probe.style.color = color;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g)!.slice(0, 3).map(Number) as [number, number, number];
  probe.remove();
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

// Text on background pairs of the theme tokens; each must reach WCAG AA (4.5:1).
const PAIRS: [string, string][] = [
  ['--fg', '--bg'],
  ['--muted', '--bg'],
  ['--accent', '--bg'],
  ['--accent-fg', '--accent'],
  ['--danger', '--bg'],
  ['--fg', '--surface'],
  ['--muted', '--surface'],
  ['--accent', '--surface'],
  ['--fg', '--warn-bg'],
];

describe('theme tokens', () => {
  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag} theme="${theme}"> keeps AA contrast for every text pair`, async () => {
        const el = document.createElement(tag);
        el.setAttribute('theme', theme);
        el.setAttribute('storage-key', uniqueKey());
        document.body.append(el);
        try {
          await until(() => !!el.shadowRoot?.querySelector('.root'), 2000, 'render');
          const root = el.shadowRoot!.querySelector('.root')!;
          expect(root.getAttribute('data-scheme')).to.equal(theme);
          const cs = getComputedStyle(root);
          for (const [fg, bg] of PAIRS) {
            const ratio = contrast(cs.getPropertyValue(fg).trim(), cs.getPropertyValue(bg).trim());
            expect(ratio, `${fg} on ${bg}`).to.be.at.least(4.5);
          }
        } finally {
          el.remove();
        }
      });
    }

    it(`<${tag}> takes colours and fonts from --cw-* properties and the page's font`, async () => {
      const wrap = document.createElement('div');
      wrap.className = 'themed';
      const style = document.createElement('style');
      style.textContent = `.themed { font-family: Georgia, serif; } .themed > * { --cw-color-accent: rgb(200, 0, 100); --cw-color-bg: rgb(250, 240, 230); }`;
      const el = document.createElement(tag);
      el.setAttribute('storage-key', uniqueKey());
      el.setAttribute('theme', 'light');
      wrap.append(style, el);
      document.body.append(wrap);
      try {
        await until(() => !!el.shadowRoot?.querySelector('.root'), 2000, 'render');
        const root = el.shadowRoot!.querySelector('.root')!;
        expect(getComputedStyle(root).backgroundColor).to.equal('rgb(250, 240, 230)');
        expect(getComputedStyle(root).fontFamily).to.contain('Georgia');
        expect(getComputedStyle(root).getPropertyValue('--accent').trim()).to.equal('rgb(200, 0, 100)');
      } finally {
        wrap.remove();
      }
    });

    it(`<${tag}> keeps its layout under hostile page CSS`, async () => {
      const wrap = document.createElement('div');
      const style = document.createElement('style');
      // A reset, an odd root font size, and framework-like rules aimed at every element.
      style.textContent = `html { font-size: 10px; } .hostile * { all: unset; } .hostile { line-height: 3; text-transform: uppercase; letter-spacing: 4px; } button { display: none !important; }`;
      wrap.className = 'hostile-wrap';
      const inner = document.createElement('div');
      inner.className = 'hostile';
      const el = document.createElement(tag);
      el.setAttribute('storage-key', uniqueKey());
      inner.append(el);
      wrap.append(style, inner);
      document.body.append(wrap);
      try {
        await until(() => !!el.shadowRoot?.querySelector('.root'), 2000, 'render');
        const root = el.shadowRoot!.querySelector('.root')!;
        const cs = getComputedStyle(root);
        expect(cs.textTransform).to.equal('none');
        expect(cs.letterSpacing).to.equal('normal');
        expect(parseFloat(cs.fontSize)).to.equal(16);
        const button = el.shadowRoot!.querySelector('button');
        if (button) expect(getComputedStyle(button).display).to.not.equal('none');
      } finally {
        wrap.remove();
      }
    });
  }
});

describe('theme="auto" and the page', () => {
  it('follows <meta name="color-scheme" content="dark"> when no CSS declares one', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    const el = document.createElement('branding-checklist');
    el.setAttribute('storage-key', uniqueKey());
    document.body.append(el);
    try {
      await until(() => !!el.shadowRoot?.querySelector('.root'), 2000, 'render');
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('data-scheme')).to.equal('dark');
    } finally {
      el.remove();
      meta.remove();
    }
  });
});

describe('theme="auto" when the page switches', () => {
  it('turns dark when the page puts color-scheme: dark on <body> later', async () => {
    const style = document.createElement('style');
    style.textContent = 'body.cw-test-dark { color-scheme: dark; }';
    document.head.append(style);
    const el = document.createElement('branding-checklist');
    el.setAttribute('storage-key', uniqueKey());
    document.body.append(el);
    try {
      await until(() => !!el.shadowRoot?.querySelector('.root'), 2000, 'render');
      const scheme = () => el.shadowRoot!.querySelector('.root')!.getAttribute('data-scheme');
      const before = scheme();
      document.body.classList.add('cw-test-dark');
      await until(() => scheme() === 'dark', 1000, 'dark');
      document.body.classList.remove('cw-test-dark');
      await until(() => scheme() === before, 1000, 'back');
    } finally {
      el.remove();
      style.remove();
      document.body.classList.remove('cw-test-dark');
    }
  });
});

describe('lang when the page switches', () => {
  it('follows a change of <html lang> after rendering', async () => {
    const el = document.createElement('branding-checklist') as HTMLElement & { data?: { title: string; translations: Record<string, { strings: Record<string, string> }> } };
    el.setAttribute('storage-key', uniqueKey());
    document.body.append(el);
    const before = document.documentElement.lang;
    try {
      await until(() => !!el.data && !!el.shadowRoot?.querySelector('h2'), 2000, 'render');
      document.documentElement.lang = 'de';
      // The German module loads on this first use, then the element renders again.
      const title = () => el.data!.translations['de']?.strings['title'];
      await until(() => !!title() && el.shadowRoot!.querySelector('h2')?.textContent === title(), 3000, 'German title');
    } finally {
      document.documentElement.lang = before;
      el.remove();
    }
  });
});
