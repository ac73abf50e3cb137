/*
 * Content hashes of a print. textHash recognises the same comment captured twice (even with a different crop,
 * with or without replies, or after the site re-rendered it); imageHash recognises the very same image.
 */

/** Lower case, accents and punctuation-only differences removed, whitespace collapsed. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\ufeff]+/g, ' ')
    .trim();
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Same site + same author + same words = same comment, whichever page or crop it was captured from. */
export function textHashInput(site: string, author: string, text: string): string {
  return `${site}\u0000${normaliseForHash(author)}\u0000${normaliseForHash(text)}`;
}

export function textHash(site: string, author: string, text: string): Promise<string> {
  return sha256Hex(textHashInput(site, author, text));
}

/** What a print's textHash is made of. */
export interface PrintHashSubject {
  site: string;
  postUrl: string;
  authorName: string;
  text: string;
  redacted: boolean;
  /** A free-area print: the rectangle drawn on the page. */
  area?: { x: number; y: number; width: number; height: number };
}

/**
 * The textHash of a new print. A free area has no author: its identity is the page plus the place on it. A print
 * with the author blurred leaves the name out: the hash travels with the print to Drive, and a name is easily
 * guessed back from a hash of name and words. (A blurred and a clear print of one comment then differ here; they
 * are matched by the comment they show, see findDuplicateOf.)
 */
export function printTextHash(p: PrintHashSubject): Promise<string> {
  if (p.area) {
    const { x, y, width, height } = p.area;
    return textHash(`area:${p.site}`, p.redacted ? '' : p.authorName, `${p.postUrl}#${Math.round(x)},${Math.round(y)},${Math.round(width)}x${Math.round(height)} ${p.text}`);
  }
  return textHash(p.site, p.redacted ? '' : p.authorName, p.text);
}
