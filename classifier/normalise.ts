/*
 * Normalisation of Brazilian Portuguese social-media text into a stable, space-separated token string.
 *
 * The same function runs at training time (scripts/train-classifier.ts) and in the page, so anything the model
 * learned about "vc", "lindaaaa" or "NÃO CONSIGO" applies to every spelling of it. Pure string work: no DOM,
 * no locale-dependent APIs beyond String.prototype.normalize, every regular expression linear in the input.
 */
import { HOSTILE_PHRASES, INSULTS, PRAISE, VENTING } from './lexicon';
import { FNV_OFFSET, fnvStep } from './hash';
import { MISSING, SpanTable, packStep } from './span-table';
import { EXCLAIM_ID, QUESTION_ID, beginText, tokenId, tokenText, vocabEpoch, vocabSize } from './vocab';

/** Common abbreviations and internet spellings, after accent folding and letter-run collapsing. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['vc', 'voce'], ['vcs', 'voces'], ['voceis', 'voces'], ['ce', 'voce'], ['oce', 'voce'],
  ['pq', 'porque'], ['pk', 'porque'], ['porq', 'porque'], ['pqe', 'porque'], ['purque', 'porque'],
  ['q', 'que'], ['qe', 'que'], ['ki', 'que'], ['oq', 'o que'], ['oque', 'o que'],
  ['tb', 'tambem'], ['tbm', 'tambem'], ['tmb', 'tambem'], ['tbem', 'tambem'],
  ['mt', 'muito'], ['mto', 'muito'], ['mta', 'muita'], ['mts', 'muitos'], ['mtas', 'muitas'], ['mtu', 'muito'],
  ['n', 'nao'], ['naum', 'nao'], ['nn', 'nao'], ['nan', 'nao'],
  ['td', 'tudo'], ['tdo', 'tudo'], ['tds', 'todos'], ['tdos', 'todos'],
  ['cmg', 'comigo'], ['ctg', 'contigo'], ['msg', 'mensagem'], ['msgs', 'mensagens'],
  ['qto', 'quanto'], ['qnto', 'quanto'], ['qnt', 'quanto'], ['qt', 'quanto'], ['qdo', 'quando'], ['qnd', 'quando'],
  ['qndo', 'quando'], ['qd', 'quando'], ['ql', 'qual'], ['qm', 'quem'], ['kd', 'cade'], ['cm', 'como'], ['cmo', 'como'],
  ['blz', 'beleza'], ['obg', 'obrigado'], ['obgd', 'obrigado'], ['obgda', 'obrigada'], ['brigado', 'obrigado'],
  ['brigada', 'obrigada'], ['vlw', 'valeu'], ['vlws', 'valeu'], ['valew', 'valeu'],
  ['pf', 'por favor'], ['pfv', 'por favor'], ['pfvr', 'por favor'], ['plis', 'por favor'], ['pls', 'por favor'],
  ['hj', 'hoje'], ['amanha', 'amanha'], ['agr', 'agora'], ['dps', 'depois'], ['dpois', 'depois'],
  ['msm', 'mesmo'], ['mesma', 'mesma'], ['ta', 'esta'], ['tah', 'esta'], ['tao', 'tao'], ['to', 'estou'], ['tou', 'estou'],
  ['tava', 'estava'], ['tavam', 'estavam'], ['eh', 'e'], ['aki', 'aqui'], ['ak', 'aqui'], ['ngm', 'ninguem'],
  ['nd', 'nada'], ['nda', 'nada'], ['sdds', 'saudade'], ['sdd', 'saudade'], ['pra', 'para'], ['pro', 'para o'],
  ['pras', 'para as'], ['pros', 'para os'], ['p', 'para'], ['tmj', 'tamo junto'], ['mds', 'meu deus'], ['mdss', 'meu deus'],
  ['krl', 'caralho'], ['krlh', 'caralho'], ['caraio', 'caralho'], ['carai', 'caralho'], ['crl', 'caralho'],
  ['dnv', 'de novo'], ['vdd', 'verdade'], ['sla', 'sei la'], ['bjs', 'beijos'], ['bj', 'beijo'], ['bjo', 'beijo'],
  ['bjos', 'beijos'], ['abs', 'abraco'], ['abc', 'abraco'], ['entaum', 'entao'], ['intao', 'entao'], ['kero', 'quero'],
  ['qro', 'quero'], ['qr', 'quero'], ['qria', 'queria'], ['axo', 'acho'], ['ixi', 'eita'], ['vei', 'velho'], ['vey', 'velho'],
  ['mlk', 'moleque'], ['fds', 'fim de semana'], ['add', 'adicionar'], ['info', 'informacao'], ['infos', 'informacoes'],
  ['pdf', 'pdf'], ['dm', 'direct'], ['pv', 'privado'], ['inbox', 'direct'], ['direct', 'direct'], ['zap', 'whatsapp'],
  ['wpp', 'whatsapp'], ['whats', 'whatsapp'], ['wts', 'whatsapp'], ['zapzap', 'whatsapp'], ['parabens', 'parabens'],
  ['parabainz', 'parabens'], ['parabains', 'parabens'], ['parabenss', 'parabens'], ['prbns', 'parabens'],
  ['lindu', 'lindo'], ['lindah', 'linda'], ['mtoo', 'muito'], ['mim', 'mim'], ['fzr', 'fazer'], ['fz', 'faz'],
  ['tds', 'todos'], ['ent', 'entao'], ['cpa', 'capa'], ['pfvor', 'por favor'], ['nunk', 'nunca'], ['nunka', 'nunca'],
  ['qnts', 'quantas'], ['qntas', 'quantas'], ['qntos', 'quantos'], ['vdd', 'verdade'], ['ngm', 'ninguem'],
]);

/** "kkkk", "hahaha", "rsrs", "huehue", "kakaka": laughter becomes one token. */
const LAUGHTER = /^(?:k{2,}\w*|(?:ha|ah|hua|hau|rs|hue|he|ka|ks|ksk|jaja)+h?|rs|hehe\w*)$/;
const LAUGH_MIN = 3;

/** Zero-width, bidi controls, soft hyphen, variation selectors, skin tones: invisible or cosmetic. */
// Deliberately matches lone joiners, variation selectors and tag characters, which exist only to be deleted here.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]|\uD83C[\uDFFB-\uDFFF]|\uDB40[\uDC20-\uDC7F]/g;
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_ONE = new RegExp(INVISIBLE.source);
const COMBINING = /[\u0300-\u036f]/g;
const LATIN_FOLD: string[] = [];
for (let c = 0xa0; c <= 0x17f; c++) LATIN_FOLD.push(String.fromCharCode(c).normalize('NFKD').replace(COMBINING, ''));
/** Every U+00A0-U+017F character replaced by its LATIN_FOLD form (a loop: a regex would call back per accent). */
function foldLatin(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0 && c <= 0x17f) {
      out += s.slice(from, i) + (LATIN_FOLD[c - 0xa0] as string);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
/** Combining marks, other scripts, punctuation like ‼, letter-like symbols, CJK/fullwidth forms, math alphanumerics. */
const NEEDS_NFKD = /[\u0300-\u036F\u0180-\u24FF\u3000-\uD7FF\uF900-\uFFEF]|\uD835/;
const HTML_TAG = /<\/?[a-zA-Z!][^<>]{0,400}>/g;
const HTML_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]{2,}\.(?:com\.br|com|net|org|br|ly|me|io|site|online|app)(?:\/[^\s<>"]*)?/gi;
const EMAIL = /[^\s@<>]{1,64}@[^\s@<>]{1,255}\.[a-z]{2,}/gi;
/** What every e-mail contains, anchored on its "@": a cheap test before the costlier EMAIL scan. */
const EMAIL_HINT = /@[^\s@<>]{1,255}\.[a-z]{2,}/i;
const MENTION = /@[\p{L}\p{N}_.]{1,40}/gu;
/** "c@nalha": an "@" inside a word, read as "a" when that spells a hostile word (else a mention, as before). */
const LEET_AT = /[a-z0-9]+@[a-z0-9]+/gi;

/** Whether LEET_AT can match: some "@" has an ASCII letter or digit on each side (every match has one). */
function mayBeLeetAt(s: string): boolean {
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    if (at > 0 && isAsciiAlnum(s.charCodeAt(at - 1)) && isAsciiAlnum(s.charCodeAt(at + 1))) return true;
  }
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const PRICE = /r\s?\$\s?\d[\d.,]*/gi;
const INSTALMENTS = /\b\d{1,2}\s?x\b(?:\s?(?:de|sem juros))?/gi;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const LETTERS_ONLY = /^[a-z]+$/;
const RUN_RS = /([rs])\1{2,}/g;
const RUN_ANY = /([a-z])\1{2,}/g;
/** Doubled vowels are real inside words ("reembolso", "leem", "coordenar"); at the end they are stretching ("lindaa"). */
const RUN_VOWEL = /([aeiu])\1$/;
const DIGITS = /^\d+$/;
const NON_ASCII = /[\u0080-\uffff]/;
/** Cheap pre-test for URL: a scheme, www, or a dot followed by a known top-level domain. */
const MAYBE_URL = /\/\/|www\.|\.(?:com|net|org|br|ly|me|io|site|online|app)\b/i;
const HAS_DIGIT = /\d/;
/**
 * Characters the one-pass scan always stops at (C_TRIGGER, C_AT and "//": no word, emoji or "?"/"!" run takes them
 * in), so a text with one goes straight to the whole-text passes: same result, without the attempt.
 */
const ALWAYS_PREPARE = /[<&$@#]|\/\//;
const ALWAYS_PREPARE_NO_HASHTAGS = /[<&$@]|\/\//;

const ENTITY_TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': ' ' };

function decodeEntity(entity: string): string {
  const known = ENTITY_TEXT[entity];
  if (known !== undefined) return known;
  const code = entity[2] === 'x' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
  // Lone surrogates and out-of-range code points would throw in fromCodePoint: such text is noise.
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/**
 * Obfuscated spellings ("l1x0", "c@nalha", "p*ta") are read as the word they hide, but only when that word is on
 * one of the hostile word lists: "aula2" or "3x" stay as they are.
 */
const LEET_TARGETS: ReadonlySet<string> = new Set(
  [...INSULTS, ...HOSTILE_PHRASES, 'porra', 'caralho', 'merda', 'bosta', 'puta', 'foda', 'foder', 'fuder', 'fudido', 'viado', 'buceta', 'cacete']
    .filter((w) => !w.includes(' ')),
);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a' };
const LEET_CHARS = /[013457@]/g;
const HAS_LETTER = /[a-z]/;
const PLAIN_WORD = /^[a-z0-9_]+$/;
const STAR_VOWELS = ['a', 'e', 'i', 'o', 'u'];
/** "@" and "*" join a word only to hide a hostile one; otherwise they separate, as before. */
const SYMBOLS_IN_WORD = /[@*]/g;

function normaliseRawWord(raw: string): string {
  let w = raw;
  if (!PLAIN_WORD.test(w)) {
    // Same folding as the whole-text path: Latin table, NFKD for other scripts and "fancy" letters, lower case.
    if (NON_ASCII.test(w)) {
      w = foldLatin(w);
      if (NEEDS_NFKD.test(w)) w = w.normalize('NFKD').replace(COMBINING, '');
    }
    w = w.toLowerCase();
    if (!PLAIN_WORD.test(w)) {
      const hidden = w.includes('@') || w.includes('*') ? unleet(w) : null;
      if (hidden !== null) return hidden;
      // Folding can leave more than one word ("½" -> "1⁄2") or symbols: split them as the whole-text path would.
      // A word of other scripts ("straße", "слово") is one word as it is.
      let whole = true;
      for (let i = 0; i < w.length && whole; i++) whole = isWordChar(w, i);
      if (whole) return ABBREVIATIONS.get(w) ?? w;
      const parts: TokenList = { ids: new Int32Array(8), n: 0, caps: -1 };
      scan(w.replace(SYMBOLS_IN_WORD, ' '), parts, true);
      return tokenStrings(parts, parts.n).join(' ');
    }
  }
  if (LETTERS_ONLY.test(w)) {
    if (w.length >= LAUGH_MIN || w === 'kk') {
      if (LAUGHTER.test(w)) return '_riso_';
    }
    // "lindaaaa" -> "linda", "porrrra" -> "porra", "lindaa" -> "linda"; Portuguese keeps rr, ss and inner double vowels.
    if (w.length > 2) w = collapseRuns(w);
    return ABBREVIATIONS.get(w) ?? w;
  }
  if (DIGITS.test(w)) return w.length <= 2 ? w : '_num_';
  if (HAS_LETTER.test(w) && HAS_DIGIT.test(w)) {
    const hidden = unleet(w);
    if (hidden !== null) return hidden;
  }
  return ABBREVIATIONS.get(w) ?? w;
}

function collapseRuns(w: string): string {
  return w.replace(RUN_RS, '$1$1').replace(RUN_ANY, '$1').replace(RUN_VOWEL, '$1');
}

/** The hostile word an obfuscated spelling hides, or null ("l1x0" -> "lixo", "c@nalha" -> "canalha", "p*ta" -> "puta"). */
function unleet(w: string): string | null {
  const plain = collapseRuns(w.replace(LEET_CHARS, (c) => LEET[c] ?? c));
  const star = plain.indexOf('*');
  if (star < 0) return LEET_TARGETS.has(plain) ? plain : null;
  if (plain.indexOf('*', star + 1) < 0) {
    for (const v of STAR_VOWELS) {
      const guess = plain.slice(0, star) + v + plain.slice(star + 1);
      if (LEET_TARGETS.has(guess)) return guess;
    }
  }
  return null;
}

/**
 * Normalise one comment: markup, links, mentions and invisible marks out; accents and case folded; laughter,
 * letter runs and abbreviations unified; emojis kept as their own tokens; "?" and "!" runs kept as one token.
 * Returns tokens joined by single spaces ("" when nothing is left).
 */
export function normalise(text: string, options?: NormaliseOptions): string {
  return normaliseTokens(text, options).join(' ');
}

export interface NormaliseOptions {
  /**
   * 'split' (the default): "#ForaBolsonaro" reads as "fora bolsonaro". 'whole': as one word, "forabolsonaro", the way
   * the shipped weights learned it (the trainer reads text so, and rebuilds them byte for byte; classifier/README.md).
   */
  hashtags?: 'split' | 'whole';
}

/** normalise() as a token array (the correction memory and tests use it; the classifier reads normaliseIds). */
export function normaliseTokens(text: string, options?: NormaliseOptions): string[] {
  if (!text) return [];
  const list = normaliseIds(text, options?.hashtags !== 'whole');
  return tokenStrings(list, list.n);
}

/** Token ids of a text, `ids[0..n)`, in a buffer that grows as needed. */
export interface TokenList {
  ids: Int32Array;
  n: number;
  /** capsRatio() of the text when the one-pass scan could count it on the way (else -1: call capsRatio). */
  caps: number;
}

const result: TokenList = { ids: new Int32Array(256), n: 0, caps: -1 };

/**
 * normaliseTokens() as vocabulary ids (vocab.ts): what the classifier consumes, so it never looks a token up by
 * its text. The list is reused: the next call overwrites it, and the ids are valid until the next text begins.
 *
 * One pass over the text in the common case: words are read in place and normalised through the word table
 * (case and accents included), so there is no whole-text lower-casing, folding or regular expression. Only when
 * the text has something that needs rewriting first (markup, an entity, a mention, an e-mail, a link, a price,
 * instalments, an invisible mark touching a word, a symbol with a compatibility form) is it scanned again after
 * the whole-text passes: the same result as if they had always run.
 */
export function normaliseIds(text: string, splitHashtags = true): TokenList {
  beginText();
  if (wordsEpoch !== vocabEpoch() || words.size >= WORDS_MAX) clearWords();
  result.n = 0;
  result.caps = -1;
  if (!text) return result;
  if (!(splitHashtags ? ALWAYS_PREPARE : ALWAYS_PREPARE_NO_HASHTAGS).test(text) && scan(text, result, false)) {
    // The scan saw every character: its letter counts are capsRatio's when the text fits capsRatio's window.
    if (text.length <= CAPS_WINDOW) result.caps = scannedLetters < 6 ? 0 : scannedUpper / scannedLetters;
    return result;
  }
  result.n = 0;
  scan(prepare(text, splitHashtags), result, true);
  return result;
}

/** The first n tokens of a list as text. Built by push, so the array is packed: join() takes V8's fast path on it. */
function tokenStrings(list: TokenList, n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(tokenText(list.ids[k] as number));
  return out;
}

function pushId(out: TokenList, id: number): void {
  if (out.n === out.ids.length) {
    const grown = new Int32Array(out.ids.length * 2);
    grown.set(out.ids);
    out.ids = grown;
  }
  out.ids[out.n++] = id;
}

/*
 * Words repeat across a page's comments, so each raw word (as it stands in the text: any case, accents, fancy
 * letters) is normalised once and remembered as the ids of its tokens, in a table looked up in place
 * (span-table.ts). At most WORDS_MAX words between texts: past that it starts over when the next text begins.
 */
const WORDS_MAX = 50_000;
const words = new SpanTable();
/** Values in `words`: -1 no token, an id (>= 0) for one token, or -2 - i for several, `multiIds[i]`. */
const NO_TOKEN = -1;
const multiIds: Int32Array[] = [];
let wordsEpoch = vocabEpoch();

/** Sizes of the normalisation caches (raw words remembered, tokens in the vocabulary) and word look-ups missed: for tests. */
export function normaliseCacheSizes(): { words: number; tokens: number; misses: number } {
  return { words: words.size, tokens: vocabSize(), misses: wordMisses };
}

let wordMisses = 0;

function clearWords(): void {
  words.clear();
  multiIds.length = 0;
  wordsEpoch = vocabEpoch();
}

/** Table value of a normal form ("" nothing, "linda" one token, "por favor" two). */
function encodeTokens(norm: string): number {
  if (norm.length === 0) return NO_TOKEN;
  if (!norm.includes(' ')) return tokenId(norm);
  multiIds.push(Int32Array.from(norm.split(' '), tokenId));
  return -1 - multiIds.length;
}

/** Push the token of the emoji s[i, end) (the emoji itself). */
function pushEmoji(out: TokenList, s: string, i: number, end: number): void {
  pushValue(out, s, i, end, false, words.get(s, i, end));
}

/** Push the tokens of the word s[i, end), whose table keys the scan computed while reading it (SpanTable.getScanned). */
function pushScannedWord(out: TokenList, s: string, i: number, end: number, lo: number, hi: number, hash: number): void {
  pushValue(out, s, i, end, true, words.getScanned(s, i, end, lo, hi, hash));
}

/**
 * Push the tokens of a word (normalised by normaliseRawWord) or, with `word` false, of an emoji, given what the
 * table holds for it (`found`; MISSING: work it out and remember it). A word and an emoji never share a key: a word
 * starts with a word character, an emoji with a pictograph.
 */
function pushValue(out: TokenList, s: string, i: number, end: number, word: boolean, found: number): void {
  let value = found;
  if (value === MISSING) {
    wordMisses++;
    const raw = s.slice(i, end);
    value = word ? encodeTokens(normaliseRawWord(raw)) : tokenId(raw);
    // normaliseRawWord may have stored words of its own (it scans symbol-split parts): look again before storing.
    if (words.get(s, i, end) === MISSING) words.set(s, i, end, value);
  }
  if (value >= 0) pushId(out, value);
  else if (value !== NO_TOKEN) {
    const ids = multiIds[-2 - value] as Int32Array;
    for (let k = 0; k < ids.length; k++) pushId(out, ids[k] as number);
  }
}

/** The whole-text passes, in order. Each runs only when its trigger character is present. */
function prepare(text: string, splitHashtags: boolean): string {
  let s = text;
  if (s.includes('<')) s = s.replace(HTML_TAG, ' ');
  if (s.includes('&')) s = s.replace(HTML_ENTITY, decodeEntity);
  // After the entities: "&#233;" is a letter, not a hashtag.
  if (splitHashtags && s.includes('#')) s = s.replace(HASHTAG, (_, body: string) => ` ${splitHashtag(body)} `);
  const nonAscii = NON_ASCII.test(s);
  if (nonAscii) s = s.replace(INVISIBLE, '');
  if (s.includes('@')) {
    if (mayBeLeetAt(s)) s = s.replace(LEET_AT, (m) => unleet(m.toLowerCase()) ?? m);
    if (EMAIL_HINT.test(s)) s = s.replace(EMAIL, ' _email_ ');
    s = s.replace(MENTION, ' _mention_ ');
  }
  if (MAYBE_URL.test(s)) s = s.replace(URL, ' _url_ ');
  if (s.includes('$')) s = s.replace(PRICE, ' _preco_ ');
  if (HAS_DIGIT.test(s)) s = s.replace(INSTALMENTS, ' _parcelas_ ');
  if (nonAscii) {
    s = foldLatin(s);
    if (NEEDS_NFKD.test(s)) s = s.normalize('NFKD').replace(COMBINING, '');
  }
  return s.toLowerCase();
}

/**
 * Hashtags are read as their words: "#ForaBolsonaro" as "fora bolsonaro", "#STFVergonhaNacional" as "stf vergonha
 * nacional", "#lulaladrao" as "lula ladrao", "#gratidaosempre" as "gratidao sempre". Political comments sign with
 * them, and whole they were words the model had never seen ("#ForaLula" was neutral). Capitals split first; a part
 * still long and in one case is split around the word lists' words inside it.
 */
const HASHTAG = /#([\p{L}\p{N}_]{2,60})/gu;
const CAMEL = /(\p{Ll})(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})|(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu;
let hashtagWords: { inside: RegExp; atEnd: RegExp } | null = null;
/** "#foralula" opens with "fora"; "#foram", "#forasteiro", "#foragido" do not. */
const FORA_FIRST = /^fora(?!m|steir|gid)[a-z]{3,}/;
function splitHashtag(body: string): string {
  const parts = body.replace(/_/g, ' ').replace(CAMEL, '$1$2$3$4 ').split(' ');
  return parts.map((part) => (part.length >= 7 ? splitOnWords(part.toLowerCase().normalize('NFD').replace(COMBINING, '')) : part)).join(' ');
}
/**
 * Long words of the lists split anywhere ("stfvergonhanacional"); short ones only at the end ("globolixo"), since
 * inside a word they are often letters of another ("santacatarina" has "anta", "cobranca" "cobra"); "fora" only first.
 */
function splitOnWords(part: string): string {
  const words = (hashtagWords ??= listWordsIn());
  const head = FORA_FIRST.test(part) ? 'fora ' : '';
  return (head + (head ? part.slice(4) : part))
    .replace(words.inside, ' $1 ')
    .split(' ')
    .filter(Boolean)
    .map((piece) => (piece.length >= 7 ? piece.replace(words.atEnd, '$1 $2') : piece))
    .join(' ');
}
function listWordsIn(): { inside: RegExp; atEnd: RegExp } {
  const words = [...new Set([...INSULTS, ...HOSTILE_PHRASES, ...PRAISE, ...VENTING].filter((w) => !w.includes(' ')))].sort((a, b) => b.length - a.length);
  return {
    inside: new RegExp(`(${words.filter((w) => w.length >= 6).join('|')})`, 'g'),
    atEnd: new RegExp(`^([a-z]{3,}?)(${words.filter((w) => w.length === 4 || w.length === 5).join('|')})$`),
  };
}

// ASCII character classes for the scan.
const C_SEP = 0;
const C_WORD = 1;
const C_QUESTION = 2;
const C_EXCLAIM = 3;
const C_TRIGGER = 4; // < & $ : the whole-text passes must run first
const C_AT = 5; // @: leet inside a word ("c@nalha"), else a mention or an e-mail
const C_SLASH = 6; // "//" of a link
const C_DOT = 7; // ".com", "www.": maybe a link
const C_STAR = 8; // "p*ta" inside a word
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z0-9_]/.test(ch) ? C_WORD : ch === '?' ? C_QUESTION : ch === '!' ? C_EXCLAIM : ch === '<' || ch === '&' || ch === '$' ? C_TRIGGER
    : ch === '@' ? C_AT : ch === '/' ? C_SLASH : ch === '.' ? C_DOT : ch === '*' ? C_STAR : C_SEP;
}

/** Non-ASCII code points: 1 = word character, 2 = invisible, 3 = needs the whole-text passes, 4 = emoji, 0 = separator. */
const U_SEP = 0;
const U_WORD = 1;
const U_INVISIBLE = 2;
const U_REWRITE = 3;
const U_EMOJI = 4;
/** Classes of the code points met so far in the BMP and plane 1 (where emojis live), -1 unknown yet. */
const CLASS_CACHE = new Int8Array(0x20000).fill(-1);
function classOf(cp: number): number {
  if (cp < 0x20000) {
    const known = CLASS_CACHE[cp] as number;
    if (known >= 0) return known;
    const k = classifyUncached(cp);
    CLASS_CACHE[cp] = k;
    return k;
  }
  return classifyUncached(cp);
}
function classifyUncached(cp: number): number {
  // Astral: skin tones and tag characters are cosmetic; fancy math letters need NFKD; the rest is emoji or not.
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return U_INVISIBLE;
  if (cp >= 0xe0020 && cp <= 0xe007f) return U_INVISIBLE;
  return classifyCodePoint(cp);
}
function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE_ONE.test(ch)) return U_INVISIBLE;
  if (cp >= 0x300 && cp <= 0x36f) return U_WORD; // combining accents: part of the word they follow
  if (WORD_CHAR.test(ch)) return U_WORD;
  if (NEEDS_NFKD.test(ch) && ch.normalize('NFKD') !== ch) return U_REWRITE;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return U_EMOJI;
  return PICTOGRAPHIC.test(ch) ? U_EMOJI : U_SEP;
}

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] === C_WORD;
  return classOf(s.codePointAt(i) as number) === U_WORD;
}

/**
 * Split text into normalised tokens: words (letters, digits, _, with "@" or "*" between letters), one pictographic
 * emoji each, flags (regional-indicator pairs), "?" / "!" runs as one "?" / "!". `prepared`: the whole-text passes
 * have run. Otherwise returns false as soon as it meets something they must handle (the caller starts over).
 */
function scan(s: string, out: TokenList, prepared: boolean): boolean {
  const n = s.length;
  let i = 0;
  let prevWord = false;
  // capsRatio's counts (CASE_BITS) of every code unit consumed, so that it need not read the text again. Units
  // consumed uncounted ("?"/"!" runs, ASCII separators, invisible marks, emojis) carry no CASE_BITS.
  let letters = 0;
  let upper = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const k = ASCII_CLASS[c] as number;
      if (k === C_WORD) {
        let end = i + 1;
        let digit = c >= 48 && c <= 57;
        let bits = CASE_BITS[c] as number;
        letters += bits & 1;
        upper += bits >> 1;
        // The word table's keys of s[i, end), kept up to date as the word grows (SpanTable.getScanned): the first
        // and next 4 code units packed, whether all are ASCII (wide < 128), and the hash.
        let lo = c;
        let hi = 0;
        let wide = c;
        let hash = fnvStep(FNV_OFFSET, c);
        for (;;) {
          if (end >= n) break;
          const d = s.charCodeAt(end);
          if (d < 128) {
            const kd = ASCII_CLASS[d] as number;
            if (kd === C_WORD) {
              if (d >= 48 && d <= 57) digit = true;
              bits = CASE_BITS[d] as number;
              letters += bits & 1;
              upper += bits >> 1;
              const at = end - i;
              if (at < 4) lo = packStep(lo, d);
              else if (at < 8) hi = packStep(hi, d);
              hash = fnvStep(hash, d);
              end++;
              continue;
            }
            // "p*ta": a star between two letters belongs to the word ("c@nalha" is for prepare())
            if (kd === C_STAR && end + 1 < n && isWordChar(s, end + 1)) {
              const e = s.charCodeAt(end + 1);
              bits = e < 0x250 ? (CASE_BITS[e] as number) : 0;
              letters += bits & 1;
              upper += bits >> 1;
              const at = end - i;
              if (at < 3) lo = packStep(packStep(lo, d), e);
              else if (at === 3) {
                lo = packStep(lo, d);
                hi = e;
              } else if (at < 7) hi = packStep(packStep(hi, d), e);
              else if (at === 7) hi = packStep(hi, d);
              wide |= e;
              hash = fnvStep(fnvStep(hash, d), e);
              end += 2;
              continue;
            }
            break;
          }
          const cp = s.codePointAt(end) as number;
          const kc = classOf(cp);
          if (kc === U_WORD) {
            bits = cp < 0x250 ? (CASE_BITS[cp] as number) : 0;
            letters += bits & 1;
            upper += bits >> 1;
            // Not ASCII: the word is looked up by its hash.
            wide |= d;
            hash = fnvStep(hash, d);
            if (cp > 0xffff) hash = fnvStep(hash, s.charCodeAt(end + 1));
            end += cp > 0xffff ? 2 : 1;
            continue;
          }
          if (kc === U_INVISIBLE && !prepared) return false; // a mark inside or after a word: remove it first
          break;
        }
        if (digit && !prepared) {
          // "12x", "12 x de": instalments
          const x = s.charCodeAt(end) === 32 ? s.charCodeAt(end + 1) : s.charCodeAt(end);
          if (x === 120 || x === 88) return false;
          for (let j = i; j < end; j++) {
            const e = s.charCodeAt(j);
            if (e === 120 || e === 88) return false;
          }
        }
        pushScannedWord(out, s, i, end, wide < 128 ? lo : -1, hi, hash);
        i = end;
        prevWord = true;
        continue;
      }
      if (k === C_QUESTION || k === C_EXCLAIM) {
        let end = i + 1;
        while (end < n && s.charCodeAt(end) === c) end++;
        pushId(out, k === C_QUESTION ? QUESTION_ID : EXCLAIM_ID);
        i = end;
        prevWord = true;
        continue;
      }
      if (!prepared) {
        if (k === C_TRIGGER || k === C_AT) return false;
        if (k === C_SLASH && s.charCodeAt(i + 1) === 47) return false;
        if (k === C_DOT && i + 1 < n && ASCII_CLASS[s.charCodeAt(i + 1) & 127] === C_WORD && s.charCodeAt(i + 1) < 128) return false;
      }
      i++;
      prevWord = false;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const kc = classOf(cp);
    // "×" and "÷" are separators here but letters to capsRatio; every other unit it counts is in a word.
    let bits = cp < 0x250 ? (CASE_BITS[cp] as number) : 0;
    letters += bits & 1;
    upper += bits >> 1;
    if (kc === U_WORD) {
      let end = i + len;
      // Not ASCII: the word table looks it up by its hash, computed here with the rest of the word (isWordChar).
      let hash = fnvStep(FNV_OFFSET, c);
      if (len === 2) hash = fnvStep(hash, s.charCodeAt(i + 1));
      while (end < n) {
        const e = s.charCodeAt(end);
        if (e < 128) {
          if (ASCII_CLASS[e] !== C_WORD) break;
          bits = CASE_BITS[e] as number;
          hash = fnvStep(hash, e);
          end++;
        } else {
          const ep = s.codePointAt(end) as number;
          if (classOf(ep) !== U_WORD) break;
          bits = ep < 0x250 ? (CASE_BITS[ep] as number) : 0;
          hash = fnvStep(hash, e);
          if (ep > 0xffff) hash = fnvStep(hash, s.charCodeAt(end + 1));
          end += ep > 0xffff ? 2 : 1;
        }
        letters += bits & 1;
        upper += bits >> 1;
      }
      if (!prepared && end < n && s.charCodeAt(end) >= 128 && classOf(s.codePointAt(end) as number) === U_INVISIBLE) return false;
      pushScannedWord(out, s, i, end, -1, 0, hash);
      i = end;
      prevWord = true;
      continue;
    }
    if (kc === U_INVISIBLE) {
      if (prevWord && !prepared) return false;
      i += len;
      continue;
    }
    if (kc === U_REWRITE && !prepared) return false;
    if (kc === U_EMOJI) {
      let end = i + len;
      if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
        const next = s.codePointAt(end);
        if (next !== undefined && next >= 0x1f1e6 && next <= 0x1f1ff) end += 2;
      }
      pushEmoji(out, s, i, end);
      i = end;
      prevWord = false;
      continue;
    }
    i += len;
    prevWord = false;
  }
  if (!prepared) {
    scannedLetters = letters;
    scannedUpper = upper;
  }
  return true;
}

/** capsRatio's counts from the last one-pass scan that completed. */
let scannedLetters = 0;
let scannedUpper = 0;

/**
 * What capsRatio counts, by char code below 0x250: bit 0 a letter (A-Z, a-z, U+00C0-U+024F), bit 1 an upper-case
 * one (A-Z, U+00C0-U+00DE). A table read instead of range tests: this loop sees every character of every comment.
 */
const CASE_BITS = new Uint8Array(0x250);
for (let c = 65; c <= 90; c++) CASE_BITS[c] = 3;
for (let c = 97; c <= 122; c++) CASE_BITS[c] = 1;
for (let c = 0xc0; c <= 0x24f; c++) CASE_BITS[c] = c <= 0xde ? 3 : 1;

/** capsRatio looks at the first CAPS_WINDOW characters. */
const CAPS_WINDOW = 2000;

/** Share of upper-case letters among the letters of the raw text (0 when it has fewer than 6 letters). */
export function capsRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  const n = Math.min(text.length, CAPS_WINDOW);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250) {
      const bits = CASE_BITS[c] as number;
      letters += bits & 1;
      upper += bits >> 1;
    }
  }
  return letters < 6 ? 0 : upper / letters;
}
