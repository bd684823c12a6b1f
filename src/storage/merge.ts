import { equal } from '../core/equal.js';

export { equal };

/**
 * Three-way merge of JSON states, for two tabs that edited the same record at once: what only one
 * side changed since their common `base` is kept; where both changed the same value, `prefer`
 * decides. Arrays of objects with an `id` merge item by item; other arrays are single values.
 * Pure; `base`, `local` and `remote` are not modified.
 */
export function merge3(base: unknown, local: unknown, remote: unknown, prefer: 'local' | 'remote' = 'remote'): unknown {
  if (equal(local, remote)) return local;
  if (equal(local, base)) return remote;
  if (equal(remote, base)) return local;
  if (isRecord(local) && isRecord(remote)) {
    const b = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
      const inL = key in local;
      const inR = key in remote;
      if (inL && inR) out[key] = merge3(b[key], local[key], remote[key], prefer);
      else if (inL && !(key in b && equal(b[key], local[key]))) out[key] = local[key]; // added here, or changed here and removed there
      else if (inR && !(key in b && equal(b[key], remote[key]))) out[key] = remote[key];
    }
    return out;
  }
  if (byId(local) && byId(remote)) {
    const b = new Map((byId(base) ? base : []).map((x) => [x.id, x]));
    const l = new Map(local.map((x) => [x.id, x]));
    const r = new Map(remote.map((x) => [x.id, x]));
    const order = prefer === 'remote' ? [...remote, ...local] : [...local, ...remote];
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (const item of order) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const [inL, inR, was] = [l.get(item.id), r.get(item.id), b.get(item.id)];
      if (inL && inR) out.push(merge3(was, inL, inR, prefer));
      // On one side only: new there (keep), or removed on the other side (drop unless edited since).
      else if (!was || !equal(was, inL ?? inR)) out.push(inL ?? inR);
    }
    return out;
  }
  return prefer === 'remote' ? remote : local;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function byId(v: unknown): v is { id: string }[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => isRecord(x) && typeof x['id'] === 'string');
}
