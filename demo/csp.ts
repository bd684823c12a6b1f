import { WIDGETS } from './widgets.ts';

// Counts CSP violations, then shows every defined widget.
const out = document.querySelector('#violations')!;
let count = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  count++;
  out.textContent = `${count} (last: ${e.violatedDirective} ${e.blockedURI})`;
});
await import('../src/index.ts');
const main = document.querySelector('#widgets')!;
for (const w of WIDGETS.filter((x) => customElements.get(x.tag))) {
  const h = document.createElement('h2');
  h.textContent = `<${w.tag}>`;
  main.append(h, Object.assign(document.createElement(w.tag), {}));
}
