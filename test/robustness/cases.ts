// The bad-input corpus: per widget, its bundled dataset and mutations that must each be refused
// with a role="alert" naming the path. Shared by the source and built-bundle robustness tests.
import branding from '../../data/branding-checklist.json';
import capitals from '../../data/capitals.json';
import diplomacy from '../../data/diplomacy-capacity.json';
import talent from '../../data/talent-governance.json';
import networks from '../../data/networks.json';
import labour from '../../data/labour-market-barriers.json';
import plan from '../../data/inclusion-action-plan.json';

type Json = any;
export interface BadCase {
  name: string;
  /** JSON text given inline (or served by `src`). */
  text: string;
  /** The path the alert must name (`(root)` for the document). */
  path: string;
}

const huge = 'x'.repeat(1_000_000);
const mutate = (data: unknown, fn: (d: Json) => void): string => {
  const d = structuredClone(data) as Json;
  fn(d);
  return JSON.stringify(d);
};

/** Cases any dataset fails the same way. */
function generic(data: unknown, requiredKey: string): BadCase[] {
  return [
    { name: 'invalid JSON', text: '{"version": 1,', path: '(root)' },
    { name: 'empty text', text: '', path: '(root)' },
    { name: 'null', text: 'null', path: '(root)' },
    { name: 'an array instead of an object', text: '[]', path: '(root)' },
    { name: 'HTML instead of JSON', text: '<!doctype html><html><body>Not found</body></html>', path: '(root)' },
    { name: `missing ${requiredKey}`, text: mutate(data, (d) => delete d[requiredKey]), path: requiredKey },
    { name: 'an extra top-level field', text: mutate(data, (d) => (d.unexpected = true)), path: 'unexpected' },
  ];
}

export const WIDGET_CASES: Record<string, { data: unknown; cases: BadCase[] }> = {
  'branding-checklist': {
    data: branding,
    cases: [
      ...generic(branding, 'title'),
      { name: 'a number as question text', text: mutate(branding, (d) => (d.sections[1].questions[2].text = 5)), path: 'sections[1].questions[2].text' },
      { name: 'no sections', text: mutate(branding, (d) => (d.sections = [])), path: 'sections' },
      { name: 'an empty section', text: mutate(branding, (d) => (d.sections[0].questions = [])), path: 'sections[0].questions' },
      { name: 'a duplicate question id', text: mutate(branding, (d) => (d.sections[2].questions[1].id = d.sections[2].questions[0].id)), path: 'sections[2].questions[1].id' },
      { name: 'a huge question text', text: mutate(branding, (d) => (d.sections[0].questions[0].text = huge)), path: 'sections[0].questions[0].text' },
      { name: 'a wrong version', text: mutate(branding, (d) => (d.version = 2)), path: 'version' },
      { name: 'a source without lines', text: mutate(branding, (d) => delete d.sections[0].questions[3].source.lines), path: 'sections[0].questions[3].source.lines' },
      { name: 'scoring not marked as ours', text: mutate(branding, (d) => (d.scoring.origin = 'book')), path: 'scoring.origin' },
    ],
  },
  'diplomacy-capacity': {
    data: diplomacy,
    cases: [
      ...generic(diplomacy, 'sections'),
      { name: 'a figure as text', text: mutate(diplomacy, (d) => (d.sections[0].questions[0].figure.value = '86%')), path: 'sections[0].questions[0].figure.value' },
      { name: 'a figure without a source', text: mutate(diplomacy, (d) => delete d.sections[0].questions[0].figure.source), path: 'sections[0].questions[0].figure.source' },
      { name: 'a question without text', text: mutate(diplomacy, (d) => delete d.sections[1].questions[0].text), path: 'sections[1].questions[0].text' },
      { name: 'a duplicate question id', text: mutate(diplomacy, (d) => (d.sections[1].questions[1].id = d.sections[1].questions[0].id)), path: 'sections[1].questions[1].id' },
      { name: 'no sections', text: mutate(diplomacy, (d) => (d.sections = [])), path: 'sections' },
    ],
  },
  'talent-governance': {
    data: talent,
    cases: [
      ...generic(talent, 'sections'),
      { name: 'a number as a question', text: mutate(talent, (d) => (d.sections[2].questions[1].text = 7)), path: 'sections[2].questions[1].text' },
      { name: 'an empty section', text: mutate(talent, (d) => (d.sections[3].questions = [])), path: 'sections[3].questions' },
      { name: 'a huge title', text: mutate(talent, (d) => (d.title = huge)), path: 'title' },
    ],
  },
  'capital-radar': {
    data: capitals,
    cases: [
      ...generic(capitals, 'statements'),
      { name: 'a percentage as text', text: mutate(capitals, (d) => (d.statements[3].agreePct = '88.9%')), path: 'statements[3].agreePct' },
      { name: 'a percentage over 100', text: mutate(capitals, (d) => (d.statements[4].agreePct = 140)), path: 'statements[4].agreePct' },
      { name: 'an unknown capital', text: mutate(capitals, (d) => (d.statements[2].capitalId = 'financial')), path: 'statements[2].capitalId' },
      { name: 'a duplicate statement id', text: mutate(capitals, (d) => (d.statements[6].id = d.statements[5].id)), path: 'statements[6].id' },
      { name: 'a statement without text', text: mutate(capitals, (d) => delete d.statements[7].text), path: 'statements[7].text' },
      { name: 'a huge statement', text: mutate(capitals, (d) => (d.statements[1].text = huge)), path: 'statements[1].text' },
      { name: 'no capitals (wrong type)', text: mutate(capitals, (d) => (d.capitals = 'six')), path: 'capitals' },
      { name: 'a capital without a name', text: mutate(capitals, (d) => delete d.capitals[1].name), path: 'capitals[1].name' },
    ],
  },
  'network-compare': {
    data: networks,
    cases: [
      ...generic(networks, 'networks'),
      { name: 'a score of 4', text: mutate(networks, (d) => (d.networks[4].scores.d2.value = 4)), path: 'networks[4].scores.d2.value' },
      { name: 'a string as a score', text: mutate(networks, (d) => (d.networks[0].scores.d1.value = 'high')), path: 'networks[0].scores.d1.value' },
      { name: 'unknown scored as 0', text: mutate(networks, (d) => (d.networks[3].scores.d5.value = 0)), path: 'networks[3].scores.d5.value' },
      { name: 'a duplicate network id', text: mutate(networks, (d) => (d.networks[3].id = d.networks[2].id)), path: 'networks[3].id' },
      { name: 'a network without a name', text: mutate(networks, (d) => delete d.networks[5].name), path: 'networks[5].name' },
      { name: 'a huge network name', text: mutate(networks, (d) => (d.networks[0].name = huge)), path: 'networks[0].name' },
      { name: 'a known value without a source', text: mutate(networks, (d) => (d.networks[0].attributes.founded.source = [])), path: 'networks[0].attributes.founded.source' },
      { name: 'an unknown status', text: mutate(networks, (d) => (d.networks[0].attributes.founded.status = 'guessed')), path: 'networks[0].attributes.founded.status' },
      { name: 'no networks at all (wrong type)', text: mutate(networks, (d) => (d.networks = {})), path: 'networks' },
    ],
  },
};

WIDGET_CASES['labour-market-barriers'] = {
  data: labour,
  cases: [
    ...generic(labour, 'barriers'),
    { name: 'a link to an initiative that does not exist', text: mutate(labour, (d) => (d.links[3].initiative = 'nope')), path: 'links[3].initiative' },
    { name: 'a link that is neither stated nor ours', text: mutate(labour, (d) => (d.links[0].origin = 'obvious')), path: 'links[0].origin' },
    { name: 'a barrier without a source', text: mutate(labour, (d) => delete d.barriers[2].source), path: 'barriers[2].source' },
    { name: 'a duplicate group id', text: mutate(labour, (d) => (d.groups[1].id = d.groups[0].id)), path: 'groups[1].id' },
    { name: 'a huge barrier text', text: mutate(labour, (d) => (d.barriers[0].text = huge)), path: 'barriers[0].text' },
  ],
};
WIDGET_CASES['inclusion-action-plan'] = {
  data: plan,
  cases: [
    ...generic(plan, 'areas'),
    { name: 'no areas', text: mutate(plan, (d) => (d.areas = [])), path: 'areas' },
    { name: 'an area without a label', text: mutate(plan, (d) => delete d.areas[2].label), path: 'areas[2].label' },
    { name: 'a readiness question as a number', text: mutate(plan, (d) => (d.readiness.sections[0].questions[1].text = 3)), path: 'readiness.sections[0].questions[1].text' },
    { name: 'a duplicate area id', text: mutate(plan, (d) => (d.areas[4].id = d.areas[0].id)), path: 'areas[4].id' },
  ],
};

/** Strings that must never execute or become markup, put into every string field of every dataset. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  'javascript:window.__pwned=(window.__pwned||0)+1',
  'data:text/html,<script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

/** Replaces every string in `data` (ids included) with `payload`, except keys named in `keep`. */
export function poison(data: unknown, payload: string, keep: ReadonlySet<string> = new Set()): unknown {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key && keep.has(key) ? v : payload;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(data);
}
