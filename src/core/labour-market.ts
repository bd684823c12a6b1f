import type {
  Barrier,
  CityProfile,
  GroupBarrier,
  LabourMarketData,
  LabourMarketState,
  Link,
} from '../schema/labour-market.js';
import { toCsv } from './csv.js';

export { citation, shortCitation, type CiteWords } from './work-citation.js';

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

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The matrix as a standalone SVG file: barrier rows, initiative columns (labels slanted), a filled
 * dot where the book states the link, a ring where it is our reading; title, legend and source below.
 */
export function matrixSvg(
  data: LabourMarketData,
  label: (kind: 'barrier' | 'initiative', id: string) => string,
  words: { title: string; stated: string; ours: string; source: string },
  colors: { fg: string; bg: string; stated: string; ours: string; grid: string; font: string },
): string {
  const rowH = 26;
  const colW = 44;
  const left = Math.min(320, 12 + Math.max(...data.barriers.map((b) => label('barrier', b.id).length)) * 6.1);
  const headH = Math.min(260, 20 + Math.max(...data.initiatives.map((i) => label('initiative', i.id).length)) * 4.8);
  const top = 34 + headH;
  const width = Math.ceil(left + data.initiatives.length * colW + headH * 0.75 + 16);
  const height = top + data.barriers.length * rowH + 70;
  const rows = matrix(data);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(colors.font)}" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="${xml(colors.bg)}"/>`);
  out.push(`<text x="12" y="22" font-size="15" font-weight="700" fill="${xml(colors.fg)}">${xml(words.title)}</text>`);
  data.initiatives.forEach((i, c) => {
    const x = left + c * colW + colW / 2;
    out.push(`<text transform="translate(${x},${top - 8}) rotate(-50)" fill="${xml(colors.fg)}">${xml(label('initiative', i.id))}</text>`);
  });
  rows.forEach((r, k) => {
    const y = top + k * rowH;
    out.push(`<line x1="12" x2="${left + data.initiatives.length * colW}" y1="${y}" y2="${y}" stroke="${xml(colors.grid)}"/>`);
    out.push(`<text x="12" y="${y + rowH / 2 + 4}" fill="${xml(colors.fg)}">${xml(label('barrier', r.barrier))}</text>`);
    r.cells.forEach((cell, c) => {
      if (!cell) return;
      const cx = left + c * colW + colW / 2;
      const cy = y + rowH / 2;
      out.push(
        cell.origin === 'stated'
          ? `<circle cx="${cx}" cy="${cy}" r="7" fill="${xml(colors.stated)}"><title>${xml(words.stated)}</title></circle>`
          : `<circle cx="${cx}" cy="${cy}" r="6" fill="none" stroke="${xml(colors.ours)}" stroke-width="2.5"><title>${xml(words.ours)}</title></circle>`,
      );
    });
  });
  const legendY = top + data.barriers.length * rowH + 24;
  out.push(`<circle cx="20" cy="${legendY - 4}" r="6" fill="${xml(colors.stated)}"/><text x="32" y="${legendY}" fill="${xml(colors.fg)}">${xml(words.stated)}</text>`);
  out.push(`<circle cx="160" cy="${legendY - 4}" r="5" fill="none" stroke="${xml(colors.ours)}" stroke-width="2.5"/><text x="172" y="${legendY}" fill="${xml(colors.fg)}">${xml(words.ours)}</text>`);
  out.push(`<text x="12" y="${legendY + 24}" font-size="10" fill="${xml(colors.fg)}">${xml(words.source)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
