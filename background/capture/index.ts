import { browser } from 'wxt/browser';
import { isExtensionPage, type Handlers } from '../../messaging/router';
import { savePrint } from '../../storage/prints';
import { createPrintMenus, listenToPrintMenus } from './menus';
import { getPending, listPending, pendingInfo, pngDataUrl, removePending } from './pending';
import { captureArea, captureComment, reportFailure } from './service';
import { applyUserLocale } from '../locale';
import { tr } from '../../lib/i18n';

/** Background side of prints: message handlers plus the context menu and keyboard shortcut. */

type PrintMessages =
  | 'bg.print.capture'
  | 'bg.print.captureArea'
  | 'bg.gallery.open'
  | 'bg.print.pending'
  | 'bg.print.pendingRetry'
  | 'bg.print.pendingImage'
  | 'bg.print.pendingDiscard';

export const printHandlers: Handlers<PrintMessages> = {
  'bg.print.capture': async ({ tabId, commentId, includeReplies, redact }, sender) => {
    // From an extension page (side panel) the tab is named; a content script may only print its own tab, whatever
    // it names (a page's script must not screenshot another tab the user has open).
    const fromOwnPage = isExtensionPage(sender, browser.runtime.getURL('/').replace(/\/$/, ''));
    const target = fromOwnPage ? (tabId ?? sender.tab?.id) : sender.tab?.id;
    if (target === undefined) throw new Error(tr('print: nenhuma aba indicada', 'print: no tab given'));
    try {
      return await captureComment({ tabId: target, commentId, includeReplies, redact });
    } catch (error) {
      // The page shows the failure too: the badge menu or side panel that asked may already be closed.
      await reportFailure(target, error);
      throw error;
    }
  },
  'bg.print.captureArea': async ({ shot, subject, redact }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error(tr('print: nenhuma aba indicada', 'print: no tab given'));
    // Failures go back to the content script, whose selection overlay shows them.
    return captureArea(tabId, shot, subject, redact ?? false);
  },
  'bg.gallery.open': async ({ printId }) => {
    const hash = printId ? `#print=${encodeURIComponent(printId)}` : '';
    const url = browser.runtime.getURL(`/gallery.html${hash}` as '/gallery.html');
    // One acervo tab: an open one is brought forward (its #print= opens the print) instead of a new tab each time.
    const open = await openGalleryTab();
    if (open) {
      await browser.tabs.update(open.tabId, { url, active: true });
      await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    } else {
      await browser.tabs.create({ url });
    }
    return { ok: true as const };
  },
  'bg.print.pending': async () => ({ items: (await listPending()).map(pendingInfo) }),
  'bg.print.pendingRetry': async ({ id }) => {
    const item = await getPending(id);
    if (!item) throw new Error(tr('esse print pendente não existe mais', 'that pending print no longer exists'));
    const result = await savePrint(item.print, item.images);
    await removePending(id);
    return result;
  },
  'bg.print.pendingImage': async ({ id }) => {
    const item = await getPending(id);
    if (!item) throw new Error(tr('esse print pendente não existe mais', 'that pending print no longer exists'));
    return { dataUrl: pngDataUrl(item) };
  },
  'bg.print.pendingDiscard': async ({ id }) => {
    await removePending(id);
    return { ok: true as const };
  },
};

/** Called once from background/main.ts. */
export function startPrintCapture(): void {
  browser.runtime.onInstalled.addListener(() => void applyUserLocale().then(createPrintMenus, createPrintMenus));
  listenToPrintMenus();
}

/**
 * The tab showing the acervo, if one is open. Without the "tabs" permission Chrome hides every tab's URL from
 * tabs.query, Ronda's own pages included (Chromium 150 does), so the extension asks for its own contexts instead.
 */
async function openGalleryTab(): Promise<{ tabId: number; windowId: number } | undefined> {
  const gallery = browser.runtime.getURL('/gallery.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] }).catch(() => []);
  const found = contexts.find((c) => c.tabId >= 0 && c.documentUrl?.startsWith(gallery));
  return found ? { tabId: found.tabId, windowId: found.windowId } : undefined;
}
