// dist/city-widgets.js: a small loader, one file with no imports of its own. It defines no element
// itself: when a tag is on the page (or added later) it imports that element's code (a hashed
// chunks/<tag>-….js, sharing lit, storage and the base element with the others; dist/<tag>.js is
// the same element in one file, for pages with one widget), and at the same moment asks for every
// chunk that file imports (`<link rel="modulepreload">`) and for the page's language modules, so
// that all of them download in parallel (no waterfall). Every URL is relative to this file's, so
// dist/ works from any path or origin.
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

/**
 * Every tag, with the files of dist/ that define it: its own file first, then the chunks that file
 * imports. Written by scripts/build.mjs (which fails when this list and src/widgets/ differ).
 */
declare const __CW_FILES__: Record<string, readonly string[]>;
export const TAGS: Readonly<Record<string, readonly string[]>> = __CW_FILES__;

const started = new Set<string>();
const OTHER: readonly string[] = OTHER_LANGS;
const selector = Object.keys(TAGS).join(',');
const url = (file: string) => new URL(file, import.meta.url).href;

function preload(file: string): void {
  if (started.has(file)) return;
  started.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // CORS mode, as module scripts are fetched, so that dist/ on another origin is fetched once.
  link.crossOrigin = 'anonymous';
  link.href = url(file);
  document.head.append(link);
}

function start(el: Element): void {
  const tag = el.localName;
  // The language first: its modules download beside the element's code, not after it.
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (lang && lang !== 'en' && OTHER.includes(lang)) {
    for (const id of TEXT_MODULES[tag] ?? []) {
      const key = `${lang}/${id}`;
      if (started.has(key)) continue;
      started.add(key);
      // A failure is handled (and shown) by the element itself, which imports the same module.
      import(/* @vite-ignore */ url('./translations/index.js'))
        .then((m: { importText(lang: OtherLang, id: string): Promise<unknown> }) => m.importText(lang as OtherLang, id))
        .catch(() => {});
    }
  }
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  const [entry, ...chunks] = TAGS[tag]!;
  // The element's file first (browsers open only a few connections at once), then its chunks.
  // A file that fails to load leaves the tag's fallback content, and throws nothing to the page.
  import(/* @vite-ignore */ url(entry!)).catch(() => started.delete(tag));
  for (const c of chunks) preload(c);
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) start(root);
  for (const el of root.querySelectorAll(selector)) start(el);
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
