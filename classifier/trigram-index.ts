/*
 * Near-duplicate search: the stored text with the highest Jaccard index of character trigrams, when it reaches a
 * threshold t. Built for the correction memory, which a page asks once for every comment it marks.
 *
 * Prefix filtering on both sides (Chaudhuri et al. 2006; Bayardo et al., "All-pairs", 2007): fix one order of all
 * trigrams. If J(A, B) >= t, A and B share at least o >= t * max(|A|, |B|) trigrams, so the first shared trigram in
 * that order lies within the first |A| - ceil(t|A|) + 1 trigrams of A and within the first |B| - ceil(t|B|) + 1 of B.
 * Only those prefixes are indexed and probed. With the order "rarest first" the prefixes are made of rare trigrams
 * and the lists they probe are short; the common ones (" de", "que") are never probed at all.
 *
 * The order is the trigrams' frequency in the stored texts when it was last fixed; trigrams it has not seen come
 * first. It is fixed again (and the index rebuilt) each time the index has doubled, so building it costs a constant
 * factor of n and a look-up always sees one consistent order.
 */

export interface NearestText {
  id: number;
  similarity: number;
}

/** Distinct character-trigram hashes of " text ", sorted (hash, sort, drop repeats: no Set per text). */
export function trigrams(text: string): Uint32Array {
  const s = ` ${text} `;
  const n = Math.max(0, s.length - 2);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + 3; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    // 30 bits: small integers to V8 (no boxed numbers as Map keys), and collisions still negligible.
    out[i] = h & 0x3fffffff;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[u++] = out[i] as number;
  return out.slice(0, u);
}

/**
 * Size of the intersection of two sorted arrays, or -1 as soon as it cannot reach `needed`: most candidates miss the
 * threshold by far, and with hashes in sorted order their misses show up early in the merge.
 */
function overlapAtLeast(a: Uint32Array, b: Uint32Array, needed: number): number {
  // Each side can afford to miss only what lies beyond `needed` of its elements.
  let slackA = a.length - needed;
  let slackB = b.length - needed;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) {
      i++;
      if (--slackA < 0) return -1;
    } else {
      j++;
      if (--slackB < 0) return -1;
    }
  }
  return n >= needed ? n : -1;
}

const HASH_SPAN = 2 ** 30;
/** Below this size the order is not worth fixing: every list is short. */
const MIN_ORDERED = 32;

export class TrigramIndex {
  private readonly sets: Uint32Array[] = [];
  private postings = new Map<number, number[]>();
  /** Trigram -> its place in the fixed order (rarest first); a trigram not in it comes before all that are. */
  private rank = new Map<number, number>();
  private orderedAt = 0;
  // Candidate de-duplication by generation stamp: cheaper than a Set per look-up.
  private stamp = new Uint32Array(64);
  private generation = 0;

  constructor(private readonly threshold: number) {}

  get size(): number {
    return this.sets.length;
  }

  /** Stores a trigram set (as `trigrams` returns it) and returns its id: 0, 1, 2... in the order added. */
  add(set: Uint32Array): number {
    const id = this.sets.length;
    this.sets.push(set);
    if (id + 1 >= MIN_ORDERED && id + 1 >= 2 * this.orderedAt) this.reorder();
    else this.index(id);
    return id;
  }

  /** The stored set most similar to `set` at the threshold or above (the first added on a tie), or null. */
  nearest(set: Uint32Array): NearestText | null {
    if (set.length === 0 || this.sets.length === 0) return null;
    const t = this.threshold;
    if (this.stamp.length < this.sets.length) {
      const grown = new Uint32Array(Math.max(64, this.sets.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    this.generation = (this.generation + 1) >>> 0 || 1;
    const generation = this.generation;
    let best: NearestText | null = null;
    for (const g of this.prefix(set)) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (const id of list) {
        if (this.stamp[id] === generation) continue;
        this.stamp[id] = generation;
        const other = this.sets[id] as Uint32Array;
        // Size filter: Jaccard >= t needs t|A| <= |B| <= |A|/t.
        if (other.length < t * set.length || other.length * t > set.length) continue;
        // Jaccard >= t means an overlap of at least t(|A| + |B|) / (1 + t); the epsilon keeps a pair exactly at t.
        const inter = overlapAtLeast(set, other, Math.ceil((t * (set.length + other.length)) / (1 + t) - 1e-9));
        if (inter < 0) continue;
        const similarity = inter / (set.length + other.length - inter);
        if (similarity >= t && (best === null || similarity > best.similarity || (similarity === best.similarity && id < best.id))) {
          best = { id, similarity };
        }
      }
    }
    return best;
  }

  /** The first |S| - ceil(t|S|) + 1 trigrams of `set` in the fixed order. */
  private prefix(set: Uint32Array): Float64Array {
    const keys = new Float64Array(set.length);
    // One number per trigram that sorts by (rank, hash): a typed-array sort, no comparator.
    for (let i = 0; i < set.length; i++) {
      const g = set[i] as number;
      keys[i] = ((this.rank.get(g) ?? -1) + 1) * HASH_SPAN + g;
    }
    keys.sort();
    const n = set.length - Math.ceil(this.threshold * set.length) + 1;
    const out = keys.subarray(0, n);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) % HASH_SPAN;
    return out;
  }

  private index(id: number): void {
    for (const g of this.prefix(this.sets[id] as Uint32Array)) {
      const list = this.postings.get(g);
      if (list) list.push(id);
      else this.postings.set(g, [id]);
    }
  }

  private reorder(): void {
    const frequency = new Map<number, number>();
    for (const set of this.sets) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
    const order = [...frequency.keys()].sort((x, y) => (frequency.get(x) as number) - (frequency.get(y) as number) || x - y);
    this.rank = new Map(order.map((g, i) => [g, i]));
    this.postings = new Map();
    this.orderedAt = this.sets.length;
    for (let id = 0; id < this.sets.length; id++) this.index(id);
  }
}
