// Printing one assessment alone, not the host page around it, under a strict CSP: a constructed
// stylesheet (not subject to style-src) adopted by the page for the time of printing hides every
// element that neither is the assessment nor holds it. Inside the shadow root, the element's own
// print styles put the Summary first and show every field as text.

const MARK = 'data-cw-print';
const PAGE_CSS = `@media print {
  html, body { background: #fff !important; color: #000 !important; color-scheme: light !important; }
  body *:not([${MARK}]):not([${MARK}="self"] *) { display: none !important; }
  [${MARK}] { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
}`;

let sheet: CSSStyleSheet | undefined;
let active: (() => void) | undefined;

/** Marks `el` and its ancestors, adopts the page print sheet, prints, and undoes it after printing. */
export function printAlone(el: HTMLElement): void {
  active?.();
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  sheet ??= new win.CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  const marked: Element[] = [];
  el.setAttribute(MARK, 'self');
  marked.push(el);
  for (let p = el.parentElement; p; p = p.parentElement) {
    p.setAttribute(MARK, '');
    marked.push(p);
  }
  // Folded parts (open points, evidence and leads, rules) print open; their state comes back after.
  const closed = [...(el.shadowRoot?.querySelectorAll('details:not([open])') ?? [])];
  for (const d of closed) d.setAttribute('open', '');
  const own = sheet;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  const undo = () => {
    for (const m of marked) m.removeAttribute(MARK);
    for (const d of closed) d.removeAttribute('open');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== own);
    win.removeEventListener('afterprint', undo);
    active = undefined;
  };
  active = undo;
  win.addEventListener('afterprint', undo);
  win.print();
}
