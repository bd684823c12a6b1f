// Which text modules each element needs (plain data, no imports): the loader and the elements read
// it on every page; the modules themselves and the map of their hashed files (index.ts) load only on
// a page in another language than English.

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

