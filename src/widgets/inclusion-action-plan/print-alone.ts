/**
 * Prints one element without the host page around it. A constructed stylesheet (which a strict
 * CSP allows, unlike an inline `<style>`) hides everything else while printing; the element's own
 * print styles do the rest. Removed again after the print dialog closes.
 */
let sheet: CSSStyleSheet | undefined;

export function printAlone(host: HTMLElement): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`@media print {
  body * { visibility: hidden !important; }
  [data-cw-printing], [data-cw-printing] * { visibility: visible !important; }
  [data-cw-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; margin: 0 !important; }
}`);
  const s = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((x) => x !== s), s];
  host.setAttribute('data-cw-printing', '');
  const done = () => {
    host.removeAttribute('data-cw-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== s);
  };
  addEventListener('afterprint', done, { once: true });
  print();
  // Where print() returns only after the dialog (most browsers), clean up now too.
  setTimeout(() => {
    removeEventListener('afterprint', done);
    done();
  }, 0);
}
