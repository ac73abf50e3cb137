import { browser } from 'wxt/browser';
import { normaliseOrigin, originPattern } from '../lib/blog-origin';
import { tr } from '../lib/i18n';
import type { Handlers } from '../messaging/router';
import { getSetting, setSetting } from '../storage/settings';
import { startBlogScriptInOpenTabs, syncBlogScript } from './blog-scripts';

/** Message handlers of the launch blogs, spread into the background's handler table. */
export const blogHandlers: Handlers<'bg.blog.register' | 'bg.blog.list' | 'bg.blog.remove'> = {
  'bg.blog.register': async ({ origin }) => {
    const normalised = normaliseOrigin(origin);
    const origins = new Set(await getSetting('blogOrigins'));
    origins.add(normalised);
    const { registered, missing } = await syncBlogScript([...origins]);
    if (missing.includes(normalised)) {
      throw new Error(
        tr(
          `Sem permissão para ${normalised}: autorize o acesso ao blog para o Ronda funcionar nele.`,
          `No permission for ${normalised}: allow access to the blog for Ronda to work on it.`,
        ),
      );
    }
    await setSetting('blogOrigins', [...origins]);
    return { registered, started: await startBlogScriptInOpenTabs(normalised) };
  },
  'bg.blog.list': async () => {
    const origins = await getSetting('blogOrigins');
    const blogs = await Promise.all(
      origins.map(async (origin) => ({ origin, granted: await browser.permissions.contains({ origins: [originPattern(origin)] }) })),
    );
    return { blogs };
  },
  'bg.blog.remove': async ({ origin }) => {
    const normalised = normaliseOrigin(origin);
    const origins = (await getSetting('blogOrigins')).filter((o) => o !== normalised);
    await setSetting('blogOrigins', origins);
    const { registered } = await syncBlogScript(origins);
    // Least privilege: the blog's host permission goes back too. Chrome refuses for a permission the build
    // requires or one staff gave for all sites (prints from the badge); the script is gone either way.
    await browser.permissions.remove({ origins: [originPattern(normalised)] }).catch(() => false);
    return { registered };
  },
};

/** Registered scripts persist, but a permission revoked (even while Chrome was closed) must drop its origin. */
export function startBlogScripts(): void {
  const restore = () => void getSetting('blogOrigins').then(syncBlogScript);
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
  browser.permissions.onRemoved.addListener(restore);
  browser.permissions.onAdded.addListener(restore);
}
