import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/branding-checklist/branding-checklist.js';
import { shadow, until, uniqueKey } from '../../helpers.js';

describe('<branding-checklist> print stylesheet', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('prints every phase, the answers and notes as text, and the summary, without controls', async () => {
    const el = document.createElement('branding-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('storage-key', uniqueKey('print'));
    el.setAttribute('theme', 'dark');
    document.body.append(el);
    await until(() => !!shadow(el).querySelector('[role="radiogroup"]'), 3000, 'render');
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('[role="radiogroup"] input[value="partly"]')!.click();
    const notes = shadow(el).querySelector('textarea')!;
    notes.value = 'Ask the university to co-sign';
    notes.dispatchEvent(new Event('input'));
    await el.updateComplete;

    await emulateMedia({ media: 'print' });
    const root = shadow(el);
    const shown = (e: Element | null) => !!e && e.checkVisibility();
    expect(root.querySelectorAll('section.phase')).to.have.length(3);
    for (const phase of root.querySelectorAll('section.phase')) expect(shown(phase)).to.equal(true);
    expect(shown(root.querySelector('[role="region"]'))).to.equal(true);
    expect(shown(root.querySelector('.actions'))).to.equal(false);
    expect(shown(root.querySelector('[part="assessments"]'))).to.equal(false);
    expect(shown(root.querySelector('textarea'))).to.equal(false);
    const printed = [...root.querySelectorAll('.print-only')].filter(shown).map((p) => p.textContent!.trim());
    expect(printed).to.include('Answer: Partly');
    expect(printed.join(' ')).to.contain('Ask the university to co-sign');
    // Printing is always black on white, whatever the theme.
    expect(getComputedStyle(root.querySelector('.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.remove();
  });
});
