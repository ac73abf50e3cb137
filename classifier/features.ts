/*
 * Feature extraction shared by training and inference: hashed word unigrams and bigrams, character 3- and
 * 4-grams of each word (they carry "vagabundu", "lindaa" and typos to the same place as the real spelling), and a
 * few named features (word lists, emoji sentiment, shouting). Every feature remembers which token it came from,
 * so the classifier can say which words decided it.
 *
 * Speed matters (pages with thousands of comments): features go into reused typed arrays, no per-feature
 * strings are built, and hashing is FNV-1a over char codes.
 */
import { EMOJI_DOUBT, EMOJI_HOSTILE, EMOJI_PRAISE, EMOJI_SAD, HOSTILE_PHRASES, INSULTS, PRAISE, VENTING } from './lexicon';
import { FNV_OFFSET, FNV_PRIME, fnvStep, mix } from './hash';
import { capsRatio } from './normalise';

export const HASH_BITS = 18;
export const DIM = 1 << HASH_BITS;
const MASK = DIM - 1;
/** Longer comments are judged on their first tokens: enough for any real comment, bounded for hostile input. */
export const MAX_TOKENS = 300;
/**
 * A word's n-grams (and the bigram ending in it) count at most this many times in a comment: with the 1/sqrt(n)
 * scaling, a word pasted 150 times would otherwise push its class about 12 times harder than once
 * ("quanto custa quanto custa…" read as hater through a weak weight of "custa").
 */
export const MAX_WORD_REPEATS = 2;
/** Char n-grams only for words up to this length: longer "words" are noise (keys mashed, base64) and unbounded. */
const MAX_GRAM_WORD = 24;
const MAX_FEATURES = MAX_TOKENS * (2 + 2 * (MAX_GRAM_WORD + 1)) + 64;

export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** Named features. Their index is stable: it is part of the model's hashing. */
export const SPECIALS = [
  'lex:insult', 'lex:hostile', 'lex:praise', 'lex:venting', 'lex:toxic', 'lex:insult_direct',
  'emo:praise', 'emo:hostile', 'emo:doubt', 'emo:sad', 'emo:pos', 'emo:neg',
  'shape:caps', 'shape:only_mentions', 'shape:only_emoji', 'shape:short', 'shape:question', 'shape:exclaim',
  'bias',
] as const;
export type Special = (typeof SPECIALS)[number];
const SPECIAL_BUCKET: Record<string, number> = {};
for (const s of SPECIALS) SPECIAL_BUCKET[s] = hashString(`§${s}`) & MASK;
export function specialBucket(s: Special): number {
  return SPECIAL_BUCKET[s] as number;
}

const CAT_INSULT = 1;
const CAT_HOSTILE = 2;
const CAT_PRAISE = 4;
const CAT_VENTING = 8;
const CAT_TOXIC = 16;

/** Word lists keyed by the hash of their token sequence (1 to 3 tokens), value = category bits. */
export interface Lexicons {
  phrases: Map<number, number>;
  /** Hashes of the first words of 2- and 3-word phrases: other words need no longer look-up. */
  phraseStarts: Set<number>;
  emoji: Map<string, number>; // emoji -> bits of emo:praise / hostile / doubt / sad
  emojiSentiment: Map<string, number>; // emoji -> sentiment score in -1..1 (Emoji Sentiment Ranking)
}

const E_PRAISE = 1;
const E_HOSTILE = 2;
const E_DOUBT = 4;
const E_SAD = 8;

/** Map keys stay within 30 bits: small integers to V8, so look-ups neither box numbers nor hash doubles. */
const KEY_MASK = 0x3fffffff;

function phraseKey(words: string[]): number {
  let h = hashString(words[0] ?? '');
  for (let i = 1; i < words.length; i++) h = mix(h, hashString(words[i] ?? ''));
  return h & KEY_MASK;
}

export function buildLexicons(toxicKeywords: readonly string[], emojiSentiment: Record<string, number>): Lexicons {
  const phrases = new Map<number, number>();
  const phraseStarts = new Set<number>();
  const add = (list: readonly string[], cat: number) => {
    for (const p of list) {
      const words = p.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > 3) continue;
      if (words.length > 1) phraseStarts.add(hashString(words[0] as string) & KEY_MASK);
      const k = phraseKey(words);
      phrases.set(k, (phrases.get(k) ?? 0) | cat);
    }
  };
  add(INSULTS, CAT_INSULT);
  add(HOSTILE_PHRASES, CAT_HOSTILE);
  add(PRAISE, CAT_PRAISE);
  add(VENTING, CAT_VENTING);
  add(toxicKeywords, CAT_TOXIC);
  const emoji = new Map<string, number>();
  const addE = (list: readonly string[], bit: number) => {
    for (const e of list) emoji.set(e, (emoji.get(e) ?? 0) | bit);
  };
  addE(EMOJI_PRAISE, E_PRAISE);
  addE(EMOJI_HOSTILE, E_HOSTILE);
  addE(EMOJI_DOUBT, E_DOUBT);
  addE(EMOJI_SAD, E_SAD);
  return { phrases, phraseStarts, emoji, emojiSentiment: new Map(Object.entries(emojiSentiment)) };
}

/** Extracted features. The arrays are reused by the next call: copy what must outlive it. */
export interface Features {
  n: number;
  ids: Int32Array;
  vals: Float32Array;
  /** Token index each feature came from, or -1 - SPECIALS index for named features with no single token. */
  src: Int16Array;
  tokens: string[];
  /** Insult-list hits (name-calling), counted apart because the guide makes them hater on their own. */
  insults: number;
  /**
   * Insults aimed at someone: after "seu/sua", "é um", "bando de", "esse", "que" ("seu ladrão", "vc é um lixo",
   * "bando de canalha"), or closing the comment or a question ("vai fazer o quê, ladrão?").
   */
  directInsults: number;
}

const ids = new Int32Array(MAX_FEATURES);
const vals = new Float32Array(MAX_FEATURES);
const src = new Int16Array(MAX_FEATURES);
const wordHash = new Uint32Array(MAX_TOKENS);
const SEED_CHAR3 = 0x2545f491;
const SEED_CHAR4 = 0x6c8e9cf5;
const SEED_BIGRAM = 0x5bd1e995;

function isLetters(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Words that aim the insult after them at someone ("seu ladrão", "é um lixo", "bando de vagabundo"). */
const AIMING = new Set(['seu', 'sua', 'seus', 'suas', 'teu', 'tua', 'bando', 'corja', 'cambada', 'um', 'uma', 'esse', 'essa', 'esses', 'essas', 'que', 'e', 'sao', 'grande', 'voce', 'voces', 'tu', 'mais', 'ta', 'esta', 'ne']);

function isEmoji(t: string): boolean {
  return t.charCodeAt(0) > 0x2000 && t !== '?' && t !== '!';
}

/**
 * Unigram and character n-gram buckets of one token (everything about a word that does not depend on its
 * neighbours). Written to `out` from `n`; returns the new end. The classifier caches the weights of these per word.
 */
export function tokenBuckets(t: string, h: number, out: Int32Array, n: number): number {
  out[n++] = h & MASK;
  if (isLetters(t) && t.length >= 2 && t.length <= MAX_GRAM_WORD) {
    // character n-grams over "<word>": "<li", "lin", "ind", "nda", "da>" and the 4-grams
    const L = t.length;
    for (let s = -1; s + 3 <= L + 1; s++) {
      let h3 = SEED_CHAR3;
      for (let k = s; k < s + 3; k++) h3 = Math.imul(h3 ^ (k < 0 ? 60 : k >= L ? 62 : t.charCodeAt(k)), FNV_PRIME);
      out[n++] = (h3 >>> 0) & MASK;
      if (s + 4 <= L + 1) {
        let h4 = SEED_CHAR4;
        for (let k = s; k < s + 4; k++) h4 = Math.imul(h4 ^ (k < 0 ? 60 : k >= L ? 62 : t.charCodeAt(k)), FNV_PRIME);
        out[n++] = (h4 >>> 0) & MASK;
      }
    }
  }
  return n;
}

/** Bucket of the word bigram (previous token, this token), from their hashes. */
export function bigramBucket(prevHash: number, h: number): number {
  return mix(prevHash, h ^ SEED_BIGRAM) & MASK;
}

/** Tokens of a normalised comment, capped at MAX_TOKENS. */
export function splitTokens(norm: string): string[] {
  if (norm.length === 0) return [];
  const all = norm.split(' ');
  return all.length > MAX_TOKENS ? all.slice(0, MAX_TOKENS) : all;
}

/**
 * Features of one comment, from its raw text (for shape) and its normalised form (for everything else).
 * N-gram features are scaled by 1/sqrt(count) so long comments do not drown short ones; named features keep 1.
 */
export function extractFeatures(raw: string, norm: string, lex: Lexicons): Features {
  const tokens = splitTokens(norm);
  const T = tokens.length;
  let n = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < T; i++) {
    const t = tokens[i] as string;
    const h = hashString(t);
    wordHash[i] = h;
    const times = (seen.get(t) ?? 0) + 1;
    seen.set(t, times);
    if (times > MAX_WORD_REPEATS) continue;
    if (i > 0) {
      ids[n] = bigramBucket(wordHash[i - 1] as number, h);
      src[n++] = i;
    }
    const from = n;
    n = tokenBuckets(t, h, ids, n);
    for (let k = from; k < n; k++) src[k] = i;
  }
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let k = 0; k < n; k++) vals[k] = scale;
  return addNamed(raw, tokens, wordHash, lex, n);
}

/**
 * Only the named features of a comment (from index 0), given its tokens, their hashes and (optionally) tokenLex()
 * and capsRatio(raw) when already known (-1: not known).
 */
export function namedFeatures(raw: string, tokens: string[], hashes: Uint32Array, lex: Lexicons, lexBits?: Int32Array, caps = -1): Features {
  return addNamed(raw, tokens, hashes, lex, 0, lexBits, caps);
}

// What a token is, for the named features: its single-word list categories (CAT_* bits), whether a 2- or 3-word
// phrase starts with it, its emoji list bits, and its kind. Depends only on the token: the classifier caches it.
const L_PHRASE_START = 1 << 5;
const L_EMOJI_SHIFT = 6; // 4 bits of E_*
const L_MENTION = 1 << 10;
const L_QUESTION = 1 << 11;
const L_EXCLAIM = 1 << 12;
const L_EMOJI = 1 << 13;
const L_AIMING = 1 << 14;
const L_SENTIMENT = 1 << 15;

/** The named-feature facts of one token (see the L_* bits), from the token and its hash. */
export function tokenLex(lex: Lexicons, t: string, h: number): number {
  if (t === '_mention_') return L_MENTION | (lex.phrases.get(h & KEY_MASK) ?? 0);
  if (t === '?') return L_QUESTION;
  if (t === '!') return L_EXCLAIM;
  if (isEmoji(t)) return L_EMOJI | ((lex.emoji.get(t) ?? 0) << L_EMOJI_SHIFT) | (lex.emojiSentiment.has(t) ? L_SENTIMENT : 0);
  let bits = lex.phrases.get(h & KEY_MASK) ?? 0;
  if (lex.phraseStarts.has(h & KEY_MASK)) bits |= L_PHRASE_START;
  if (AIMING.has(t)) bits |= L_AIMING;
  return bits;
}

/** Reused result: the next call overwrites it. */
const features: Features = { n: 0, ids, vals, src, tokens: [], insults: 0, directInsults: 0 };

function addNamed(raw: string, tokens: string[], hashes: Uint32Array, lex: Lexicons, start: number, lexBits?: Int32Array, caps = -1): Features {
  const T = tokens.length;
  let n = start;
  // Named features. Word lists: 1- to 3-token phrases, credited to the phrase's first token.
  let mentions = 0;
  let emojis = 0;
  let pos = 0;
  let neg = 0;
  let questions = 0;
  let exclaims = 0;
  let insults = 0;
  let direct = 0;
  for (let i = 0; i < T; i++) {
    const b = lexBits ? (lexBits[i] as number) : tokenLex(lex, tokens[i] as string, hashes[i] as number);
    if (b & L_MENTION) mentions++;
    else if (b & L_QUESTION) {
      questions++;
      continue;
    } else if (b & L_EXCLAIM) {
      exclaims++;
      continue;
    } else if (b & L_EMOJI) {
      emojis++;
      const bits = b >> L_EMOJI_SHIFT;
      if (bits & E_PRAISE) n = push(n, SP['emo:praise'], 1, i);
      if (bits & E_HOSTILE) n = push(n, SP['emo:hostile'], 1, i);
      if (bits & E_DOUBT) n = push(n, SP['emo:doubt'], 1, i);
      if (bits & E_SAD) n = push(n, SP['emo:sad'], 1, i);
      if (b & L_SENTIMENT) {
        const senti = lex.emojiSentiment.get(tokens[i] as string) as number;
        if (senti > 0.25) pos += senti;
        else if (senti < -0.05) neg -= senti;
      }
      continue;
    }
    if ((b & 31) !== 0) n = lexHit(n, b & 31, i, 1, tokens, lexBits, lex, hashes);
    if (b & L_PHRASE_START) {
      let key = hashes[i] as number;
      for (let len = 2; len <= 3 && i + len <= T; len++) {
        key = mix(key, hashes[i + len - 1] as number);
        const cats = lex.phrases.get(key & KEY_MASK);
        if (cats !== undefined) n = lexHit(n, cats, i, len, tokens, lexBits, lex, hashes);
      }
    }
    insults += hitInsults;
    direct += hitDirect;
    hitInsults = 0;
    hitDirect = 0;
  }
  if (direct > 0) n = push(n, SP['lex:insult_direct'], 1, -1);
  if (pos > 0) n = push(n, SP['emo:pos'], Math.min(pos, 2), -1);
  if (neg > 0) n = push(n, SP['emo:neg'], Math.min(neg * 2, 2), -1);
  if ((caps >= 0 ? caps : capsRatio(raw)) >= 0.6) n = push(n, SP['shape:caps'], 1, -1);
  if (T > 0 && mentions === T) n = push(n, SP['shape:only_mentions'], 1, -1);
  if (T > 0 && emojis === T) n = push(n, SP['shape:only_emoji'], 1, -1);
  if (T - mentions <= 2) n = push(n, SP['shape:short'], 1, -1);
  if (questions > 0) n = push(n, SP['shape:question'], 1, -1);
  if (exclaims > 0) n = push(n, SP['shape:exclaim'], 1, -1);
  n = push(n, SP['bias'], 1, -1);
  features.n = n;
  features.tokens = tokens;
  features.insults = insults;
  features.directInsults = direct;
  return features;
}

let hitInsults = 0;
let hitDirect = 0;

/** One word-list hit (phrase of `len` tokens at i): its category features, and whether it is an insult aimed at someone. */
function lexHit(n: number, cats: number, i: number, len: number, tokens: string[], lexBits: Int32Array | undefined, lex: Lexicons, hashes: Uint32Array): number {
  if (cats & CAT_INSULT) {
    hitInsults++;
    const T = tokens.length;
    const aimed = i > 0 && ((lexBits ? (lexBits[i - 1] as number) : tokenLex(lex, tokens[i - 1] as string, hashes[i - 1] as number)) & L_AIMING) !== 0;
    const after = i + len < T ? (tokens[i + len] as string) : '';
    if (aimed || after === '' || after === '?' || after === '!' || (i === 0 && T <= 4)) hitDirect++;
  }
  if (cats & CAT_INSULT) n = push(n, SP['lex:insult'], 1, i);
  if (cats & CAT_HOSTILE) n = push(n, SP['lex:hostile'], 1, i);
  if (cats & CAT_PRAISE) n = push(n, SP['lex:praise'], 1, i);
  if (cats & CAT_VENTING) n = push(n, SP['lex:venting'], 1, i);
  if (cats & CAT_TOXIC) n = push(n, SP['lex:toxic'], 1, i);
  return n;
}

/** Each named feature's index in SPECIALS: push() takes the number, so the hot path looks nothing up by name. */
const SP = Object.fromEntries(SPECIALS.map((s, i) => [s, i])) as Record<Special, number>;
const SPECIAL_BUCKETS = Int32Array.from(SPECIALS, (s) => SPECIAL_BUCKET[s] as number);

/** Append named feature `special` (its SPECIALS index) with its value and source token (-1: none). */
function push(n: number, special: number, value: number, token: number): number {
  if (n >= MAX_FEATURES) return n;
  ids[n] = SPECIAL_BUCKETS[special] as number;
  vals[n] = value;
  src[n] = token >= 0 ? token : -1 - special;
  return n + 1;
}
