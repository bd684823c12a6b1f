import '../src/index.ts';
import { WIDGETS } from './widgets.ts';

// Puts every defined widget into #widgets, each under its own heading.
const main = document.querySelector('#widgets')!;
for (const w of WIDGETS.filter((x) => customElements.get(x.tag))) {
  const section = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = `<${w.tag}> — ${w.title}`;
  const p = document.createElement('p');
  p.textContent = w.blurb;
  section.append(h, p, document.createElement(w.tag));
  main.append(section);
}
