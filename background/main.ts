import { browser } from 'wxt/browser';
import { createMessageListener, type Handlers } from '../messaging/router';
import type { BackgroundMessage } from '../messaging/protocol';
import { recordSeenComments } from '../storage/comments';
import { correctionsForMemory } from '../storage/corrections';
import { getSetting, setSetting } from '../storage/settings';
import { relabelComment, setCommentStatus } from '../storage/triage';
import { normaliseOrigin, syncBlogScript } from './blog-scripts';
import { printHandlers, startPrintCapture } from './capture';
import { packHandlers } from './packs/handlers';
import { driveHandlers } from './drive/handlers';
import { startDriveSync } from './drive/loop';

async function currentUser(): Promise<string> {
  return (await getSetting('user')).name;
}

const handlers: Handlers<BackgroundMessage> = {
  'bg.comments.seen': async ({ page, comments }) => {
    const projectId = await getSetting('activeProjectId');
    return { labels: await recordSeenComments(page.site, page.postUrl, comments, { projectId }) };
  },
  'bg.comment.relabel': async ({ key, label }) => {
    await relabelComment(key, label, await currentUser());
    return { ok: true as const };
  },
  'bg.comment.status': async ({ key, status, templateId }) => {
    await setCommentStatus(key, status, await currentUser(), { templateId });
    return { ok: true as const };
  },
  'bg.content.config': async ({ limit }) => ({
    examples: await correctionsForMemory(limit),
    haterDisplay: await getSetting('haterDisplay'),
    locale: await getSetting('locale'),
  }),
  'bg.panel.open': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('no tab to open the panel for');
    await browser.sidePanel.open({ tabId });
    return { ok: true as const };
  },
  ...printHandlers,
  ...packHandlers,
  ...driveHandlers,
  'bg.blog.register': async ({ origin }) => {
    const normalised = normaliseOrigin(origin);
    const origins = new Set(await getSetting('blogOrigins'));
    origins.add(normalised);
    const { registered, missing } = await syncBlogScript([...origins]);
    if (missing.includes(normalised)) {
      throw new Error(`sem permissão para ${normalised}: autorize o acesso ao blog para o Ronda funcionar nele`);
    }
    await setSetting('blogOrigins', [...origins]);
    return { registered };
  },
};

export function startBackground(): void {
  browser.runtime.onMessage.addListener(
    createMessageListener(handlers, {
      extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
      extensionId: browser.runtime.id,
    }),
  );
  // The toolbar icon opens the side panel; the panel is bound to whichever tab is active.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  // Registered scripts persist, but a permission revoked while Chrome was closed must drop its origin.
  browser.runtime.onStartup.addListener(() => void restoreBlogScripts());
  browser.runtime.onInstalled.addListener(() => void restoreBlogScripts());
  startPrintCapture();
  startDriveSync();
}

async function restoreBlogScripts(): Promise<void> {
  await syncBlogScript(await getSetting('blogOrigins'));
}
