/**
 * The UI speaks pt-BR first, English second. Strings are written in place as tr('pt', 'en'), so each screen
 * keeps its words next to its markup; the locale comes from settings (default pt-BR) or the browser.
 */
export type Locale = 'pt-BR' | 'en';

let current: Locale = detectLocale();

function detectLocale(): Locale {
  const lang = typeof navigator === 'undefined' ? 'pt-BR' : navigator.language || 'pt-BR';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function tr(pt: string, en: string): string {
  return current === 'en' ? en : pt;
}

/** Picks from a {pt, en} pair such as LABEL_NAMES entries. */
export function trPair(pair: { pt: string; en: string }): string {
  return current === 'en' ? pair.en : pair.pt;
}

/**
 * "1 comentário", "3 comentários", "0 comentários": Portuguese and English both use the singular for exactly one
 * (pt-BR also says "0 comentários"). Each form is the whole phrase after the number, so agreement stays in the words.
 */
export function count(n: number, [pt1, ptN]: [string, string], [en1, enN]: [string, string]): string {
  return `${n} ${n === 1 ? tr(pt1, en1) : tr(ptN, enN)}`;
}
