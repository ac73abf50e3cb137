/*
 * Per-profile memory of staff corrections: a nearest-neighbour look-up over the comments staff relabelled, so the
 * same or a near-identical comment gets the corrected label next time without retraining the shipped model.
 *
 * Similarity is the Jaccard index of the character trigrams of the normalised texts: "Quanto custa???" and
 * "quanto custa?" are the same comment; "paguei e não recebi o acesso" and "paguei e nao recebi meu acesso!!" are
 * near-identical; "lixo" and "luxo" are not. trigram-index.ts finds the nearest without scanning the whole memory.
 *
 * The memory also counts the words of its corrections (learned-terms.ts): a word enough corrections agree on
 * (TERM_MIN_SUPPORT, from the same label of the model to the same label of staff) is learned for the profile and
 * pushes other comments with it toward the staff's label.
 */
import type { Label } from '../lib/domain';
import { learnableTerms, TermCounts, type LearnedTerm } from './learned-terms';
import { clip } from './model';
import { normaliseTokens } from './normalise';
import { TrigramIndex, trigrams } from './trigram-index';

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
  /** The shipped model's label for the comment, when the memory was given the model. */
  model?: Label;
}

/** The normalised comment without "?" and "!": "quanto custa" and "QUANTO CUSTA???" are one comment to staff. */
function memoryKey(text: string): string {
  return normaliseTokens(clip(text))
    .filter((t) => t !== '?' && t !== '!')
    .join(' ');
}

/**
 * `modelLabel`: what the shipped model calls a text (index.ts passes it); the learned words are counted per mistake of
 * the model. Without it no word is learned and the memory only finds remembered comments.
 */
export function createCorrectionMemory(examples: CorrectionExample[] = [], modelLabel?: (text: string) => Label): CorrectionMemory {
  const entries: Entry[] = [];
  const byNorm = new Map<string, number>();
  const index = new TrigramIndex(MEMORY_MIN_SIMILARITY);
  const termCounts = new TermCounts();

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
    const model = modelLabel?.(example.text);
    // Ids of the index are places in `entries`: both only ever grow, together.
    byNorm.set(norm, index.add(trigrams(norm)));
    entries.push({ norm, label: example.label, example: example.text, model });
    if (model) termCounts.record(learnableTerms(norm), model, null, example.label);
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
    const found = index.nearest(trigrams(norm));
    if (!found) return null;
    const e = entries[found.id] as Entry;
    return { label: e.label, similarity: found.similarity, example: e.example };
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
