// dist/city-widgets.js: a small loader. It defines no element itself: it imports an element's code
// (dist/<tag>.js and the shared chunks it needs) only when that tag is on the page or added later,
// and starts the page's language module at the same time (no waterfall). Every import is relative
// to this file's URL, so dist/ works from any path or origin.
import { OTHER_LANGS, type OtherLang } from './core/langs.js';
import { TEXTS as TEXT_MODULES } from './translations/texts.js';

// The element classes, as types only (nothing of them is loaded with this file); importing the
// package also brings their HTMLElementTagNameMap entries and typed events.
export type { BrandingChecklist } from './widgets/branding-checklist/branding-checklist.js';
export type { CapitalRadar } from './widgets/capital-radar/capital-radar.js';
export type { NetworkCompare } from './widgets/network-compare/network-compare.js';
export type { DiplomacyCapacity } from './widgets/diplomacy-capacity/diplomacy-capacity.js';
export type { TalentGovernance } from './widgets/talent-governance/talent-governance.js';
export type { LabourMarketBarriers } from './widgets/labour-market-barriers/labour-market-barriers.js';
export type { InclusionActionPlan } from './widgets/inclusion-action-plan/inclusion-action-plan.js';

/** Every tag, and how to load its element. scripts/build.mjs checks this list against src/widgets/. */
export const TAGS: Record<string, () => Promise<unknown>> = {
  'branding-checklist': () => import('./widgets/branding-checklist/branding-checklist.js'),
  'capital-radar': () => import('./widgets/capital-radar/capital-radar.js'),
  'network-compare': () => import('./widgets/network-compare/network-compare.js'),
  'diplomacy-capacity': () => import('./widgets/diplomacy-capacity/diplomacy-capacity.js'),
  'talent-governance': () => import('./widgets/talent-governance/talent-governance.js'),
  'labour-market-barriers': () => import('./widgets/labour-market-barriers/labour-market-barriers.js'),
  'inclusion-action-plan': () => import('./widgets/inclusion-action-plan/inclusion-action-plan.js'),
};

const started = new Set<string>();
const OTHER: readonly string[] = OTHER_LANGS;
const selector = Object.keys(TAGS).join(',');

function start(el: Element): void {
  const tag = el.localName;
  // The language first: its module downloads beside the element's code, not after it.
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (lang && lang !== 'en' && OTHER.includes(lang)) {
    for (const id of TEXT_MODULES[tag] ?? []) {
      const key = `${lang}/${id}`;
      if (started.has(key)) continue;
      started.add(key);
      // A failure is handled (and shown) by the element itself, which imports the same module.
      import('./translations/index.js').then((m) => m.importText(lang as OtherLang, id)).catch(() => {});
    }
  }
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  // A chunk that fails to load leaves the tag's fallback content, and throws nothing to the page.
  TAGS[tag]!().catch(() => started.delete(tag));
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) start(root);
  for (const el of root.querySelectorAll(selector)) start(el);
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
