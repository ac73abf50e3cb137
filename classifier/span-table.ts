/*
 * A cache from spans of text to small integers, looked up where the span stands: `get(s, i, end)` reads s[i, end)
 * in place, so a word met again costs no new string (normalise.ts keeps each raw word's token ids here), and
 * `getScanned` takes the keys from a scanner that computed them while reading the span, so it need not read it
 * again. Every hit is exact, never a guess from a hash:
 *
 * - ASCII spans of 1 or 2 characters ("a", "vc", "de") sit in a direct table indexed by their codes.
 * - ASCII spans of 3 to 8 characters (most words) are keyed by their codes packed 7 bits each into two int32s,
 *   with the length: equal keys are equal spans, so no string is kept or compared.
 * - Other spans are keyed by an FNV-1a hash and confirmed character by character against the stored text.
 *
 * The two hashed tables use open addressing with linear probing over one Int32Array each (a probe reads one cache
 * line); each starts small and doubles while at most half full, up to `maxSlots` slots; past that, set() stores
 * nothing and returns false (callers then simply compute again).
 */

import { FNV_OFFSET, fnvStep, mix } from './hash';

/** What get() returns for a span it does not hold. Never a stored value. */
export const MISSING = -0x80000000;

const SHORT_SIZE = 128 + 128 * 128;
/** Packed table entry: key (low chars), key (high chars and length), value. */
const P = 3;
/** Hashed table entry: hash, value. */
const H = 2;

export class SpanTable {
  private short = new Int32Array(SHORT_SIZE).fill(MISSING);
  private packed: Int32Array;
  private packedMask: number;
  private packedCount = 0;
  private hashed: Int32Array;
  private hashedKeys: string[];
  private hashedMask: number;
  private hashedCount = 0;
  private count = 0;

  constructor(
    private readonly initialSlots = 1 << 11,
    private readonly maxSlots = 1 << 18,
  ) {
    this.packed = newTable(initialSlots, P);
    this.packedMask = initialSlots - 1;
    this.hashed = newTable(initialSlots, H);
    this.hashedKeys = new Array<string>(initialSlots).fill('');
    this.hashedMask = initialSlots - 1;
  }

  /** Number of spans stored. */
  get size(): number {
    return this.count;
  }

  /** The value stored for s[i, end), or MISSING. */
  get(s: string, i: number, end: number): number {
    const len = end - i;
    if (len <= 8 && len > 0) {
      if (len <= 2) {
        const at = shortIndex(s, i, len);
        if (at >= 0) return this.short[at] as number;
      } else {
        const lo = packLow(s, i, len);
        const hi = lo < 0 ? -1 : packHigh(s, i, len);
        if (hi >= 0) return this.getPacked(lo, hi);
      }
    }
    return this.getHashed(s, i, end, hashSpan(s, i, end));
  }

  /**
   * get(), for a scanner that has read the span already and computed its keys on the way: `lo` and `hi` its first
   * and next (up to) 4 code units packed 7 bits each (packStep), lo = -1 when one of them is not ASCII; `hash` the
   * span's fnvStep() hash from FNV_OFFSET. The span's characters are then read again only to confirm a long or
   * non-ASCII span.
   */
  getScanned(s: string, i: number, end: number, lo: number, hi: number, hash: number): number {
    const len = end - i;
    if (lo >= 0 && len <= 8 && len > 0) {
      if (len === 1) return this.short[lo] as number;
      if (len === 2) return this.short[128 + lo] as number;
      return this.getPacked(lo, hi | ((len - 3) << 28));
    }
    return this.getHashed(s, i, end, hash);
  }

  private getPacked(lo: number, hi: number): number {
    const t = this.packed;
    const mask = this.packedMask;
    for (let slot = mix(lo, hi) & mask; ; slot = (slot + 1) & mask) {
      const value = t[P * slot + 2] as number;
      if (value === MISSING || (t[P * slot] === lo && t[P * slot + 1] === hi)) return value;
    }
  }

  private getHashed(s: string, i: number, end: number, h: number): number {
    const len = end - i;
    const t = this.hashed;
    const mask = this.hashedMask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const value = t[H * slot + 1] as number;
      if (value === MISSING) return MISSING;
      if (t[H * slot] === h) {
        const key = this.hashedKeys[slot] as string;
        // Same length and s continues with the key at i: the same span (a native comparison, not a loop here).
        if (key.length === len && s.startsWith(key, i)) return value;
      }
    }
  }

  /** Store `value` (not MISSING) for s[i, end), which get() just did not find. False when the table is full. */
  set(s: string, i: number, end: number, value: number): boolean {
    const len = end - i;
    if (len <= 8 && len > 0) {
      if (len <= 2) {
        const at = shortIndex(s, i, len);
        if (at >= 0) {
          this.short[at] = value;
          this.count++;
          return true;
        }
      } else {
        const lo = packLow(s, i, len);
        const hi = lo < 0 ? -1 : packHigh(s, i, len);
        if (hi >= 0) {
          if (2 * (this.packedCount + 1) > this.packedMask + 1 && !this.growPacked()) return false;
          insertPacked(this.packed, this.packedMask, lo, hi, value);
          this.packedCount++;
          this.count++;
          return true;
        }
      }
    }
    if (2 * (this.hashedCount + 1) > this.hashedMask + 1 && !this.growHashed()) return false;
    insertHashed(this.hashed, this.hashedKeys, this.hashedMask, hashSpan(s, i, end), s.slice(i, end), value);
    this.hashedCount++;
    this.count++;
    return true;
  }

  /** Forget everything (and give the memory of grown tables back). */
  clear(): void {
    this.short.fill(MISSING);
    this.packed = newTable(this.initialSlots, P);
    this.packedMask = this.initialSlots - 1;
    this.hashed = newTable(this.initialSlots, H);
    this.hashedKeys = new Array<string>(this.initialSlots).fill('');
    this.hashedMask = this.initialSlots - 1;
    this.packedCount = 0;
    this.hashedCount = 0;
    this.count = 0;
  }

  private growPacked(): boolean {
    const slots = this.packedMask + 1;
    if (slots >= this.maxSlots) return false;
    const old = this.packed;
    this.packed = newTable(2 * slots, P);
    this.packedMask = 2 * slots - 1;
    for (let k = 0; k < slots; k++) {
      const value = old[P * k + 2] as number;
      if (value !== MISSING) insertPacked(this.packed, this.packedMask, old[P * k] as number, old[P * k + 1] as number, value);
    }
    return true;
  }

  private growHashed(): boolean {
    const slots = this.hashedMask + 1;
    if (slots >= this.maxSlots) return false;
    const old = this.hashed;
    const oldKeys = this.hashedKeys;
    this.hashed = newTable(2 * slots, H);
    this.hashedKeys = new Array<string>(2 * slots).fill('');
    this.hashedMask = 2 * slots - 1;
    for (let k = 0; k < slots; k++) {
      const value = old[H * k + 1] as number;
      if (value !== MISSING) insertHashed(this.hashed, this.hashedKeys, this.hashedMask, old[H * k] as number, oldKeys[k] as string, value);
    }
    return true;
  }
}

function newTable(slots: number, width: number): Int32Array {
  const t = new Int32Array(slots * width);
  for (let k = width - 1; k < t.length; k += width) t[k] = MISSING;
  return t;
}

function insertPacked(t: Int32Array, mask: number, lo: number, hi: number, value: number): void {
  let slot = mix(lo, hi) & mask;
  while (t[P * slot + 2] !== MISSING) slot = (slot + 1) & mask;
  t[P * slot] = lo;
  t[P * slot + 1] = hi;
  t[P * slot + 2] = value;
}

function insertHashed(t: Int32Array, keys: string[], mask: number, h: number, key: string, value: number): void {
  let slot = h & mask;
  while (t[H * slot + 1] !== MISSING) slot = (slot + 1) & mask;
  t[H * slot] = h;
  t[H * slot + 1] = value;
  keys[slot] = key;
}

/** Direct-table index of a 1- or 2-character ASCII span, else -1. */
function shortIndex(s: string, i: number, len: number): number {
  const a = s.charCodeAt(i);
  if (len === 1) return a < 128 ? a : -1;
  const b = s.charCodeAt(i + 1);
  return (a | b) < 128 ? 128 + a * 128 + b : -1;
}

/** Codes of the first (up to) 4 characters, 7 bits each (packStep); -1 if one is not ASCII. */
function packLow(s: string, i: number, len: number): number {
  let key = 0;
  let any = 0;
  for (let k = 0; k < 4 && k < len; k++) {
    const c = s.charCodeAt(i + k);
    any |= c;
    key = packStep(key, c);
  }
  return any < 128 ? key : -1;
}

/** One more ASCII code unit into a packed key. */
export function packStep(key: number, code: number): number {
  return (key << 7) | code;
}

/** Codes of characters 5 to 8, 7 bits each, and the length - 3 in bits 28-30 ("abc" is not "abc\0"); -1 if one is not ASCII. */
function packHigh(s: string, i: number, len: number): number {
  let key = 0;
  let any = 0;
  for (let k = 4; k < len; k++) {
    const c = s.charCodeAt(i + k);
    any |= c;
    key = packStep(key, c);
  }
  return any < 128 ? key | ((len - 3) << 28) : -1;
}

/** FNV-1a over the UTF-16 code units of s[i, end), as an int32: FNV_OFFSET, then fnvStep per unit. */
function hashSpan(s: string, i: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = i; k < end; k++) h = fnvStep(h, s.charCodeAt(k));
  return h;
}


