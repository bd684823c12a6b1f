// The Summary's outputs (stages, matrix, placement…) of the BUILT <diplomacy-capacity> and
// <talent-governance> load on demand, under the strict CSP: not for a page that shows only the
// first questions; at once for saved answers; and a failure to load them is said in the Summary,
// and never stops the form, nor makes a print or CSV without them.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { showSummary, uniqueKey, until } from '../helpers.js';

type FixtureWindow = Window & { __violations: string[]; __errors: string[] };
const TAGS = ['diplomacy-capacity', 'talent-governance'];

async function open(kind: 'nested' | 'noparts', key: string, frame = document.createElement('iframe')) {
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = `/__hosting/${kind}/en.html?tags=${TAGS.join(',')}&key=${key}`;
  if (!frame.isConnected) document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  await until(() => TAGS.every((t) => !!doc.querySelector(t)?.shadowRoot?.querySelector('[part="summary"]')), 10000, 'both shown');
  const fetched = () => win.performance.getEntriesByType('resource').some((e) => /\/chunks\/outputs-part-[\w-]+\.js$/.test(e.name));
  return { frame, win, doc, fetched };
}

const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();

describe('the Summary’s outputs on demand (built files, strict CSP)', function () {
  this.timeout(30000);

  it('are not fetched for the first questions; come, styled, when the Summary is reached; and at once for saved answers', async () => {
    const key = uniqueKey('parts');
    const { frame, win, doc, fetched } = await open('nested', key);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(fetched(), 'fetched before the Summary was reached').to.equal(false);
      const dc = doc.querySelector('diplomacy-capacity')!;
      await showSummary(dc);
      expect(fetched()).to.equal(true);
      const root = dc.shadowRoot!;
      expect(text(root.querySelector('[part="output-stage"]')!)).to.contain('Nothing answered yet');
      expect(root.querySelectorAll('[part="summary"] [aria-current="true"]')).to.have.length(0);
      // Its styles came with it (a constructed sheet, which the strict CSP allows).
      expect(getComputedStyle(root.querySelector('.ladder')!).display).to.equal('grid');
      // The other element uses the module already there.
      await showSummary(doc.querySelector('talent-governance')!);
      // An answer, saved; then the page again, as on a later visit.
      const yes = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.closest('label')!.textContent!.trim() === 'Yes')!;
      yes.click();
      await until(() => /1 of 24/.test(text(root.querySelector('[part="summary"]')!)), 3000, 'answered');
      await until(() => (dc as unknown as { _state: { status: { kind: string } } })._state.status.kind === 'saved', 5000, 'saved');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      const again = await open('nested', key, frame);
      // No scroll, no focus: the saved answer's stage is shown.
      await until(() => !!again.doc.querySelector('diplomacy-capacity')!.shadowRoot!.querySelector('[part="output-stage"]'), 5000, 'the stage of the saved answers');
      expect(again.fetched()).to.equal(true);
      expect(text(again.doc.querySelector('diplomacy-capacity')!.shadowRoot!.querySelector('[part="output-stage"]')!)).to.contain('provisional');
    } finally {
      frame.remove();
    }
  });

  it('printed by the browser before they are there, the printout says so; the print brings them for the next one', async () => {
    const { frame, doc, fetched } = await open('nested', uniqueKey('ctrlp'));
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(fetched()).to.equal(false);
      const root = doc.querySelector('talent-governance')!.shadowRoot!;
      const note = root.querySelector('[part="summary"] p.print-only')!;
      expect(text(note)).to.contain('not in this printout').and.contain('Print button');
      expect(getComputedStyle(note).display, 'on screen').to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(note).display, 'printed').to.equal('block');
        frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
        // Loading (the print does not wait): the printout still says what is missing, not "Loading…".
        await until(() => !!root.querySelector('[part="summary"] [role="status"]') || !!root.querySelector('[part="output-placement"]'), 5000, 'loading or loaded');
        if (!root.querySelector('[part="output-placement"]')) {
          expect(getComputedStyle(root.querySelector('[part="summary"] [role="status"]')!).display, 'Loading… printed').to.equal('none');
          expect(getComputedStyle(root.querySelector('[part="summary"] p.print-only')!).display, 'the note printed').to.equal('block');
        }
        await until(() => !!root.querySelector('[part="output-placement"]'), 5000, 'the placement');
        expect(root.querySelector('[part="summary"] p.print-only')).to.equal(null);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    } finally {
      frame.remove();
    }
  });

  it('that fail to load: a role="alert" in the Summary with "Try again"; the form goes on; no print or CSV without them; nor the comparisons', async () => {
    const { frame, win, doc } = await open('noparts', uniqueKey('noparts'));
    try {
      const dc = doc.querySelector('diplomacy-capacity')!;
      const root = dc.shadowRoot!;
      const summary = root.querySelector('[part="summary"]')!;
      summary.querySelector('h3')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await until(() => !!summary.querySelector('[role="alert"]'), 5000, 'the alert');
      const alert = summary.querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('could not be loaded');
      const retry = [...alert.querySelectorAll('button')].find((b) => text(b) === 'Try again');
      expect(retry).to.exist;
      // The form is unaffected: an answer is taken and counted.
      [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.closest('label')!.textContent!.trim() === 'No')!.click();
      await until(() => /1 of 24/.test(text(summary)), 3000, 'answered');
      // Print and Download CSV would lack the outputs: they are not made, and an alert says why.
      let printed = 0;
      win.print = () => void printed++;
      const button = (name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name)!;
      button('Print').click();
      await until(() => [...root.querySelectorAll('[role="alert"]')].some((a) => /could not be done/.test(text(a))), 5000, 'the print alert');
      expect(printed).to.equal(0);
      retry!.click();
      await new Promise((r) => setTimeout(r, 300));
      expect(summary.querySelector('[role="alert"]'), 'still not there').to.exist;
      // A second assessment: the comparisons can't load either, and say so; the new one is made.
      const compareAlert = () =>
        [...summary.querySelectorAll('[role="alert"]')].find((a) => /could not be done/.test(text(a)) && [...a.querySelectorAll('button')].some((b) => text(b) === 'Try again'));
      expect(compareAlert()).to.equal(undefined);
      button('New assessment').click();
      await until(() => !!compareAlert(), 5000, 'the comparison alert');
      expect(root.querySelectorAll('[part="assessments"] select option')).to.have.length(2);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
