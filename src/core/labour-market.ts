import type {
  Barrier,
  CityProfile,
  GroupBarrier,
  LabourMarketData,
  LabourMarketState,
  Link,
} from '../schema/labour-market.js';
import { toCsv } from './csv.js';

export { citation, shortCitation, type CiteWords } from './citation.js';

/** What the book says weighs on a group (at a stage, for students). */
export interface GroupBarriers {
  /** Named for this group (and stage), in the book's wording. */
  named: GroupBarrier[];
  /** Barriers of 7.3 most groups share, not already named for this group. */
  shared: Barrier[];
  /** Every barrier id of both lists, in the dataset's order. */
  ids: string[];
}

/**
 * The barriers of `group`; for the student group, those of `stage` (Table 7.1) plus the ones named
 * for students at every stage. An unknown group gives empty lists.
 */
export function barriersFor(data: LabourMarketData, group: string, stage?: string): GroupBarriers {
  if (!data.groups.some((g) => g.id === group)) return { named: [], shared: [], ids: [] };
  const named = data.groupBarriers.filter((b) => b.group === group && (b.stage === undefined || b.stage === stage));
  const namedIds = new Set(named.map((b) => b.barrier));
  const shared = data.barriers.filter((b) => data.shared.barriers.includes(b.id) && !namedIds.has(b.id));
  const all = new Set([...namedIds, ...shared.map((b) => b.id)]);
  return { named, shared, ids: data.barriers.filter((b) => all.has(b.id)).map((b) => b.id) };
}

/** The links of one barrier, stated ones first. */
export function linksOf(data: LabourMarketData, barrier: string): Link[] {
  const links = data.links.filter((l) => l.barrier === barrier);
  return [...links.filter((l) => l.origin === 'stated'), ...links.filter((l) => l.origin === 'ours')];
}

/** Barriers among `barrierIds` that no initiative in `marked` addresses, in the given order. */
export function gaps(data: LabourMarketData, barrierIds: readonly string[], marked: readonly string[]): string[] {
  const have = new Set(marked);
  return barrierIds.filter((b) => !data.links.some((l) => l.barrier === b && have.has(l.initiative)));
}

/** The marked initiatives that address `barrier`. */
export function addressedBy(data: LabourMarketData, barrier: string, marked: readonly string[]): string[] {
  const have = new Set(marked);
  return data.initiatives.filter((i) => have.has(i.id) && data.links.some((l) => l.barrier === barrier && l.initiative === i.id)).map((i) => i.id);
}

/** Barriers × initiative types: each cell the link between them, or null. */
export function matrix(data: LabourMarketData): { barrier: string; cells: (Link | null)[] }[] {
  return data.barriers.map((b) => ({
    barrier: b.id,
    cells: data.initiatives.map((i) => data.links.find((l) => l.barrier === b.id && l.initiative === i.id) ?? null),
  }));
}

/** The matrix as CSV: a header of initiative labels, a row per barrier, cells "stated", "ours" or empty. */
export function matrixCsv(
  data: LabourMarketData,
  label: (kind: 'barrier' | 'initiative', id: string) => string,
  corner: string,
  origin: (o: Link['origin']) => string,
): string {
  const head = [corner, ...data.initiatives.map((i) => label('initiative', i.id))];
  const rows = matrix(data).map((r) => [label('barrier', r.barrier), ...r.cells.map((c) => (c ? origin(c.origin) : ''))]);
  return toCsv([head, ...rows]);
}

// ---- saved state ---------------------------------------------------------------------------------

/** A state with one city, the same in every tab so that two tabs starting empty agree. */
export function initialCities(name: string): LabourMarketState {
  return { cities: [{ id: 'city-1', name, initiatives: [], updatedAt: 0 }] };
}

/** The open city: `id` if it exists, else the first. */
export function activeCity(s: LabourMarketState, id: string): CityProfile {
  return s.cities.find((c) => c.id === id) ?? s.cities[0]!;
}

/** Marks or unmarks an initiative of one city. */
export function setInitiative(s: LabourMarketState, cityId: string, initiative: string, on: boolean, now: number): LabourMarketState {
  return {
    cities: s.cities.map((c) => {
      if (c.id !== cityId) return c;
      const rest = c.initiatives.filter((i) => i !== initiative);
      return { ...c, initiatives: on ? [...rest, initiative] : rest, updatedAt: now };
    }),
  };
}

/** `name`, or `name (2)`, `name (3)`… so that no two cities share a name. */
export function uniqueCityName(s: LabourMarketState, name: string): string {
  const names = new Set(s.cities.map((c) => c.name));
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) if (!names.has(`${name} (${n})`)) return `${name} (${n})`;
}

export function renameCity(s: LabourMarketState, cityId: string, name: string, now: number): LabourMarketState {
  return { cities: s.cities.map((c) => (c.id === cityId ? { ...c, name, updatedAt: now } : c)) };
}

/** Removes a city; the last one removed is replaced by `fallback`. */
export function removeCity(s: LabourMarketState, cityId: string, fallback: CityProfile): LabourMarketState {
  const rest = s.cities.filter((c) => c.id !== cityId);
  return { cities: rest.length ? rest : [fallback] };
}

/** Initiatives one city has and the other lacks, both ways. */
export function compareCities(a: CityProfile, b: CityProfile): { onlyA: string[]; onlyB: string[]; both: string[] } {
  const inB = new Set(b.initiatives);
  const inA = new Set(a.initiatives);
  return {
    onlyA: a.initiatives.filter((i) => !inB.has(i)),
    onlyB: b.initiatives.filter((i) => !inA.has(i)),
    both: a.initiatives.filter((i) => inB.has(i)),
  };
}
