import type { InstagramPack } from '../pack';
import type { EditorKind, ExtractedComment, Moderation, ReplyBox, SiteAdapter } from '../types';
import { anyOf, byCaption, clickLikeUser, firstHolding, hoverLikeUser, outermost, ownMenuControl, precedes, queryAllIncludingSelf, unique, waitFor } from '../common/dom';
import { BUILTIN_PACK } from '../builtin-pack';
import { createDmComposerFinder } from '../common/dm';
import { contentId } from '../common/hash';
import { captionIs, compile, compileAll } from '../common/regex';
import { isoTime, labelText, readText } from '../common/text';
import { listedPosts } from '../common/listed';
import { HOUSE_ROLES } from '../../lib/house';

const ORIGIN = 'https://www.instagram.com';
/** Instagram marks no one in the comments: what Ronda's badge calls the post's author, found in its header. */
const POST_AUTHOR_ROLE = HOUSE_ROLES.postAuthor.pt;

/**
 * Instagram post pages, post modals and reels. Class names are obfuscated and regenerated, so comments are found
 * from what cannot change without breaking the product: the comment permalink (/p/<code>/c/<id>/) around a
 * <time datetime>, profile links, and the avatar image. A comment block is the nearest ancestor of its permalink
 * that holds an avatar; replies carry /c/<parent>/r/<id>/ permalinks.
 */
export function createInstagramAdapter(pack: InstagramPack): SiteAdapter {
  // A pack made before DMs were pack data has none: the built-in one applies.
  const dmComposer = createDmComposerFinder('instagram', pack.dm ?? BUILTIN_PACK.sites.instagram.dm!);
  const threadPages = compileAll(pack.threadPages);
  const postPath = compile(pack.postPath, 'u');
  // A pack made before listings were pack data has none: the built-in one applies.
  const listingPages = compileAll(pack.listingPages ?? BUILTIN_PACK.sites.instagram.listingPages ?? []);
  const permalinkPattern = compile(pack.permalinkPattern, 'u');
  const profilePath = compile(pack.profilePath, 'u');
  const loadMoreText = compileAll(pack.loadMoreText);
  // A pack made before post owners were read has none: the built-in one applies.
  const ownerPack = pack.postOwner ?? BUILTIN_PACK.sites.instagram.postOwner!;
  const owner = { scope: anyOf(ownerPack.scope), link: anyOf(ownerPack.link) };
  /**
   * Each post's authors by the element that holds it and the address it showed (Instagram keeps its main across
   * posts): read once per post, not per comment; a header not rendered yet is asked again next time.
   */
  const ownersByScope = new WeakMap<Element, { url: string; handles: ReadonlySet<string> }>();
  const sel = {
    lexicalEditor: anyOf(pack.lexicalEditor),
    permalink: anyOf(pack.permalink),
    time: anyOf(pack.time),
    avatar: anyOf(pack.avatar),
    profileLink: anyOf(pack.profileLink),
    text: anyOf(pack.text),
    button: anyOf(pack.button),
    replyContainer: anyOf(pack.replyContainer),
    composer: anyOf(pack.composer),
    loadMoreIcon: anyOf(pack.loadMoreIcon),
  };

  function isCommentLink(a: Element): boolean {
    return permalinkPattern.test(a.getAttribute('href') ?? '') && a.querySelector(sel.time) !== null;
  }

  function holdsComment(root: Element): boolean {
    for (const link of root.querySelectorAll(sel.permalink)) if (isCommentLink(link)) return true;
    return false;
  }

  /** The comment block of a permalink: its nearest ancestor (within maxClimb) that holds an avatar. */
  function blockOf(link: Element): Element | null {
    let node = link.parentElement;
    for (let i = 0; node && i < pack.maxClimb; i++, node = node.parentElement) {
      if (node.querySelector(sel.avatar)) return node;
    }
    return null;
  }

  /** The block's own permalinks: the first is its own, any later one belongs to a nested reply. */
  function permalinksOf(el: Element): Element[] {
    return Array.from(el.querySelectorAll(sel.permalink)).filter(isCommentLink);
  }

  function pathOf(href: string | null): string | null {
    if (!href) return null;
    try {
      return new URL(href, ORIGIN).pathname;
    } catch {
      return null;
    }
  }

  function authorOf(el: Element, limit: Element | undefined): { name: string; handle?: string; url?: string } {
    for (const a of el.querySelectorAll(sel.profileLink)) {
      if (limit && a !== limit && !(a.compareDocumentPosition(limit) & 4)) break; // past a nested reply
      const path = pathOf(a.getAttribute('href'));
      const handle = path ? profilePath.exec(path)?.[1] : undefined;
      if (!handle) continue;
      const name = labelText(a);
      if (!name) continue; // the avatar link: no text
      return { name, handle, url: `${ORIGIN}/${handle}/` };
    }
    return { name: '' };
  }

  /** The handles the header of the post `el` is under links to (its author; both of a collab post). */
  function postOwners(el: Element): ReadonlySet<string> {
    const scope = el.closest(owner.scope);
    if (!scope) return new Set();
    const url = scope.ownerDocument.URL;
    const known = ownersByScope.get(scope);
    if (known?.url === url) return known.handles;
    const handles = new Set<string>();
    for (const a of scope.querySelectorAll(owner.link)) {
      const path = pathOf(a.getAttribute('href'));
      const handle = path ? profilePath.exec(path)?.[1] : undefined;
      if (handle) handles.add(handle.toLowerCase());
    }
    if (handles.size) ownersByScope.set(scope, { url, handles });
    return handles;
  }

  function textOf(el: Element, limit: Element | undefined): HTMLElement | null {
    for (const span of el.querySelectorAll<HTMLElement>(sel.text)) {
      if (limit && !(span.compareDocumentPosition(limit) & 4)) return null; // reached a nested reply
      // Skip the name (inside its link), the time holder (wraps the permalink) and control captions.
      if (span.closest('a, [role="button"], button') || span.querySelector(sel.time)) continue;
      return span;
    }
    return null;
  }

  function replyControl(el: Element): HTMLElement | null {
    for (const b of el.querySelectorAll<HTMLElement>(sel.button)) {
      if (captionIs(pack.replyText, b.textContent ?? '')) return b;
    }
    return null;
  }

  function composerFor(el: Element): HTMLElement | null {
    for (const s of pack.composerScope) {
      const scope = el.closest(s);
      const box = scope?.querySelector<HTMLElement>(sel.composer);
      if (box) return box;
    }
    return el.ownerDocument.querySelector<HTMLElement>(sel.composer);
  }

  function kindOf(box: Element): EditorKind {
    if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') return 'textarea';
    return box.matches(sel.lexicalEditor) ? 'lexical' : 'contenteditable';
  }

  function composerValue(box: HTMLElement): string {
    return box.tagName === 'TEXTAREA' || box.tagName === 'INPUT' ? (box as HTMLTextAreaElement).value : (box.textContent ?? '');
  }

  function isThreadPage(url: URL): boolean {
    return /(^|\.)instagram\.com$/.test(url.hostname) && threadPages.some((p) => p.test(url.pathname));
  }

  function postUrl(url: URL): string {
    const m = postPath.exec(url.pathname);
    if (!m) return `${ORIGIN}${url.pathname}`;
    const kind = m[1] === 'reels' ? 'reel' : m[1];
    return `${ORIGIN}/${kind}/${m[2]}/`;
  }

  return {
    site: 'instagram',

    isThreadPage,
    postUrl,

    listedPosts(doc) {
      return listedPosts(doc, {
        origin: ORIGIN,
        pages: listingPages,
        candidate: (href) => /\/(?:p|reels?|tv)\//.test(href),
        postOf: (_link, url) => (isThreadPage(url) ? postUrl(url) : undefined),
        // A grid tile is a picture: its description (the caption's start, or Instagram's own) names the post.
        titleOf: (link) => link.querySelector('img[alt]')?.getAttribute('alt') ?? link.getAttribute('aria-label') ?? '',
      });
    },

    observeRoot(doc) {
      // Until one of them holds a comment, the scan looks at the whole page.
      return firstHolding(doc, pack.observeRoot, holdsComment) ?? doc.body;
    },

    findComments(root) {
      // Ancestors (within maxClimb) of every avatar under root, marked once: then each permalink's block is its
      // first marked ancestor, without a subtree query per level (2,000 comments: 12 ms → 3 ms).
      const holdsAvatar = new Set<Element>();
      for (const img of queryAllIncludingSelf(root, sel.avatar)) {
        let node = img.parentElement;
        for (let i = 0; node && i <= pack.maxClimb + 2 && !holdsAvatar.has(node); i++, node = node.parentElement) holdsAvatar.add(node);
      }
      const blocks: Element[] = [];
      for (const link of queryAllIncludingSelf(root, sel.permalink)) {
        if (!isCommentLink(link)) continue;
        let block: Element | null = null;
        let node = link.parentElement;
        for (let i = 0; node && i < pack.maxClimb; i++, node = node.parentElement) {
          if (holdsAvatar.has(node)) {
            block = node;
            break;
          }
        }
        // The avatar may sit outside root (a batch inside a block): ask the DOM.
        block ??= blockOf(link);
        if (block) blocks.push(block);
      }
      return unique(blocks);
    },

    readComment(el) {
      const [own, nested] = permalinksOf(el);
      if (!own) return null;
      const m = permalinkPattern.exec(own.getAttribute('href') ?? '');
      if (!m) return null;
      const [, , commentId, replyId] = m;
      const author = authorOf(el, nested);
      const textEl = textOf(el, nested);
      const text = textEl ? readText(textEl) : '';
      if (!author.name && !text) return null;

      let isReply = replyId !== undefined;
      let parentId = replyId ? commentId : undefined;
      if (!isReply && sel.replyContainer) {
        // Older markup: reply lists nested in the parent's item, permalinks without /r/.
        const list = el.closest(sel.replyContainer);
        if (list) {
          isReply = true;
          for (let up = list.parentElement; up && !parentId; up = up.parentElement) {
            const first = Array.from(up.querySelectorAll(sel.permalink)).find((a) => !list.contains(a) && isCommentLink(a));
            const m2 = first ? permalinkPattern.exec(first.getAttribute('href') ?? '') : null;
            if (m2) parentId = m2[3] ?? m2[2];
          }
        }
      }
      const id = replyId ?? commentId ?? contentId(author.name, text);
      const comment: ExtractedComment = { id, authorName: author.name, text, isReply };
      const path = pathOf(own.getAttribute('href'));
      if (path) comment.permalink = `${ORIGIN}${path}`;
      if (author.handle) comment.authorHandle = author.handle;
      if (author.url) comment.authorUrl = author.url;
      const posted = isoTime(own.querySelector(sel.time)?.getAttribute('datetime'));
      if (posted) comment.postedAt = posted;
      if (isReply && parentId && parentId !== id) comment.parentId = parentId;
      if (author.handle && postOwners(el).has(author.handle.toLowerCase())) comment.siteRole = POST_AUTHOR_ROLE;
      return comment;
    },

    badgeAnchor(el) {
      const [own] = permalinksOf(el);
      const holder = own?.parentElement;
      return holder && el.contains(holder) ? holder : el;
    },

    textElement(el) {
      const [, nested] = permalinksOf(el);
      return textOf(el, nested);
    },

    async openReplyBox(el): Promise<ReplyBox | null> {
      const control = replyControl(el);
      const handle = authorOf(el, permalinksOf(el)[1]).handle;
      if (control) clickLikeUser(control);
      // Reply prefills the post's one composer with "@user "; wait for that, or settle for the composer.
      const scope = el.closest(pack.composerScope.join(', ')) ?? el.ownerDocument.body;
      const prefilled = await waitFor(() => {
        const box = composerFor(el);
        return box && (!control || !handle || composerValue(box).includes(`@${handle}`)) ? box : null;
      }, scope, control ? pack.replyWaitMs : 0);
      const box = prefilled ?? composerFor(el);
      return box ? { element: box, kind: kindOf(box) } : null;
    },

    async openModeration(el): Promise<Moderation | null> {
      // A pack made before moderation was read has none: the built-in one applies.
      const selectors = pack.moderationMenu ?? BUILTIN_PACK.sites.instagram.moderationMenu ?? [];
      // Replies can sit inside a comment's block: the control is its own when it comes before the first reply's link.
      const nested = permalinksOf(el)[1];
      const find = () => ownMenuControl(el, selectors, (found) => !nested || precedes(found, nested));
      // Instagram draws a comment's "…" only while the pointer is over it.
      hoverLikeUser(el);
      const menu = await waitFor(find, el, pack.replyWaitMs);
      if (!menu) return null;
      clickLikeUser(menu);
      return { kind: 'menu', element: menu };
    },

    dmComposer,

    findLoadMore(root) {
      const icons = sel.loadMoreIcon
        ? queryAllIncludingSelf(root, sel.loadMoreIcon)
            .map((svg) => svg.closest<HTMLElement>('button, [role="button"]'))
            .filter((b): b is HTMLElement => b !== null)
        : [];
      return unique([...icons, ...outermost(byCaption(root, sel.button, loadMoreText))]);
    },
  };
}
