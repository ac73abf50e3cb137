import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../../messaging/client';
import { getSetting } from '../../storage/settings';
import { getActiveProject } from '../../storage/projects';
import { putTeamRules, removeTeamRules, saveTeamRule } from '../../storage/team-rules';
import { listTemplates, seedTemplatesOnce } from '../../storage/templates';
import { watchLibrary } from '../../storage/library-watch';
import { watchPrintedCommentKeys } from '../../storage/prints';
import { copyText } from './clipboard';
import type { PanelServices } from './services';

/** How long a freshly opened DM tab gets to load Ronda and show its composer. */
const DM_FILL_DEADLINE_MS = 25_000;

export const browserServices: PanelServices = {
  snapshot: (tabId) => sendToTab(tabId, 'cs.snapshot', {}),
  focus: async (tabId, commentId) => (await sendToTab(tabId, 'cs.focus', { commentId })).found,
  expand: (tabId, action) => sendToTab(tabId, 'cs.comments.expand', { action }),
  showLabel: async (tabId, commentId, label, status) => {
    await sendToTab(tabId, 'cs.label', { commentId, label, status });
  },
  insertReply: (tabId, commentId, text) => sendToTab(tabId, 'cs.reply.insert', { commentId, text }),
  moderate: (tabId, commentId) => sendToTab(tabId, 'cs.comment.moderate', { commentId }),
  openPage: async (url) => {
    await browser.tabs.create({ url });
  },
  relabel: async (key, label) => {
    await sendToBackground('bg.comment.relabel', { key, label });
  },
  setStatus: async (key, status, templateId) => {
    await sendToBackground('bg.comment.status', { key, status, templateId });
  },
  print: (tabId, commentId) => sendToBackground('bg.print.capture', { tabId, commentId }),
  copy: copyText,
  privateReply: (tabId, commentId, text) => sendToTab(tabId, 'cs.private.fill', { commentId, text }),
  openDm: async (url, text) => {
    // In the background: the panel stays on the comment's tab, where the public reply waits to be posted.
    const tab = await browser.tabs.create({ url, active: false });
    if (text && tab.id !== undefined) void fillDmComposer(tab.id, text);
  },
  loadTemplates: async () => {
    await seedTemplatesOnce();
    return listTemplates();
  },
  loadProject: () => getActiveProject(),
  loadUser: () => getSetting('user'),
  watchLibrary,
  watchPrinted: watchPrintedCommentKeys,
  saveRule: async (input, user) => {
    const saved = await saveTeamRule(input, user);
    await tellPages();
    return saved;
  },
  undoRule: async ({ rule, replaced }) => {
    if (replaced) await putTeamRules([replaced]);
    else await removeTeamRules([rule.id]);
    await tellPages();
  },
};

/** Open pages and the stored comments of other posts follow; saved is what counts if the worker cannot be reached. */
async function tellPages(): Promise<void> {
  await sendToBackground('bg.teamRules.changed', {}).catch(() => undefined);
}

/**
 * Offers the private message to the DM tab's content script until it answers (the tab first goes through
 * ig.me/m.me redirects, where Ronda does not run). The clipboard already holds the text, so giving up is safe.
 */
async function fillDmComposer(tabId: number, text: string): Promise<void> {
  const deadline = Date.now() + DM_FILL_DEADLINE_MS;
  while (Date.now() < deadline) {
    try {
      await sendToTab(tabId, 'cs.dm.fill', { text, timeoutMs: 10_000 });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  }
}
