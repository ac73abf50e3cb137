import { isWebProtocol, type Site } from '../domain';
import { tr } from '../i18n';
import { detectSite } from '../site-of-url';

export { detectSite };

/*
 * Parsing a pasted or imported list of URLs into sweep items. One URL per line, optionally followed by a title
 * (separated by a tab, ";" or " | "), so a column copied from a spreadsheet works. Lines starting with # are
 * comments. Every bad line gets its own message; good lines are never lost because of a bad one.
 */

export interface ParsedUrl {
  line: number;
  url: string;
  site: Site;
  title?: string;
}

export interface UrlLineError {
  line: number;
  text: string;
  error: string;
}

export interface UrlListResult {
  items: ParsedUrl[];
  errors: UrlLineError[];
  /** Lines skipped because the same URL came earlier in the list or is already in the sweep list. */
  duplicates: { line: number; url: string }[];
}

/** Turns a page URL into the canonical URL comments are filed under (the site adapter's postUrl). */
export type Canonicalise = (site: Site, url: URL) => string;

const MAX_LINES = 2_000;
const NOT_AN_ADDRESS = () => tr('Não é um endereço válido (ex.: https://www.instagram.com/p/ABC123/).', 'Not a valid address (e.g. https://www.instagram.com/p/ABC123/).');

/** Short and mobile forms the adapters do not know, rewritten to the canonical host. */
function expandShortForms(url: URL): URL {
  const host = url.hostname.toLowerCase();
  if (host === 'youtu.be') {
    const id = url.pathname.split('/')[1];
    if (id) return new URL(`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`);
  }
  if (host === 'm.youtube.com' || host === 'youtube.com' || host === 'music.youtube.com') {
    return new URL(`https://www.youtube.com${url.pathname}${url.search}`);
  }
  if (host === 'm.facebook.com' || host === 'facebook.com' || host === 'web.facebook.com' || host === 'mobile.facebook.com') {
    return new URL(`https://www.facebook.com${url.pathname}${url.search}`);
  }
  if (host === 'instagram.com' || host === 'm.instagram.com') return new URL(`https://www.instagram.com${url.pathname}${url.search}`);
  return url;
}

function splitLine(raw: string): { urlText: string; title?: string } {
  const m = /^(\S+)(?:\s*(?:\t|;|\s\|\s)\s*(.*))?$/.exec(raw) ?? /^(\S+)\s+(.*)$/.exec(raw);
  if (!m) return { urlText: raw };
  const title = m[2]?.trim().replace(/^"(.*)"$/, '$1');
  return { urlText: m[1]!.replace(/^"(.*)"$/, '$1').replace(/[,;]$/, ''), title: title ? title.slice(0, 300) : undefined };
}

/** Parses one URL as typed by a person: without a scheme "https://" is assumed. */
export function parseOneUrl(text: string, canonical?: Canonicalise): { ok: true; url: string; site: Site } | { ok: false; error: string } {
  let candidate = text.trim();
  if (!candidate) return { ok: false, error: tr('Linha vazia.', 'Empty line.') };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) {
    // A bare word ("aula", "não") is not an address; "blog.com/x" or "localhost/x" are, with https assumed.
    if (!/[./]/.test(candidate)) return { ok: false, error: NOT_AN_ADDRESS() };
    candidate = `https://${candidate}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: NOT_AN_ADDRESS() };
  }
  if (!isWebProtocol(url)) {
    return { ok: false, error: tr(`Só endereços http(s) podem entrar na varredura (recebido "${url.protocol}").`, `Only http(s) addresses can join the sweep (got "${url.protocol}").`) };
  }
  if (!url.hostname.includes('.')) return { ok: false, error: tr(`Domínio incompleto: "${url.hostname}".`, `Incomplete domain: "${url.hostname}".`) };
  if (candidate.length > 4_096) return { ok: false, error: tr('Endereço longo demais (máx. 4.096 caracteres).', 'Address too long (max 4,096 characters).') };
  url = expandShortForms(url);
  const site = detectSite(url);
  if ((site === 'instagram' || site === 'facebook' || site === 'youtube') && (url.pathname === '/' || url.pathname === '')) {
    return { ok: false, error: tr(`Endereço da página inicial do ${site}: cole o link do post, vídeo ou anúncio.`, `That is the ${site} home page: paste the link of the post, video or ad.`) };
  }
  return { ok: true, url: canonical ? canonical(site, url) : url.href, site };
}

/**
 * Parses a list of URLs. `known` are the canonical URLs already in the sweep list (reported as duplicates,
 * not as errors: importing the same spreadsheet twice is normal).
 */
export function parseUrlList(text: string, options: { canonical?: Canonicalise; known?: Iterable<string> } = {}): UrlListResult {
  const seen = new Set(options.known ?? []);
  const result: UrlListResult = { items: [], errors: [], duplicates: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (line > MAX_LINES) {
      if (line === MAX_LINES + 1) result.errors.push({ line, text: trimmed.slice(0, 120), error: tr(`Lista longa demais: só as primeiras ${MAX_LINES} linhas foram lidas.`, `List too long: only the first ${MAX_LINES} lines were read.`) });
      return;
    }
    // A header row copied from a spreadsheet ("url;título") is not an error.
    if (index === 0 && /^(url|link|endere[cç]o)s?\b/i.test(trimmed)) return;
    const { urlText, title } = splitLine(trimmed);
    const parsed = parseOneUrl(urlText, options.canonical);
    if (!parsed.ok) {
      result.errors.push({ line, text: trimmed.slice(0, 120), error: parsed.error });
      return;
    }
    if (seen.has(parsed.url)) {
      result.duplicates.push({ line, url: parsed.url });
      return;
    }
    seen.add(parsed.url);
    result.items.push({ line, url: parsed.url, site: parsed.site, ...(title ? { title } : {}) });
  });
  return result;
}
