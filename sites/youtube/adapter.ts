import type { YouTubePack } from '../pack';
import type { ExtractedComment, Moderation, ReplyBox, SiteAdapter } from '../types';
import { absoluteHref, anyOf, firstMatch, clickLikeUser, firstHolding, ownMenuControl, queryAllIncludingSelf, scoped, waitFor } from '../common/dom';
import { contentId } from '../common/hash';
import { compile, compileAll } from '../common/regex';
import { firstWords, labelText, readText } from '../common/text';
import { listedPosts } from '../common/listed';
import { BUILTIN_PACK } from '../builtin-pack';
import { HOUSE_ROLES } from '../../lib/house';

const ORIGIN = 'https://www.youtube.com';

/**
 * YouTube watch pages and Shorts. Comments are Polymer custom elements in the light DOM (shady CSS), so plain
 * selectors reach them. Ids come from the time link's `lc=` parameter; a reply's id is "<parent>.<child>".
 */
/** YouTube's owner mark says no word: Ronda names the role (lib/house.ts). */
const OWNER_ROLE = HOUSE_ROLES.channelOwner.pt;

export function createYouTubeAdapter(pack: YouTubePack): SiteAdapter {
  const threadPages = compileAll(pack.threadPages);
  const shortsPath = compile(pack.shortsPath, 'u');
  const handlePath = compile(pack.handlePath, 'u');
  // A pack made before listings were pack data has none: the built-in one applies.
  const listingPages = compileAll(pack.listingPages ?? BUILTIN_PACK.sites.youtube.listingPages ?? []);
  const posts = pack.posts ?? BUILTIN_PACK.sites.youtube.posts!;
  const postPath = compile(posts.postPath, 'u');
  const channelPostsPath = compile(posts.channelPostsPath, 'u');
  const postCard = anyOf(posts.postCard);
  // A pack made before the owner's badge was read has none: the built-in one applies.
  const ownerBadge = anyOf(pack.ownerBadge ?? BUILTIN_PACK.sites.youtube.ownerBadge ?? []);
  const sel = {
    comment: anyOf(pack.comment),
    replyContainer: anyOf(pack.replyContainer),
    authorLink: anyOf(pack.authorLink),
    authorThumb: anyOf(pack.authorThumb),
    content: anyOf(pack.content),
    permalink: anyOf(pack.permalink),
    replyDialog: anyOf(pack.replyDialog),
    replyEditor: anyOf(pack.replyEditor),
    loadMore: anyOf(pack.loadMore),
    thread: anyOf(pack.thread),
  };

  function commentIdFrom(link: Element | null): string | undefined {
    const href = link?.getAttribute('href');
    if (!href) return undefined;
    try {
      return new URL(href, ORIGIN).searchParams.get(pack.commentIdParam) ?? undefined;
    } catch {
      return undefined;
    }
  }

  function authorNameOf(el: Element): string {
    for (const s of pack.authorName) {
      const found = el.querySelector(scoped(s));
      const name = found && !found.closest('[hidden]') ? labelText(found) : '';
      if (name) return name;
    }
    return '';
  }

  function handleOf(el: Element, authorUrl: string | undefined, name: string): string | undefined {
    if (authorUrl) {
      const m = handlePath.exec(authorUrl);
      if (m) return decodeURIComponent(m[1]!);
    }
    const thumb = sel.authorThumb ? el.querySelector(sel.authorThumb)?.getAttribute('aria-label')?.trim() : undefined;
    if (thumb?.startsWith('@')) return thumb;
    return name.startsWith('@') ? name : undefined;
  }

  /** The community post a URL shows: /post/<id>, or the older /channel/UC…/community?lb=<id>. */
  function postIdOf(url: URL): string | undefined {
    const own = postPath.exec(url.pathname);
    if (own) return own[1];
    const id = channelPostsPath.test(url.pathname) ? url.searchParams.get(posts.postParam) : null;
    return id && /^[\w-]+$/.test(id) ? id : undefined; // an id, never a path of its own
  }

  function isThreadPage(url: URL): boolean {
    return /(^|\.)youtube\.com$/.test(url.hostname) && (threadPages.some((p) => p.test(url.pathname)) || postIdOf(url) !== undefined);
  }

  function postUrl(url: URL): string {
    const shorts = shortsPath.exec(url.pathname);
    if (shorts) return `${ORIGIN}/shorts/${shorts[1]}`;
    // Both addresses of a post file its comments in one place.
    const post = postIdOf(url);
    if (post) return `${ORIGIN}/post/${post}`;
    const v = url.searchParams.get('v');
    return v ? `${ORIGIN}/watch?v=${v}` : `${ORIGIN}${url.pathname}`;
  }

  function postTextOf(card: Element): string {
    const text = firstMatch(card, posts.postText);
    return text ? readText(text) : '';
  }

  return {
    site: 'youtube',

    isThreadPage,
    postUrl,

    listedPosts(doc) {
      // The older address of one post is its channel's posts tab with ?lb=: a post's page, not a listing.
      if (postIdOf(new URL(doc.URL))) return [];
      return listedPosts(doc, {
        origin: ORIGIN,
        pages: listingPages,
        candidate: (href) => href.includes('/watch') || href.includes('/shorts/') || href.includes('/post/') || href.includes(`${posts.postParam}=`),
        // Links in a page YouTube keeps hidden (the last watch page's recommendations) are not this channel's.
        postOf: (link, url) =>
          isThreadPage(url) && !url.searchParams.has(pack.commentIdParam) && !link.closest(sel.comment) && !link.closest('[hidden]') ? postUrl(url) : undefined,
        titleOf: (link) => {
          // A post's links are its time ("há 2 dias") and its comment count: the post is called by its words.
          const card = postCard ? link.closest(postCard) : null;
          if (card) return firstWords(postTextOf(card));
          // The titled link says it in its title; a thumbnail's text is its duration ("12:34"), no title.
          return link.getAttribute('title') ?? (link.querySelector('img') ? '' : (link.textContent ?? ''));
        },
      });
    },

    pageContext(doc) {
      // A post has no title of its own: its first words name it.
      if (!postIdOf(new URL(doc.URL))) return null;
      // The first card of the page shown: a channel's posts tab YouTube keeps hidden holds other posts' cards.
      const card = firstHolding(doc, posts.postCard, () => true);
      const words = card ? postTextOf(card) : '';
      return words ? { title: firstWords(words), text: words } : null;
    },

    observeRoot(doc) {
      // Until a section holds comments (they load when scrolled to), the scan looks at the whole page shown now:
      // never at the one YouTube keeps hidden, whose comments are another video's.
      return (
        firstHolding(doc, pack.observeRoot, (root) => root.querySelector(sel.comment) !== null) ??
        firstHolding(doc, pack.activePage ?? BUILTIN_PACK.sites.youtube.activePage ?? [], () => true) ??
        doc.body
      );
    },

    findComments(root) {
      return queryAllIncludingSelf(root, sel.comment);
    },

    readComment(el) {
      const contentEl = el.querySelector(sel.content);
      if (!contentEl) return null;
      const text = readText(contentEl);
      const authorName = authorNameOf(el);
      if (!authorName && !text) return null; // still a ghost card being filled in

      const link = el.querySelector(sel.permalink);
      const siteId = commentIdFrom(link);
      const authorUrl = absoluteHref(el.querySelector(sel.authorLink), ORIGIN);
      const inReplies = sel.replyContainer ? el.closest(sel.replyContainer) !== null : false;
      const dot = siteId ? siteId.indexOf('.') : -1;
      let parentId = dot > 0 ? siteId!.slice(0, dot) : undefined;
      if (!parentId && inReplies) {
        // Older markup without dotted ids: the parent is the thread's first comment.
        const thread = sel.thread ? el.closest(sel.thread) : null;
        const top = thread?.querySelector(sel.comment);
        if (top && top !== el) parentId = commentIdFrom(top.querySelector(sel.permalink));
      }
      const comment: ExtractedComment = {
        id: siteId ?? contentId(authorName, text),
        authorName,
        text,
        isReply: dot > 0 || inReplies,
      };
      const permalink = absoluteHref(link, ORIGIN);
      if (permalink) comment.permalink = permalink;
      if (authorUrl) comment.authorUrl = authorUrl;
      const handle = handleOf(el, authorUrl, authorName);
      if (handle) comment.authorHandle = handle;
      if (comment.isReply && parentId) comment.parentId = parentId;
      if (ownerBadge && el.querySelector(ownerBadge)) comment.siteRole = OWNER_ROLE;
      return comment;
    },

    badgeAnchor(el) {
      return firstMatch(el, pack.badgeAnchor) ?? el;
    },

    textElement(el) {
      return el.querySelector<HTMLElement>(sel.content);
    },

    async openReplyBox(el): Promise<ReplyBox | null> {
      const findBox = (): HTMLElement | null => {
        const dialog = el.querySelector(sel.replyDialog);
        return dialog?.querySelector<HTMLElement>(sel.replyEditor) ?? null;
      };
      const open = findBox();
      if (open) return { element: open, kind: 'contenteditable' };
      const button = firstMatch(el, pack.replyButton);
      if (!button) return null;
      clickLikeUser(button);
      const box = await waitFor(findBox, el, pack.replyWaitMs);
      return box ? { element: box, kind: 'contenteditable' } : null;
    },

    async openModeration(el): Promise<Moderation | null> {
      const menu = ownMenuControl(el, pack.moderationMenu ?? BUILTIN_PACK.sites.youtube.moderationMenu ?? []);
      if (!menu) return null;
      clickLikeUser(menu);
      return { kind: 'menu', element: menu };
    },

    findLoadMore(root) {
      return queryAllIncludingSelf(root, sel.loadMore).filter((e) => !e.closest('[hidden]')) as HTMLElement[];
    },
  };
}
