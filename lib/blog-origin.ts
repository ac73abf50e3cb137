import { tr } from './i18n';
import { detectSite } from './site-of-url';
import { isWebProtocol } from './domain';

/*
 * A launch blog is one origin: what staff type ("blog.x.com.br", a pasted post address) becomes the origin its
 * host permission and content-script match are asked for. Pure, so the options page can check an address inside
 * the click that must call permissions.request (an await before it would lose the user gesture).
 */

export type OriginCheck = { ok: true; origin: string } | { ok: false; error: string };

/** "https://blog.x.com.br/2026/11/aula-1/" and "blog.x.com.br" → "https://blog.x.com.br". */
export function checkBlogOrigin(input: string): OriginCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, error: tr('Digite o endereço do blog.', 'Type the blog’s address.') };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, error: tr(`Endereço inválido: ${raw}`, `Invalid address: ${raw}`) };
  }
  if (!isWebProtocol(url)) {
    return { ok: false, error: tr(`Só endereços http(s) podem ser blogs: ${raw}`, `Only http(s) addresses can be blogs: ${raw}`) };
  }
  if (!url.hostname.includes('.') || url.hostname.endsWith('.')) {
    return { ok: false, error: tr(`Domínio inválido: ${url.hostname}`, `Invalid domain: ${url.hostname}`) };
  }
  // Sites Ronda follows with its own content scripts: adding one as a blog would mark its comments twice.
  if (detectSite(url) !== 'blog') {
    return {
      ok: false,
      error: tr(
        'Instagram, Facebook e YouTube o Ronda já acompanha: não precisam ser adicionados como blog.',
        'Ronda already follows Instagram, Facebook and YouTube: they need not be added as blogs.',
      ),
    };
  }
  // Without the port: match patterns and host permissions name a host, and cover every port of it.
  return { ok: true, origin: `${url.protocol}//${url.hostname}` };
}

/** Like checkBlogOrigin, for callers that stop on a bad address. */
export function normaliseOrigin(input: string): string {
  const checked = checkBlogOrigin(input);
  if (!checked.ok) throw new Error(checked.error);
  return checked.origin;
}

/** The match pattern (and host permission) of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
