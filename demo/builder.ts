import '../src/index.ts';
import { LANGS, profilesJson, snippet, WIDGETS, type ProfileRow } from './widgets.ts';

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

/** A grid to type up to four profiles (name and a 0–100 value per axis) for the radar's chart mode. */
function profileGrid(axes: { id: string; label: string }[], max: number): HTMLElement {
  const set = document.createElement('fieldset');
  set.className = 'profiles';
  const legend = document.createElement('legend');
  legend.textContent = 'Profiles to draw (mode “chart”): a name and a value 0–100 per capital; leave a value empty when there is none';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of ['Profile name', ...axes.map((a) => a.label)]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (let i = 0; i < max; i++) {
    const row = body.insertRow();
    const cell = (name: string, label: string, type: string) => {
      const input = document.createElement('input');
      input.name = name;
      input.type = type;
      input.setAttribute('aria-label', label);
      if (type === 'number') Object.assign(input, { min: '0', max: '100', step: 'any' });
      row.insertCell().append(input);
    };
    cell(`profile-${i}-name`, `Profile ${i + 1}: name`, 'text');
    for (const a of axes) cell(`profile-${i}-${a.id}`, `Profile ${i + 1}: ${a.label}`, 'number');
  }
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  wrap.append(table);
  set.append(legend, wrap);
  return set;
}

function profileRows(data: FormData, axes: { id: string }[], max: number): ProfileRow[] {
  return Array.from({ length: max }, (_, i) => ({
    name: String(data.get(`profile-${i}-name`) ?? ''),
    values: Object.fromEntries(axes.map((a) => [a.id, String(data.get(`profile-${i}-${a.id}`) ?? '')])),
  }));
}

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
    ...(w.profiles ? [profileGrid(w.profiles.axes, w.profiles.max)] : []),
  );
}

function update(): void {
  const data = new FormData(form);
  const tag = String(data.get('tag'));
  const attrs: Record<string, string> = {};
  for (const name of ['storage-key', 'lang', 'theme', 'src']) attrs[name] = String(data.get(name) ?? '').trim();
  for (const [k, v] of data) if (k.startsWith('opt-')) attrs[k.slice(4)] = String(v).trim();
  const w = WIDGETS.find((x) => x.tag === tag);
  const json = w?.profiles && attrs['mode'] === 'chart' ? profilesJson(profileRows(data, w.profiles.axes, w.profiles.max), w.profiles.axes.map((a) => a.id)) : '';
  const child = json ? `<script type="application/profiles+json">${json}</script>` : '';
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) el.setAttribute(k, v);
  if (json) {
    const script = document.createElement('script');
    script.type = 'application/profiles+json';
    script.textContent = json;
    el.append(script);
  }
  preview.replaceChildren(el);
  code.textContent = snippet(String(data.get('script') || 'https://example.org/city-widgets.js'), tag, attrs, child);
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
