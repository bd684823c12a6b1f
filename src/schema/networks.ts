import * as z from 'zod/mini';
import { SourceRef, Status, Translations } from './common.js';

/** Lower-case kebab id: `icc`, `welcoming-america`, `d2`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
export type Id = z.infer<typeof Id>;

const Text = z.string().check(z.minLength(1), z.maxLength(5000));
const Sources = z.array(SourceRef);

/** One reading of a disputed value, with where it is read. */
export const Reading = z.strictObject({
  value: z.union([z.string(), z.number()]),
  asOf: z.optional(z.string()),
  source: Sources,
});
export type Reading = z.infer<typeof Reading>;

type CellLike = {
  value: string | number | null;
  status: Status;
  source: SourceRef[];
  readings?: { value: string | number }[];
};

/** The rules every cell obeys: unknown is null (never 0), known values cite a source, disputes keep their readings. */
function checkCell(cell: CellLike, ctx: z.core.$RefinementCtx<CellLike>): void {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: cell });
  if ((cell.status === 'unknown') !== (cell.value === null)) {
    issue(['value'], cell.status === 'unknown' ? 'expected null for an unknown value' : 'expected a value (null only with status unknown)');
  }
  if (cell.value !== null && cell.source.length === 0) issue(['source'], 'expected at least one source for a known value');
  if (cell.status === 'disputed') {
    const readings = cell.readings ?? [];
    if (readings.length < 2) issue(['readings'], 'expected at least two readings for a disputed value');
    else if (!readings.some((r) => r.value === cell.value)) issue(['value'], 'expected the value to be one of its readings');
  }
}

/**
 * An attribute value: a value, how it relates to the sources, where it is read, an optional note
 * (e.g. an undated count's likely date), `asOf` for dated values, and the readings of a dispute.
 */
export const Cell = z
  .strictObject({
    value: z.nullable(z.union([z.string(), z.number()])),
    status: Status,
    source: Sources,
    asOf: z.optional(z.string()),
    /** How the source qualifies a number: "nearly 200" is `{value: 200, qualifier: 'nearly'}`. */
    qualifier: z.optional(z.enum(['nearly', 'about', 'over', 'at-least'])),
    note: z.optional(z.string()),
    readings: z.optional(z.array(Reading)),
  })
  .check(z.superRefine(checkCell));
export type Cell = z.infer<typeof Cell>;

/** A score on one of the 0–3 dimensions; null (with status unknown) when the texts do not allow one. */
export const ScoreCell = z
  .strictObject({
    value: z.nullable(z.int().check(z.gte(0), z.lte(3))),
    status: Status,
    source: Sources,
    note: z.optional(z.string()),
    readings: z.optional(z.array(z.strictObject({ value: z.int().check(z.gte(0), z.lte(3)), source: Sources }))),
  })
  .check(z.superRefine(checkCell));
export type ScoreCell = z.infer<typeof ScoreCell>;

/** A 0–3 ordinal dimension with the wording of each anchor and the texts it is built on. */
export const Dimension = z.strictObject({
  id: Id,
  label: Text,
  short: z.optional(z.string()),
  description: Text,
  anchors: z.tuple([Text, Text, Text, Text]),
  source: Sources,
});
export type Dimension = z.infer<typeof Dimension>;

/** A row of the comparison table: an attribute id and its label. */
export const AttributeDef = z.strictObject({ id: Id, label: Text });
export type AttributeDef = z.infer<typeof AttributeDef>;

/** Who wrote a document when our copy does not print it: our attribution, its reasoning and where it rests. */
export const Attribution = z.strictObject({ status: Status, note: Text, source: Sources });
export type Attribution = z.infer<typeof Attribution>;

/**
 * A source document cited by `SourceRef.doc`, as a bibliography entry: authors ("Family, Given"),
 * year, title, journal, volume, issue, pages, DOI, publisher where the document gives them; `short`
 * is how a cell cites it ("Lacroix & Spencer 2022"); `sections` map a line of our copy to the
 * section it falls in (first line of each section, ascending). `file` and line numbers are for
 * traceability only and are never shown to a reader.
 */
export const SourceDoc = z.strictObject({
  id: Text,
  title: Text,
  short: z.optional(Text),
  authors: z.optional(z.array(Text)),
  editors: z.optional(z.array(Text)),
  year: z.optional(z.int()),
  date: z.optional(z.string()),
  journal: z.optional(Text),
  volume: z.optional(z.string()),
  issue: z.optional(z.string()),
  pages: z.optional(z.string()),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,}\/\S+$/))),
  publisher: z.optional(Text),
  attribution: z.optional(Attribution),
  sections: z.optional(z.array(z.strictObject({ line: z.int().check(z.gte(1)), title: Text }))),
  file: z.optional(z.string()),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

/** The vocabulary of a filter facet: value id → label. */
export const FacetVocabulary = z.record(Id, Text);
export type FacetVocabulary = z.infer<typeof FacetVocabulary>;

/**
 * How a typology facet is read off a fact the dataset already holds: our rule, labelled as ours,
 * with its reasoning (`note`) and the lines it rests on. `from` names where the fact is: a filter
 * facet of the network (`scope`, `leadership`, `focus`, its evidence the attribute of the same name),
 * a dimension's score, or another typology facet (no cycles). `map` turns the fact into one of the facet's
 * values; when a network carries several mapped values, the first key of `map` it carries decides.
 * Nothing is derived from an unknown or a disputed fact.
 */
export const TypologyRule = z.strictObject({
  from: z.enum(['facet', 'score', 'typology']),
  id: Id,
  map: z.record(z.string(), Id),
  note: Text,
  source: Sources,
});
export type TypologyRule = z.infer<typeof TypologyRule>;

/** A facet of a typology of city networks: its values, its definition and the passage it is read from. */
export const TypologyFacet = z.strictObject({
  id: Id,
  label: Text,
  description: Text,
  values: FacetVocabulary,
  source: Sources,
  rule: z.optional(TypologyRule),
});
export type TypologyFacet = z.infer<typeof TypologyFacet>;

/**
 * A city network. `kind` says how much the sources say: `full` (described at length) or `mention`
 * (named in passing; a short record). The facets (scope, leadership, focus, founded) summarise the
 * attributes of the same names for filtering; the attributes carry the evidence.
 */
export const Network = z.strictObject({
  id: Id,
  name: Text,
  short: z.optional(z.string()),
  kind: z.enum(['full', 'mention']),
  parent: z.optional(Id),
  scope: z.array(Id),
  leadership: z.nullable(Id),
  focus: z.array(Id),
  founded: z.nullable(z.int()),
  attributes: z.record(Id, Cell),
  scores: z.record(Id, ScoreCell),
  /** Classifications by the typology's facets, each a cell whose value is one of the facet's values; a missing facet is derived by its rule or unknown. */
  typology: z.optional(z.record(Id, Cell)),
});
export type Network = z.infer<typeof Network>;

type NetworksShape = {
  docs?: SourceDoc[];
  dimensions: Dimension[];
  attributes: AttributeDef[];
  facets?: { scope?: FacetVocabulary; leadership?: FacetVocabulary; focus?: FacetVocabulary };
  typology?: TypologyFacet[];
  networks: Network[];
};

/** Cross-record rules: unique ids, known references, facets in their vocabulary. */
function checkNetworks(data: NetworksShape, ctx: z.core.$RefinementCtx<NetworksShape>): void {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: data });
  const uniq = (items: { id: string }[], key: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issue([key, i, 'id'], `duplicate id: ${item.id}`);
      seen.add(item.id);
    });
    return seen;
  };
  const dims = uniq(data.dimensions, 'dimensions');
  const attrs = uniq(data.attributes, 'attributes');
  const nets = uniq(data.networks, 'networks');
  const docs = data.docs ? uniq(data.docs, 'docs') : null;
  const checkDocs = (sources: SourceRef[], path: PropertyKey[]) => {
    if (!docs) return;
    sources.forEach((s, k) => {
      if (!docs.has(s.doc)) issue([...path, k, 'doc'], `unknown document: ${s.doc}`);
    });
  };
  data.dimensions.forEach((d, i) => checkDocs(d.source, ['dimensions', i, 'source']));
  const typology = new Map((data.typology ?? []).map((f) => [f.id, f]));
  /** Whether following typology rules from `id` comes back to it. */
  const cyclic = (id: string): boolean => {
    let at = typology.get(id)?.rule;
    for (let steps = 0; at?.from === 'typology' && steps <= typology.size; steps++) {
      if (at.id === id) return true;
      at = typology.get(at.id)?.rule;
    }
    return false;
  };
  const seenFacets = new Set<string>();
  (data.typology ?? []).forEach((f, i) => {
    if (seenFacets.has(f.id)) issue(['typology', i, 'id'], `duplicate id: ${f.id}`);
    seenFacets.add(f.id);
    checkDocs(f.source, ['typology', i, 'source']);
    const rule = f.rule;
    if (!rule) return;
    checkDocs(rule.source, ['typology', i, 'rule', 'source']);
    const known =
      rule.from === 'facet' ? ['scope', 'leadership', 'focus'].includes(rule.id)
      : rule.from === 'score' ? dims.has(rule.id)
      : typology.has(rule.id) && !cyclic(f.id);
    if (!known) issue(['typology', i, 'rule', 'id'], `unknown ${rule.from === 'typology' ? 'typology facet (or a cycle)' : rule.from}: ${rule.id}`);
    for (const [k, v] of Object.entries(rule.map)) if (!(v in f.values)) issue(['typology', i, 'rule', 'map', k], `unknown ${f.id}: ${v}`);
  });
  data.networks.forEach((n, i) => {
    if (n.parent !== undefined && !nets.has(n.parent)) issue(['networks', i, 'parent'], `unknown network: ${n.parent}`);
    for (const [key, cell] of Object.entries(n.attributes)) {
      if (!attrs.has(key)) issue(['networks', i, 'attributes', key], `unknown attribute: ${key}`);
      checkDocs(cell.source, ['networks', i, 'attributes', key, 'source']);
      cell.readings?.forEach((r, j) => checkDocs(r.source, ['networks', i, 'attributes', key, 'readings', j, 'source']));
    }
    for (const [key, cell] of Object.entries(n.scores)) {
      if (!dims.has(key)) issue(['networks', i, 'scores', key], `unknown dimension: ${key}`);
      checkDocs(cell.source, ['networks', i, 'scores', key, 'source']);
    }
    for (const facet of ['scope', 'focus'] as const) {
      const vocab = data.facets?.[facet];
      if (vocab) n[facet].forEach((v, j) => { if (!(v in vocab)) issue(['networks', i, facet, j], `unknown ${facet}: ${v}`); });
    }
    for (const [key, cell] of Object.entries(n.typology ?? {})) {
      const at = ['networks', i, 'typology', key];
      const facet = typology.get(key);
      if (!facet) {
        issue(at, `unknown typology facet: ${key}`);
        continue;
      }
      const values = [cell.value, ...(cell.readings ?? []).map((r) => r.value)].filter((v) => v !== null);
      for (const v of values) if (typeof v !== 'string' || !(v in facet.values)) issue([...at, 'value'], `unknown ${key}: ${v}`);
      checkDocs(cell.source, [...at, 'source']);
      cell.readings?.forEach((r, j) => checkDocs(r.source, [...at, 'readings', j, 'source']));
    }
    const leaders = data.facets?.leadership;
    if (leaders && n.leadership !== null && !(n.leadership in leaders)) {
      issue(['networks', i, 'leadership'], `unknown leadership: ${n.leadership}`);
    }
  });
}

/** The `<network-compare>` dataset: networks, the rows to compare them on, and the 0–3 dimensions. */
export const Networks = z
  .strictObject({
    version: z.int().check(z.gte(1)),
    title: Text,
    method: Text,
    docs: z.optional(z.array(SourceDoc)),
    dimensions: z.array(Dimension),
    attributes: z.array(AttributeDef),
    facets: z.optional(
      z.strictObject({
        scope: z.optional(FacetVocabulary),
        leadership: z.optional(FacetVocabulary),
        focus: z.optional(FacetVocabulary),
      }),
    ),
    /** The typology of Lacroix & Spencer 2022 as facets of the finder. */
    typology: z.optional(z.array(TypologyFacet)),
    networks: z.array(Network),
    translations: z.optional(Translations),
  })
  .check(z.superRefine(checkNetworks));
export type Networks = z.infer<typeof Networks>;

/** What `<network-compare>` keeps per `storage-key`: the networks compared and those the city belongs to. */
export const NetworkCompareState = z.object({
  selected: z.array(Id),
  member: z.array(Id),
});
export type NetworkCompareState = z.infer<typeof NetworkCompareState>;

/** A comparison shared through a link: the networks compared, in order. */
export const SharedSelection = z.strictObject({
  selected: z.array(Id).check(z.minLength(1), z.maxLength(4)),
});
export type SharedSelection = z.infer<typeof SharedSelection>;
