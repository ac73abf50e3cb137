/*
 * Per-profile memory of staff corrections: a nearest-neighbour look-up over the comments staff relabelled, so the
 * same or a near-identical comment gets the corrected label next time without retraining the shipped model.
 *
 * Similarity is the Jaccard index of the character trigrams of the normalised texts: "Quanto custa???" and
 * "quanto custa?" are the same comment; "paguei e não recebi o acesso" and "paguei e nao recebi meu acesso!!" are
 * near-identical; "lixo" and "luxo" are not. An inverted index over trigrams, scanned only for the query's rarest
 * trigrams (prefix filtering), keeps a look-up far below a scan of the whole memory.
 *
 * The memory also counts the words of its corrections (learned-terms.ts): a word enough corrections agree on
 * (TERM_MIN_SUPPORT, from the same label of the model to the same label of staff) is learned for the profile and
 * pushes other comments with it toward the staff's label.
 */
import type { Label } from '../lib/domain';
import { learnableTerms, TermCounts, type LearnedTerm } from './learned-terms';
import { clip } from './model';
import { normaliseTokens } from './normalise';

export interface CorrectionExample {
  text: string;
  label: Label;
}

export interface MemoryMatch {
  label: Label;
  similarity: number;
  example: string;
}

export interface CorrectionMemory {
  add(example: CorrectionExample): void;
  lookup(text: string): MemoryMatch | null;
  /**
   * The remembered comment nearest to `text` (as `lookup`) and the learned words `text` contains for a comment the
   * model labelled `model`.
   */
  recall(text: string, model: Label): { match: MemoryMatch | null; terms: LearnedTerm[] };
  /** Every word the corrections taught, with the model's label it corrects (for staff to see what was learned). */
  learnedWords(): (LearnedTerm & { model: Label })[];
  readonly size: number;
}

/** Below this similarity a remembered comment is a different comment. */
export const MEMORY_MIN_SIMILARITY = 0.75;

interface Entry {
  norm: string;
  label: Label;
  example: string;
  grams: Uint32Array;
  /** The shipped model's label for the comment, when the memory was given the model. */
  model?: Label;
}

/** The normalised comment without "?" and "!": "quanto custa" and "QUANTO CUSTA???" are one comment to staff. */
function memoryKey(text: string): string {
  return normaliseTokens(clip(text))
    .filter((t) => t !== '?' && t !== '!')
    .join(' ');
}

/** Distinct character-trigram hashes of " norm ", sorted (hash, sort, drop repeats: no Set per comment). */
function trigrams(norm: string): Uint32Array {
  const s = ` ${norm} `;
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

/** Size of the intersection of two sorted arrays. */
function intersectionSize(a: Uint32Array, b: Uint32Array): number {
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
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * `modelLabel`: what the shipped model calls a text (index.ts passes it); the learned words are counted per mistake of
 * the model. Without it no word is learned and the memory only finds remembered comments.
 */
export function createCorrectionMemory(examples: CorrectionExample[] = [], modelLabel?: (text: string) => Label): CorrectionMemory {
  const entries: Entry[] = [];
  const byNorm = new Map<string, number>();
  const postings = new Map<number, number[]>();
  const termCounts = new TermCounts();
  // Candidate de-duplication by generation stamp: cheaper than a Set per look-up.
  let stamp = new Uint32Array(64);
  let generation = 0;

  function add(example: CorrectionExample): void {
    const norm = memoryKey(example.text);
    if (!norm) return;
    const existing = byNorm.get(norm);
    if (existing !== undefined) {
      // The latest correction of the same comment wins.
      const e = entries[existing] as Entry;
      if (e.label !== example.label && e.model) termCounts.record(learnableTerms(norm), e.model, e.label, example.label);
      e.label = example.label;
      e.example = example.text;
      return;
    }
    const id = entries.length;
    const grams = trigrams(norm);
    const model = modelLabel?.(example.text);
    entries.push({ norm, label: example.label, example: example.text, grams, model });
    byNorm.set(norm, id);
    if (model) termCounts.record(learnableTerms(norm), model, null, example.label);
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(id);
      else postings.set(g, [id]);
    }
  }

  function lookup(text: string): MemoryMatch | null {
    if (entries.length === 0) return null;
    return nearest(memoryKey(text));
  }

  function recall(text: string, model: Label): { match: MemoryMatch | null; terms: LearnedTerm[] } {
    if (entries.length === 0) return { match: null, terms: [] };
    const norm = memoryKey(text);
    const match = nearest(norm);
    return { match, terms: match || !norm ? [] : termCounts.learned(learnableTerms(norm), model) };
  }

  function nearest(norm: string): MemoryMatch | null {
    if (!norm) return null;
    const exact = byNorm.get(norm);
    if (exact !== undefined) {
      const e = entries[exact] as Entry;
      return { label: e.label, similarity: 1, example: e.example };
    }
    const grams = trigrams(norm);
    // Prefix filtering: a comment with Jaccard >= t shares at least one of ANY (|A| - ceil(t|A|) + 1) of the
    // query's trigrams, so only the postings of the rarest ones are scanned; candidates are then verified exactly.
    const lists: number[][] = [];
    let unseen = 0;
    for (const g of grams) {
      const list = postings.get(g);
      if (list) lists.push(list);
      else unseen++;
    }
    lists.sort((x, y) => x.length - y.length);
    // Trigrams no stored comment has are the rarest of all: they use up the prefix without adding candidates.
    const prefix = grams.length - Math.ceil(MEMORY_MIN_SIMILARITY * grams.length) + 1 - unseen;
    if (stamp.length < entries.length) {
      const grown = new Uint32Array(Math.max(64, entries.length * 2));
      grown.set(stamp);
      stamp = grown;
    }
    generation = (generation + 1) >>> 0 || 1;
    const candidates: number[] = [];
    for (let i = 0; i < prefix && i < lists.length; i++) {
      for (const id of lists[i] as number[]) {
        if (stamp[id] === generation) continue;
        stamp[id] = generation;
        candidates.push(id);
      }
    }
    let best: MemoryMatch | null = null;
    for (const id of candidates) {
      const e = entries[id] as Entry;
      // Size filter: Jaccard >= t needs t|A| <= |B| <= |A|/t.
      if (e.grams.length < MEMORY_MIN_SIMILARITY * grams.length || e.grams.length * MEMORY_MIN_SIMILARITY > grams.length) continue;
      const inter = intersectionSize(grams, e.grams);
      const sim = inter / (grams.length + e.grams.length - inter);
      if (sim >= MEMORY_MIN_SIMILARITY && (best === null || sim > best.similarity)) {
        best = { label: e.label, similarity: sim, example: e.example };
      }
    }
    return best;
  }

  for (const ex of examples) add(ex);
  return {
    add,
    lookup,
    recall,
    learnedWords: () => termCounts.lessons(),
    get size() {
      return entries.length;
    },
  };
}
