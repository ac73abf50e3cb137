/*
 * Words the profile's staff corrections agree on: the memory's second, broader way of learning (memory.ts finds the
 * same comment again; this finds the same word again). Every audience has its own words: under one expert
 * "monstro" and "brabo" are praise, under another the rival's nickname is an insult. Once staff have corrected
 * three comments that share such a word, from the same label of the model to the same label of theirs (and at
 * most a fifth of the corrections of that kind with the word say otherwise), the word pushes later comments the
 * model gives that label toward the staff's, a little more with each agreeing correction.
 *
 * Only content words count: function words ("de", "que", "voce"), "?" and "!", placeholders (links, mentions,
 * prices), numbers and single letters appear in corrections of every kind, so learning them would bend every
 * comment toward whatever was corrected last.
 */
import { LABELS, type Label } from '../lib/domain';

/**
 * Corrections that must agree on a word before it is learned. One correction teaches only its own comment. Chosen
 * with the staff-stream simulation (`npm run eval:classifier -- --staff`) on launch dev and told-labels-2.tsv dev:
 * at 2, the words learned on launch comments relabelled 13 of them, only 3 rightly (coincidences of a few corrections).
 */
export const TERM_MIN_SUPPORT = 3;
/** Share of the corrections with the word that must give the same label. */
export const TERM_MIN_AGREEMENT = 0.8;
/** The push (in logits) of a word learned from TERM_MIN_SUPPORT corrections, what each further one adds, and the cap. */
export const TERM_BASE_PUSH = 1.5;
export const TERM_STEP_PUSH = 0.5;
export const TERM_MAX_PUSH = 3;
/** Cap on the summed push a comment's learned words give one label, so three learned words cannot make any label certain. */
export const TERM_MAX_TOTAL_PUSH = 4;

export interface LearnedTerm {
  term: string;
  label: Label;
  /** Corrections with the word that gave `label`. */
  support: number;
  push: number;
}

/** Folded (normalise.ts) function words: they occur in comments of every class. */
const FUNCTION_WORDS = new Set(
  (
    'a o e as os um uma uns umas de do da dos das em no na nos nas num numa ao aos por pelo pela pelos pelas para pra pro ' +
    'com sem sob sobre entre ate apos desde que se nao sim mais menos muito muita muitos muitas pouco ja so tambem ' +
    'mas ou nem como quando onde porque pq quem qual quais quanto isso isto aquilo esse essa esses essas este esta ' +
    'estes estas aquele aquela eu tu ele ela nos vos eles elas voce voces me te lhe lhes meu minha meus minhas teu tua ' +
    'seu sua seus suas nosso nossa dele dela deles delas e foi ser ter tem tinha ta to estou esta estao era sou vai vou ' +
    'ai la aqui ne entao assim todo toda todos todas tudo nada algo cada outro outra outros outras mesmo mesma'
  ).split(' '),
);

/** The words of a normalised comment (memory.ts's key: tokens joined by spaces) that may be learned, each once. */
export function learnableTerms(norm: string): string[] {
  const out = new Set<string>();
  for (const t of norm.split(' ')) {
    if (t.length < 2 || t.startsWith('_') || FUNCTION_WORDS.has(t) || /^\d+$/.test(t)) continue;
    out.add(t);
  }
  return [...out];
}

export function termPush(support: number): number {
  return Math.min(TERM_MAX_PUSH, TERM_BASE_PUSH + TERM_STEP_PUSH * (support - TERM_MIN_SUPPORT));
}

/**
 * Per word and per label the model gave, how many remembered corrections gave each label instead. Counting by the
 * model's label keeps what a word teaches to the mistake it was seen in: two corrections of "monstro" from hater to
 * praise say that when the model calls a comment with "monstro" hater it is wrong, not that every comment with it is
 * praise (the comments the model got right are never corrected, so they are not counted anywhere).
 */
export class TermCounts {
  private counts = new Map<string, Int32Array>();
  private readonly K = LABELS.length;

  /** A correction of a comment with these words, which the model labelled `model`: added (`from` null) or changed. */
  record(terms: readonly string[], model: Label, from: Label | null, to: Label): void {
    const m = LABELS.indexOf(model) * this.K;
    const a = from === null ? -1 : LABELS.indexOf(from);
    const b = LABELS.indexOf(to);
    for (const t of terms) {
      let row = this.counts.get(t);
      if (!row) this.counts.set(t, (row = new Int32Array(this.K * this.K)));
      if (a >= 0) row[m + a] = (row[m + a] as number) - 1;
      row[m + b] = (row[m + b] as number) + 1;
    }
  }

  /** The learned words among `terms` for a comment the model labelled `model`, strongest first. */
  learned(terms: readonly string[], model: Label): LearnedTerm[] {
    const m = LABELS.indexOf(model);
    const out: LearnedTerm[] = [];
    for (const term of terms) {
      const row = this.counts.get(term);
      const lesson = row && this.lessonIn(row, m);
      if (lesson) out.push({ term, ...lesson });
    }
    return out.sort(strongestFirst);
  }

  /** Every word learned so far, with the label of the model it corrects: what staff see of the memory. */
  lessons(): (LearnedTerm & { model: Label })[] {
    const out: (LearnedTerm & { model: Label })[] = [];
    for (const [term, row] of this.counts) {
      for (let m = 0; m < this.K; m++) {
        const lesson = this.lessonIn(row, m);
        if (lesson) out.push({ term, model: LABELS[m] as Label, ...lesson });
      }
    }
    return out.sort(strongestFirst);
  }

  /** What a word's counts teach for comments the model gave label index `m`, if they agree enough. */
  private lessonIn(row: Int32Array, m: number): Omit<LearnedTerm, 'term'> | null {
    const at = m * this.K;
    let total = 0;
    let best = 0;
    for (let k = 0; k < this.K; k++) {
      total += row[at + k] as number;
      if ((row[at + k] as number) > (row[at + best] as number)) best = k;
    }
    const support = row[at + best] as number;
    if (best === m || support < TERM_MIN_SUPPORT || support < TERM_MIN_AGREEMENT * total) return null;
    return { label: LABELS[best] as Label, support, push: termPush(support) };
  }
}

function strongestFirst(x: LearnedTerm, y: LearnedTerm): number {
  return y.push - x.push || y.support - x.support || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
}
