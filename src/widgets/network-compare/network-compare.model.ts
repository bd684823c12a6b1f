import { pointScale } from '../../charts/scale.js';
import type { Status } from '../../schema/common.js';
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
// Charts

export interface Size {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 16, right: 16, bottom: 32, left: 32 };
const LEVELS = [0, 1, 2, 3];

/** The 0–3 score axis. Scores are whole levels, so a point scale over them places them exactly where a linear scale would. */
function scoreScale(range: [number, number]): (value: number) => number {
  const s = pointScale(LEVELS, range);
  return (value) => s(value) ?? range[0];
}

/** Coordinates to 1/100 px: exact enough for SVG, short in markup, no float noise (50.00000000000001). */
const px = (v: number): number => Math.round(v * 100) / 100;

/** Plot area corners; a size smaller than its margins collapses to a point rather than inverting. */
function frame({ width, height, margin = DEFAULT_MARGIN }: Size) {
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const x0 = Math.min(margin.left, w);
  const y0 = Math.min(margin.top, h);
  return { w, h, x0, x1: Math.max(x0, w - margin.right), y0, y1: Math.max(y0, h - margin.bottom) };
}

export interface ProfilePoint {
  dimensionId: string;
  value: number;
  status: Status;
  x: number;
  y: number;
}

export interface ProfileSeries {
  id: string;
  name: string;
  /** Known scores only. */
  points: ProfilePoint[];
  /** Runs of points on adjacent axes: draw a line through each; an unknown breaks the line. */
  segments: ProfilePoint[][];
  /** Dimensions with no score: show as unknown, never at 0. */
  unknown: string[];
}

export interface DimensionProfile {
  width: number;
  height: number;
  axes: { id: string; label: string; short: string; x: number }[];
  levels: { value: number; y: number }[];
  series: ProfileSeries[];
}

/** One series per selected network across the dimensions (parallel axes, 0 at the bottom). */
export function dimensionProfile(
  dataset: Networks,
  ids: readonly string[],
  size: Size = { width: 480, height: 240 },
): DimensionProfile {
  const f = frame(size);
  const dimIds = dataset.dimensions.map((d) => d.id);
  const x = pointScale(dimIds, [f.x0, f.x1], 0.5);
  const y = scoreScale([f.y1, f.y0]);
  const series = selectedNetworks(dataset, ids).map((n): ProfileSeries => {
    const points: ProfilePoint[] = [];
    const segments: ProfilePoint[][] = [];
    const unknown: string[] = [];
    let run: ProfilePoint[] = [];
    for (const id of dimIds) {
      const cell = n.scores[id];
      if (!cell || cell.value === null) {
        unknown.push(id);
        if (run.length) segments.push(run);
        run = [];
        continue;
      }
      const p = { dimensionId: id, value: cell.value, status: cell.status, x: px(x(id) ?? f.x0), y: px(y(cell.value)) };
      points.push(p);
      run.push(p);
    }
    if (run.length) segments.push(run);
    return { id: n.id, name: n.name, points, segments, unknown };
  });
  return {
    width: f.w,
    height: f.h,
    axes: dataset.dimensions.map((d) => ({ id: d.id, label: d.label, short: d.short ?? d.label, x: px(x(d.id) ?? f.x0) })),
    levels: LEVELS.map((value) => ({ value, y: px(y(value)) })),
    series,
  };
}

export interface MapPosition {
  xValue: number;
  yValue: number;
  x: number;
  y: number;
}

export interface MapPoint extends MapPosition {
  id: string;
  name: string;
  short?: string;
  /** The weaker of the two statuses: disputed, then inferred, then stated. */
  status: Status;
  /** The other positions a disputed score allows (every combination of the readings), if any. */
  readings: MapPosition[];
}

/** One mark per occupied position: networks with the same two scores share it (never nudged off the grid). */
export interface MapSpot extends MapPosition {
  ids: string[];
}

export interface OrientationMap {
  width: number;
  height: number;
  xAxis: { id: string; label: string; ticks: { value: number; x: number }[] };
  yAxis: { id: string; label: string; ticks: { value: number; y: number }[] };
  /** Placed networks at their exact grid positions (by their main reading). */
  points: MapPoint[];
  /** The occupied positions, each with the networks on it, in order of first occupant. */
  spots: MapSpot[];
  /** Networks not placed because a score is unknown, with the dimensions that are. */
  unplaced: { id: string; name: string; missing: string[] }[];
}

export interface MapOptions extends Size {
  /** Dimension on the horizontal axis; default `d2` (state–society). */
  x?: string;
  /** Dimension on the vertical axis; default `d1` (vertical salience). */
  y?: string;
}

const WEAKNESS: Record<Status, number> = { stated: 0, inferred: 1, disputed: 2, unknown: 3 };

/** The values a score cell allows: its readings when disputed, else its value. */
function allowed(cell: ScoreCell): number[] {
  const values = cell.status === 'disputed' && cell.readings?.length ? cell.readings.map((r) => r.value) : [];
  return [...new Set([cell.value as number, ...values])];
}

/** Every network with both scores known, placed exactly on the vertical × horizontal map. */
export function orientationMap(dataset: Networks, options: MapOptions): OrientationMap {
  const { x: xId = 'd2', y: yId = 'd1' } = options;
  const f = frame(options);
  const x = scoreScale([f.x0, f.x1]);
  const y = scoreScale([f.y1, f.y0]);
  const label = (id: string) => dataset.dimensions.find((d) => d.id === id)?.label ?? id;
  const at = (xValue: number, yValue: number): MapPosition => ({ xValue, yValue, x: px(x(xValue)), y: px(y(yValue)) });
  const points: MapPoint[] = [];
  const unplaced: OrientationMap['unplaced'] = [];
  const spots = new Map<string, MapSpot>();
  for (const n of dataset.networks) {
    const cx = n.scores[xId];
    const cy = n.scores[yId];
    if (!cx || !cy || cx.value === null || cy.value === null) {
      const missing = [xId, yId].filter((id) => (n.scores[id]?.value ?? null) === null);
      unplaced.push({ id: n.id, name: n.name, missing });
      continue;
    }
    const status = WEAKNESS[cx.status] >= WEAKNESS[cy.status] ? cx.status : cy.status;
    const readings = allowed(cx)
      .flatMap((xv) => allowed(cy).map((yv) => [xv, yv] as const))
      .filter(([xv, yv]) => xv !== cx.value || yv !== cy.value)
      .map(([xv, yv]) => at(xv, yv));
    const p: MapPoint = { id: n.id, name: n.name, status, ...at(cx.value, cy.value), readings };
    if (n.short !== undefined) p.short = n.short;
    points.push(p);
    const key = `${cx.value},${cy.value}`;
    const spot = spots.get(key);
    if (spot) spot.ids.push(n.id);
    else spots.set(key, { ...at(cx.value, cy.value), ids: [n.id] });
  }
  return {
    width: f.w,
    height: f.h,
    xAxis: { id: xId, label: label(xId), ticks: LEVELS.map((value) => ({ value, x: px(x(value)) })) },
    yAxis: { id: yId, label: label(yId), ticks: LEVELS.map((value) => ({ value, y: px(y(value)) })) },
    points,
    spots: [...spots.values()],
    unplaced,
  };
}

export interface DotPlotOptions {
  width: number;
  margin?: Size['margin'];
  /** Dimension rows, in this order; all by default. */
  dimensionIds?: readonly string[];
  /** Height of one dimension's row; default 28. */
  rowHeight?: number;
}

export interface Dot {
  dimensionId: string;
  /** The score, or null for an unknown drawn in the separate "unknown" column. */
  value: number | null;
  status: Status;
  x: number;
  y: number;
}

export interface DotPlot {
  width: number;
  height: number;
  rows: { id: string; label: string; short: string; y: number }[];
  ticks: { value: number; x: number }[];
  /** Centre of the "unknown" column, apart from the 0–3 scale: unknowns are never placed at 0. */
  unknownX: number;
  series: { id: string; name: string; dots: Dot[] }[];
}

/**
 * A dot plot of the selection: one row per dimension, the 0–3 score across, the networks dodged
 * within the row; unknown scores sit in their own column to the right of the scale.
 */
export function dimensionDots(dataset: Networks, ids: readonly string[], options: DotPlotOptions): DotPlot {
  const { dimensionIds, rowHeight = 28, margin = { top: 8, right: 8, bottom: 24, left: 112 } } = options;
  const dims = dimensionIds
    ? dimensionIds.flatMap((id) => dataset.dimensions.filter((d) => d.id === id))
    : dataset.dimensions;
  const unknownColumn = 72;
  const width = Math.max(0, options.width);
  const height = margin.top + dims.length * rowHeight + margin.bottom;
  const x0 = Math.min(margin.left, width);
  const x1 = Math.max(x0, width - margin.right - unknownColumn);
  const x = scoreScale([x0, x1]);
  const y = pointScale(dims.map((d) => d.id), [margin.top, margin.top + dims.length * rowHeight], 0.5);
  const nets = selectedNetworks(dataset, ids);
  const step = nets.length > 1 ? Math.min(8, (rowHeight * 0.7) / (nets.length - 1)) : 0;
  const unknownX = px(Math.min(width, x1 + unknownColumn / 2 + 12));
  return {
    width,
    height,
    rows: dims.map((d) => ({ id: d.id, label: d.label, short: d.short ?? d.label, y: px(y(d.id) ?? 0) })),
    ticks: LEVELS.map((value) => ({ value, x: px(x(value)) })),
    unknownX,
    series: nets.map((n, k) => ({
      id: n.id,
      name: n.name,
      dots: dims.map((d): Dot => {
        const cell = n.scores[d.id] ?? UNKNOWN;
        const cy = px((y(d.id) ?? 0) + (k - (nets.length - 1) / 2) * step);
        return cell.value === null || typeof cell.value !== 'number'
          ? { dimensionId: d.id, value: null, status: 'unknown', x: unknownX, y: cy }
          : { dimensionId: d.id, value: cell.value, status: cell.status, x: px(x(cell.value)), y: cy };
      }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline

export interface Founding {
  id: string;
  name: string;
  year: number;
  /** The founding cell: status, sources, the note that keeps an earlier start or a dispute. */
  cell: Cell;
}

/** Every network with a known founding year, oldest first (ties in dataset order). */
export function foundings(dataset: Networks): Founding[] {
  return dataset.networks
    .flatMap((n) => {
      const cell = n.attributes['founded'];
      return cell && typeof cell.value === 'number' ? [{ id: n.id, name: n.name, year: cell.value, cell }] : [];
    })
    .sort((a, b) => a.year - b.year);
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

// ---------------------------------------------------------------------------------------------
// Synthetic data for benchmarks

/** A small deterministic PRNG (mulberry32): the same seed gives the same dataset. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'su', 'ta', 'ven', 'dor', 'lin', 'sar', 'ber', 'go'];
const SCOPES = ['national', 'europe', 'global'];
const LEADERS = ['cities', 'ngo', 'university', 'un'];
const FOCUS = ['integration', 'welcoming', 'asylum-refugees', 'inclusion'];
const STATUSES: Status[] = ['stated', 'inferred', 'disputed'];

/** A valid dataset of `n` invented networks (9 dimensions, some unknowns), for benchmarks and tests. */
export function makeSyntheticNetworks(n: number, seed = 1): Networks {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const src = (i: number) => [{ doc: 'X', lines: `${i + 1}` }];
  const dims = Array.from({ length: 9 }, (_, k) => ({
    id: `d${k + 1}`,
    label: `Dimension ${k + 1}`,
    description: `Synthetic dimension ${k + 1}`,
    anchors: ['none', 'low', 'medium', 'high'] as [string, string, string, string],
    source: src(k),
  }));
  const networks: Network[] = Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => {
    const name = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
    const founded = rnd() < 0.1 ? null : 1900 + Math.floor(rnd() * 120);
    const scores: Network['scores'] = {};
    for (const d of dims) {
      if (rnd() < 0.2) scores[d.id] = { value: null, status: 'unknown', source: [] };
      else {
        const status = pick(STATUSES);
        const value = Math.floor(rnd() * 4);
        scores[d.id] = status === 'disputed'
          ? { value, status, source: src(i), readings: [{ value, source: src(i) }, { value: (value + 1) % 4, source: src(i + 1) }] }
          : { value, status, source: src(i) };
      }
    }
    return {
      id: `net-${i + 1}`,
      name: `${name[0].toUpperCase()}${name.slice(1)} Cities ${i + 1}`,
      kind: rnd() < 0.7 ? 'full' : 'mention',
      scope: [pick(SCOPES)],
      leadership: rnd() < 0.1 ? null : pick(LEADERS),
      focus: [pick(FOCUS), pick(FOCUS)].filter((v, k, a) => a.indexOf(v) === k),
      founded,
      attributes: {
        founded: founded === null ? { value: null, status: 'unknown', source: [] } : { value: founded, status: 'stated', source: src(i) },
        members: rnd() < 0.3 ? { value: null, status: 'unknown', source: [] } : { value: 5 + Math.floor(rnd() * 200), status: 'stated', source: src(i) },
      },
      scores,
    };
  });
  return {
    version: 1,
    title: `Synthetic networks (${networks.length})`,
    method: 'Invented for benchmarks; no value is sourced.',
    docs: [{ id: 'X', title: 'Synthetic' }],
    dimensions: dims,
    attributes: [
      { id: 'founded', label: 'Founded' },
      { id: 'members', label: 'Number of members' },
    ],
    networks,
  };
}
