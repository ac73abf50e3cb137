import { describe, expect, it } from 'vitest';
import { classify, normalise } from '../../../classifier/index';
import { capsRatio, normaliseCacheSizes, normaliseIds, normaliseTokens } from '../../../classifier/normalise';
import { keyOnlyRules, matchRules, RULES, rulesForToken } from '../../../classifier/rules';
import { MISSING, SpanTable } from '../../../classifier/span-table';
import { VOCAB_MAX, vocabEpoch } from '../../../classifier/vocab';

/** Seeded pseudo-random numbers in [0, 1): the same words on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'ABCxyz019_*@', 'áéíóúãõçÀÉ', 'ßслово', '\u0000\u0001\u007f', '😀🤡'];

function randomWord(rnd: () => number): string {
  const alphabet = ALPHABETS[Math.floor(rnd() * ALPHABETS.length)] as string;
  const chars = Array.from(alphabet);
  const len = 1 + Math.floor(rnd() * (rnd() < 0.8 ? 8 : 30));
  let w = '';
  for (let k = 0; k < len; k++) w += chars[Math.floor(rnd() * chars.length)];
  return w;
}

describe('SpanTable: raw word -> value cache keyed in place', () => {
  it('agrees with a Map on varied spans (1-2 chars, 3-8 ASCII, long, accented, other scripts, emoji)', () => {
    const table = new SpanTable(4);
    const reference = new Map<string, number>();
    const rnd = random(7);
    let wrong = 0;
    for (let k = 0; k < 20_000; k++) {
      const w = randomWord(rnd);
      // The span sits inside a longer text, as a word does in a comment.
      const text = `${'x'.repeat(k % 3)}${w}${'yz'.slice(0, k % 2)}`;
      const i = k % 3;
      const expected = reference.get(w) ?? MISSING;
      if (table.get(text, i, i + w.length) !== expected) wrong++;
      if (expected === MISSING) {
        if (!table.set(text, i, i + w.length, k)) wrong++;
        reference.set(w, k);
      }
    }
    expect(reference.size).toBeGreaterThan(5_000);
    expect(table.size).toBe(reference.size);
    for (const [w, v] of reference) if (table.get(` ${w} `, 1, 1 + w.length) !== v) wrong++;
    expect(wrong).toBe(0);
  });

  it('tells apart spans whose packed codes could look alike', () => {
    const table = new SpanTable();
    const words = ['abc', 'abc\u0000', '\u0000abc', 'ab', 'a', 'abcdefgh', 'abcdefg', 'bcdefgh', 'abcdefghi', 'aaaa', 'aaaaa'];
    words.forEach((w, n) => table.set(w, 0, w.length, n));
    words.forEach((w, n) => expect(table.get(w, 0, w.length)).toBe(n));
    expect(table.get('abd', 0, 3)).toBe(MISSING);
  });

  it('stays bounded: past its slots it stores nothing more, and what it holds stays right', () => {
    const table = new SpanTable(4, 64);
    let stored = 0;
    for (let k = 0; k < 1_000; k++) {
      const w = `palavra${k}`;
      if (table.set(w, 0, w.length, k)) stored++;
    }
    // At most half of 64 slots in each hashed table (7 and 8 characters are packed, longer ones are hashed).
    expect(stored).toBeLessThanOrEqual(64);
    expect(table.size).toBe(stored);
    for (let k = 0; k < 1_000; k++) {
      const w = `palavra${k}`;
      const v = table.get(w, 0, w.length);
      expect(v === MISSING || v === k).toBe(true);
    }
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('palavra1', 0, 8)).toBe(MISSING);
  });
});

const SAMPLE = [
  'NÃO CONSIGO ACESSAR a área de membros!!!',
  'lindaaaa ❤️🔥 vc é demais kkkkk',
  '@ana olha isso https://exemplo.com/x?y=1',
  'quanto custa? R$ 497 ou 12x de 49,70',
  'seu c@nalha, p*ta que pariu, L1X0',
  'l\u200Bi\u200Dxo \u202Eok\u202C &amp; <b>oi</b>',
  'ｌｉｎｄａ 𝐥𝐢𝐧𝐝𝐚 ½ straße слово',
  'pq q vc n responde? tbm qro saber oq é isso hj',
  '',
  '🤡🤮',
];

describe('normalisation caches', () => {
  it('find every word again: the same texts a second time miss nothing and add nothing', () => {
    const texts = [...SAMPLE, 'p*ta P*TA abcd*efgh abcdefg*h palavra*grande', 'é*a ação AÇÃO×DÃO straße 𝐥𝐢𝐱𝐨', 'a ab abc abcdefgh abcdefghi'];
    const first = texts.map((t) => normalise(t));
    const sizes = normaliseCacheSizes();
    expect(texts.map((t) => normalise(t))).toEqual(first);
    expect(normaliseCacheSizes()).toEqual(sizes);
  });

  it('give the same tokens on repeated and varied input, and after starting over when full', () => {
    const first = SAMPLE.map((t) => normalise(t));
    expect([...SAMPLE].reverse().map((t) => normalise(t))).toEqual([...first].reverse());
    const epoch = vocabEpoch();
    // More distinct words than the caches keep: they start over (between texts) and stay bounded.
    for (let k = 0; k < 130; k++) {
      const text = Array.from({ length: 1_000 }, (_, j) => `w${k}q${j}z`).join(' ');
      const tokens = normaliseTokens(text);
      expect(tokens.length).toBe(1_000);
      const sizes = normaliseCacheSizes();
      expect(sizes.tokens).toBeLessThanOrEqual(VOCAB_MAX + 1_000);
      expect(sizes.words).toBeLessThanOrEqual(50_000 + 1_000);
    }
    expect(vocabEpoch()).toBeGreaterThan(epoch);
    expect(SAMPLE.map((t) => normalise(t))).toEqual(first);
  });

  it('classify gives identical results, evidence included, before and after the caches start over', () => {
    const before = SAMPLE.map((t) => classify(t));
    const epoch = vocabEpoch();
    for (let k = 0; k < 60; k++) normalise(Array.from({ length: 1_000 }, (_, j) => `v${k}q${j}z`).join(' '));
    expect(vocabEpoch()).toBeGreaterThan(epoch);
    expect(SAMPLE.map((t) => classify(t))).toEqual(before);
    expect([...SAMPLE].reverse().map((t) => classify(t))).toEqual([...before].reverse());
  });
});

describe('capitals counted during the one-pass scan', () => {
  it('equal capsRatio, on every text the scan counts', () => {
    const rnd = random(11);
    const pieces = ['LINDO', 'lindo', 'AÇÃO', 'ação', '×', '÷', 'Ø', 'ß', 'ǅ', 'P*TA', 'p*Ta', 'É*A', '😀', '👏🏽', '🇧🇷', '?!', ' ', '\n', ',', 'kkkk', 'Straße', 'СЛОВО', '𝐋𝐈𝐗𝐎', 'x\u0301', 'ÀÉÎÕÜ', 'àéîõü'];
    let counted = 0;
    let wrong = 0;
    for (let k = 0; k < 3_000; k++) {
      let text = '';
      const target = k % 50 === 0 ? 1_990 + Math.floor(rnd() * 20) : Math.floor(rnd() * 80);
      while (text.length < target) text += pieces[Math.floor(rnd() * pieces.length)];
      const caps = normaliseIds(text).caps;
      if (caps < 0) continue;
      counted++;
      if (caps !== capsRatio(text)) wrong++;
    }
    expect(counted).toBeGreaterThan(1_000);
    expect(wrong).toBe(0);
  });
});

describe('rules matched by key alone', () => {
  it('are the rules whose pattern is just one of their keys as a token', () => {
    const keyOnly = keyOnlyRules().map((i) => RULES[i]?.evidence);
    expect(keyOnly).toEqual(expect.arrayContaining(['pergunta (?)', 'preço', '❤️ 👏 🔥', '🤡 / 🤮']));
    for (const i of keyOnlyRules()) {
      const rule = RULES[i];
      for (const key of rule?.keys ?? []) expect(rule?.re.test(` _mention_ ${key} ok `)).toBe(true);
    }
  });

  it('match exactly as trying every candidate rule\'s regular expression would', () => {
    const texts = [...SAMPLE, 'quanto custa?', 'amei ❤️ 👏', 'R$ 10 à vista?', 'que palhaçada 🤡', 'como faço pra comprar? 🤔', '@a @b'];
    for (const text of texts) {
      const tokens = normaliseTokens(text);
      const padded = ` ${tokens.join(' ')} `;
      const candidates = new Set(tokens.flatMap((t) => rulesForToken(t) ?? []));
      const expected = RULES.filter((rule, i) => candidates.has(i) && rule.re.test(padded));
      expect(matchRules(tokens)).toEqual(expected);
    }
  });
});
