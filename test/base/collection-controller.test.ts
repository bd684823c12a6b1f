import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { CollectionController, renderCollectionBar } from '../../src/base/collection-controller.js';
import { CwElement, define } from '../../src/base/cw-element.js';
import { ShareController } from '../../src/base/share.js';
import { themeStyles } from '../../src/base/theme.styles.js';
import type { Named } from '../../src/core/collection.js';
import { StateController } from '../../src/storage/state-controller.js';
import { accessibleName, mount, shadow, until, uniqueKey } from '../helpers.js';

// A host as small as an element with a named collection can be: a list of things, each a name and
// a note, at most three; the schema takes names of at most 20 characters while the bar lets 40
// through, so that the state can refuse a change.
const Thing = z.strictObject({ id: z.string(), name: z.string().check(z.maxLength(20)), note: z.string() });
type Thing = z.infer<typeof Thing>;
const Things = z.strictObject({ activeId: z.string(), things: z.array(Thing).check(z.minLength(1), z.maxLength(3)) });
type Things = z.infer<typeof Things>;

const WORDS = {
  things: 'Things',
  thing: 'Thing',
  newThing: 'New thing',
  name: 'Name',
  duplicate: 'Duplicate',
  delete: 'Delete',
  undo: 'Undo',
  defaultName: 'Thing {n}',
  copyOf: '{name} (copy)',
  deleted: 'Deleted “{name}”.',
  full: 'At most {max} things.',
};
type Word = keyof typeof WORDS;

let made = 0;

class TestCollection extends CwElement {
  static override styles = [themeStyles];
  readonly state = new StateController<Things>(this, {
    tag: this.localName,
    schema: Things,
    version: 1,
    initial: () => ({ activeId: 't1', things: [{ id: 't1', name: 'Thing 1', note: '' }] }),
  });
  readonly share = new ShareController<Thing>(this, Thing);
  readonly changes: string[] = [];
  readonly c = new CollectionController<Things, Thing, Word>(this, {
    state: this.state,
    key: 'things',
    limits: { maxName: 40, maxId: 40, maxItems: 3 },
    share: this.share,
    fresh: (name) => ({ id: `m${++made}`, name, note: '' }),
    copy: () => ({ note: 'copied' }),
    t: (key, params) => WORDS[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? '')),
    keys: { bar: 'things', item: 'thing', create: 'newThing', full: 'full' },
    changed: (what) => this.changes.push(what),
  });

  protected override render(): TemplateResult {
    return html`<div class="root">${this.renderStorageStatus(this.state.status, this.state.refused)} ${renderCollectionBar(this.c)}</div>`;
  }
}
define('test-collection', TestCollection);

async function make(key: string): Promise<TestCollection> {
  const el = await mount<TestCollection>(html`<test-collection storage-key=${key}></test-collection>`);
  await until(() => el.state.status.kind !== 'loading', 3000, 'state read');
  await el.updateComplete;
  return el;
}

const bar = (el: TestCollection) => shadow(el).querySelector<HTMLElement>('[part="things"]')!;
const button = (el: TestCollection, name: string) => [...bar(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const select = (el: TestCollection) => bar(el).querySelector('select')!;
const nameField = (el: TestCollection) => [...bar(el).querySelectorAll('input')].find((i) => accessibleName(i) === 'Name')!;
const status = (el: TestCollection) => bar(el).querySelector('.message[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const names = (el: TestCollection) => el.state.value.things.map((x: Named) => x.name);

async function click(el: TestCollection, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

async function type(el: TestCollection, text: string, event: 'input' | 'change'): Promise<void> {
  const input = nameField(el);
  input.value = text;
  input.dispatchEvent(new Event(event));
  await el.updateComplete;
}

describe('CollectionController and renderCollectionBar', () => {
  it('renders the bar with the element’s words: a region, a select of the items, the name, New, Duplicate, Delete, Share link', async () => {
    const el = await make(uniqueKey('bar'));
    expect(bar(el).getAttribute('aria-label')).to.equal('Things');
    expect(accessibleName(select(el))).to.equal('Thing Thing 1');
    expect(nameField(el).value).to.equal('Thing 1');
    expect([...bar(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['New thing', 'Duplicate', 'Delete', 'Share link']);
    expect(bar(el).querySelector('.message')!.getAttribute('role')).to.equal('status');
  });

  it('opens an item in this tab only: nothing saved, a new element of the tab opens it again, the record moving elsewhere moves nothing', async () => {
    const key = uniqueKey('open');
    const el = await make(key);
    await click(el, 'New thing');
    expect(names(el)).to.deep.equal(['Thing 1', 'Thing 2']);
    expect(el.c.item.name).to.equal('Thing 2');
    expect(status(el)).to.equal('Added “Thing 2”.');

    const first = el.state.value.things[0]!.id;
    el.changes.length = 0;
    select(el).value = first;
    select(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.c.id).to.equal(first);
    expect(el.c.state.activeId).to.equal(first);
    expect(el.state.value.activeId, 'opening saves nothing').to.not.equal(first);
    expect(el.changes).to.deep.equal(['open']);
    expect(nameField(el).value).to.equal('Thing 1');

    // Another tab (a peer) opens the second one: the record says so, this tab stays where it is.
    const second = el.state.value.things[1]!.id;
    el.state.set({ ...el.state.value, activeId: second });
    await el.updateComplete;
    expect(el.c.id).to.equal(first);

    // The same tab, later (a reload): the item it had open.
    el.parentElement!.remove();
    const again = await make(key);
    expect(again.c.id).to.equal(first);
    expect(again.c.item.name).to.equal('Thing 1');
  });

  it('deletes the open item with an undo; the last one gives way to a fresh one, which the undo takes out again', async () => {
    const el = await make(uniqueKey('delete'));
    await click(el, 'Duplicate');
    expect(names(el)).to.deep.equal(['Thing 1', 'Thing 1 (copy)']);
    expect(el.c.item.note, 'the copy patch').to.equal('copied');

    await click(el, 'Delete');
    expect(names(el)).to.deep.equal(['Thing 1']);
    expect(status(el)).to.equal('Deleted “Thing 1 (copy)”. Undo');
    await click(el, 'Undo');
    expect(names(el)).to.deep.equal(['Thing 1', 'Thing 1 (copy)']);
    expect(el.c.item.name, 'the restored item is open').to.equal('Thing 1 (copy)');
    expect(status(el)).to.equal('');
    expect(button(el, 'Undo')).to.equal(undefined);

    await click(el, 'Delete');
    await click(el, 'Delete');
    expect(names(el), 'the last one gives way to a fresh one').to.deep.equal(['Thing 1']);
    const fresh = el.c.id;
    expect(fresh).to.match(/^m\d+$/);
    await click(el, 'Undo');
    expect(names(el)).to.deep.equal(['Thing 1']);
    expect(el.c.id, 'the untouched fresh one is gone again').to.not.equal(fresh);
  });

  it('refuses a change the state refuses: the alert names the field, the list and the open item stay, nothing is said in the bar', async () => {
    const el = await make(uniqueKey('refuse'));
    el.changes.length = 0;
    await type(el, 'A name of thirty characters!!', 'input');
    expect(names(el)).to.deep.equal(['Thing 1']);
    expect(el.changes).to.deep.equal([]);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('things[0].name');
    // A change of the list that the state refuses is not made either, and opens nothing.
    const before = el.c.id;
    expect(el.c.apply({ items: [...el.state.value.things, { id: 'x', name: 'y'.repeat(25), note: '' }], open: 'x' }, () => 'said')).to.equal(false);
    expect(el.c.id).to.equal(before);
    expect(el.c.message).to.equal('');
    // The next change the state takes clears the alert.
    await type(el, 'Short', 'input');
    expect(names(el)).to.deep.equal(['Short']);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('saves the name as typed; an empty name is not taken, and the field shows the saved one when left', async () => {
    const el = await make(uniqueKey('name'));
    el.changes.length = 0;
    await type(el, 'Gro', 'input');
    await type(el, 'Groningen', 'input');
    await type(el, 'Groningen ', 'input');
    expect(names(el)).to.deep.equal(['Groningen']);
    expect(nameField(el).value, 'while typing the field keeps the trailing space').to.equal('Groningen ');
    expect(el.changes, 'told once per change of the name').to.deep.equal(['name', 'name']);
    await type(el, 'Groningen 2026', 'input');
    expect(names(el)).to.deep.equal(['Groningen 2026']);
    await type(el, '   ', 'input');
    expect(names(el)).to.deep.equal(['Groningen 2026']);
    await type(el, '', 'change');
    expect(names(el)).to.deep.equal(['Groningen 2026']);
    expect(nameField(el).value).to.equal('Groningen 2026');
    expect(select(el).selectedOptions[0]!.textContent).to.equal('Groningen 2026');
  });

  it('disables New and Duplicate at the limit and says why', async () => {
    const el = await make(uniqueKey('full'));
    await click(el, 'New thing');
    await click(el, 'New thing');
    expect(names(el)).to.deep.equal(['Thing 1', 'Thing 2', 'Thing 3']);
    expect(button(el, 'New thing').disabled).to.equal(true);
    expect(button(el, 'Duplicate').disabled).to.equal(true);
    expect(bar(el).textContent).to.contain('At most 3 things.');
    expect(el.c.create()).to.equal(false);
    await click(el, 'Delete');
    expect(button(el, 'New thing').disabled).to.equal(false);
    expect(bar(el).textContent).to.not.contain('At most 3 things.');
  });
});
