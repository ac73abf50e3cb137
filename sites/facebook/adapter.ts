import type { FacebookPack } from '../pack';
import type { EditorKind, ExtractedComment, Moderation, ReplyBox, SiteAdapter } from '../types';
import { absoluteHref, anyOf, byCaption, clickLikeUser, firstHolding, hoverLikeUser, outermost, ownMenuControl, precedes, queryAllIncludingSelf, waitFor } from '../common/dom';
import { BUILTIN_PACK } from '../builtin-pack';
import { createDmComposerFinder } from '../common/dm';
import { contentId } from '../common/hash';
import { captionIs, compile, compileAll, firstCapture } from '../common/regex';
import { collapseWhitespace, labelText, readText } from '../common/text';
import { listedPosts } from '../common/listed';

const ORIGIN = 'https://www.facebook.com';
/** A link to a post itself (story_fbid, /posts/, /permalink/), not to a photo or video attached to it. */
const POST_LINK = /[?&]story_fbid=|\/(?:posts?|permalink)\//;

/**
 * Facebook (Comet UI). Class names are regenerated every few weeks, so everything here keys on ARIA
 * (role=article + localised aria-label), dir=auto text blocks and URL shapes (comment_id/reply_comment_id).
 * Replies are not nested in their parent's article: every read is scoped to the article itself.
 */
export function createFacebookAdapter(pack: FacebookPack): SiteAdapter {
  // A pack made before DMs were pack data has none: the built-in one applies.
  const dmComposer = createDmComposerFinder('facebook', pack.dm ?? BUILTIN_PACK.sites.facebook.dm!);
  const threadPages = compileAll(pack.threadPages);
  // A pack made before listings were pack data has none: the built-in one applies.
  const listingPages = compileAll(pack.listingPages ?? BUILTIN_PACK.sites.facebook.listingPages ?? []);
  const commentLabel = compileAll(pack.commentLabel);
  const replyLabel = compileAll(pack.replyLabel);
  const labelName = compileAll(pack.labelName);
  const encodedId = compile(pack.encodedCommentId, 'u');
  const nonProfile = compileAll(pack.nonProfilePaths);
  const memberProfile = compileAll(pack.memberProfilePath ?? []);
  const replyBoxLabel = compileAll(pack.replyBoxLabel);
  const loadMoreText = compileAll(pack.loadMoreText);
  const sortPack = pack.sort ?? BUILTIN_PACK.sites.facebook.sort!;
  // A pack made before identity badges were read has none: the built-in one applies.
  const rolePack = pack.roleBadge ?? BUILTIN_PACK.sites.facebook.roleBadge!;
  const roleBadge = {
    text: anyOf(rolePack.text),
    roles: compileAll(rolePack.roles, 'iu'),
    groupPath: compile(rolePack.groupPath, 'u'),
    groupRoles: compileAll(rolePack.groupRoles, 'iu'),
  };
  const sort = {
    control: anyOf(sortPack.control),
    filtering: compileAll(sortPack.filtering),
    menuItem: anyOf(sortPack.menuItem),
    all: compileAll(sortPack.all),
  };
  const sel = {
    lexicalEditor: anyOf(pack.lexicalEditor),
    comment: anyOf(pack.comment),
    article: anyOf(pack.article),
    dialog: anyOf(pack.dialog),
    privateDialog: anyOf(pack.privateDialog),
    authorLink: anyOf(pack.authorLink),
    authorName: anyOf(pack.authorName),
    textPart: anyOf(pack.textPart),
    textContainer: anyOf(pack.textContainer),
    permalink: anyOf(pack.permalink),
    idWrapper: anyOf(pack.idWrapper),
    actionRow: anyOf(pack.actionRow),
    button: anyOf(pack.button),
    replyBox: anyOf(pack.replyBox),
    feed: anyOf(pack.feed ?? []),
  };

  const isComment = (el: Element): boolean => commentLabel.some((p) => p.test(el.getAttribute('aria-label') ?? ''));
  const holdsComment = (root: Element): boolean => queryAllIncludingSelf(root, sel.comment).some(isComment);
  /** The post modal when it holds comments, else the whole body (see the pack's observeRoot). */
  const postRoot = (doc: Document): Element => firstHolding(doc, pack.observeRoot, holdsComment) ?? doc.body;

  /**
   * The post a URL names (story_fbid=, /posts/<id>, /permalink/<id>, fbid=), with its kind: a post has a pfbid and
   * a numeric id, and links may use either, so only ids of the same kind can tell two posts apart.
   */
  function postKey(href: string | null | undefined): string | undefined {
    if (!href) return undefined;
    let u: URL;
    try {
      u = new URL(href, ORIGIN);
    } catch {
      return undefined;
    }
    const id = u.searchParams.get('story_fbid') ?? /\/(?:posts?|permalink)\/([^/?#]+)/.exec(u.pathname)?.[1] ?? u.searchParams.get('fbid');
    return id ?? undefined;
  }

  /**
   * The post a post window shows: its first comment's time link is the post's address plus comment_id; failing
   * that, a post link of the window's own (story_fbid, /posts/, /permalink/), never the photo's fbid link.
   */
  function windowPostUrl(dialog: Element): string | undefined {
    for (const link of dialog.querySelectorAll(sel.permalink)) {
      const article = link.closest(sel.comment);
      const post = article && isComment(article) && isTimeLink(link) ? postAddress(link) : undefined;
      if (post) return post;
    }
    for (const link of dialog.querySelectorAll('a[href]')) {
      if (!link.closest(sel.comment) && POST_LINK.test(link.getAttribute('href') ?? '')) {
        const post = postAddress(link);
        if (post) return post;
      }
    }
    return undefined;
  }

  /** The canonical address of the post a link points to, when it points to one. */
  function postAddress(link: Element): string | undefined {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', ORIGIN);
    } catch {
      return undefined;
    }
    return isPostUrl(url) ? canonicalPostUrl(url) : undefined;
  }

  const isPostUrl = (url: URL): boolean => /(^|\.)facebook\.com$/.test(url.hostname) && threadPages.some((p) => p.test(url.pathname));

  function canonicalPostUrl(url: URL): string {
    const out = new URL(`${ORIGIN}${url.pathname.replace(/\/+$/, '') || '/'}`);
    for (const key of pack.postParams) {
      const v = url.searchParams.get(key);
      if (v) out.searchParams.set(key, v);
    }
    return out.href;
  }

  const sameKind = (a: string, b: string): boolean => /^\d+$/.test(a) === /^\d+$/.test(b);

  /** A comment in the feed that belongs to another post than the page's (a preview under a feed post). */
  function elsewhere(el: Element, page: string | undefined): boolean {
    if (!page) return false;
    const link = own(el, sel.permalink).find(isTimeLink);
    const post = postKey(link?.getAttribute('href'));
    return post !== undefined && sameKind(post, page) && post !== page;
  }

  /** The words of an identity badge of the comment's that makes its author the house ("Autor", "Administrador"). */
  function houseRole(el: Element): string | undefined {
    const badges = own(el, roleBadge.text);
    if (!badges.length) return undefined;
    const roles = roleBadge.groupPath.test(new URL(el.ownerDocument.URL).pathname) ? roleBadge.groupRoles : roleBadge.roles;
    for (const badge of badges) {
      const words = collapseWhitespace(badge.textContent ?? '');
      if (roles.some((r) => r.test(words))) return words;
    }
    return undefined;
  }

  /** Matches inside `el` that are not inside a nested article (a reply rendered inside its parent). */
  const own = (el: Element, selector: string): Element[] =>
    Array.from(el.querySelectorAll(selector)).filter((e) => e.closest(sel.article) === el);

  function params(href: string | null | undefined): URLSearchParams | null {
    if (!href) return null;
    try {
      return new URL(href, ORIGIN).searchParams;
    } catch {
      return null;
    }
  }

  /** comment_id may be numeric (time link) or base64 "comment:<post>_<comment>" (profile links). */
  function decodeCommentId(raw: string | null | undefined): string | undefined {
    if (!raw) return undefined;
    if (/^\d+$/.test(raw)) return raw;
    try {
      const m = encodedId.exec(atob(raw));
      return m?.[1];
    } catch {
      return undefined;
    }
  }

  function idsOf(el: Element): { id?: string; parentId?: string; permalink?: string } {
    let fallback: { id?: string; parentId?: string } = {};
    for (const link of own(el, sel.permalink)) {
      const p = params(link.getAttribute('href'));
      if (!p) continue;
      const rawComment = p.get(pack.commentIdParam);
      const rawReply = p.get(pack.replyIdParam);
      const comment = decodeCommentId(rawComment);
      const reply = decodeCommentId(rawReply);
      // The time link carries plain numeric ids and is the permalink; profile links carry base64 ones.
      const plain = /^\d+$/.test(rawReply ?? rawComment ?? '');
      const found = reply ? { id: reply, parentId: comment } : comment ? { id: comment } : null;
      if (!found) continue;
      if (plain) return { ...found, permalink: absoluteHref(link, ORIGIN) };
      if (!fallback.id) fallback = found;
    }
    if (!fallback.id && sel.idWrapper) {
      const wrapper = el.closest(sel.idWrapper);
      // Only when this article is the wrapper's own comment, not a reply rendered inside it.
      if (wrapper && wrapper.querySelector(sel.article) === el) {
        const v = wrapper.getAttribute(pack.idWrapperAttr);
        if (v) fallback = { id: v };
      }
    }
    return fallback;
  }

  /** The comment's own time link: its comment_id (or reply_comment_id) is plain digits, as in idsOf. */
  function isTimeLink(link: Element): boolean {
    if (!link.matches(sel.permalink)) return false;
    const p = params(link.getAttribute('href'));
    return /^\d+$/.test(p?.get(pack.replyIdParam) ?? p?.get(pack.commentIdParam) ?? '');
  }

  function author(el: Element): { name: string; url?: string; handle?: string } {
    for (const link of own(el, sel.authorLink)) {
      // Not the author: the time link ("3 h") and people tagged in the text. Both are all the links an
      // anonymous group participant's comment has, whose name is plain text (then the aria-label names them).
      const paragraph = link.closest(sel.textPart);
      if (isTimeLink(link) || (paragraph && el.contains(paragraph))) continue;
      const nameEl = link.querySelector(sel.authorName);
      const name = labelText(nameEl ?? link);
      if (!name) continue;
      const href = absoluteHref(link, ORIGIN);
      if (!href) return { name };
      const u = new URL(href);
      if (u.pathname === '/profile.php') {
        const id = u.searchParams.get('id');
        return { name, url: id ? `${ORIGIN}/profile.php?id=${id}` : undefined };
      }
      // Group posts link their people to the group-scoped profile /groups/<gid>/user/<uid>/.
      const member = firstCapture(memberProfile, u.pathname);
      if (member) return { name, url: `${ORIGIN}/profile.php?id=${member}` };
      const vanity = /^\/([^/]+)\/?$/.exec(u.pathname)?.[1];
      if (vanity && !nonProfile.some((p) => p.test(u.pathname))) return { name, url: `${ORIGIN}/${vanity}`, handle: vanity };
      return { name };
    }
    const label = el.getAttribute('aria-label') ?? '';
    return { name: firstCapture(labelName, label)?.trim() ?? '' };
  }

  /** The element holding the comment's paragraphs (for reading and blurring). */
  function textBlock(el: Element): HTMLElement | null {
    const part = own(el, sel.textPart).find((e) => !e.closest('a'));
    if (!part) return null;
    const container = part.parentElement?.closest(sel.textContainer);
    return (container && el.contains(container) && !container.closest('a') ? container : part) as HTMLElement;
  }

  /**
   * The people a comment tags: Facebook writes a tag as the person's name linked to their profile, inside the text
   * (a group's member link, profile.php or a vanity address); hashtags, pages of the site and outside links are not.
   */
  function taggedNames(block: Element): string[] {
    const names = new Set<string>();
    for (const link of block.querySelectorAll('a[href]')) {
      const href = absoluteHref(link, ORIGIN);
      const u = href ? new URL(href) : null;
      if (!u || u.origin !== ORIGIN) continue;
      const person = u.pathname === '/profile.php' || firstCapture(memberProfile, u.pathname) !== undefined || (/^\/[^/]+\/?$/.test(u.pathname) && !u.pathname.endsWith('.php') && !nonProfile.some((p) => p.test(u.pathname)));
      const name = labelText(link);
      if (person && name && name.length <= 100 && !name.startsWith('#')) names.add(name);
      if (names.size === 20) break;
    }
    return [...names];
  }

  function readBody(block: Element): string {
    // "See more"/"See translation" are buttons inside the text block.
    return readText(block, (e) => e.getAttribute('role') === 'button');
  }

  function replyButtonOf(el: Element): HTMLElement | null {
    return (own(el, sel.button).find((b) => captionIs(pack.replyText, b.textContent ?? '')) as HTMLElement) ?? null;
  }

  function editorKind(box: Element): EditorKind {
    if (box.tagName === 'TEXTAREA') return 'textarea';
    return box.matches(sel.lexicalEditor) ? 'lexical' : 'contenteditable';
  }

  /** The reply composer Facebook opens for this comment: the first one after it, labelled for its author. */
  function findReplyBox(el: Element, authorName: string): HTMLElement | null {
    const scope = el.closest(sel.dialog) ?? el.ownerDocument;
    const boxes = Array.from(scope.querySelectorAll<HTMLElement>(sel.replyBox)).filter(
      (b) => precedes(el, b) && !(sel.privateDialog && b.closest(sel.privateDialog)),
    );
    const labelled = boxes.filter((b) => replyBoxLabel.some((p) => p.test(b.getAttribute('aria-label') ?? '')));
    const named = labelled.find((b) => authorName && (b.getAttribute('aria-label') ?? '').includes(authorName));
    return named ?? labelled[0] ?? null;
  }

  return {
    site: 'facebook',

    isThreadPage: isPostUrl,

    postUrl: canonicalPostUrl,

    postWindow(doc) {
      const dialog = firstHolding(doc, pack.observeRoot, holdsComment);
      const postUrl = dialog && windowPostUrl(dialog);
      if (!dialog || !postUrl) return null;
      // The window's heading ("Publicação de <Página>", "<Page>'s post") names it, as the tab's title would a post page.
      const heading = (dialog.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? doc.getElementById(id) : null))
        .find((el) => el && dialog.contains(el));
      return { postUrl, title: collapseWhitespace(heading?.textContent ?? '') || doc.title };
    },

    observeRoot: postRoot,

    listedPosts(doc) {
      return listedPosts(doc, {
        origin: ORIGIN,
        pages: listingPages,
        candidate: (href) => POST_LINK.test(href) && !href.includes(`${pack.commentIdParam}=`),
        postOf: (link, url) => {
          const article = link.closest(sel.comment);
          const inComment = article !== null && isComment(article);
          const commentLink = url.searchParams.has(pack.commentIdParam) || url.searchParams.has(pack.replyIdParam);
          return !inComment && !commentLink && isPostUrl(url) ? canonicalPostUrl(url) : undefined;
        },
        // The post's first paragraph names it; the link itself is only its time ("1 dia").
        titleOf: (link) => {
          const post = link.closest(sel.article);
          const message = post && [...post.querySelectorAll(sel.textPart)].find((p) => !p.closest('a') && p.closest(sel.article) === post);
          return message ? readBody(message) : '';
        },
      });
    },

    findComments(root) {
      const found = queryAllIncludingSelf(root, sel.comment).filter(isComment);
      if (!sel.feed) return found;
      // Added subtrees are searched too, not only the root: the feed's preview comments are dropped here. With a
      // post modal open, everything in the feed behind it is another post's; without one, those whose time
      // link names another post.
      const doc = (root as Node).ownerDocument ?? (root as Document);
      let modalOpen: boolean | undefined;
      let page: string | null | undefined = null;
      return found.filter((el) => {
        if (!el.closest(sel.feed)) return true;
        modalOpen ??= firstHolding(doc, pack.observeRoot, holdsComment) !== null;
        if (modalOpen) return false;
        if (page === null) page = postKey(doc.URL);
        return !elsewhere(el, page);
      });
    },

    readComment(el) {
      const a = author(el);
      const block = textBlock(el);
      const text = block ? readBody(block) : '';
      if (!a.name && !text) return null;
      const ids = idsOf(el);
      const label = el.getAttribute('aria-label') ?? '';
      const isReply = replyLabel.some((p) => p.test(label)) || (ids.parentId !== undefined && ids.parentId !== ids.id);
      const comment: ExtractedComment = {
        id: ids.id ?? contentId(a.name, text),
        authorName: a.name,
        text,
        isReply,
      };
      if (ids.permalink) comment.permalink = ids.permalink;
      if (a.url) comment.authorUrl = a.url;
      if (a.handle) comment.authorHandle = a.handle;
      if (isReply && ids.parentId && ids.parentId !== ids.id) comment.parentId = ids.parentId;
      const role = houseRole(el);
      if (role) comment.siteRole = role;
      const tagged = block ? taggedNames(block) : [];
      if (tagged.length) comment.mentions = tagged;
      return comment;
    },

    badgeAnchor(el) {
      const row = own(el, sel.actionRow)[0] ?? replyButtonOf(el)?.parentElement ?? null;
      return row && el.contains(row) ? row : el;
    },

    textElement(el) {
      return textBlock(el);
    },

    async openReplyBox(el): Promise<ReplyBox | null> {
      const name = author(el).name;
      const button = replyButtonOf(el);
      if (!button) return null;
      const before = findReplyBox(el, name);
      // A box labelled with this author already open: use it, clicking again would only move focus.
      if (before && name && (before.getAttribute('aria-label') ?? '').includes(name)) return { element: before, kind: editorKind(before) };
      clickLikeUser(button);
      const scope = el.closest(sel.dialog) ?? el.ownerDocument.body;
      const box = await waitFor(() => {
        const b = findReplyBox(el, name);
        return b && b !== before ? b : null;
      }, scope, pack.replyWaitMs);
      const found = box ?? findReplyBox(el, name);
      return found ? { element: found, kind: editorKind(found) } : null;
    },

    async openModeration(el): Promise<Moderation | null> {
      // A pack made before moderation was read has none: the built-in one applies. A reply's "…" is its own.
      const selectors = pack.moderationMenu ?? BUILTIN_PACK.sites.facebook.moderationMenu ?? [];
      const find = () => ownMenuControl(el, selectors, (found) => found.closest(sel.comment) === el);
      // Facebook may draw a comment's "…" only while the pointer is over the comment.
      hoverLikeUser(el);
      const menu = await waitFor(find, el, pack.replyWaitMs);
      if (!menu) return null;
      clickLikeUser(menu);
      return { kind: 'menu', element: menu };
    },

    async openPrivateReply(el): Promise<ReplyBox | 'unavailable' | null> {
      const captions = pack.privateReplyText ?? BUILTIN_PACK.sites.facebook.privateReplyText ?? [];
      const control = own(el, sel.button).find((b) => captionIs(captions, b.textContent ?? '')) as HTMLElement | undefined;
      if (!control || !sel.privateDialog) return 'unavailable';
      const doc = el.ownerDocument;
      const name = author(el).name;
      const block = textBlock(el);
      const quote = block ? readBody(block).slice(0, 40) : '';
      // The window names the commenter ("Message Sinta") and quotes the comment: another comment's window, left
      // open, must not receive this one's message.
      const forThis = (dialog: Element) =>
        (name !== '' && (dialog.getAttribute('aria-label') ?? '').includes(name)) || (quote !== '' && collapseWhitespace(dialog.textContent ?? '').includes(quote));
      const find = () => {
        for (const dialog of doc.querySelectorAll(sel.privateDialog)) {
          const box = forThis(dialog) ? dialog.querySelector<HTMLElement>(sel.replyBox) : null;
          if (box) return box;
        }
        return null;
      };
      let box = find();
      if (!box) {
        clickLikeUser(control);
        box = await waitFor(find, doc.body, pack.replyWaitMs);
      }
      return box ? { element: box, kind: editorKind(box) } : null;
    },

    dmComposer,

    async showAllComments(doc) {
      const root = postRoot(doc);
      const text = (el: Element) => collapseWhitespace(el.textContent ?? '');
      // The post's own sort control, not a comment's "…" menu (those sit inside the comment's article).
      const control = [...root.querySelectorAll<HTMLElement>(sort.control)].find(
        (el) => !el.closest(sel.comment) && sort.filtering.some((p) => p.test(text(el))),
      );
      if (!control) return false;
      clickLikeUser(control);
      const all = await waitFor(() => [...doc.querySelectorAll<HTMLElement>(sort.menuItem)].find((el) => sort.all.some((p) => p.test(text(el)))), doc.body, pack.replyWaitMs);
      if (!all) {
        clickLikeUser(control); // closes the menu it opened
        return false;
      }
      clickLikeUser(all);
      return true;
    },

    findLoadMore(root) {
      return outermost(byCaption(root, sel.button, loadMoreText)).filter((b) => collapseWhitespace(b.textContent ?? '') !== '');
    },
  };
}
