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
  // Through a promise chain so a synchronous throw (no permissions API here) also becomes a message.
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: [originPattern(origin)] });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked.then(
    async (granted): Promise<AddBlogResult> => {
      if (!granted) {
        return {
          ok: false,
          error: tr(
            `O Chrome não deu permissão para ${origin}: sem ela o Ronda não consegue ler os comentários desse blog.`,
            `Chrome did not grant access to ${origin}: without it Ronda cannot read that blog’s comments.`,
          ),
        };
      }
      try {
        const { started } = await sendToBackground('bg.blog.register', { origin });
        return { ok: true, origin, started };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
    (error: unknown) => ({ ok: false, error: tr('O Chrome recusou o pedido de permissão: ', 'Chrome refused the permission request: ') + errorText(error) }),
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
