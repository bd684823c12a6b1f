import '../src/index.ts';
import { LANGS, snippet, WIDGETS } from './widgets.ts';

// The embed builder: choose a widget and its options, see it live, copy the snippet.
const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const code = document.querySelector<HTMLElement>('#snippet')!;
const extra = document.querySelector<HTMLElement>('#extra')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const tagSelect = form.elements.namedItem('tag') as HTMLSelectElement;
const langSelect = form.elements.namedItem('lang') as HTMLSelectElement;

for (const w of WIDGETS.filter((w) => customElements.get(w.tag))) tagSelect.add(new Option(`<${w.tag}> — ${w.title}`, w.tag));
for (const [code, name] of LANGS) langSelect.add(new Option(name, code));

function renderExtra(): void {
  const w = WIDGETS.find((x) => x.tag === tagSelect.value)!;
  extra.replaceChildren(
    ...w.options.map((o) => {
      const label = document.createElement('label');
      label.append(o.label, ' ');
      let input: HTMLInputElement | HTMLSelectElement;
      if (o.choices) {
        input = document.createElement('select');
        for (const c of ['', ...o.choices]) input.add(new Option(c || '(default)', c));
      } else {
        input = document.createElement('input');
        input.placeholder = o.placeholder ?? '';
      }
      input.name = `opt-${o.name}`;
      label.append(input);
      return label;
    }),
  );
}

function update(): void {
  const data = new FormData(form);
  const tag = String(data.get('tag'));
  const attrs: Record<string, string> = {};
  for (const name of ['storage-key', 'lang', 'theme', 'src']) attrs[name] = String(data.get(name) ?? '').trim();
  for (const [k, v] of data) if (k.startsWith('opt-')) attrs[k.slice(4)] = String(v).trim();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) el.setAttribute(k, v);
  preview.replaceChildren(el);
  code.textContent = snippet(String(data.get('script') || 'https://example.org/city-widgets.js'), tag, attrs);
}

tagSelect.addEventListener('change', () => {
  renderExtra();
  update();
});
form.addEventListener('change', update);
form.addEventListener('input', (e) => {
  if ((e.target as HTMLElement).tagName === 'INPUT') update();
});
form.addEventListener('submit', (e) => e.preventDefault());
document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied.textContent = 'Copied.';
  } catch {
    copied.textContent = 'Copy failed: select the code and copy it by hand.';
  }
});

renderExtra();
update();
