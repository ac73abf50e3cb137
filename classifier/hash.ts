/*
 * The classifier's hashes, one copy each: the model's feature buckets (features.ts) and the raw-word cache
 * (span-table.ts) use the same two.
 */

/** FNV-1a, 32-bit. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step over a UTF-16 code unit, as an int32. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** Mixes two 32-bit values into one well-spread unsigned 32-bit value (a word pair, or a packed key's halves). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
