/*
 * What staff corrections are worth, measured without staff: a held-out split is read as a stream of comments in a
 * seeded order; each is classified with the profile's memory as it stands, and when the label is wrong, "staff"
 * correct it (with probability `correctionRate`), which adds it to the memory. The figures count every comment once,
 * at the moment it was classified, before any correction of it (prequential evaluation): nothing is scored on
 * a comment the memory already holds.
 */
import { LABELS, type Label } from '../../lib/domain';
import { classifyWithMemory, createCorrectionMemory } from '../index';
import { createCorrectionMemory as createCommentsOnlyMemory } from '../memory';
import type { Example } from './data';
import { prng, shuffled } from './lr';
import { macroF1, perClass } from './metrics';

/** none: the shipped model alone; nearest: the memory of corrected comments only; terms: that and the learned words. */
export type MemoryMode = 'none' | 'nearest' | 'terms';

export interface StreamFigures {
  accuracy: number;
  /** Macro-F1 over hater / praise / doubt. */
  lead: number;
  /** The same two over the second half of the stream, when the memory holds what the first half taught it. */
  lateAccuracy: number;
  lateLead: number;
  corrections: number;
  /** Comments the memory relabelled, and how many of those it got right. */
  changed: number;
  changedRight: number;
}

const LEAD: readonly Label[] = ['hater', 'praise', 'doubt'];

export function simulateStaffStream(examples: readonly Example[], mode: MemoryMode, seed: number, correctionRate = 1): StreamFigures {
  const order = shuffled(examples, prng(seed));
  const rand = prng(seed + 7);
  // Without the shipped model to count words against, the memory learns no word: remembered comments only.
  const memory = mode === 'nearest' ? createCommentsOnlyMemory() : createCorrectionMemory();
  const pred: Label[] = [];
  let corrections = 0;
  let changed = 0;
  let changedRight = 0;
  for (const e of order) {
    const { label, fromMemory } = classifyWithMemory(e.text, memory);
    pred.push(label);
    if (fromMemory) {
      changed++;
      if (label === e.label) changedRight++;
    }
    if (mode !== 'none' && label !== e.label && rand() < correctionRate) {
      memory.add({ text: e.text, label: e.label });
      corrections++;
    }
  }
  const gold = order.map((e) => e.label);
  const score = (from: number) => {
    const g = gold.slice(from);
    const p = pred.slice(from);
    return { acc: g.filter((x, i) => x === p[i]).length / g.length, lead: macroF1(perClass(LABELS, g, p), LEAD) };
  };
  const all = score(0);
  const late = score(Math.floor(order.length / 2));
  return { accuracy: all.acc, lead: all.lead, lateAccuracy: late.acc, lateLead: late.lead, corrections, changed, changedRight };
}
