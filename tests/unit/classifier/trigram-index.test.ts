import { describe, expect, it } from 'vitest';
import { readLaunchTsv, LAUNCH_DEV, LAUNCH_TRAIN } from '../../../classifier/training/data';
import { TrigramIndex, trigrams } from '../../../classifier/trigram-index';

const T = 0.75;

function jaccard(a: Uint32Array, b: Uint32Array): number {
  const sb = new Set(b);
  let inter = 0;
  for (const x of a) if (sb.has(x)) inter++;
  return inter / (a.length + b.length - inter);
}

/** What the index must answer: the first stored set with the highest similarity at T or above. */
function bruteForce(sets: Uint32Array[], query: Uint32Array): { id: number; similarity: number } | null {
  let best: { id: number; similarity: number } | null = null;
  sets.forEach((s, id) => {
    const similarity = jaccard(query, s);
    if (similarity >= T && (best === null || similarity > best.similarity)) best = { id, similarity };
  });
  return best;
}

/** Seeded, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('trigram index', () => {
  it('gives distinct sorted trigrams of the padded text', () => {
    const g = trigrams('aaaa');
    // " aa", "aaa", "aa " : "aaa" occurs twice and is kept once.
    expect(g.length).toBe(3);
    expect([...g]).toEqual([...g].sort((x, y) => x - y));
    expect(trigrams('')).toHaveLength(0);
  });

  it('finds a pair exactly at the threshold and not one just below it', () => {
    const index = new TrigramIndex(T);
    index.add(Uint32Array.from([1, 2, 3, 4]));
    expect(index.nearest(Uint32Array.from([1, 2, 3]))).toEqual({ id: 0, similarity: 0.75 });
    // 3 shared of 5: 0.6.
    expect(index.nearest(Uint32Array.from([1, 2, 3, 9]))).toBeNull();
    expect(index.nearest(new Uint32Array(0))).toBeNull();
  });

  it('answers as a scan of every stored set would, at every size the order is fixed again at', () => {
    // Sets drawn from a skewed universe, as trigrams are: a few very common, most rare.
    const next = random(7);
    const draw = () => Math.floor(4000 * next() ** 3);
    const base: Uint32Array[] = [];
    for (let i = 0; i < 600; i++) {
      const size = 3 + Math.floor(next() * 60);
      base.push(Uint32Array.from(new Set(Array.from({ length: size }, draw))).sort());
    }
    const index = new TrigramIndex(T);
    const stored: Uint32Array[] = [];
    let found = 0;
    for (const set of base) {
      index.add(set);
      stored.push(set);
      if (![1, 5, 31, 32, 33, 64, 100, 128, 300, 600].includes(stored.length)) continue;
      for (let q = 0; q < 60; q++) {
        // Near copies of stored sets (a few members dropped or added) and fresh sets.
        const from = stored[Math.floor(next() * stored.length)] as Uint32Array;
        const members = q % 3 === 0 ? Array.from({ length: 3 + Math.floor(next() * 50) }, draw) : [...from].filter(() => next() > 0.12);
        if (q % 2) for (let k = 0; k < 3; k++) members.push(draw());
        const query = Uint32Array.from(new Set(members)).sort();
        const expected = bruteForce(stored, query);
        expect(index.nearest(query), `size ${stored.length}, query ${q}`).toEqual(expected);
        if (expected) found++;
      }
    }
    // The check covered matches, not only misses.
    expect(found).toBeGreaterThan(150);
  });

  it('answers as a scan would on real comments and their edited copies', () => {
    const texts = readLaunchTsv(LAUNCH_TRAIN).map((e) => e.text.toLowerCase());
    const sets = texts.slice(0, 1500).map(trigrams);
    const index = new TrigramIndex(T);
    for (const s of sets) index.add(s);
    const queries = [
      ...readLaunchTsv(LAUNCH_DEV).slice(0, 200).map((e) => e.text.toLowerCase()),
      ...texts.slice(0, 300).map((t, i) => (i % 2 ? `${t} top` : t.replace(/\s\S+$/, ''))),
    ];
    let found = 0;
    for (const q of queries) {
      const query = trigrams(q);
      const expected = bruteForce(sets, query);
      expect(index.nearest(query), q).toEqual(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(200);
  });
});
