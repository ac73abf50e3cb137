import { browser } from 'wxt/browser';
import { originPattern } from '../../lib/blog-origin';
import { tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import { errorText } from '../../lib/error-text';

export type AddBlogResult = { ok: true; origin: string; started: number } | { ok: false; error: string };

/**
 * Asks Chrome for the blog's host permission, then has the background register the blog script (and start it in
 * the blog's open tabs). Call it straight from the click handler, with a checked origin: Chrome grants
 * permissions.request only inside the user's gesture, so nothing may be awaited before it.
 */
export function requestAndAddBlog(origin: string): Promise<AddBlogResult> {
  return requestAndAddBlogs([origin]).then((result) => (result.ok ? { ok: true, origin, started: result.started } : result));
}

/** Several blogs in one permission prompt (a team kit's); the same rule about the user's gesture holds. */
export function requestAndAddBlogs(origins: readonly string[]): Promise<{ ok: true; started: number } | { ok: false; error: string }> {
  // Through a promise chain so a synchronous throw (no permissions API here) also becomes a message.
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: origins.map(originPattern) });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked.then(
    async (granted) => {
      if (!granted) {
        const list = origins.join(', ');
        return {
          ok: false as const,
          error: tr(
            `O Chrome não deu permissão para ${list}: sem ela o Ronda não consegue ler os comentários ${origins.length > 1 ? 'desses blogs' : 'desse blog'}.`,
            `Chrome did not grant access to ${list}: without it Ronda cannot read ${origins.length > 1 ? 'those blogs’' : 'that blog’s'} comments.`,
          ),
        };
      }
      try {
        let started = 0;
        for (const origin of origins) started += (await sendToBackground('bg.blog.register', { origin })).started;
        return { ok: true as const, started };
      } catch (error) {
        return { ok: false as const, error: errorText(error) };
      }
    },
    (error: unknown) => ({ ok: false as const, error: tr('O Chrome recusou o pedido de permissão: ', 'Chrome refused the permission request: ') + errorText(error) }),
  );
}

/** What staff read once a blog is added. */
export function addedMessage(result: { origin: string; started: number }): string {
  return result.started > 0
    ? tr(
        `Blog adicionado: ${result.origin}. As abas abertas dele já estão sendo marcadas (${result.started}).`,
        `Blog added: ${result.origin}. Its open tabs are being marked now (${result.started}).`,
      )
    : tr(`Blog adicionado: ${result.origin}. Os comentários dele são marcados ao abrir uma página do blog.`, `Blog added: ${result.origin}. Its comments are marked when you open one of its pages.`);
}
