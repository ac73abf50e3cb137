import { browser } from 'wxt/browser';
import { originPattern } from '../lib/blog-origin';
import { sendToTab } from '../messaging/client';

const SCRIPT_ID = 'ronda-blog';
const SCRIPT_FILE = 'content-scripts/blog.js';

/**
 * Registers the blog content script for every origin the user added and still holds a permission for.
 * Origins whose permission was revoked in chrome://extensions are left out (and reported back).
 */
export async function syncBlogScript(origins: readonly string[]): Promise<{ registered: string[]; missing: string[] }> {
  const registered: string[] = [];
  const missing: string[] = [];
  for (const origin of origins) {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    (granted ? registered : missing).push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [SCRIPT_FILE],
        matches: registered.map(originPattern),
        // A launch blog's comments are in its HTML: mark them when it is parsed, not after every image loaded.
        runAt: 'document_end',
        persistAcrossSessions: true,
      },
    ]);
  }
  return { registered, missing };
}

/**
 * A registered script runs only in pages loaded after it was registered: the blog's tabs already open get it now,
 * unless their content script already answers. Tabs still loading are left to the registration. Returns how many
 * tabs were started.
 */
export async function startBlogScriptInOpenTabs(origin: string): Promise<number> {
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  let started = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.status !== 'complete') continue;
    const running = await sendToTab(tab.id, 'cs.snapshot', {}).then(
      () => true,
      () => false,
    );
    if (running) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${SCRIPT_FILE}` as const] });
      started++;
    } catch {
      // The tab navigated away or closed meanwhile: nothing to start.
    }
  }
  return started;
}
