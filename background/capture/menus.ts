import { browser } from 'wxt/browser';
import { tr } from '../../lib/i18n';
import { sendToTab } from '../../messaging/client';
import { captureComment, reportFailure } from './service';
import { errorText } from '../../lib/error-text';

/*
 * The context-menu entries and the 'save-print' keyboard command (Alt+Shift+P, declared in wxt.config.ts).
 * Both grant activeTab, which is what lets captureVisibleTab run without the <all_urls> permission.
 */

const MENU = {
  comment: 'ronda-print-comment',
  commentBlurred: 'ronda-print-comment-redacted',
  area: 'ronda-print-area',
} as const;

export function createPrintMenus(): void {
  const contexts = ['page', 'selection', 'link', 'image'] as const;
  const items = [
    { id: MENU.comment, title: tr('Salvar print deste comentário no acervo', 'Save a print of this comment') },
    { id: MENU.commentBlurred, title: tr('Salvar print com nome e foto borrados (LGPD)', 'Save a print with name and photo blurred') },
    { id: MENU.area, title: tr('Salvar print de uma área da página…', 'Save a print of an area of the page…') },
  ];
  for (const item of items) {
    // Re-created on every install/update: removing first avoids "duplicate id" errors.
    void browser.contextMenus.remove(item.id).catch(() => undefined).then(() =>
      browser.contextMenus.create({ id: item.id, title: item.title, contexts: [...contexts] }, () => void browser.runtime.lastError),
    );
  }
}

async function startArea(tabId: number, hint?: string): Promise<void> {
  try {
    await sendToTab(tabId, 'cs.print.selectArea', hint ? { hint } : {});
  } catch (error) {
    await reportFailure(tabId, error);
  }
}

/** The comment under the pointer, or a free area when the pointer is on no comment. */
async function captureHere(tabId: number, redact: boolean): Promise<void> {
  try {
    await captureComment({ tabId, redact });
  } catch (error) {
    const message = errorText(error);
    if (/nenhum comentário|no comment/i.test(message)) {
      await startArea(tabId, tr('Nenhum comentário sob o mouse: arraste para escolher a área do print.', 'No comment under the pointer: drag to choose the area.'));
    } else {
      await reportFailure(tabId, error);
    }
  }
}

export function listenToPrintMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return;
    if (info.menuItemId === MENU.comment) void captureHere(tabId, false);
    else if (info.menuItemId === MENU.commentBlurred) void captureHere(tabId, true);
    else if (info.menuItemId === MENU.area) void startArea(tabId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-print' || tab?.id === undefined) return;
    void captureHere(tab.id, false);
  });
}
