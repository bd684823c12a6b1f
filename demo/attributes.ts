import '../src/index.ts';
import { snippet, WIDGETS } from './widgets.ts';

interface Example {
  caption: string;
  attrs: Record<string, string>;
  /** Inline JSON put in a child <script type="application/json">. */
  inline?: string;
}

// The attributes every element shares, shown on each widget.
const common: Example[] = [
  { caption: 'Default: bundled data, storage key "default", the page’s language, theme auto', attrs: {} },
  { caption: 'Dark theme', attrs: { theme: 'dark', 'storage-key': 'demo-dark' } },
  { caption: 'In Dutch (lang="nl")', attrs: { lang: 'nl', 'storage-key': 'demo-nl' } },
  { caption: 'Two elements with the same storage-key stay in sync (this one and the next)', attrs: { 'storage-key': 'demo-shared' } },
  { caption: '… the second one with storage-key "demo-shared"', attrs: { 'storage-key': 'demo-shared', theme: 'light' } },
  { caption: 'src pointing to a file that does not exist: an alert, the page unharmed', attrs: { src: './missing.json', 'storage-key': 'demo-404' } },
  { caption: 'Inline JSON with a wrong field: an alert naming the path', attrs: { 'storage-key': 'demo-bad' }, inline: '{"version": 1, "title": 42}' },
];

const own: Record<string, Example[]> = {
  'capital-radar': [
    { caption: 'mode="chart": the chart alone, for a blog post', attrs: { mode: 'chart' } },
  ],
  'labour-market-barriers': [
    { caption: 'view="matrix": barriers × types of initiative, for a blog post', attrs: { view: 'matrix', 'storage-key': 'demo-matrix' } },
    { caption: 'group="students" stage="after-graduation"', attrs: { group: 'students', stage: 'after-graduation', 'storage-key': 'demo-grad' } },
  ],
  'network-compare': [
    { caption: 'selected="icc,welcoming-america": a fixed comparison', attrs: { selected: 'icc,welcoming-america', 'storage-key': 'demo-fixed' } },
    { caption: 'selected="eurocities,icc,welcoming-america" with dimensions="d1,d2,d4"', attrs: { selected: 'eurocities,icc,welcoming-america', dimensions: 'd1,d2,d4', 'storage-key': 'demo-dims' } },
  ],
};

const main = document.querySelector('#widgets')!;
const toc = document.querySelector('#toc')!;
for (const w of WIDGETS.filter((x) => customElements.get(x.tag))) {
  const section = document.createElement('section');
  section.id = w.tag;
  const h = document.createElement('h2');
  h.textContent = `<${w.tag}>`;
  const p = document.createElement('p');
  p.textContent = w.blurb;
  section.append(h, p);
  const link = document.createElement('a');
  link.href = `#${w.tag}`;
  link.textContent = `<${w.tag}>`;
  toc.append(link, ' ');
  for (const ex of [...(own[w.tag] ?? []), ...common]) {
    const figure = document.createElement('figure');
    const cap = document.createElement('figcaption');
    cap.textContent = ex.caption;
    const pre = document.createElement('pre');
    pre.textContent = snippet('…/city-widgets.js', w.tag, ex.attrs).split('\n')[1]!;
    const el = document.createElement(w.tag);
    for (const [k, v] of Object.entries(ex.attrs)) el.setAttribute(k, v);
    if (ex.inline) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = ex.inline;
      el.append(s);
    }
    figure.append(cap, pre, el);
    section.append(figure);
  }
  main.append(section);
}
