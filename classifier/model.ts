/*
 * The learned part of the classifier and how it combines with the rules.
 *
 * Two linear heads over the same hashed features (features.ts):
 *  - the offensive head: P(hater) from a logistic regression trained on ToLD-Br and Ronda's launch comments;
 *  - the SAC head: a softmax over the six other classes, trained on Ronda's launch comments.
 * Final scores: hater = P(off); every other class = (1 - P(off)) x its share in the SAC head, so they sum to 1.
 * Rules (rules.ts) add to the logits of their class before the squash. Weights ship as int8 in a JSON asset.
 */
import { LABELS, type Label } from '../lib/domain';
import { DIM, MAX_TOKENS, MAX_WORD_REPEATS, SPECIALS, bigramBucket, buildLexicons, namedFeatures, splitTokens, type Features, type Lexicons } from './features';
import { normaliseIds } from './normalise';
import { matchRulesFor, type Rule } from './rules';
import { FACT_COUNT, FACT_HASH, FACT_LEX, FACT_STRIDE, STRIDE, TokenFacts } from './token-facts';
import { VOCAB_MAX, beginText, tokenId, tokenText } from './vocab';

/** The six labels of the SAC head, in weight order. */
export const SAC_LABELS = ['complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral'] as const satisfies readonly Label[];
const K = SAC_LABELS.length;
/** Weights per bucket in the dense table: the offensive weight, then one per SAC label (1 + K). */
export { STRIDE };

export interface ModelJson {
  format: 1;
  hashBits: number;
  sacLabels: readonly string[];
  offBias: number;
  offScale: number;
  /** base64 of (varint bucket delta, int8 weight) pairs. */
  offWeights: string;
  sacBias: number[];
  sacScale: number;
  /** base64 of (varint bucket delta, 6 x int8 weight) records. */
  sacWeights: string;
  /** Subtracted from the offensive logit: moves the hater decision to the threshold chosen on ToLD-Br dev. */
  offShift: number;
  toxicKeywords: string[];
  emojiSentiment: Record<string, number>;
  meta: Record<string, unknown>;
}

export interface Runtime {
  weights: Int8Array; // DIM * STRIDE
  /**
   * Bit b set when bucket b has a non-zero weight. Most buckets have none: a comment's word bigrams check this 32 kB
   * bitmap before reading the 1.8 MB table, which they would mostly read for zeros (cache misses).
   */
  nonZero: Uint32Array;
  offBias: number;
  offScale: number;
  sacBias: Float64Array;
  sacScale: number;
  offShift: number;
  lexicons: Lexicons;
  /** Per-token summed weights and facts by vocabulary id (token-facts.ts), filled as tokens are met. */
  tokenCache: TokenFacts;
}

export interface Classification {
  label: Label;
  scores: Record<Label, number>;
  confidence: number;
  evidence: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** base64 without atob/Buffer, so the same code runs in a content script, a worker and Node. */
export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('modelo do classificador corrompido (base64 inválido)');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    s += B64[a >> 2];
    s += B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
    s += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
    s += c === undefined ? '=' : B64[c & 63];
  }
  return s;
}

/** Sparse (bucket -> `width` int8 weights) records, buckets ascending and delta-coded as varints. */
export function encodeSparse(buckets: number[], weights: Int8Array, width: number): string {
  const bytes: number[] = [];
  let prev = 0;
  buckets.forEach((b, i) => {
    let d = b - prev;
    prev = b;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
    for (let k = 0; k < width; k++) bytes.push((weights[i * width + k] as number) & 0xff);
  });
  return toBase64(Uint8Array.from(bytes));
}

/** Writes the records into the dense table, and marks the buckets given a non-zero weight in `nonZero`. */
function decodeSparseInto(b64: string, width: number, target: Int8Array, offset: number, nonZero: Uint32Array): void {
  const bytes = fromBase64(b64);
  let i = 0;
  let bucket = 0;
  while (i < bytes.length) {
    let d = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++] as number;
      d |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += d;
    if (bucket >= DIM || i + width > bytes.length) throw new Error('modelo do classificador corrompido (pesos fora do lugar)');
    let any = 0;
    for (let k = 0; k < width; k++) {
      const w = ((bytes[i++] as number) << 24) >> 24;
      target[bucket * STRIDE + offset + k] = w;
      any |= w;
    }
    if (any !== 0) nonZero[bucket >>> 5] = (nonZero[bucket >>> 5] as number) | (1 << (bucket & 31));
  }
}

export function loadRuntime(model: ModelJson): Runtime {
  if (model.format !== 1 || 1 << model.hashBits !== DIM || model.sacLabels.join() !== SAC_LABELS.join()) {
    throw new Error('modelo do classificador incompatível com este código: rode npm run train:classifier');
  }
  const weights = new Int8Array(DIM * STRIDE);
  const nonZero = new Uint32Array(DIM / 32);
  decodeSparseInto(model.offWeights, 1, weights, 0, nonZero);
  decodeSparseInto(model.sacWeights, K, weights, 1, nonZero);
  const lexicons = buildLexicons(model.toxicKeywords, model.emojiSentiment);
  return {
    weights,
    nonZero,
    offBias: model.offBias,
    offScale: model.offScale,
    sacBias: Float64Array.from(model.sacBias),
    sacScale: model.sacScale,
    offShift: model.offShift,
    lexicons,
    tokenCache: new TokenFacts(weights, lexicons),
  };
}

export const SPECIAL_EVIDENCE: Record<string, string> = {
  'shape:caps': 'TUDO EM MAIÚSCULAS',
  'shape:only_mentions': 'só marcações',
  'shape:only_emoji': 'só emojis',
  'shape:short': 'comentário curto',
  'shape:question': 'pergunta (?)',
  'shape:exclaim': 'exclamação (!)',
  'emo:pos': 'emojis positivos',
  'emo:neg': 'emojis negativos',
};

/** SPECIAL_EVIDENCE by SPECIALS index (undefined: never shown). */
const SPECIAL_EVIDENCE_BY_INDEX: readonly (string | undefined)[] = SPECIALS.map((s) => SPECIAL_EVIDENCE[s]);

/** Fixed pushes toward hater (logit units) for name-calling, on top of the learned weights: see classifyTokens. */
export const BOOSTS = { insult: 1, direct: 1.5, insultQuestionDoubt: -3 };
const sacLogits = new Float64Array(K);
const sacProbs = new Float64Array(K);
const ruleSac = new Float64Array(K);
const MAX_EVIDENCE = 5;

const LABEL_INDEX: Record<Label, number> = { hater: -1, complaint: 0, purchase_intent: 1, doubt: 2, praise: 3, venting: 4, neutral: 5 };
// Rules and evidence index labels by LABELS order and take SAC index = LABELS index - 1: hold the two orders together.
if (SAC_LABELS.some((l, k) => LABELS.indexOf(l) !== k + 1 || LABEL_INDEX[l] !== k)) throw new Error('SAC_LABELS fora da ordem de LABELS');
if (STRIDE !== 1 + K) throw new Error('STRIDE (token-facts.ts) não é 1 + rótulos SAC');

function emptyScores(): Record<Label, number> {
  return { hater: 0, complaint: 0, purchase_intent: 0, doubt: 0, praise: 0, venting: 0, neutral: 0 };
}

/** Nothing to judge (empty, only punctuation or markup): neutral, and say so with a low confidence. */
export function emptyClassification(): Classification {
  const scores = emptyScores();
  for (const l of LABELS) scores[l] = 0.1;
  scores.neutral = 0.4;
  return { label: 'neutral', scores, confidence: 0.4, evidence: ['texto vazio'] };
}

/** Weight-table offset of each token's bigram with the previous token (-1: the first token, or all-zero weights). */
const bigramBase = new Int32Array(MAX_TOKENS);
const hashes = new Uint32Array(MAX_TOKENS);
const lexBits = new Int32Array(MAX_TOKENS);
const totals = new Float64Array(STRIDE);
/** Occurrences of each token id in the comment being read (MAX_WORD_REPEATS); zeroed again after each comment. */
const timesSeen = new Uint8Array(VOCAB_MAX + MAX_TOKENS + 2);

/**
 * The linear part, from the comment's token ids (their facts already learnt): fills `totals` (offensive, then six
 * SAC sums, in raw int8 units) and, per token, the hash, named-feature bits and bigram offset that the named
 * features and the evidence read. `caps`: capsRatio(raw) if already known, else -1.
 */
function linear(rt: Runtime, raw: string, ids: Int32Array, tokens: string[], caps: number): { scale: number; named: Features } {
  const T = tokens.length;
  const W = rt.weights;
  const nonZero = rt.nonZero;
  const F = rt.tokenCache.rows;
  let n = 0;
  // Seven running sums in locals (STRIDE = 7): no array writes in the hot loop. All are integers, so exact.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0; // prettier-ignore
  let prev = 0;
  for (let i = 0; i < T; i++) {
    const id = ids[i] as number;
    const o = id * FACT_STRIDE;
    const h = (F[o + FACT_HASH] as number) >>> 0;
    hashes[i] = h;
    lexBits[i] = F[o + FACT_LEX] as number;
    bigramBase[i] = -1;
    const times = (timesSeen[id] as number) + 1;
    timesSeen[id] = times;
    if (times > MAX_WORD_REPEATS) {
      prev = h;
      continue;
    }
    s0 += F[o] as number; s1 += F[o + 1] as number; s2 += F[o + 2] as number; s3 += F[o + 3] as number; // prettier-ignore
    s4 += F[o + 4] as number; s5 += F[o + 5] as number; s6 += F[o + 6] as number; // prettier-ignore
    n += F[o + FACT_COUNT] as number;
    let base = -1;
    if (i > 0) {
      n++;
      const bucket = bigramBucket(prev, h);
      // All-zero weights add nothing: skip the read from the big table.
      if (((nonZero[bucket >>> 5] as number) & (1 << (bucket & 31))) !== 0) {
        const b = bucket * STRIDE;
        base = b;
        s0 += W[b] as number; s1 += W[b + 1] as number; s2 += W[b + 2] as number; s3 += W[b + 3] as number; // prettier-ignore
        s4 += W[b + 4] as number; s5 += W[b + 5] as number; s6 += W[b + 6] as number; // prettier-ignore
      }
    }
    bigramBase[i] = base;
    prev = h;
  }
  for (let i = 0; i < T; i++) timesSeen[ids[i] as number] = 0;
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  totals[0] = s0 * scale; totals[1] = s1 * scale; totals[2] = s2 * scale; totals[3] = s3 * scale; // prettier-ignore
  totals[4] = s4 * scale; totals[5] = s5 * scale; totals[6] = s6 * scale; // prettier-ignore
  const named = namedFeatures(raw, tokens, hashes, rt.lexicons, lexBits, caps);
  for (let i = 0; i < named.n; i++) {
    const base = (named.ids[i] as number) * STRIDE;
    const v = named.vals[i] as number;
    for (let j = 0; j < STRIDE; j++) totals[j] = (totals[j] as number) + (W[base + j] as number) * v;
  }
  return { scale, named };
}

/** Vocabulary ids of string tokens (the string entry points: training, tests), facts learnt. */
function idsOf(rt: Runtime, tokens: readonly string[]): Int32Array {
  beginText();
  const ids = Int32Array.from(tokens, tokenId);
  rt.tokenCache.learn(ids, ids.length);
  return ids;
}

/**
 * The linear part of classifyTokens: `totals` (offensive, then six SAC sums, in raw int8 units), the n-gram scale
 * and the named features. Exported so a test can hold it equal to the feature-by-feature sum over
 * extractFeatures, which is what training sees.
 */
export function linearScores(rt: Runtime, raw: string, tokens: string[]): { totals: Float64Array; scale: number; named: Features } {
  const { scale, named } = linear(rt, raw, idsOf(rt, tokens), tokens, -1);
  return { totals, scale, named };
}

/** Classify already-normalised text. `raw` is only read for shape (capitals). */
export function classifyNormalised(rt: Runtime, raw: string, norm: string): Classification {
  return classifyTokens(rt, raw, splitTokens(norm));
}

/** Classify normalised tokens (normaliseTokens). */
export function classifyTokens(rt: Runtime, raw: string, allTokens: string[]): Classification {
  if (allTokens.length === 0) return emptyClassification();
  const tokens = allTokens.length > MAX_TOKENS ? allTokens.slice(0, MAX_TOKENS) : allTokens;
  return classifyIds(rt, raw, idsOf(rt, tokens), tokens, -1);
}

/**
 * Classify a comment given as vocabulary ids (their facts learnt) and the same tokens as text, at most MAX_TOKENS.
 * `caps`: capsRatio(raw) if already known, else -1.
 */
function classifyIds(rt: Runtime, raw: string, ids: Int32Array, tokens: string[], caps: number): Classification {
  const { scale, named } = linear(rt, raw, ids, tokens, caps);
  const rules = matchRulesFor(tokens, ids, rt.tokenCache.rules);

  let offLogit = rt.offBias + (totals[0] as number) * rt.offScale - rt.offShift;
  // Name-calling is hater by the annotation guide whatever the data says about the word in other settings:
  // every insult-list hit (up to two) adds a fixed push on top of what the model learned. A word a rule read in its
  // everyday sense ("receita de coxinha") is no name-calling.
  let literal = 0;
  for (const rule of rules) if (rule.literal) literal++;
  const insults = Math.max(0, named.insults - literal);
  offLogit += Math.min(insults, 2) * BOOSTS.insult;
  // Aimed at someone ("seu ladrão", "vc é um lixo", "..., canalha?"): name-calling beyond doubt.
  if (named.directInsults > 0 && insults > 0) offLogit += BOOSTS.direct;
  for (let k = 0; k < K; k++) ruleSac[k] = 0;
  // A question that insults is rhetorical, never a genuine doubt (the annotation guide).
  if (insults > 0) ruleSac[LABEL_INDEX.doubt] = BOOSTS.insultQuestionDoubt;
  for (const rule of rules) {
    const labels = rule.boostLabels;
    const amounts = rule.boostAmounts;
    for (let j = 0; j < labels.length; j++) {
      // LABELS order is hater, then the SAC labels: SAC index = LABELS index - 1.
      const k = (labels[j] as number) - 1;
      if (k < 0) offLogit += amounts[j] as number;
      else ruleSac[k] = (ruleSac[k] as number) + (amounts[j] as number);
    }
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    const z = (rt.sacBias[k] as number) + (totals[1 + k] as number) * rt.sacScale + (ruleSac[k] as number);
    sacLogits[k] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const d = (sacLogits[k] as number) - max;
    // exp(0) is exactly 1: the largest logit needs no call.
    const e = d === 0 ? 1 : Math.exp(d);
    sacProbs[k] = e;
    sum += e;
  }
  const pOff = 1 / (1 + Math.exp(-offLogit));
  let sacBest = -1;
  let best = K - 1;
  for (let k = 0; k < K; k++) {
    const p = ((1 - pOff) * (sacProbs[k] as number)) / sum;
    sacProbs[k] = p;
    if (p > sacBest) {
      sacBest = p;
      best = k;
    }
  }
  // One literal, in the order of emptyScores(): a fixed shape, no keyed stores.
  const scores: Record<Label, number> = {
    hater: pOff,
    complaint: sacProbs[0] as number,
    purchase_intent: sacProbs[1] as number,
    doubt: sacProbs[2] as number,
    praise: sacProbs[3] as number,
    venting: sacProbs[4] as number,
    neutral: sacProbs[5] as number,
  };
  // The annotation guide's priority: hostility first, whatever else the comment does ("quanto custa, golpista?"
  // and insulting rhetorical questions are hater). The threshold lives in offShift, so 0.5 here.
  const hater = pOff >= 0.5;
  const label: Label = hater ? 'hater' : (SAC_LABELS[best] as Label);
  const evidence = explain(rt, ids, tokens.length, scale, named, rules, hater ? -1 : best);
  if (hater && named.directInsults > 0) evidence.unshift('xingamento direto');
  if (evidence.length > MAX_EVIDENCE) evidence.length = MAX_EVIDENCE;
  return { label, scores, confidence: hater ? pOff : (sacProbs[best] as number), evidence };
}

const tokenWeight = new Float64Array(MAX_TOKENS);
const specialWeight = new Float64Array(SPECIALS.length);
/** The MAX_EVIDENCE heaviest candidates so far, heaviest first: topText[0..topN), weights alongside. */
const topText = new Array<string>(MAX_EVIDENCE).fill('');
const topWeight = new Float64Array(MAX_EVIDENCE);
let topN = 0;

/**
 * A weight row's push toward class k (-1: hater): its offensive weight, else its SAC weight minus the SAC mean.
 * Two copies, one per array type (weights, token rows), so each reads one kind of array (monomorphic loads).
 */
function pushOf(rt: Runtime, W: Int8Array, o: number, k: number): number {
  if (k < 0) return (W[o] as number) * rt.offScale;
  const mean = ((W[o + 1] as number) + (W[o + 2] as number) + (W[o + 3] as number) + (W[o + 4] as number) + (W[o + 5] as number) + (W[o + 6] as number)) / K;
  return ((W[o + 1 + k] as number) - mean) * rt.sacScale;
}
function pushOfSums(rt: Runtime, S: Int32Array, o: number, k: number): number {
  if (k < 0) return (S[o] as number) * rt.offScale;
  const mean = ((S[o + 1] as number) + (S[o + 2] as number) + (S[o + 3] as number) + (S[o + 4] as number) + (S[o + 5] as number) + (S[o + 6] as number)) / K;
  return ((S[o + 1 + k] as number) - mean) * rt.sacScale;
}

/** Keeps the MAX_EVIDENCE heaviest (text, weight) candidates, heaviest first, skipping texts already there. */
function offer(text: string, w: number): void {
  for (let j = 0; j < topN; j++) if (topText[j] === text) return;
  let at = topN;
  while (at > 0 && (topWeight[at - 1] as number) < w) at--;
  if (at >= MAX_EVIDENCE) return;
  // Shift the lighter ones down one place; when the list is full the lightest falls off.
  for (let j = Math.min(topN, MAX_EVIDENCE - 1); j > at; j--) {
    topText[j] = topText[j - 1] as string;
    topWeight[j] = topWeight[j - 1] as number;
  }
  topText[at] = text;
  topWeight[at] = w;
  if (topN < MAX_EVIDENCE) topN++;
}

/**
 * Evidence for the chosen label (k: its SAC index, -1 for hater): its rules, then the tokens (and named features)
 * that pushed hardest toward it.
 */
function explain(rt: Runtime, ids: Int32Array, T: number, scale: number, named: Features, rules: Rule[], k: number): string[] {
  const out: string[] = [];
  // The rule boosts the label (LABELS index k + 1); two rules of one name (the same subject, said in a sentence or
  // alone) are one item.
  for (const rule of rules) if ((rule.labelMask & (1 << (k + 1))) !== 0 && !out.includes(rule.evidence)) out.push(rule.evidence);
  const W = rt.weights;
  const F = rt.tokenCache.rows;
  const evidence = rt.tokenCache.evidence;
  for (let i = 0; i < T; i++) {
    // Only tokens that can be shown (not stop words) are ever offered: the others' weights would go unread.
    if (evidence[ids[i] as number] == null) continue;
    let w = pushOfSums(rt, F, (ids[i] as number) * FACT_STRIDE, k);
    // An all-zero bigram pushes by exactly 0: skipping it changes nothing.
    const b = bigramBase[i] as number;
    if (b >= 0) w += pushOf(rt, W, b, k);
    tokenWeight[i] = w * scale;
  }
  for (let s = 0; s < SPECIALS.length; s++) specialWeight[s] = 0;
  for (let i = 0; i < named.n; i++) {
    const c = pushOf(rt, W, (named.ids[i] as number) * STRIDE, k) * (named.vals[i] as number);
    const s = named.src[i] as number;
    if (s >= 0) tokenWeight[s] = (tokenWeight[s] as number) + c;
    else specialWeight[-1 - s] = (specialWeight[-1 - s] as number) + c;
  }
  // Same token twice ("lixo lixo") counts once in the list.
  topN = 0;
  for (let i = 0; i < T; i++) {
    // Tokens without a text were skipped above: their slots in tokenWeight are stale and must not be read.
    const text = evidence[ids[i] as number];
    if (text == null) continue;
    const w = tokenWeight[i] as number;
    if (w > 0.15) offer(text, w);
  }
  for (let s = 0; s < SPECIALS.length; s++) {
    const w = specialWeight[s] as number;
    if (w <= 0.3) continue;
    const text = SPECIAL_EVIDENCE_BY_INDEX[s];
    if (text && !out.includes(text)) offer(text, w);
  }
  for (let j = 0; j < topN; j++) {
    if (out.length >= MAX_EVIDENCE) break;
    const text = topText[j] as string;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

/** A classifier bound to one model (the shipped one in index.ts; candidates while training). */
export function createClassifier(model: ModelJson): (text: string) => Classification {
  const rt = loadRuntime(model);
  return (text: string) => {
    const raw = clip(text);
    const list = normaliseIds(raw);
    const T = Math.min(list.n, MAX_TOKENS);
    if (T === 0) return emptyClassification();
    rt.tokenCache.learn(list.ids, T);
    // Built by push, so the array is packed (the rules' join() is much slower on a holey one).
    const tokens: string[] = [];
    for (let i = 0; i < T; i++) tokens.push(tokenText(list.ids[i] as number));
    return classifyIds(rt, raw, list.ids, tokens, list.caps);
  };
}

/** Comments are judged on their first characters: bounded work for a 100 kB paste, enough for any real comment. */
export const MAX_CHARS = 3000;
export function clip(text: string): string {
  if (typeof text !== 'string') return '';
  if (text.length <= MAX_CHARS) return text;
  // Never cut a surrogate pair in half.
  const end = (text.charCodeAt(MAX_CHARS - 1) & 0xfc00) === 0xd800 ? MAX_CHARS - 1 : MAX_CHARS;
  return text.slice(0, end);
}
