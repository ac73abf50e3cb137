import { Readability } from '@mozilla/readability';
import { blogCommentId, isWebProtocol } from '../../lib/domain';
import type { BlogPack, BlogVariant } from '../pack';
import type { EditorKind, ExtractedComment, Moderation, ReplyBox, SiteAdapter } from '../types';
import { absoluteHref, anyOf, byCaption, clickLikeUser, firstMatch, navigates, ownFirst, queryAllIncludingSelf, unique, waitFor } from '../common/dom';
import { contentId } from '../common/hash';
import { compile, compileAll } from '../common/regex';
import { collapseWhitespace, isoTime, labelText, readText } from '../common/text';
import { createGenericFinder, type GenericFinder } from './generic';
import { BUILTIN_PACK } from '../builtin-pack';
import { HOUSE_ROLES } from '../../lib/house';

/** WordPress marks the post's author with a class, no word: what Ronda's badge calls them. */
const POST_AUTHOR_ROLE = HOUSE_ROLES.postAuthor.pt;

/** A variant's selectors joined once, and its id patterns compiled once. */
interface CompiledVariant {
  v: BlogVariant;
  detect: string;
  comment: string;
  idPattern: RegExp[];
  author: string[];
  authorLink: string;
  handle: string;
  text: string[];
  time: string;
  permalink: string;
  replyButton: string;
  replyBox: string;
  replyFrame: string;
  parentField: string;
  loadMore: string;
  postAuthor: string;
}

function compileVariant(v: BlogVariant): CompiledVariant {
  return {
    v,
    detect: anyOf(v.detect),
    comment: anyOf(v.comment),
    idPattern: compileAll(v.idPattern, 'u'),
    author: v.author,
    authorLink: anyOf(v.authorLink),
    handle: anyOf(v.handle),
    text: v.text,
    time: anyOf(v.time),
    permalink: anyOf(v.permalink),
    replyButton: anyOf(v.replyButton),
    replyBox: anyOf(v.replyBox),
    replyFrame: anyOf(v.replyFrame),
    parentField: anyOf(v.parentField),
    loadMore: anyOf(v.loadMore),
    // A pack made before post authors were read has none: the built-in variant of the same name applies.
    postAuthor: anyOf(v.postAuthor ?? BUILTIN_PACK.sites.blog.variants.find((b) => b.name === v.name)?.postAuthor ?? []),
  };
}

/**
 * Launch blogs: WordPress core comments (classic Walker_Comment and block themes), wpDiscuz, Jetpack comments
 * (native list, cross-origin form) and, when none of them is on the page, a generic finder of comment-like
 * repeated blocks. The variant is chosen per document from the pack's `detect` selectors.
 */
export function createBlogAdapter(pack: BlogPack): SiteAdapter {
  const variants = pack.variants.map(compileVariant);
  const generic: GenericFinder = createGenericFinder(pack.generic);
  // A pack made before moderation was read has none: the built-in one applies.
  const moderation = pack.moderation ?? BUILTIN_PACK.sites.blog.moderation!;
  const genericLoadMore = compileAll(pack.generic.loadMoreText);
  const dropParams = compile(pack.dropParams);
  const genericReplyBox = anyOf(pack.generic.replyBox);

  function variantFor(doc: Document): CompiledVariant | null {
    for (const cv of variants) if (doc.querySelector(cv.detect)) return cv;
    return null;
  }

  function variantOf(el: Element): CompiledVariant | null {
    for (const cv of variants) if (el.matches(cv.comment)) return cv;
    return null;
  }

  function ownOf(cv: CompiledVariant, el: Element, selectors: readonly string[]): Element | null {
    for (const s of selectors) {
      const found = ownFirst(el, s, cv.comment);
      if (found) return found;
    }
    return null;
  }

  function idsOf(cv: CompiledVariant, el: Element): { id?: string; parentId?: string } {
    for (const p of cv.idPattern) {
      const m = p.exec(el.id);
      if (m) return { id: m[1], parentId: m[2] && m[2] !== '0' ? m[2] : undefined };
    }
    return {};
  }

  function readVariant(cv: CompiledVariant, el: Element): ExtractedComment | null {
    const textEl = ownOf(cv, el, cv.text);
    const authorEl = ownOf(cv, el, cv.author);
    // wpDiscuz puts the nicename "(@user)" inside the author element: read the name without it.
    const handleEl = cv.handle ? ownFirst(el, cv.handle, cv.comment) : null;
    const authorName = authorEl ? readText(authorEl, (e) => e === handleEl) : '';
    const text = textEl ? readText(textEl) : '';
    if (!authorName && !text) return null;

    const ids = idsOf(cv, el);
    const parentEl = el.parentElement?.closest(cv.comment) ?? null;
    const parentId = ids.parentId ?? (parentEl ? idsOf(cv, parentEl).id : undefined);
    const comment: ExtractedComment = {
      id: ids.id ?? contentId(authorName, text),
      authorName,
      text,
      isReply: parentEl !== null || ids.parentId !== undefined,
    };
    const link = cv.permalink ? ownFirst(el, cv.permalink, cv.comment) : null;
    const permalink = absoluteHref(link) ?? (ids.id ? withHash(el.ownerDocument.URL, `comment-${ids.id}`) : undefined);
    if (permalink) comment.permalink = permalink;
    const authorUrl = cv.authorLink ? absoluteHref(ownFirst(el, cv.authorLink, cv.comment)) : undefined;
    if (authorUrl) comment.authorUrl = authorUrl;
    const handle = handleEl ? labelText(handleEl).replace(/^\(?@?|\)$/g, '') : '';
    if (handle) comment.authorHandle = handle;
    const time = cv.time ? ownFirst(el, cv.time, cv.comment) : null;
    const posted = isoTime(time?.getAttribute('datetime'));
    if (posted) comment.postedAt = posted;
    if (comment.isReply && parentId) comment.parentId = parentId;
    // On the comment itself (WordPress's li) or its own wrapper (wpDiscuz), never a nested reply's.
    if (cv.postAuthor && (el.matches(cv.postAuthor) || ownFirst(el, cv.postAuthor, cv.comment))) comment.siteRole = POST_AUTHOR_ROLE;
    return comment;
  }

  function editorKind(box: Element): EditorKind {
    if (box.tagName === 'TEXTAREA') return 'textarea';
    if (box.classList.contains('ql-editor')) return 'quill';
    return 'contenteditable';
  }

  async function openVariantReply(cv: CompiledVariant, el: Element): Promise<ReplyBox | null> {
    const doc = el.ownerDocument;
    const id = idsOf(cv, el).id;
    const parentField = () => (cv.parentField ? doc.querySelector<HTMLInputElement>(cv.parentField) : null);
    /** The reply box answering this comment: cloned inside it (wpDiscuz), moved under it by comment-reply.js
     * (classic), or the core form after it with comment_parent pointing at it (block themes). */
    const boxFor = (): HTMLElement | null => {
      // Alternatives in the pack's order (rich editor before its hidden textarea), visible ones only.
      for (const s of cv.v.replyBox) {
        for (const box of doc.querySelectorAll<HTMLElement>(s)) {
          if (hiddenInline(box)) continue;
          if (box.closest(cv.comment) === el) return box;
          if (id && parentField()?.value === id) return box;
        }
      }
      return null;
    };
    // An open form answering this comment: clicking again would toggle it closed (wpDiscuz).
    const existing = boxFor();
    if (existing) return { element: existing, kind: editorKind(existing) };

    const button = cv.replyButton ? (ownFirst(el, cv.replyButton, cv.comment) as HTMLElement | null) : null;
    let unhandled = false;
    // Only links navigate when nobody handles the click (wpDiscuz's reply control is a div).
    if (button && button.closest('a[href]')) {
      // A reply link is a real link (?replytocom=…#respond): when the site's script does not take the click,
      // following it would reload the page under us. Cancel it and point the main form at this comment instead.
      const guard = (e: Event) => {
        if (e.target instanceof Node && button.contains(e.target) && !e.defaultPrevented) {
          e.preventDefault();
          unhandled = true;
        }
      };
      doc.defaultView?.addEventListener('click', guard);
      try {
        clickLikeUser(button);
      } finally {
        doc.defaultView?.removeEventListener('click', guard);
      }
    } else if (button) {
      clickLikeUser(button);
    }
    // Jetpack: the form is a cross-origin frame that its own script pointed at this comment; the page has no
    // editor Ronda can type into (the frame needs its own content script).
    if (cv.replyFrame && doc.querySelector(cv.replyFrame) && !(cv.replyBox && doc.querySelector(cv.replyBox))) return null;
    if (button && !unhandled) {
      const moved = await waitFor(boxFor, doc.body, pack.replyWaitMs);
      if (moved) return { element: moved, kind: editorKind(moved) };
    }
    const main = cv.v.replyBox
      .flatMap((s) => Array.from(doc.querySelectorAll<HTMLElement>(s)))
      .find((box) => !hiddenInline(box));
    if (!main) return null;
    const field = parentField();
    if (field && id) field.value = id;
    return { element: main, kind: editorKind(main) };
  }

  return {
    site: 'blog',

    isThreadPage(url) {
      // Blogs are whatever domains the user added; any article page may have comments.
      return isWebProtocol(url);
    },

    postUrl(url) {
      const out = new URL(url.href);
      out.hash = '';
      for (const key of Array.from(out.searchParams.keys())) {
        if (dropParams.test(key)) out.searchParams.delete(key);
      }
      return out.href;
    },

    observeRoot(doc) {
      return firstMatch(doc, variantFor(doc)?.v.observeRoot ?? []) ?? generic.container(doc) ?? doc.body;
    },

    findComments(root) {
      const doc = (root as Node).ownerDocument ?? (root as Document);
      const cv = variantFor(doc);
      if (cv) return queryAllIncludingSelf(root, cv.comment);
      return generic.find(root);
    },

    readComment(el) {
      const cv = variantOf(el);
      const comment = cv ? readVariant(cv, el) : generic.read(el);
      return comment && onThisBlog(comment, el.ownerDocument.URL);
    },

    badgeAnchor(el) {
      const cv = variantOf(el);
      return (cv ? ownOf(cv, el, cv.v.badgeAnchor) : generic.authorElement(el)) ?? el;
    },

    textElement(el) {
      const cv = variantOf(el);
      return (cv ? ownOf(cv, el, cv.text) : generic.textElement(el)) as HTMLElement | null;
    },

    async openReplyBox(el) {
      const cv = variantOf(el);
      if (cv) return openVariantReply(cv, el);
      const reply = generic.replyControl(el);
      if (reply) clickLikeUser(reply);
      const doc = el.ownerDocument;
      const box = await waitFor(() => doc.querySelector<HTMLElement>(genericReplyBox), doc.body, reply ? pack.replyWaitMs : 0);
      return box ? { element: box, kind: editorKind(box) } : null;
    },

    async openModeration(el): Promise<Moderation | null> {
      // WordPress's own comment systems only: a blog Ronda reads generically names no moderation screen.
      const cv = variantOf(el);
      if (!cv) return null;
      const doc = el.ownerDocument;
      const own = (url: string | undefined) => (url && new URL(url).origin === new URL(doc.URL).origin ? url : undefined);
      // The page's own "Editar", shown to a logged-in moderator, knows where wp-admin is.
      const edit = own(absoluteHref(ownOf(cv, el, moderation.editLink)));
      if (edit) return { kind: 'page', url: edit };
      const id = idsOf(cv, el).id;
      if (!id) return null;
      // Otherwise the screen under the blog's root: the REST API link says it when WordPress is in a subfolder.
      const rest = own(absoluteHref(firstMatch(doc, moderation.restLink)));
      const restPath = rest ? new URL(rest).pathname : '';
      const root = /\/wp-json\/?$/.test(restPath) ? new URL(restPath.replace(/wp-json\/?$/, ''), rest).href : new URL('/', doc.URL).href;
      return { kind: 'page', url: new URL(moderation.adminScreen.replace('{id}', encodeURIComponent(id)), root).href };
    },

    findLoadMore(root) {
      const doc = (root as Node).ownerDocument ?? (root as Document);
      const cv = variantFor(doc);
      const own = cv?.loadMore ? (queryAllIncludingSelf(root, cv.loadMore) as HTMLElement[]) : [];
      const captioned = byCaption(root, 'button, a, [role="button"]', genericLoadMore);
      // Controls that load in place only: a link to another URL (comment pagination) would navigate away.
      return unique([...own, ...captioned]).filter((e) => !navigates(e));
    },

    pageContext(doc) {
      // Readability mutates the document it reads: give it a copy without the comment area.
      const clone = doc.cloneNode(true) as Document;
      for (const s of pack.contextExclude) for (const e of clone.querySelectorAll(s)) e.remove();
      let title = collapseWhitespace(doc.title);
      let text = '';
      try {
        const article = new Readability(clone, { serializer: () => '' }).parse();
        if (article?.title) title = collapseWhitespace(article.title);
        // Readability cuts titles at ":" and keeps site names after "–"; the post's single h1, when the
        // document title carries it, is the post's whole title.
        const h1s = doc.querySelectorAll('h1');
        const h1 = h1s.length === 1 ? collapseWhitespace(h1s[0]!.textContent ?? '') : '';
        if (h1 && (h1.includes(title) || collapseWhitespace(doc.title).includes(h1))) title = h1;
        text = collapseWhitespace(article?.textContent ?? '');
      } catch {
        // Readability gives up on some odd documents: fall back to the page's text below.
      }
      if (!text) text = collapseWhitespace(clone.body?.textContent ?? '');
      if (!title && !text) return null;
      return { title, text: text.slice(0, pack.contextMaxChars) };
    },
  };
}

function onThisBlog(comment: ExtractedComment, pageUrl: string): ExtractedComment {
  let host: string;
  try {
    host = new URL(pageUrl).host;
  } catch {
    return comment;
  }
  if (!host) return comment;
  const scoped: ExtractedComment = { ...comment, id: blogCommentId(host, comment.id) };
  if (comment.parentId) scoped.parentId = blogCommentId(host, comment.parentId);
  return scoped;
}

/**
 * Hidden through an inline `display: none` on itself or an ancestor: how WordPress plugins hide and show their
 * forms (jQuery toggles). Reads attributes only, never layout.
 */
function hiddenInline(el: HTMLElement): boolean {
  for (let e: HTMLElement | null = el; e; e = e.parentElement) {
    if (/(?:^|;)\s*display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

function withHash(url: string, hash: string): string | undefined {
  try {
    const u = new URL(url);
    if (!isWebProtocol(u)) return undefined;
    u.hash = hash;
    return u.href;
  } catch {
    return undefined;
  }
}
