import { commentKey, type Site, type WithoutRule } from '../lib/domain';
import { idsBelow } from '../lib/threads';
import { WIRE_LIMITS, type LiveComment } from '../messaging/protocol';
import { cyrb53 } from '../sites/common/hash';
import type { ExtractedComment, SiteAdapter } from '../sites/types';

/** What the tracker needs to turn a read comment into a marked one (classification lives outside). */
export interface Classified {
  label: LiveComment['label'];
  confidence: number;
  evidence: string[];
  source: 'classifier' | 'memory' | 'rule';
  /** With source 'rule': what the comment would be without it. */
  withoutRule?: WithoutRule;
  /** Written by the house (see lib/house.ts): what says so. */
  house?: string;
}

/**
 * Every comment element Ronda has read carries its label here, badge or not yet (badges wait for the
 * viewport): the page's count and tests can see that the whole thread was marked. No stylesheet reads it, so
 * setting it costs the page no style or layout work.
 */
export const MARK_ATTR = 'data-ronda-label';
/** Which comment the element shows: its badge (in Ronda's layer) carries the same id as `data-ronda-comment`. */
export const ID_ATTR = 'data-ronda-id';

export function markElement(element: Element, label: string, commentId?: string): void {
  if (element.getAttribute(MARK_ATTR) !== label) element.setAttribute(MARK_ATTR, label);
  if (commentId !== undefined && element.getAttribute(ID_ATTR) !== commentId) element.setAttribute(ID_ATTR, commentId);
}

export interface TrackedComment {
  comment: LiveComment;
  element: Element | undefined;
  /** Ronda's badge for it, once mounted (the site may remove it when it re-renders). */
  badgeHost?: HTMLElement;
  /** The badge waits for the comment to come near the viewport (see NearViewport). */
  mountPending?: boolean;
  /** What the site marks the author as (ExtractedComment.siteRole), kept for when the house accounts change. */
  siteRole?: string;
  /** The people it tags by name (ExtractedComment.mentions), kept for when it is classified again. */
  mentions?: string[];
}

export interface TrackerEvents {
  /** A comment seen for the first time on this page: classify it. */
  classify(data: ExtractedComment): Classified;
  /** Place (or move) the comment's badge next to its element. */
  mount(entry: TrackedComment, element: Element): void;
  /** Take the comment's badge off the page, with anything drawn for it (a hater's cover). */
  unmount(entry: TrackedComment): void;
  /** A comment that must be reported to the background (new, or its text changed). */
  report(comment: LiveComment): void;
  /** A tracked comment's words changed (edited, "See more" expanded) and it was classified again: redraw its badge. */
  changed?(entry: TrackedComment): void;
}

/**
 * Knows which comments are on the page and which element shows each one. Elements are keyed weakly: when a
 * virtualised list drops a node and adds a new one for the same comment, the comment keeps its label and its
 * badge moves; when a site reuses an element for another comment (re-sorting), the element is re-read.
 * A comment is classified and reported once per page, whatever the DOM does.
 */
export class CommentTracker {
  private readonly byId = new Map<string, TrackedComment>();
  private elementIds = new WeakMap<Element, string>();
  /**
   * Hash of the text each element showed when it was last read. With the id in `elementIds`, it is the element's
   * fingerprint: a mutation inside a marked comment costs one read of it, and more work only when the site put
   * other words or another comment in it (a Polymer element reused, "See more" expanded, an edit).
   */
  private textHashes = new WeakMap<Element, number>();
  /** Who answers whom, by id: a hater's thread is hidden with it, and follows when its label changes. */
  private readonly repliesTo = new Map<string, Set<string>>();

  constructor(
    private readonly site: Site,
    private readonly adapter: SiteAdapter,
    private readonly events: TrackerEvents,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  all(): TrackedComment[] {
    return [...this.byId.values()];
  }

  get(commentId: string): TrackedComment | undefined {
    return this.byId.get(commentId);
  }

  /** The comments read so far that answer `commentId` directly. */
  repliesOf(commentId: string): TrackedComment[] {
    return [...(this.repliesTo.get(commentId) ?? [])].flatMap((id) => this.byId.get(id) ?? []);
  }

  /** The comments read so far below `commentId`: its replies and, on blogs' nested threads, theirs. */
  threadBelow(commentId: string): TrackedComment[] {
    return idsBelow(commentId, (id) => this.repliesTo.get(id)).flatMap((id) => this.byId.get(id) ?? []);
  }

  idOf(element: Element): string | undefined {
    return this.elementIds.get(element);
  }

  /** True when the element still needs (re)processing: never seen, or its badge was removed by the site. */
  needsWork(element: Element): boolean {
    const id = this.elementIds.get(element);
    if (id === undefined) return true;
    const entry = this.byId.get(id);
    return !entry || entry.element !== element || (!entry.mountPending && !entry.badgeHost?.isConnected);
  }

  /** Reads and marks one comment element. Returns false when the element is not (yet) a readable comment. */
  process(element: Element): boolean {
    if (!element.isConnected) return false;
    const data = this.adapter.readComment(element);
    if (!data) return false;
    this.apply(element, data);
    return true;
  }

  /**
   * The tracked element `node` is in (itself or its nearest tracked ancestor): the comment a mutation inside it
   * belongs to. Nested comments (replies inside their parent's element) answer for themselves.
   */
  trackedAncestor(node: Node): Element | undefined {
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      if (this.elementIds.has(el)) return el;
    }
    return undefined;
  }

  /**
   * Reads again a tracked element the site changed, and marks it again only when its fingerprint changed (another
   * comment's id, or other words). Returns true when it did.
   */
  refresh(element: Element): boolean {
    if (!element.isConnected || !this.elementIds.has(element)) return false;
    const data = this.adapter.readComment(element);
    if (!data) return false;
    if (this.elementIds.get(element) === data.id && this.textHashes.get(element) === cyrb53(data.text)) return false;
    this.apply(element, data);
    return true;
  }

  private apply(element: Element, data: ExtractedComment): void {
    const previousId = this.elementIds.get(element);
    if (previousId !== undefined && previousId !== data.id) {
      // The site reused this element for another comment: its old badge belongs to someone else now.
      const previous = this.byId.get(previousId);
      if (previous?.element === element) {
        this.events.unmount(previous);
        previous.badgeHost = undefined;
        previous.element = undefined;
      }
    }
    this.elementIds.set(element, data.id);
    this.textHashes.set(element, cyrb53(data.text));
    let entry = this.byId.get(data.id);
    if (!entry) {
      const verdict = this.events.classify(data);
      entry = { comment: toLive(this.site, data, verdict), element, siteRole: data.siteRole, mentions: data.mentions };
      this.byId.set(data.id, entry);
      if (data.parentId !== undefined) {
        const replies = this.repliesTo.get(data.parentId);
        if (replies) replies.add(data.id);
        else this.repliesTo.set(data.parentId, new Set([data.id]));
      }
      this.events.report(entry.comment);
    } else {
      entry.element = element;
      if (entry.comment.text !== data.text && entry.comment.labelSource !== 'staff') {
        // Edited comment: classify the new words (a staff label stays, it was given to this comment).
        const verdict = this.events.classify(data);
        entry.mentions = data.mentions;
        entry.comment = { ...toLive(this.site, data, verdict), status: entry.comment.status, answeredBy: entry.comment.answeredBy };
        this.events.report(entry.comment);
        this.events.changed?.(entry);
      }
    }
    markElement(element, entry.comment.label, entry.comment.commentId);
    this.events.mount(entry, element);
  }

  /** Forget everything (SPA navigation to another post): badges and marks are removed, the next scan starts afresh. */
  reset(): void {
    for (const entry of this.byId.values()) {
      this.events.unmount(entry);
      entry.element?.removeAttribute(MARK_ATTR);
      entry.element?.removeAttribute(ID_ATTR);
    }
    this.byId.clear();
    this.repliesTo.clear();
    this.elementIds = new WeakMap();
    this.textHashes = new WeakMap();
  }
}

function toLive(site: Site, data: ExtractedComment, verdict: Classified): LiveComment {
  return {
    key: commentKey(site, data.id),
    commentId: data.id,
    permalink: data.permalink,
    parentId: data.parentId,
    isReply: data.isReply,
    authorName: data.authorName,
    authorHandle: data.authorHandle,
    authorUrl: data.authorUrl,
    text: data.text,
    postedAt: data.postedAt,
    postTitle: data.postTitle,
    label: verdict.label,
    confidence: verdict.confidence,
    evidence: verdict.evidence.slice(0, 20),
    decidedBy: verdict.source === 'classifier' ? undefined : verdict.source,
    withoutRule: verdict.source === 'rule' ? verdict.withoutRule : undefined,
    labelSource: verdict.source,
    status: 'new',
    ...(data.mentions?.length ? { mentions: data.mentions.slice(0, 20).map((name) => name.slice(0, WIRE_LIMITS.author)) } : {}),
    ...(verdict.house === undefined ? {} : { house: verdict.house }),
  };
}
