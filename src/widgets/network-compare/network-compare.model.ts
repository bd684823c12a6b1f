import type { Cell, Network, Networks, ScoreCell, TypologyFacet } from '../../schema/networks.js';
import { citations, docLabel, reference } from './network-compare.cite.js';

/** What the sources leave open. Shared, frozen: never mutate a cell the model returns. */
export const UNKNOWN: Readonly<Cell> = Object.freeze({ value: null, status: 'unknown', source: [] });

// ---------------------------------------------------------------------------------------------
// Filtering

/** Filters: facets combine with AND, values within one facet with OR; empty means no filter. */
export interface NetworkQuery {
  /** Words that must all occur in the name, short name or id (case and accents ignored). */
  text?: string;
  scope?: readonly string[];
  leadership?: readonly string[];
  focus?: readonly string[];
  /** Founding year bounds, inclusive; a network with an unknown year is left out once a bound is set. */
  foundedFrom?: number | null;
  foundedTo?: number | null;
  kind?: Network['kind'];
  /** Typology facet id → the values wanted; `unknown` matches the networks whose value is unknown. */
  typology?: Readonly<Record<string, readonly string[]>>;
}

/** The option of every typology facet that matches the networks the sources do not classify. */
export const UNKNOWN_OPTION = 'unknown';

const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const searchIndex = new WeakMap<Networks, string[]>();
function haystacks(dataset: Networks): string[] {
  let index = searchIndex.get(dataset);
  if (!index) {
    index = dataset.networks.map((n) => fold(`${n.name}\n${n.short ?? ''}\n${n.id}`));
    searchIndex.set(dataset, index);
  }
  return index;
}

const anyOf = (wanted: readonly string[] | undefined, values: readonly string[]): boolean =>
  !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));

/** The networks matching `query`, in dataset order. */
export function filterNetworks(dataset: Networks, query: NetworkQuery = {}): Network[] {
  const words = fold(query.text ?? '').split(/\s+/).filter(Boolean);
  const from = query.foundedFrom ?? null;
  const to = query.foundedTo ?? null;
  const index = haystacks(dataset);
  const out: Network[] = [];
  dataset.networks.forEach((n, i) => {
    if (query.kind && n.kind !== query.kind) return;
    if (!anyOf(query.scope, n.scope) || !anyOf(query.focus, n.focus)) return;
    if (query.leadership?.length && (n.leadership === null || !query.leadership.includes(n.leadership))) return;
    if (from !== null || to !== null) {
      if (n.founded === null || (from !== null && n.founded < from) || (to !== null && n.founded > to)) return;
    }
    if (words.length && !words.every((w) => index[i].includes(w))) return;
    for (const [facet, wanted] of Object.entries(query.typology ?? {})) {
      if (!wanted.length) continue;
      const value = typologyCell(dataset, n, facet).value;
      if (!wanted.includes(value === null ? UNKNOWN_OPTION : String(value))) return;
    }
    out.push(n);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Typology

const typologyCache = new WeakMap<Network, Map<string, Cell>>();

/** The fact a rule reads, as a list of keys of its `map`, with the cell that is its evidence. */
function ruleFact(dataset: Networks, n: Network, facet: TypologyFacet): { keys: string[]; cell: Cell | ScoreCell } | null {
  const rule = facet.rule;
  if (!rule) return null;
  if (rule.from === 'facet') {
    const field = rule.id as 'scope' | 'leadership' | 'focus';
    const raw = n[field];
    const keys = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
    const cell = n.attributes[rule.id];
    return cell ? { keys, cell } : null;
  }
  const cell = rule.from === 'score' ? n.scores[rule.id] : typologyCell(dataset, n, rule.id);
  return cell && cell.value !== null ? { keys: [String(cell.value)], cell } : null;
}

/**
 * A network's value on a typology facet: its own classification where the data holds one, else
 * what the facet's rule derives from a fact the data holds (status inferred, the fact's sources and
 * the rule's lines, the rule's reasoning as the note), else unknown. Never a guess.
 */
export function typologyCell(dataset: Networks, n: Network, facetId: string): Cell {
  let cache = typologyCache.get(n);
  if (!cache) typologyCache.set(n, (cache = new Map()));
  const hit = cache.get(facetId);
  if (hit) return hit;
  const facet = dataset.typology?.find((f) => f.id === facetId);
  let cell: Cell = n.typology?.[facetId] ?? UNKNOWN;
  if (cell === UNKNOWN && facet?.rule) {
    const fact = ruleFact(dataset, n, facet);
    const key = fact && (fact.cell.status === 'stated' || fact.cell.status === 'inferred') ? Object.keys(facet.rule.map).find((k) => fact.keys.includes(k)) : undefined;
    if (fact && key !== undefined) {
      cell = { value: facet.rule.map[key]!, status: 'inferred', source: [...fact.cell.source, ...facet.rule.source], note: facet.rule.note };
    }
  }
  cache.set(facetId, cell);
  return cell;
}

// ---------------------------------------------------------------------------------------------
// Facets

export interface FacetOption {
  id: string;
  label: string;
  /** Networks carrying this value. */
  count: number;
}

export interface PeriodOption extends FacetOption {
  from: number;
  to: number;
}

export interface FacetOptions {
  scope: FacetOption[];
  leadership: FacetOption[];
  focus: FacetOption[];
  /** Founding decades that occur, oldest first. */
  periods: PeriodOption[];
  /** Networks whose founding year is unknown. */
  undated: number;
  /** Per typology facet, its values and then `unknown`, each with how many networks carry it. */
  typology: { id: string; label: string; options: FacetOption[] }[];
}

function options(values: (string | null)[][], vocab: Record<string, string> | undefined): FacetOption[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const v of list) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Vocabulary order first (the dataset author's order), then values it does not list, as met.
  const order = [...Object.keys(vocab ?? {}).filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !vocab || !(k in vocab))];
  return order.map((id) => ({ id, label: vocab?.[id] ?? id, count: counts.get(id) ?? 0 }));
}

/** The values each filter can take in `dataset`, with their labels and counts. */
export function facetOptions(dataset: Networks): FacetOptions {
  const nets = dataset.networks;
  const decades = new Map<number, number>();
  let undated = 0;
  for (const n of nets) {
    if (n.founded === null) undated++;
    else {
      const d = Math.floor(n.founded / 10) * 10;
      decades.set(d, (decades.get(d) ?? 0) + 1);
    }
  }
  return {
    scope: options(nets.map((n) => n.scope), dataset.facets?.scope),
    leadership: options(nets.map((n) => [n.leadership]), dataset.facets?.leadership),
    focus: options(nets.map((n) => n.focus), dataset.facets?.focus),
    periods: [...decades.keys()]
      .sort((a, b) => a - b)
      .map((d) => ({ id: `${d}s`, label: `${d}s`, from: d, to: d + 9, count: decades.get(d) ?? 0 })),
    undated,
    typology: (dataset.typology ?? []).map((f) => {
      const counts = new Map<string, number>();
      for (const n of nets) {
        const v = typologyCell(dataset, n, f.id).value;
        const key = v === null ? UNKNOWN_OPTION : String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const ids = [...Object.keys(f.values), UNKNOWN_OPTION];
      return { id: f.id, label: f.label, options: ids.map((id) => ({ id, label: f.values[id] ?? id, count: counts.get(id) ?? 0 })) };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison table

export interface ComparisonRow {
  kind: 'attribute' | 'typology' | 'dimension';
  id: string;
  label: string;
  /** One cell per selected network, in the order of the selection; UNKNOWN where nothing is known. */
  cells: (Cell | ScoreCell)[];
  /** Two or more of the known values differ (an unknown is not counted as a difference). */
  differs: boolean;
  /** At least one cell is known. */
  known: boolean;
}

export interface ComparisonOptions {
  /** Leave out rows where no selected network has a known value. */
  hideUnknown?: boolean;
  /** Dimension rows to show, in this order; all by default. */
  dimensionIds?: readonly string[];
  /** Attribute rows to show, in the dataset's order; all by default. */
  attributeIds?: readonly string[];
  /** Show the typology's rows (between the attributes and the dimensions); true by default. */
  typology?: boolean;
}

/** The selected networks that exist, in the order given, each once. */
export function selectedNetworks(dataset: Networks, ids: readonly string[]): Network[] {
  const byId = new Map(dataset.networks.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const out: Network[] = [];
  for (const id of ids) {
    const n = byId.get(id);
    if (n && !seen.has(id)) {
      seen.add(id);
      out.push(n);
    }
  }
  return out;
}

function row(kind: ComparisonRow['kind'], id: string, label: string, cells: (Cell | ScoreCell)[]): ComparisonRow {
  const known = cells.filter((c) => c.value !== null);
  const first = known[0]?.value;
  return { kind, id, label, cells, differs: known.some((c) => c.value !== first), known: known.length > 0 };
}

/** Attribute rows, then typology rows, then dimension rows, with one column per selected network. */
export function comparisonRows(
  dataset: Networks,
  selectedIds: readonly string[],
  { hideUnknown = false, dimensionIds, attributeIds, typology = true }: ComparisonOptions = {},
): ComparisonRow[] {
  const nets = selectedNetworks(dataset, selectedIds);
  const dims = dimensionIds
    ? dimensionIds.flatMap((id) => dataset.dimensions.filter((d) => d.id === id))
    : dataset.dimensions;
  const attrs = attributeIds ? dataset.attributes.filter((a) => attributeIds.includes(a.id)) : dataset.attributes;
  const rows = [
    ...attrs.map((a) => row('attribute', a.id, a.label, nets.map((n) => n.attributes[a.id] ?? UNKNOWN))),
    ...(typology ? dataset.typology ?? [] : []).map((f) => row('typology', f.id, f.label, nets.map((n) => typologyCell(dataset, n, f.id)))),
    ...dims.map((d) => row('dimension', d.id, d.label, nets.map((n) => n.scores[d.id] ?? UNKNOWN))),
  ];
  return hideUnknown ? rows.filter((r) => r.known) : rows;
}

/**
 * The comparison as table rows for a CSV file: a header, then per row its label and, per network,
 * the value (`unknown` when unknown, never 0), the status, the other readings of a disputed value,
 * and the sources as "Caponio 2022, Case studies: …"; then the full reference of every source cited.
 */
export function comparisonCsvRows(
  dataset: Networks,
  selectedIds: readonly string[],
  options: ComparisonOptions = {},
  label: (row: ComparisonRow) => string = (row) => row.label,
): (string | number | null)[][] {
  const nets = selectedNetworks(dataset, selectedIds);
  const rows = comparisonRows(dataset, selectedIds, options);
  const refs = (c: Cell | ScoreCell) => citations(dataset.docs, c.source);
  // A typology value is written as its label ("From below (grassroots)"), not its id.
  const shown = (r: ComparisonRow, v: string | number) => (r.kind === 'typology' ? dataset.typology?.find((f) => f.id === r.id)?.values[String(v)] ?? v : v);
  const readings = (row: ComparisonRow, c: Cell | ScoreCell) =>
    (c.readings ?? []).map((r) => `${shown(row, r.value)}${'asOf' in r && r.asOf ? ` (${r.asOf})` : ''}: ${citations(dataset.docs, r.source)}`).join(' | ');
  const cited = new Set(rows.flatMap((r) => r.cells.flatMap((c) => [...c.source, ...(c.readings ?? []).flatMap((x) => x.source)].map((s) => s.doc))));
  const docs = (dataset.docs ?? []).filter((d) => cited.has(d.id));
  return [
    ['kind', 'id', 'row', ...nets.flatMap((n) => [`${n.name}: value`, `${n.name}: status`, `${n.name}: readings`, `${n.name}: sources`])],
    ...rows.map((r) => [
      r.kind,
      r.id,
      label(r),
      ...r.cells.flatMap((c) => [c.value === null ? 'unknown' : 'qualifier' in c && c.qualifier ? `${c.qualifier} ${c.value}` : shown(r, c.value), c.status, readings(r, c), refs(c)]),
    ]),
    ...docs.map((d) => ['reference', docLabel(d, d.id), reference(d)]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Selection

/** `"icc, welcoming-america"` → `['icc', 'welcoming-america']`; blanks and repeats dropped. */
export function idList(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
}

/** Adds or removes `id`; adding beyond `max` is refused (the selection is returned unchanged). */
export function toggleId(ids: readonly string[], id: string, on: boolean, max = Infinity): { ids: string[]; refused: boolean } {
  const has = ids.includes(id);
  if (!on) return { ids: ids.filter((x) => x !== id), refused: false };
  if (has) return { ids: [...ids], refused: false };
  if (ids.length >= max) return { ids: [...ids], refused: true };
  return { ids: [...ids, id], refused: false };
}
