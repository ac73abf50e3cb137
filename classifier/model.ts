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
import {
  DIM, MAX_TOKENS, SPECIALS, bigramBucket, buildLexicons, hashString, namedFeatures, splitTokens, tokenBuckets, tokenLex, type Features, type Lexicons,
} from './features';
import { normaliseTokens } from './normalise';
import { matchRulesFor, rulesForToken, type Rule } from './rules';

/** The six labels of the SAC head, in weight order. */
export const SAC_LABELS = ['complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral'] as const satisfies readonly Label[];
const K = SAC_LABELS.length;
/** Weights per bucket in the dense table: the offensive weight, then one per SAC label. */
export const STRIDE = 1 + K;

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
  offBias: number;
  offScale: number;
  sacBias: Float64Array;
  sacScale: number;
  offShift: number;
  lexicons: Lexicons;
  /** Per-word summed weights (see tokenInfo), filled as words are met. */
  tokenCache: Map<string, TokenInfo>;
}

interface TokenInfo {
  hash: number;
  /** Summed raw weights of the token's unigram and character n-grams, offensive then SAC (STRIDE values). */
  sums: Float64Array;
  count: number;
  /** Named-feature facts (features.tokenLex). */
  lex: number;
  /** Indices of the rules this token can trigger (rules.rulesForToken), or null. */
  rules: readonly number[] | null;
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

function decodeSparseInto(b64: string, width: number, target: Int8Array, offset: number): void {
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
    for (let k = 0; k < width; k++) target[bucket * STRIDE + offset + k] = ((bytes[i++] as number) << 24) >> 24;
  }
}

export function loadRuntime(model: ModelJson): Runtime {
  if (model.format !== 1 || 1 << model.hashBits !== DIM || model.sacLabels.join() !== SAC_LABELS.join()) {
    throw new Error('modelo do classificador incompatível com este código: rode npm run train:classifier');
  }
  const weights = new Int8Array(DIM * STRIDE);
  decodeSparseInto(model.offWeights, 1, weights, 0);
  decodeSparseInto(model.sacWeights, K, weights, 1);
  return {
    weights,
    offBias: model.offBias,
    offScale: model.offScale,
    sacBias: Float64Array.from(model.sacBias),
    sacScale: model.sacScale,
    offShift: model.offShift,
    lexicons: buildLexicons(model.toxicKeywords, model.emojiSentiment),
    tokenCache: new Map(),
  };
}

const SPECIAL_EVIDENCE: Record<string, string> = {
  'shape:caps': 'TUDO EM MAIÚSCULAS',
  'shape:only_mentions': 'só marcações',
  'shape:only_emoji': 'só emojis',
  'shape:short': 'comentário curto',
  'shape:question': 'pergunta (?)',
  'shape:exclaim': 'exclamação (!)',
  'emo:pos': 'emojis positivos',
  'emo:neg': 'emojis negativos',
};

/** Fixed pushes toward hater (logit units) for name-calling, on top of the learned weights: see classifyTokens. */
export const BOOSTS = { insult: 1, direct: 1.5, insultQuestionDoubt: -3 };
const sacLogits = new Float64Array(K);
const sacProbs = new Float64Array(K);
const ruleSac = new Float64Array(K);
const MAX_EVIDENCE = 5;

const LABEL_INDEX: Record<Label, number> = { hater: -1, complaint: 0, purchase_intent: 1, doubt: 2, praise: 3, venting: 4, neutral: 5 };

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

const infos: TokenInfo[] = new Array<TokenInfo>(MAX_TOKENS);
/** Weight-table offset of each token's bigram with the previous token (-1 for the first). */
const bigramBase = new Int32Array(MAX_TOKENS);
const hashes = new Uint32Array(MAX_TOKENS);
const lexBits = new Int32Array(MAX_TOKENS);
const totals = new Float64Array(STRIDE);
const bucketScratch = new Int32Array(64);
const TOKEN_CACHE_MAX = 50_000;

/**
 * A word's summed raw weights over its unigram and character n-grams. The model is linear and every n-gram of a
 * comment has the same value (1/sqrt(count)), so these sums can be cached per word and scaled per comment: the
 * result equals the feature-by-feature sum of extractFeatures (a unit test holds the two paths together).
 */
function tokenInfo(rt: Runtime, t: string): TokenInfo {
  const cached = rt.tokenCache.get(t);
  if (cached) return cached;
  const hash = hashString(t);
  const count = tokenBuckets(t, hash, bucketScratch, 0);
  const sums = new Float64Array(STRIDE);
  const W = rt.weights;
  for (let k = 0; k < count; k++) {
    const base = (bucketScratch[k] as number) * STRIDE;
    for (let j = 0; j < STRIDE; j++) sums[j] = (sums[j] as number) + (W[base + j] as number);
  }
  const info: TokenInfo = { hash, sums, count, lex: tokenLex(rt.lexicons, t, hash), rules: rulesForToken(t) };
  if (rt.tokenCache.size >= TOKEN_CACHE_MAX) rt.tokenCache.clear();
  rt.tokenCache.set(t, info);
  return info;
}

/**
 * The linear part: fills `totals` (offensive, then six SAC sums, in raw int8 units), and remembers each token's
 * cached sums and bigram for the evidence. Exported so a test can hold it equal to the feature-by-feature sum over
 * extractFeatures, which is what training sees.
 */
export function linearScores(rt: Runtime, raw: string, tokens: string[]): { totals: Float64Array; scale: number; named: Features } {
  const T = tokens.length;
  const W = rt.weights;
  let n = 0;
  // Seven running sums in locals (STRIDE = 7): no array writes in the hot loop.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0; // prettier-ignore
  let prev = 0;
  for (let i = 0; i < T; i++) {
    const info = tokenInfo(rt, tokens[i] as string);
    infos[i] = info;
    hashes[i] = info.hash;
    lexBits[i] = info.lex;
    n += info.count;
    const u = info.sums;
    s0 += u[0] as number; s1 += u[1] as number; s2 += u[2] as number; s3 += u[3] as number; // prettier-ignore
    s4 += u[4] as number; s5 += u[5] as number; s6 += u[6] as number; // prettier-ignore
    if (i > 0) {
      const b = bigramBucket(prev, info.hash) * STRIDE;
      bigramBase[i] = b;
      s0 += W[b] as number; s1 += W[b + 1] as number; s2 += W[b + 2] as number; s3 += W[b + 3] as number; // prettier-ignore
      s4 += W[b + 4] as number; s5 += W[b + 5] as number; s6 += W[b + 6] as number; // prettier-ignore
      n++;
    } else bigramBase[i] = -1;
    prev = info.hash;
  }
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  totals[0] = s0 * scale; totals[1] = s1 * scale; totals[2] = s2 * scale; totals[3] = s3 * scale; // prettier-ignore
  totals[4] = s4 * scale; totals[5] = s5 * scale; totals[6] = s6 * scale; // prettier-ignore
  const named = namedFeatures(raw, tokens, hashes, rt.lexicons, lexBits);
  for (let i = 0; i < named.n; i++) {
    const base = (named.ids[i] as number) * STRIDE;
    const v = named.vals[i] as number;
    for (let j = 0; j < STRIDE; j++) totals[j] = (totals[j] as number) + (W[base + j] as number) * v;
  }
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
  const { scale, named } = linearScores(rt, raw, tokens);
  const rules = matchRulesFor(tokens, infos);

  let offLogit = rt.offBias + (totals[0] as number) * rt.offScale - rt.offShift;
  // Name-calling is hater by the annotation guide whatever the data says about the word in other settings:
  // every insult-list hit (up to two) adds a fixed push on top of what the model learned.
  offLogit += Math.min(named.insults, 2) * BOOSTS.insult;
  // Aimed at someone ("seu ladrão", "vc é um lixo", "..., canalha?"): name-calling beyond doubt.
  if (named.directInsults > 0) offLogit += BOOSTS.direct;
  ruleSac.fill(0);
  // A question that insults is rhetorical, never a genuine doubt (the annotation guide).
  if (named.insults > 0) ruleSac[LABEL_INDEX.doubt] = BOOSTS.insultQuestionDoubt;
  for (const rule of rules) {
    for (const [key, b] of rule.boostList) {
      if (key === 'hater') offLogit += b;
      else {
        const k = LABEL_INDEX[key];
        ruleSac[k] = (ruleSac[k] as number) + b;
      }
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
    const e = Math.exp((sacLogits[k] as number) - max);
    sacProbs[k] = e;
    sum += e;
  }
  const pOff = 1 / (1 + Math.exp(-offLogit));
  const scores = emptyScores();
  scores.hater = pOff;
  let sacLabel: Label = 'neutral';
  let sacBest = -1;
  for (let k = 0; k < K; k++) {
    const p = ((1 - pOff) * (sacProbs[k] as number)) / sum;
    const l = SAC_LABELS[k] as Label;
    scores[l] = p;
    if (p > sacBest) {
      sacBest = p;
      sacLabel = l;
    }
  }
  // The annotation guide's priority: hostility first, whatever else the comment does ("quanto custa, golpista?"
  // and insulting rhetorical questions are hater). The threshold lives in offShift, so 0.5 here.
  const label: Label = pOff >= 0.5 ? 'hater' : sacLabel;
  const evidence = explain(rt, tokens, scale, named, rules, label);
  if (label === 'hater' && named.directInsults > 0) evidence.unshift('xingamento direto');
  if (evidence.length > MAX_EVIDENCE) evidence.length = MAX_EVIDENCE;
  return { label, scores, confidence: scores[label], evidence };
}

const tokenWeight = new Float64Array(MAX_TOKENS);
const specialWeight = new Float64Array(SPECIALS.length);
const topText: string[] = [];
const topWeight: number[] = [];

/** A weight row's push toward class k (-1: hater): its offensive weight, else its SAC weight minus the SAC mean. */
function pushOf(rt: Runtime, W: ArrayLike<number>, o: number, k: number): number {
  if (k < 0) return (W[o] as number) * rt.offScale;
  const mean = ((W[o + 1] as number) + (W[o + 2] as number) + (W[o + 3] as number) + (W[o + 4] as number) + (W[o + 5] as number) + (W[o + 6] as number)) / K;
  return ((W[o + 1 + k] as number) - mean) * rt.sacScale;
}

/** Keeps the MAX_EVIDENCE heaviest (text, weight) candidates, heaviest first, skipping texts already there. */
function offer(text: string, w: number): void {
  if (topText.includes(text)) return;
  let at = topText.length;
  while (at > 0 && (topWeight[at - 1] as number) < w) at--;
  if (at >= MAX_EVIDENCE) return;
  topText.splice(at, 0, text);
  topWeight.splice(at, 0, w);
  if (topText.length > MAX_EVIDENCE) {
    topText.length = MAX_EVIDENCE;
    topWeight.length = MAX_EVIDENCE;
  }
}

/** Evidence for the chosen label: its rules, then the tokens (and named features) that pushed hardest toward it. */
function explain(rt: Runtime, tokens: string[], scale: number, named: Features, rules: Rule[], label: Label): string[] {
  const out: string[] = [];
  for (const rule of rules) if (rule.boosts[label] !== undefined) out.push(rule.evidence);
  const T = tokens.length;
  const k = LABEL_INDEX[label];
  const W = rt.weights;
  for (let i = 0; i < T; i++) {
    let w = pushOf(rt, (infos[i] as TokenInfo).sums, 0, k);
    const b = bigramBase[i] as number;
    if (b >= 0) w += pushOf(rt, W, b, k);
    tokenWeight[i] = w * scale;
  }
  specialWeight.fill(0);
  for (let i = 0; i < named.n; i++) {
    const c = pushOf(rt, W, (named.ids[i] as number) * STRIDE, k) * (named.vals[i] as number);
    const s = named.src[i] as number;
    if (s >= 0) tokenWeight[s] = (tokenWeight[s] as number) + c;
    else specialWeight[-1 - s] = (specialWeight[-1 - s] as number) + c;
  }
  // Same token twice ("lixo lixo") counts once in the list.
  topText.length = 0;
  topWeight.length = 0;
  for (let i = 0; i < T; i++) {
    const w = tokenWeight[i] as number;
    const t = tokens[i] as string;
    if (w > 0.15 && t.length > 1 && t !== '_num_' && !STOPWORDS.has(t)) offer(readableToken(t), w);
  }
  for (let s = 0; s < SPECIALS.length; s++) {
    const w = specialWeight[s] as number;
    if (w <= 0.3) continue;
    const text = SPECIAL_EVIDENCE[SPECIALS[s] as string];
    if (text && !out.includes(text)) offer(text, w);
  }
  for (const text of topText) {
    if (out.length >= MAX_EVIDENCE) break;
    if (!out.includes(text)) out.push(text);
  }
  return out;
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

/** A classifier bound to one model (the shipped one in index.ts; candidates while training). */
export function createClassifier(model: ModelJson): (text: string) => Classification {
  const rt = loadRuntime(model);
  return (text: string) => {
    const raw = clip(text);
    return classifyTokens(rt, raw, normaliseTokens(raw));
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
