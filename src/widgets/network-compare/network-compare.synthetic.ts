// Invented datasets of any size for network-compare's benchmarks and tests (never shipped in dist/).
import type { Status } from '../../schema/common.js';
import type { Network, Networks } from '../../schema/networks.js';

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
