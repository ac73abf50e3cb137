import type { BlogPack } from '../pack';
import type { ExtractedComment } from '../types';
import { absoluteHref, anyOf, queryAllIncludingSelf, scoped } from '../common/dom';
import { contentId } from '../common/hash';
import { captionIs } from '../common/regex';
import { isoTime, readText } from '../common/text';

/**
 * Fallback for blogs whose comment system Ronda does not know: inside a comment-looking container, the largest
 * group of sibling elements with the same tag and classes, each holding an author-like element and some text,
 * is taken as the comment list. Replies are the same kind of block nested in another.
 */
export interface GenericFinder {
  container(doc: Document): Element | null;
  find(root: ParentNode): Element[];
  read(el: Element): ExtractedComment | null;
  authorElement(el: Element): Element | null;
  textElement(el: Element): HTMLElement | null;
  replyControl(el: Element): HTMLElement | null;
}

interface Detected {
  container: Element;
  tag: string;
  signature: string;
}

// Classes that vary between otherwise identical comment blocks (parity, depth, per-author, state).
const VOLATILE_CLASS = /\d|^(?:even|odd|alt|thread-[\w-]+|byuser|bypostauthor|parent|has-children|comment-author-.+|is-[\w-]+|active|open|collapsed)$/;
const MAX_CONTAINERS = 40;

export function signatureOf(el: Element): string {
  const classes = Array.from(el.classList)
    .filter((c) => !VOLATILE_CLASS.test(c))
    .sort();
  return `${el.tagName}|${classes.join('.')}`;
}

export function createGenericFinder(g: BlogPack['generic']): GenericFinder {
  const containerSel = anyOf(g.container);
  const authorSel = anyOf(g.author);
  const timeSel = anyOf(g.time);
  const cache = new WeakMap<Document, { detected: Detected | null; elementCount: number }>();

  const isBlock = (e: Element, d: Detected) => e.tagName === d.tag && signatureOf(e) === d.signature;

  function nearestBlock(e: Element, d: Detected, stop?: Element): Element | null {
    for (let p: Element | null = e; p && p !== d.container; p = p.parentElement) {
      if (isBlock(p, d)) return p;
      if (p === stop) return null;
    }
    return null;
  }

  function own(el: Element, selectors: readonly string[], d: Detected, accept?: (e: Element) => boolean): Element | null {
    for (const s of selectors) {
      for (const e of el.querySelectorAll(scoped(s))) {
        if (nearestBlock(e, d) === el && (!accept || accept(e))) return e;
      }
    }
    return null;
  }

  function looksLikeComment(el: Element): boolean {
    if ((el.textContent ?? '').trim().length < 2) return false;
    return el.querySelector(authorSel) !== null || (timeSel !== '' && el.querySelector(timeSel) !== null);
  }

  function detect(doc: Document): Detected | null {
    const containers = Array.from(doc.querySelectorAll(containerSel)).slice(0, MAX_CONTAINERS);
    let best: (Detected & { count: number }) | null = null;
    for (const container of containers) {
      // Siblings up to three levels down (container > ol > li, container > div > div…).
      const parents: Element[] = [container];
      for (const child of container.children) {
        parents.push(child);
        for (const grandchild of child.children) parents.push(grandchild);
      }
      for (const parent of parents) {
        const groups = new Map<string, Element[]>();
        for (const child of parent.children) {
          const sig = signatureOf(child);
          const list = groups.get(sig);
          if (list) list.push(child);
          else groups.set(sig, [child]);
        }
        for (const [signature, members] of groups) {
          if (members.length < g.minBlocks || (best && members.length <= best.count)) continue;
          const good = members.filter(looksLikeComment).length;
          if (good / members.length < 0.6) continue;
          best = { container, tag: members[0]!.tagName, signature, count: members.length };
        }
      }
    }
    return best ? { container: best.container, tag: best.tag, signature: best.signature } : null;
  }

  function detected(doc: Document): Detected | null {
    const count = doc.getElementsByTagName('*').length;
    const hit = cache.get(doc);
    // Re-detect when the page changed since a miss, or the list we found left the page.
    if (hit && (hit.detected ? hit.detected.container.isConnected : hit.elementCount === count)) return hit.detected;
    const d = detect(doc);
    cache.set(doc, { detected: d, elementCount: count });
    return d;
  }

  const forEl = (el: Element): Detected | null => {
    const d = detected(el.ownerDocument);
    return d && d.container.contains(el) && isBlock(el, d) ? d : null;
  };

  function authorElement(el: Element): Element | null {
    const d = forEl(el);
    return d ? own(el, g.author, d) : null;
  }

  function textElement(el: Element): HTMLElement | null {
    const d = forEl(el);
    if (!d) return null;
    const author = own(el, g.author, d);
    return own(el, g.text, d, (e) => e !== author && !(author && (e.contains(author) || author.contains(e))) && (e.textContent ?? '').trim() !== '') as HTMLElement | null;
  }

  function idOf(el: Element): string | undefined {
    return /(\d+)/.exec(el.id)?.[1];
  }

  return {
    container(doc) {
      return detected(doc)?.container ?? null;
    },

    find(root) {
      const doc = (root as Node).ownerDocument ?? (root as Document);
      const d = detected(doc);
      if (!d) return [];
      return queryAllIncludingSelf(root, d.tag.toLowerCase()).filter((e) => d.container.contains(e) && isBlock(e, d));
    },

    read(el) {
      const d = forEl(el);
      if (!d) return null;
      const authorEl = own(el, g.author, d);
      const textEl = textElement(el);
      const authorName = authorEl ? readText(authorEl) : '';
      const text = textEl ? readText(textEl) : '';
      if (!text) return null;
      const parent = el.parentElement ? nearestBlock(el.parentElement, d) : null;
      const siteId = idOf(el);
      const comment: ExtractedComment = {
        id: siteId ?? contentId(authorName, text),
        authorName,
        text,
        isReply: parent !== null,
      };
      if (parent) {
        const parentRead = idOf(parent);
        comment.parentId = parentRead ?? undefined;
        if (!comment.parentId) delete comment.parentId;
      }
      const link = authorEl?.closest('a') ?? authorEl?.querySelector('a');
      const authorUrl = absoluteHref(link);
      if (authorUrl) comment.authorUrl = authorUrl;
      const time = timeSel ? own(el, g.time, d) : null;
      const posted = isoTime(time?.getAttribute('datetime'));
      if (posted) comment.postedAt = posted;
      if (siteId && el.id) {
        try {
          const u = new URL(el.ownerDocument.URL);
          if (u.protocol.startsWith('http')) {
            u.hash = el.id;
            comment.permalink = u.href;
          }
        } catch {
          // no permalink for documents without a URL
        }
      }
      return comment;
    },

    authorElement,
    textElement,

    replyControl(el) {
      const d = forEl(el);
      if (!d) return null;
      return own(el, ['a', 'button', '[role="button"]'], d, (e) => captionIs(g.replyText, e.textContent ?? '')) as HTMLElement | null;
    },
  };
}
