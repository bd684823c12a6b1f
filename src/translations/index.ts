// The texts in languages other than English (which is built into every element): one folder per
// language, one plain-data module per UI catalogue (camelCase id: `common`, `checklist`, …) and per
// bundled dataset (its file name: `networks` holds data/networks.json's `translations[lang]`).
// Loaded with import() on first use, only the modules an element needs; the loader starts them
// beside the element's code.
import type { OtherLang } from '../core/langs.js';

/** The text modules each element needs, by tag. */
export const TEXTS: Record<string, readonly string[]> = {
  'branding-checklist': ['common', 'checklist', 'branding-checklist'],
  'capital-radar': ['common', 'capitalRadar', 'capitals'],
  'network-compare': ['common', 'networkCompare', 'networks'],
  'diplomacy-capacity': ['common', 'checklist', 'diplomacy-capacity', 'surveyAnswers', 'diplomacy-survey'],
  'talent-governance': ['common', 'checklist', 'talent-governance'],
  'labour-market-barriers': ['common', 'labourMarket', 'labour-market-barriers'],
  'inclusion-action-plan': ['common', 'actionPlan', 'inclusion-action-plan'],
};

/** Every text module id. */
export const TEXT_IDS: readonly string[] = [...new Set(Object.values(TEXTS).flat())];

/** Imports one text module of one language (the bundler makes each file its own chunk). */
export function importText(lang: OtherLang, id: string): Promise<{ default: unknown }> {
  return import(`./${lang}/${id}.ts`);
}
