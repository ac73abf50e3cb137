import { browser, type Browser } from 'wxt/browser';
import { commentKeyPrefixOf, detectSite } from '../lib/site-of-url';
import { commentKey } from '../lib/domain';
import { createMessageListener, type Handlers } from '../messaging/router';
import type { BackgroundMessage } from '../messaging/protocol';
import { recordSeenComments } from '../storage/comments';
import { correctionsForMemory } from '../storage/corrections';
import { getSetting } from '../storage/settings';
import { getActiveProject } from '../storage/projects';
import { markCommentAuthorHater, teamRulesForPages, undoBadgeAuthorRule } from '../storage/team-rules';
import { relabelComment, setCommentStatus } from '../storage/triage';
import { blogHandlers, startBlogScripts } from './blogs';
import { followClassifierRevision } from './classifier-revision';
import { resumeStoredRulePass, teamRulesChanged } from './team-rules';
import { printHandlers, startPrintCapture } from './capture';
import { packHandlers } from './packs/handlers';
import { driveHandlers } from './drive/handlers';
import { startDriveSync } from './drive/loop';
import { followLocale } from './locale';

async function currentUser(): Promise<string> {
  return (await getSetting('user')).name;
}

/** How the keys of the comments a content script may correct begin; undefined for Ronda's own pages. */
function contentScriptKeyPrefix(sender: Browser.runtime.MessageSender): string | undefined {
  return !sender.url || sender.url.startsWith(browser.runtime.getURL('/')) ? undefined : commentKeyPrefixOf(new URL(sender.url));
}

function refuseOtherSites(key: string, sender: Browser.runtime.MessageSender, what: string): void {
  const own = contentScriptKeyPrefix(sender);
  if (own !== undefined && !key.startsWith(own)) throw new Error(`refused: a page of ${own.slice(0, -1)} cannot ${what} ${key}`);
}

const handlers: Handlers<BackgroundMessage> = {
  'bg.comments.seen': async ({ page, comments, house }, sender) => {
    // Letting go of stored rows is for a page's own comments only.
    for (const id of house ?? []) refuseOtherSites(commentKey(page.site, id), sender, 'let go of');
    const projectId = await getSetting('activeProjectId');
    return { labels: await recordSeenComments(page.site, page.postUrl, comments, { projectId, house }) };
  },
  'bg.comment.relabel': async ({ key, label }, sender) => {
    refuseOtherSites(key, sender, 'relabel');
    await relabelComment(key, label, await currentUser());
    return { ok: true as const };
  },
  'bg.teamRules.changed': () => teamRulesChanged(),
  'bg.teamRule.markAuthor': async ({ key }, sender) => {
    refuseOtherSites(key, sender, 'mark the author of');
    const { rule, replaced, author } = await markCommentAuthorHater(key, await currentUser(), { projectId: await getSetting('activeProjectId') });
    const already = replaced?.label === 'hater';
    if (!already) await teamRulesChanged();
    return { ruleId: rule.id, author, already, undoable: !replaced };
  },
  'bg.teamRule.undoMark': async ({ ruleId }, sender) => {
    if (!sender.url) throw new Error('refused: no page to undo for');
    await undoBadgeAuthorRule(ruleId, detectSite(new URL(sender.url)));
    await teamRulesChanged();
    return { ok: true as const };
  },
  'bg.comment.status': async ({ key, status, templateId }) => {
    await setCommentStatus(key, status, await currentUser(), { templateId });
    return { ok: true as const };
  },
  'bg.content.config': async ({ limit }) => ({
    examples: await correctionsForMemory(limit),
    rules: (await teamRulesForPages(await getSetting('activeProjectId'))).map(({ id, kind, pattern, label, site }) => ({ id, kind, pattern, label, site })),
    haterDisplay: await getSetting('haterDisplay'),
    haterThreads: await getSetting('haterThreads'),
    locale: await getSetting('locale'),
    house: (await getActiveProject()).houseAccounts ?? [],
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
  ...blogHandlers,
};

export function startBackground(): void {
  followLocale();
  browser.runtime.onMessage.addListener(
    createMessageListener(handlers, {
      extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
      extensionId: browser.runtime.id,
    }),
  );
  // The toolbar icon opens the side panel; the panel is bound to whichever tab is active.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  startBlogScripts();
  startPrintCapture();
  startDriveSync();
  resumeStoredRulePass();
  void followClassifierRevision();
}
