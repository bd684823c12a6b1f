/** What the demo site and the embed builder know of each widget: its attributes and their choices. */
export interface WidgetDemo {
  tag: string;
  title: string;
  blurb: string;
  /** Attributes of this widget beyond the common `storage-key`, `lang`, `theme`, `src`. */
  options: { name: string; label: string; choices?: string[]; placeholder?: string }[];
  /** The widget takes profiles to draw (capital-radar in chart mode), written as a child script. */
  profiles?: { axes: { id: string; label: string }[]; max: number };
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
    profiles: {
      max: 4,
      axes: [
        { id: 'economic', label: 'Economic' },
        { id: 'social', label: 'Social' },
        { id: 'information', label: 'Information' },
        { id: 'cultural', label: 'Cultural' },
        { id: 'psychological', label: 'Psychological' },
        { id: 'language', label: 'Language' },
      ],
    },
  },
  {
    tag: 'network-compare',
    title: 'City networks compared',
    blurb: 'City networks on migration side by side — Eurocities, Intercultural Cities, Welcoming America and others — every value with its source.',
    options: [
      { name: 'selected', label: 'Preselected networks', placeholder: 'icc,welcoming-america' },
      { name: 'dimensions', label: 'Dimensions (rows)', placeholder: 'd1,d2,d3' },
      { name: 'view', label: 'View (comparison: the selected networks alone, for an article)', choices: ['full', 'comparison'] },
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

/** The embed snippet for a tag and its attributes (empty values left out), with an optional child (e.g. a JSON script). */
export function snippet(scriptUrl: string, tag: string, attrs: Record<string, string>, child = ''): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  const inner = child ? `\n${child.replace(/^/gm, '  ')}\n` : '';
  return `<script type="module" src="${esc(scriptUrl)}"></script>\n<${tag}${list}>${inner}</${tag}>`;
}

export interface ProfileRow {
  name: string;
  /** Per axis id, the text typed (a number 0–100, or empty for no value). */
  values: Record<string, string>;
}

/**
 * Profiles typed into the builder as the JSON `<capital-radar mode="chart">` reads from a child
 * `<script type="application/profiles+json">`: rows without a name are left out; an empty value is
 * no value (null, never 0); numbers are clamped to 0–100.
 */
export function profilesJson(rows: readonly ProfileRow[], axes: readonly string[]): string {
  const out = rows
    .filter((r) => r.name.trim() !== '')
    .map((r, i) => ({
      id: `p${i + 1}`,
      name: r.name.trim().slice(0, 80),
      values: Object.fromEntries(
        axes.map((a) => {
          const t = (r.values[a] ?? '').trim().replace(',', '.');
          const n = t === '' ? NaN : Number(t);
          return [a, Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null];
        }),
      ),
    }));
  // `<` escaped so that a name can never close the script element.
  return out.length ? JSON.stringify(out).replace(/</g, '\\u003c') : '';
}
