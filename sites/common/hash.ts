/**
 * Stable id for comments whose site exposes none: a 53-bit hash (cyrb53) of author + text. Same comment, same
 * id on every visit, so corrections and statuses stay attached to it.
 */
export function cyrb53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `h-<base36>`: the prefix keeps hashed ids apart from site ids. */
export function contentId(author: string, text: string): string {
  return `h-${cyrb53(`${author}\u0000${text}`).toString(36)}`;
}
