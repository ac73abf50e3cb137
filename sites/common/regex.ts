/**
 * Packs keep regexes as strings (JSON-safe); adapters compile them once. Texts on the sites are matched
 * case-insensitively and with Unicode semantics ("Comentário", "…").
 */
export function compile(source: string, flags = 'iu'): RegExp {
  return new RegExp(source, flags);
}

export function compileAll(sources: readonly string[], flags = 'iu'): RegExp[] {
  return sources.map((s) => compile(s, flags));
}

/** The first capture group of the first pattern that matches, or undefined. */
export function firstCapture(patterns: readonly RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[1] ?? m[0];
  }
  return undefined;
}

/** Does `text` exactly equal one of `texts` (after trimming), ignoring case? For button captions. */
export function captionIs(texts: readonly string[], text: string): boolean {
  const t = text.trim().toLowerCase();
  return texts.some((x) => x.toLowerCase() === t);
}
