import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { AxeResults, RunOptions } from 'axe-core';
import { loadLang, withTranslations } from '../src/core/i18n.js';
import { OTHER_LANGS, type OtherLang } from '../src/core/langs.js';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

let axeLoaded: Promise<Axe> | undefined;
/** axe-core is a UMD script, not a module: load it once as a classic script. */
function loadAxe(): Promise<Axe> {
  axeLoaded ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    s.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    s.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(s);
  });
  return axeLoaded;
}

/** The element's shadow root, asserted to exist. */
export function shadow(el: Element): ShadowRoot {
  expect(el.shadowRoot, `${el.localName} has an open shadow root`).to.exist;
  return el.shadowRoot!;
}

/** The accessible name as the tests need it: aria-labelledby, aria-label, or the wrapping label. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) return ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const wrapping = el.closest('label');
  if (wrapping) return wrapping.textContent!.replace(/\s+/g, ' ').trim();
  const id = el.id && root.querySelector(`label[for="${el.id}"]`);
  return id ? id.textContent!.trim() : '';
}

/** axe-core over the element (shadow DOM included); only serious and critical violations. */
export async function seriousViolations(el: Element): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Waits until `check` passes or `ms` elapse. */
export async function until(check: () => boolean, ms = 2000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Goes to a checklist's Summary, as the "Summary" link does (its heading scrolled to and focused),
 * and waits for its outputs (stage, placement…), which load when the Summary comes near the screen
 * or anything in the element is focused or pressed.
 */
export async function showSummary(el: Element): Promise<void> {
  const summary = () => el.shadowRoot?.querySelector('[part="summary"]');
  await until(() => !!summary(), 3000, 'the Summary');
  const heading = summary()!.querySelector<HTMLElement>('#summary-h')!;
  heading.scrollIntoView();
  heading.focus();
  // A page in the background gets neither rendering nor focus events: a press says the same.
  heading.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  await until(() => !!summary()!.querySelector('[part^="output-"]'), 3000, 'the Summary\'s outputs');
}

let counter = 0;
/** A storage key no other test uses. */
export function uniqueKey(prefix = 't'): string {
  return `${prefix}-${Date.now().toString(36)}-${counter++}`;
}

const mounted: HTMLElement[] = [];
/**
 * Renders a template into a fresh container on the page and returns its first element. Unlike
 * open-wc's `fixture` it never waits for an animation frame, which a background tab doesn't get
 * when tests run in parallel pages. Containers are removed after each test.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const first = container.firstElementChild as T;
  const custom = [first, ...first.querySelectorAll('*')].filter((e) => e.localName.includes('-')) as unknown as { updateComplete?: Promise<unknown> }[];
  await Promise.all(custom.map((e) => e.updateComplete));
  return first;
}
afterEach(() => {
  for (const c of mounted.splice(0)) c.remove();
});

/** The `role="radiogroup"` elements inside an element's shadow root. */
export function radioGroups(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('[role="radiogroup"]')];
}

/** The radio of `group` whose accessible name is `name`. */
export function radioNamed(group: Element, name: string): HTMLInputElement {
  return [...group.querySelectorAll('input[type="radio"]')].find((r) => accessibleName(r) === name) as HTMLInputElement;
}

/** Sets the address's fragment without navigating (share links). */
export function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** Loads every language module, as a page in that language does on first use. */
export async function loadLanguages(): Promise<void> {
  await Promise.all(OTHER_LANGS.map((l) => loadLang(l)));
}

/** A bundled dataset's translations, read from the language modules that are loaded (see loadLanguages). */
export function translationsOf<T = { unofficial: boolean; note?: string; strings: Record<string, string> }>(datasetId: string): Partial<Record<OtherLang, T>> {
  return (withTranslations(datasetId, {}) as { translations: Partial<Record<OtherLang, T>> }).translations;
}
