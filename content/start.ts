import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { Site } from '../lib/domain';
import { createMessageListener, type Handlers } from '../messaging/router';
import type { ContentMessage } from '../messaging/protocol';

/**
 * Entry of every content script. Marks the document (so tests and the page's own devtools can see Ronda ran)
 * and answers the side panel. The comment scanner is attached by startSiteRuntime.
 */
export function startContentScript(
  ctx: ContentScriptContext,
  site: Site,
  handlers: Partial<Handlers<ContentMessage>>,
): void {
  document.documentElement.setAttribute('data-ronda', site);
  // The listener only dispatches the types it has handlers for, so a partial map is safe here.
  const listener = createMessageListener(handlers as Handlers<ContentMessage>, {
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    extensionId: browser.runtime.id,
  });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    document.documentElement.removeAttribute('data-ronda');
  });
}
