/** What the demo site and the embed builder know of each widget: its attributes and their choices. */
export interface WidgetDemo {
  tag: string;
  title: string;
  blurb: string;
  /** Attributes of this widget beyond the common `storage-key`, `lang`, `theme`, `src`. */
  options: { name: string; label: string; choices?: string[]; placeholder?: string }[];
}

export const WIDGETS: WidgetDemo[] = [
  {
    tag: 'branding-checklist',
    title: 'Branding checklist',
    blurb:
      'The “Checklist for co-ordinated branding and communication” of Welcoming International Talent (ch. 1): twelve questions in three phases, scored, with notes, several assessments, export and print.',
    options: [],
  },
  {
    tag: 'capital-radar',
    title: 'Forms of capital radar',
    blurb:
      'The six forms of capital a skilled migrant brings, self-assessed against the mentoring2work survey of Table 8.1 (ch. 8).',
    options: [{ name: 'mode', label: 'Mode', choices: ['assess', 'chart'] }],
  },
  {
    tag: 'network-compare',
    title: 'City networks compared',
    blurb: 'City networks on migration side by side — Eurocities, Intercultural Cities, Welcoming America and others — every value with its source.',
    options: [
      { name: 'selected', label: 'Preselected networks', placeholder: 'icc,welcoming-america' },
      { name: 'dimensions', label: 'Dimensions (rows)', placeholder: 'd1,d2,d3' },
    ],
  },
  {
    tag: 'diplomacy-capacity',
    title: 'City diplomacy capacity',
    blurb: 'How institutionalised is your city’s international engagement? Against the survey of 47 cities (Conducting City Diplomacy).',
    options: [],
  },
  {
    tag: 'talent-governance',
    title: 'Talent governance',
    blurb: 'Between lighter and strategic co-ordination of international talent management (Welcoming International Talent, ch. 9).',
    options: [],
  },
  {
    tag: 'labour-market-barriers',
    title: 'Labour market barriers',
    blurb:
      'What keeps international talent from work, by group and, for students, by stage (Table 7.1), and the local initiatives of Table 7.2 that address it; mark your city’s initiatives to see the gaps (Welcoming International Talent, ch. 7).',
    options: [
      { name: 'view', label: 'View', choices: ['explore', 'matrix'] },
      { name: 'group', label: 'Group shown first', choices: ['students', 'academics', 'professionals', 'partners', 'refugees'] },
      { name: 'stage', label: 'Stage shown first (students)', choices: ['during-studies', 'after-graduation', 'entrepreneur'] },
    ],
  },
  {
    tag: 'inclusion-action-plan',
    title: 'Inclusion action plan',
    blurb:
      'An action plan across the five thematic areas of the Inclusive Cities Framework, a readiness check of the programme’s conditions, and a timeline (Broadhead & Allen 2022).',
    options: [],
  },
];

export const LANGS = [
  ['en', 'English'],
  ['nl', 'Nederlands'],
  ['de', 'Deutsch'],
  ['it', 'Italiano'],
  ['hu', 'Magyar'],
  ['cs', 'Čeština'],
  ['pl', 'Polski'],
] as const;

/** The embed snippet for a tag and its attributes (empty values left out). */
export function snippet(scriptUrl: string, tag: string, attrs: Record<string, string>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<script type="module" src="${esc(scriptUrl)}"></script>\n<${tag}${list}></${tag}>`;
}
