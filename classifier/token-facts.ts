/*
 * What the classifier knows about each token, worked out the first time the token is met and then read from
 * typed arrays indexed by its vocabulary id (vocab.ts): its hash, the summed weights of its unigram and character
 * n-grams, its named-feature facts (features.tokenLex), the rules it can trigger and how it reads as evidence.
 *
 * The model is linear and every n-gram of a comment has the same value (1/sqrt(count)), so a word's n-gram
 * weights can be summed once and scaled per comment: the result equals the feature-by-feature sum of
 * extractFeatures, which is what training sees (a unit test holds the two paths together). The sums are sums of
 * int8 weights, so they are exact integers in any order.
 */
import { hashString, tokenBuckets, tokenLex, type Lexicons } from './features';
import { rulesForToken } from './rules';
import { tokenText, vocabEpoch, vocabSize } from './vocab';

/** Weights per bucket in the dense table: the offensive weight, then one per SAC label. */
export const STRIDE = 7;
/**
 * One row of `rows` per token, so a token's facts share a cache line or two: the STRIDE summed weights (offensive,
 * then SAC), then the number of n-gram features they cover (0: the row is not filled yet), the hash, the bits.
 */
export const FACT_STRIDE = 10;
export const FACT_COUNT = 7;
/** hashString() of the token, stored as int32 (read it back with >>> 0). */
export const FACT_HASH = 8;
/** features.tokenLex() of the token. */
export const FACT_LEX = 9;

export class TokenFacts {
  rows = new Int32Array(0);
  /** Indices of the rules the token can trigger (rules.rulesForToken), or null. */
  rules: (readonly number[] | null)[] = [];
  /** The token as staff read it in the evidence list, or null when it is never shown (stop words, "_num_"). */
  evidence: (string | null)[] = [];
  private epoch = -1;
  private readonly buckets = new Int32Array(64);

  constructor(
    private readonly weights: Int8Array,
    private readonly lexicons: Lexicons,
  ) {}

  /** Make sure the facts of ids[0..n) are known. Call after the ids were handed out (they are then < vocabSize()). */
  learn(ids: Int32Array, n: number): void {
    if (this.epoch !== vocabEpoch()) {
      this.rows.fill(0);
      this.epoch = vocabEpoch();
    }
    if (vocabSize() * FACT_STRIDE > this.rows.length) this.grow(vocabSize());
    const rows = this.rows;
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      // Every token has at least its unigram, so a filled row never has a count of 0.
      if (rows[id * FACT_STRIDE + FACT_COUNT] === 0) this.fill(id);
    }
  }

  private fill(id: number): void {
    const t = tokenText(id);
    const h = hashString(t);
    const count = tokenBuckets(t, h, this.buckets, 0);
    const W = this.weights;
    const R = this.rows;
    const o = id * FACT_STRIDE;
    for (let j = 0; j < STRIDE; j++) R[o + j] = 0;
    for (let k = 0; k < count; k++) {
      const base = (this.buckets[k] as number) * STRIDE;
      for (let j = 0; j < STRIDE; j++) R[o + j] = (R[o + j] as number) + (W[base + j] as number);
    }
    R[o + FACT_COUNT] = count;
    R[o + FACT_HASH] = h;
    R[o + FACT_LEX] = tokenLex(this.lexicons, t, h);
    this.rules[id] = rulesForToken(t);
    this.evidence[id] = t.length > 1 && t !== '_num_' && !STOPWORDS.has(t) ? readableToken(t) : null;
  }

  private grow(size: number): void {
    const cap = Math.max(size, (this.rows.length / FACT_STRIDE) * 2, 1024);
    const rows = new Int32Array(cap * FACT_STRIDE);
    rows.set(this.rows);
    this.rows = rows;
    for (let id = this.rules.length; id < cap; id++) {
      this.rules.push(null);
      this.evidence.push(null);
    }
  }
}

/** Function words carry weight in the model but explain nothing to staff. */
const STOPWORDS = new Set(
  'de da do das dos em no na nos nas um uma uns umas que e o a os as para por com sem se me te lhe eu voce seu sua meu minha ele ela nos eles elas estou esta qual isso isto esse essa este esta aquele aquela ja mais muito tem ter foi ser sao era vai vou ao aos ou mas como quando onde porque so tao bem la aqui ai ne pois entao tudo nada todo toda'.split(' '),
);

function readableToken(t: string): string {
  switch (t) {
    case '_riso_':
      return 'risada (kkk)';
    case '_mention_':
      return '@marcação';
    case '_url_':
      return 'link';
    case '_preco_':
      return 'preço (R$)';
    case '_parcelas_':
      return 'parcelas';
    case '?':
      return 'pergunta (?)';
    case '!':
      return 'exclamação (!)';
    default:
      return t;
  }
}
