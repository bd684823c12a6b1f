import type * as z from 'zod/mini';
import { equal } from './equal.js';

/**
 * Named collections (assessments, profiles): create, rename, duplicate, remove with undo, import
 * and add a shared item, so that every state they produce is one the schema reads back: names
 * within their limit and unique, ids unique, the list within its size. Pure.
 */
export interface Named {
  id: string;
  name: string;
}

export interface CollectionLimits {
  /** The schema's longest name. */
  maxName: number;
  /** The schema's longest id. */
  maxId: number;
  /** The schema's largest list (none: unbounded). */
  maxItems?: number;
  /** The shortest name (1 where an empty name is refused). */
  minName?: number;
}

/** A list and the id to open after the change. */
export interface Change<T> {
  items: T[];
  open: string;
}

// C0 and C1 control characters, which no name needs and which break XML (SVG exports) and CSV.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** At most `max` characters, never cutting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const out = text.slice(0, Math.max(0, max));
  return /[\ud800-\udbff]$/.test(out) ? out.slice(0, -1) : out;
}

/** A name as saved: control characters become spaces, runs of spaces one, trimmed, within `max`. */
export function cleanName(name: string, max: number): string {
  return cut(name.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max).trimEnd();
}

/** `base` if free, else `base (2)`, `base (3)`…; `base` is shortened so that the result fits `max`. */
export function uniqueName(taken: Iterable<string>, base: string, max: number): string {
  const names = new Set(taken);
  const clean = cleanName(base, max);
  if (!names.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${cut(clean, max - suffix.length).trimEnd()}${suffix}`;
    if (!names.has(name)) return name;
  }
}

/**
 * The name of a copy: `label(name)` (e.g. "… (copy)"), with `name` shortened so that the label's
 * own words are never cut off, unique among `taken`.
 */
export function copyName(taken: Iterable<string>, name: string, label: (name: string) => string, max: number): string {
  const names = new Set(taken);
  const room = max - label('').length;
  const clean = cleanName(name, max);
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const candidate = cleanName(`${label(cut(clean, Math.max(1, room - suffix.length)).trimEnd())}${suffix}`, max);
    if (!names.has(candidate)) return candidate;
  }
}

/** `id` if free, else `id-2`, `id-3`…, within `maxId`. */
export function uniqueId(taken: ReadonlySet<string>, id: string, maxId: number): string {
  const start = cut(id, maxId);
  if (!taken.has(start)) return start;
  for (let i = 2; ; i++) {
    const candidate = `${cut(id, maxId - String(i).length - 1)}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export const canAdd = (items: readonly unknown[], limits: CollectionLimits): boolean =>
  limits.maxItems === undefined || items.length < limits.maxItems;

/** Adds `item` at the end (its name made unique) and opens it; null when the list is full. */
export function create<T extends Named>(items: readonly T[], item: T, limits: CollectionLimits): Change<T> | null {
  if (!canAdd(items, limits)) return null;
  const name = uniqueName(
    items.map((x) => x.name),
    item.name,
    limits.maxName,
  );
  const id = uniqueId(new Set(items.map((x) => x.id)), item.id, limits.maxId);
  return { items: [...items, { ...item, id, name }], open: id };
}

/**
 * Renames `id`. The name is cleaned and cut to the limit; a name that is empty where names are
 * required leaves the item as it was. `patch` is applied with it (e.g. a new `updatedAt`).
 */
export function rename<T extends Named>(items: readonly T[], id: string, name: string, limits: CollectionLimits, patch: Partial<T> = {}): T[] {
  const clean = cleanName(name, limits.maxName);
  if (clean.length < (limits.minName ?? 0)) return [...items];
  return items.map((x) => (x.id === id && x.name !== clean ? { ...x, ...patch, name: clean } : x));
}

/** A copy of `id` under `newId`, named by `label`, right after the original, opened. */
export function duplicate<T extends Named>(
  items: readonly T[],
  id: string,
  newId: string,
  label: (name: string) => string,
  limits: CollectionLimits,
  patch: Partial<T> = {},
): Change<T> | null {
  const index = items.findIndex((x) => x.id === id);
  const from = items[index];
  if (!from || !canAdd(items, limits)) return null;
  const name = copyName(
    items.map((x) => x.name),
    from.name,
    label,
    limits.maxName,
  );
  const copy: T = { ...from, ...patch, id: uniqueId(new Set(items.map((x) => x.id)), newId, limits.maxId), name };
  return { items: [...items.slice(0, index + 1), copy, ...items.slice(index + 1)], open: copy.id };
}

/** What `restore` needs to undo a removal. */
export interface Removed<T> {
  item: T;
  index: number;
  /** The fresh item put in when the last one was removed (taken out again by the undo if untouched). */
  fallback?: T;
}

/**
 * Removes `id`. The item before it (else after) is opened; removing the last item leaves `fallback`.
 */
export function remove<T extends Named>(items: readonly T[], id: string, fallback: T): (Change<T> & { undo: Removed<T> }) | null {
  const index = items.findIndex((x) => x.id === id);
  const item = items[index];
  if (!item) return null;
  const rest = items.filter((x) => x.id !== id);
  if (rest.length === 0) return { items: [fallback], open: fallback.id, undo: { item, index, fallback } };
  return { items: rest, open: rest[Math.max(0, index - 1)]!.id, undo: { item, index } };
}

/**
 * Puts a removed item back where it was and opens it. The fallback of a removal that emptied the
 * list goes again if nobody changed it. An id or name taken since is made unique again. Null when
 * the list has filled up since.
 */
export function restore<T extends Named>(items: readonly T[], undo: Removed<T>, limits: CollectionLimits): Change<T> | null {
  const list = items.filter((x) => !(undo.fallback && x.id === undo.fallback.id && equal(x, undo.fallback)));
  if (list.some((x) => x.id === undo.item.id && equal(x, undo.item))) return { items: list, open: undo.item.id };
  if (!canAdd(list, limits)) return null;
  const item = {
    ...undo.item,
    id: uniqueId(new Set(list.map((x) => x.id)), undo.item.id, limits.maxId),
    name: uniqueName(
      list.map((x) => x.name),
      undo.item.name,
      limits.maxName,
    ),
  };
  const at = Math.min(undo.index, list.length);
  return { items: [...list.slice(0, at), item, ...list.slice(at)], open: item.id };
}

/**
 * Adds imported items (`mode: 'add'`) or puts them in place of the list (`'replace'`): an id taken
 * (by the list or by an earlier imported item) gets `makeId()`, a name taken gets "(2)"… The
 * first imported item is opened. Items beyond `maxItems` are left out; `skipped` says how many.
 */
export function importItems<T extends Named>(
  items: readonly T[],
  incoming: readonly T[],
  mode: 'add' | 'replace',
  makeId: () => string,
  limits: CollectionLimits,
): Change<T> & { skipped: number } {
  const out: T[] = mode === 'add' ? [...items] : [];
  const ids = new Set(out.map((x) => x.id));
  let open = '';
  let skipped = 0;
  for (const item of incoming) {
    if (!canAdd(out, limits)) {
      skipped++;
      continue;
    }
    const id = ids.has(item.id) ? uniqueId(ids, makeId(), limits.maxId) : cut(item.id, limits.maxId);
    ids.add(id);
    const name = uniqueName(
      out.map((x) => x.name),
      item.name,
      limits.maxName,
    );
    out.push({ ...item, id, name });
    open ||= id;
  }
  return { items: out, open: open || (out[0]?.id ?? ''), skipped };
}

/** A short, stable hash of a JSON value (FNV-1a), for ids that two tabs must agree on. */
export function hashOf(value: unknown): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(value);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const sameContent = (a: Named, b: Named) => equal({ ...a, id: '', name: '' }, { ...b, id: '', name: '' });

/**
 * Adds an item opened from a share link, under an id derived from the shared item itself. Idempotent:
 * the same link adds at most one item (a later add opens it, even after it was edited), and an item
 * with the same content already in the list (e.g. the sharer's own) is opened instead; two elements
 * (or tabs) adding it at once add the same item, which their merge keeps once. Null when the list is
 * full.
 */
export function shareAdd<T extends Named>(items: readonly T[], shared: T, limits: CollectionLimits): (Change<T> & { added: boolean }) | null {
  const id = cut(`s-${hashOf(shared)}`, limits.maxId);
  const same = items.find((x) => x.id === id) ?? items.find((x) => sameContent(x, shared));
  if (same) return { items: [...items], open: same.id, added: false };
  if (!canAdd(items, limits)) return null;
  const name = uniqueName(
    items.map((x) => x.name),
    shared.name,
    limits.maxName,
  );
  return { items: [...items, { ...shared, id, name }], open: id, added: true };
}

/** The id to show: the first of `wanted` that is in the list, else the first item's. */
export function openId(items: readonly Named[], ...wanted: (string | null | undefined)[]): string {
  for (const id of wanted) if (id && items.some((x) => x.id === id)) return id;
  return items[0]?.id ?? '';
}

/**
 * Takes the readable items out of a saved collection `{ activeId, [key]: items }` that its schema
 * refused: items that fail `item` are left out (and counted), repeated ids get unique ones, the
 * open id falls back to the first item. Null when no item is readable.
 */
export function salvageCollection(
  data: unknown,
  key: string,
  item: z.ZodMiniType<Named>,
  limits: CollectionLimits,
): { data: unknown; count: number } | null {
  if (typeof data !== 'object' || data === null) return null;
  const list = (data as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return null;
  const good: Named[] = [];
  const ids = new Set<string>();
  for (const raw of list) {
    const r = item.safeParse(raw);
    if (!r.success || (limits.maxItems !== undefined && good.length >= limits.maxItems)) continue;
    const id = uniqueId(ids, r.data.id, limits.maxId);
    ids.add(id);
    good.push({ ...r.data, id });
  }
  if (good.length === 0) return null;
  const active = (data as Record<string, unknown>)['activeId'];
  return { data: { activeId: openId(good, typeof active === 'string' ? active : ''), [key]: good }, count: list.length - good.length };
}

/** After a merge: an open id that names an item, and no id twice. Pure; returns `state` if fine. */
export function repairCollection<S extends { activeId: string }>(state: S, key: keyof S & string, maxId: number): S {
  const list = state[key] as unknown as Named[];
  const ids = new Set<string>();
  let changed = false;
  const items = list.map((x) => {
    if (!ids.has(x.id)) {
      ids.add(x.id);
      return x;
    }
    changed = true;
    const id = uniqueId(ids, x.id, maxId);
    ids.add(id);
    return { ...x, id };
  });
  const active = openId(items, state.activeId);
  if (!changed && active === state.activeId) return state;
  return { ...state, activeId: active, [key]: items };
}
