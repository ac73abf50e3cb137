/*
 * Normalisation of Brazilian Portuguese social-media text into a stable, space-separated token string.
 *
 * The same function runs at training time (scripts/train-classifier.ts) and in the page, so anything the model
 * learned about "vc", "lindaaaa" or "NÃO CONSIGO" applies to every spelling of it. Pure string work: no DOM,
 * no locale-dependent APIs beyond String.prototype.normalize, every regular expression linear in the input.
 */

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
const COMBINING = /[\u0300-\u036f]/g;
const LATIN = /[\u00A0-\u017F]/g;
const LATIN_FOLD: string[] = [];
for (let c = 0xa0; c <= 0x17f; c++) LATIN_FOLD.push(String.fromCharCode(c).normalize('NFKD').replace(COMBINING, ''));
function foldLatin(ch: string): string {
  return LATIN_FOLD[ch.charCodeAt(0) - 0xa0] ?? ch;
}
/** Combining marks, other scripts, punctuation like ‼, letter-like symbols, CJK/fullwidth forms, math alphanumerics. */
const NEEDS_NFKD = /[\u0300-\u036F\u0180-\u24FF\u3000-\uD7FF\uF900-\uFFEF]|\uD835/;
const HTML_TAG = /<\/?[a-zA-Z!][^<>]{0,400}>/g;
const HTML_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]{2,}\.(?:com\.br|com|net|org|br|ly|me|io|site|online|app)(?:\/[^\s<>"]*)?/gi;
const EMAIL = /[^\s@<>]{1,64}@[^\s@<>]{1,255}\.[a-z]{2,}/gi;
const MENTION = /@[\p{L}\p{N}_.]{1,40}/gu;
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

const ENTITY_TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': ' ' };

function decodeEntity(entity: string): string {
  const known = ENTITY_TEXT[entity];
  if (known !== undefined) return known;
  const code = entity[2] === 'x' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
  // Lone surrogates and out-of-range code points would throw in fromCodePoint: such text is noise.
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/** Words repeat across a page's comments: remembering their normal form makes normalising mostly look-ups. */
const wordCache = new Map<string, string>();
const WORD_CACHE_MAX = 50_000;

function normaliseWord(word: string): string {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  const out = normaliseWordUncached(word);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(word, out);
  return out;
}

function normaliseWordUncached(word: string): string {
  if (LETTERS_ONLY.test(word)) {
    if (word.length >= LAUGH_MIN || word === 'kk') {
      if (LAUGHTER.test(word)) return '_riso_';
    }
    // "lindaaaa" -> "linda", "porrrra" -> "porra", "lindaa" -> "linda"; Portuguese keeps rr, ss and inner double vowels.
    let w = word;
    if (w.length > 2) w = w.replace(RUN_RS, '$1$1').replace(RUN_ANY, '$1').replace(RUN_VOWEL, '$1');
    return ABBREVIATIONS.get(w) ?? w;
  }
  if (DIGITS.test(word)) return word.length <= 2 ? word : '_num_';
  return ABBREVIATIONS.get(word) ?? word;
}

/**
 * Normalise one comment: markup, links, mentions and invisible marks out; accents and case folded; laughter,
 * letter runs and abbreviations unified; emojis kept as their own tokens; "?" and "!" runs kept as one token.
 * Returns tokens joined by single spaces ("" when nothing is left).
 */
export function normalise(text: string): string {
  return normaliseTokens(text).join(' ');
}

/** normalise() as a token array (what the classifier consumes; spares it a join and a split). */
export function normaliseTokens(text: string): string[] {
  if (!text) return [];
  // Each pass runs only when its trigger character is present: most comments skip most passes.
  let s = text;
  if (s.includes('<')) s = s.replace(HTML_TAG, ' ');
  if (s.includes('&')) s = s.replace(HTML_ENTITY, decodeEntity);
  const nonAscii = NON_ASCII.test(s);
  if (nonAscii) s = s.replace(INVISIBLE, '');
  if (s.includes('@')) s = s.replace(EMAIL, ' _email_ ').replace(MENTION, ' _mention_ ');
  if (MAYBE_URL.test(s)) s = s.replace(URL, ' _url_ ');
  if (s.includes('$')) s = s.replace(PRICE, ' _preco_ ');
  if (HAS_DIGIT.test(s)) s = s.replace(INSTALMENTS, ' _parcelas_ ');
  if (nonAscii) {
    // Latin-1 and Latin Extended-A (accents, º, ª, ², nbsp: nearly all of pt-BR) through a table; full NFKD only when other scripts or "fancy"
    // letters (𝓵𝓲𝓷𝓭𝓪, ｆｕｌｌｗｉｄｔｈ, ①) are present: it folds them to plain ones but costs more.
    s = s.replace(LATIN, foldLatin);
    if (NEEDS_NFKD.test(s)) s = s.normalize('NFKD').replace(COMBINING, '');
  }
  s = s.toLowerCase();
  return tokenise(s);
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/**
 * Split lower-cased text into tokens, each normalised: words (letters, digits, _), one pictographic emoji each,
 * flags (regional-indicator pairs), and "?" / "!" runs as one "?" / "!" (signals of doubt and shouting). Hand
 * written rather than one Unicode-property regex: this loop is the classifier's hottest path.
 */
function tokenise(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let token: string | null = null;
    let end = i + 1;
    if (c < 128) {
      if (isAsciiWord(c)) {
        while (end < n && isWordAt(s, end)) end++;
        token = normaliseWord(s.slice(i, end));
      } else if (c === 63 || c === 33) {
        while (end < n && s.charCodeAt(end) === c) end++;
        token = c === 63 ? '?' : '!';
      }
    } else {
      const cp = s.codePointAt(i) as number;
      const len = cp > 0xffff ? 2 : 1;
      const ch = s.slice(i, i + len);
      end = i + len;
      if (WORD_CHAR.test(ch)) {
        while (end < n && isWordAt(s, end)) end += (s.codePointAt(end) as number) > 0xffff ? 2 : 1;
        token = normaliseWord(s.slice(i, end));
      } else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
        const next = s.codePointAt(end);
        if (next !== undefined && next >= 0x1f1e6 && next <= 0x1f1ff) end += 2;
        token = s.slice(i, end);
      } else if (PICTOGRAPHIC.test(ch)) token = ch;
    }
    if (token !== null) {
      // Abbreviations can expand to two words ("oq" -> "o que").
      if (token.includes(' ')) for (const part of token.split(' ')) out.push(part);
      else out.push(token);
    }
    i = end;
  }
  return out;
}

function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiWord(c);
  const cp = s.codePointAt(i) as number;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Share of upper-case letters among the letters of the raw text (0 when it has fewer than 6 letters). */
export function capsRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  const n = Math.min(text.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      letters++;
      if (c >= 0xc0 && c <= 0xde) upper++;
    }
  }
  return letters < 6 ? 0 : upper / letters;
}
