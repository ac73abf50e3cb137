import type { YouTubeStudioPack } from '../pack';
import type { ExtractedComment, Moderation, ReplyBox, SiteAdapter } from '../types';
import { absoluteHref, anyOf, firstMatch, firstHolding, ownMenuControl, pressLikeUser, queryAllIncludingSelf, scoped, waitFor } from '../common/dom';
import { BUILTIN_PACK } from '../builtin-pack';
import { contentId } from '../common/hash';
import { compileAll, firstCapture } from '../common/regex';
import { labelText, readText } from '../common/text';
import { HOUSE_ROLES } from '../../lib/house';

export const STUDIO_HOST = 'studio.youtube.com';
const STUDIO_ORIGIN = `https://${STUDIO_HOST}`;
const WATCH_ORIGIN = 'https://www.youtube.com';
/** YouTube's owner mark says no word: Ronda names the role (lib/house.ts). */
const OWNER_ROLE = HOUSE_ROLES.channelOwner.pt;

/**
 * YouTube Studio's comment pages, where a channel's team answers comments: one video's (/video/<id>/comments/…),
 * filed under that video's watch URL, so they meet the comments read on the watch page; and the channel's inbox
 * (/channel/UC…/comments/inbox), every video at once, filed under the inbox itself, which names no video per
 * comment (its video card has no link).
 *
 * Studio shows no comment id in its markup as far as public dumps show, so ids are a hash of author and text (the
 * same on both pages), unless an id attribute turns up. Its list is virtualised: a thread element is reused for
 * another comment while scrolling, which the runtime follows by reading a changed comment again.
 */
export function createYouTubeStudioAdapter(pack: YouTubeStudioPack): SiteAdapter {
  const videoPages = compileAll(pack.videoPages);
  const channelPages = compileAll(pack.channelPages);
  const sel = {
    comment: anyOf(pack.comment),
    replyContainer: anyOf(pack.replyContainer),
    thread: anyOf(pack.thread),
    content: anyOf(pack.content),
    authorLink: pack.authorLink.length ? anyOf(pack.authorLink) : '',
    replyDialog: anyOf(pack.replyDialog),
    replyEditor: anyOf(pack.replyEditor),
    repliesToggle: pack.repliesToggle.length ? anyOf(pack.repliesToggle) : '',
    // A pack made before the owner's badge was read has none: the built-in one applies.
    ownerBadge: anyOf(pack.ownerBadge ?? BUILTIN_PACK.sites.youtube.studio?.ownerBadge ?? []),
  };

  function onStudio(url: URL): boolean {
    return url.hostname === STUDIO_HOST;
  }

  function videoOf(url: URL): string | undefined {
    return onStudio(url) ? firstCapture(videoPages, url.pathname) : undefined;
  }

  function channelInbox(url: URL): string | undefined {
    if (!onStudio(url)) return undefined;
    for (const p of channelPages) {
      const m = p.exec(url.pathname);
      if (m?.[1]) return `${STUDIO_ORIGIN}/channel/${m[1]}/comments/${m[2] ?? 'inbox'}`;
    }
    return undefined;
  }

  function ownId(el: Element): string | undefined {
    // A thread's attribute names its own comment, never one of its replies.
    const thread = el.closest(sel.replyContainer) ? null : el.closest(sel.thread);
    for (const name of pack.idAttributes) {
      const id = el.getAttribute(name)?.trim() || thread?.getAttribute(name)?.trim();
      if (id) return id;
    }
    return undefined;
  }

  function authorNameOf(el: Element): string {
    for (const s of pack.authorName) {
      const name = labelText(el.querySelector(scoped(s)));
      if (name) return name;
    }
    return '';
  }

  function read(el: Element): ExtractedComment | null {
    const contentEl = el.querySelector(sel.content);
    if (!contentEl) return null;
    const text = readText(contentEl);
    const authorName = authorNameOf(el);
    if (!authorName && !text) return null; // a recycled row between two comments
    const comment: ExtractedComment = { id: ownId(el) ?? contentId(authorName, text), authorName, text, isReply: el.closest(sel.replyContainer) !== null };
    const authorUrl = sel.authorLink ? absoluteHref(el.querySelector(sel.authorLink), WATCH_ORIGIN) : undefined;
    if (authorUrl) comment.authorUrl = authorUrl;
    if (authorName.startsWith('@')) comment.authorHandle = authorName;
    // The thread's own comment holds no reply (they are its siblings): the badge in it is its own.
    if (sel.ownerBadge && el.querySelector(sel.ownerBadge)) comment.siteRole = OWNER_ROLE;
    if (comment.isReply) {
      const top = el.closest(sel.thread)?.querySelector(sel.comment);
      const parent = top && top !== el ? read(top) : null;
      if (parent) comment.parentId = parent.id;
      if (parent?.postTitle) comment.postTitle = parent.postTitle;
    } else {
      const video = labelText(firstMatch(el, pack.videoTitle));
      if (video) comment.postTitle = video;
    }
    return comment;
  }

  return {
    site: 'youtube',

    isThreadPage: (url) => videoOf(url) !== undefined || channelInbox(url) !== undefined,

    postUrl(url) {
      const video = videoOf(url);
      if (video) return `${WATCH_ORIGIN}/watch?v=${video}`;
      return channelInbox(url) ?? `${STUDIO_ORIGIN}${url.pathname}`;
    },

    pageContext(doc) {
      let name = '';
      for (const s of pack.entityName) {
        name = labelText(doc.querySelector(s));
        if (name) break;
      }
      // Until the drawer is drawn the page has no name of its own: the runtime keeps the document's title and asks again.
      if (!name) return null;
      // The drawer names the video on a video's page; on the inbox it names the channel, which says less.
      const onVideo = videoOf(new URL(doc.location?.href ?? STUDIO_ORIGIN)) !== undefined;
      return { title: onVideo ? name : `YouTube Studio: ${name}`, text: '' };
    },

    observeRoot(doc) {
      return firstHolding(doc, pack.observeRoot, (root) => root.querySelector(sel.comment) !== null) ?? doc.body;
    },

    findComments(root) {
      return queryAllIncludingSelf(root, sel.comment);
    },

    readComment: read,

    badgeAnchor(el) {
      return firstMatch(el, pack.badgeAnchor) ?? el;
    },

    textElement(el) {
      return el.querySelector<HTMLElement>(sel.content);
    },

    async openReplyBox(el): Promise<ReplyBox | null> {
      const findBox = (): HTMLElement | null => el.querySelector(sel.replyDialog)?.querySelector<HTMLElement>(sel.replyEditor) ?? null;
      const asBox = (box: HTMLElement): ReplyBox => ({ element: box, kind: box.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable' });
      const open = findBox();
      if (open) return asBox(open);
      const button = firstMatch(el, pack.replyButton);
      if (!button) return null;
      pressLikeUser(button);
      const box = await waitFor(findBox, el, pack.replyWaitMs);
      return box ? asBox(box) : null;
    },

    async openModeration(el): Promise<Moderation | null> {
      // A pack made before moderation was read has none: the built-in one applies.
      const selectors = pack.moderationMenu ?? BUILTIN_PACK.sites.youtube.studio?.moderationMenu ?? [];
      const menu = ownMenuControl(el, selectors, (found) => found.closest(sel.comment) === el);
      if (!menu) return null;
      pressLikeUser(menu); // ytcp-icon-button answers pointer events, like Studio's other buttons
      return { kind: 'menu', element: menu };
    },

    findLoadMore(root) {
      if (!sel.repliesToggle) return [];
      return queryAllIncludingSelf(root, sel.repliesToggle).filter((toggle) => {
        // The toggle also hides replies: pressed only where the thread shows none yet.
        const thread = toggle.closest(sel.thread);
        return thread !== null && !toggle.closest('[hidden]') && thread.querySelector(`${sel.replyContainer} ${sel.comment}`) === null;
      }) as HTMLElement[];
    },
  };
}
