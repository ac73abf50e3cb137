import type { Site } from '../lib/domain';

/** One comment as read from the page's DOM, before classification. */
export interface ExtractedComment {
  /** The site's own id when it exposes one (permalink, element id); otherwise a hash of author + text. */
  id: string;
  permalink?: string;
  authorName: string;
  authorHandle?: string;
  authorUrl?: string;
  /** Visible text, emoji images turned into their characters, whitespace collapsed. */
  text: string;
  /** ISO 8601 when the page has a machine-readable time. */
  postedAt?: string;
  isReply: boolean;
  parentId?: string;
  /**
   * The title of the post this comment is under, on a page that lists the comments of several (Studio's channel
   * inbox), where the page's own title names none of them.
   */
  postTitle?: string;
  /**
   * How the site itself marks the author as the page's own: the post's author (Facebook's "Autor", a blog's post
   * author), the channel's owner (YouTube's name in a grey pill), a group's admin or moderator. In the site's words
   * where it has some, for the badge: such a comment is the house answering, not work for the queue.
   */
  siteRole?: string;
  /**
   * The people the comment tags by their names, where the site writes a tag without an "@" (Facebook links the
   * tagged person's name in the text): the classifier reads them as tags ("Camila Duarte olha isso" is a friend
   * being called, not a question to answer). The text keeps the names as the site shows them.
   */
  mentions?: string[];
}

/** A post a listing page links to, for the day's sweep. */
export interface ListedPost {
  /** Canonical, as postUrl gives it. */
  url: string;
  title: string;
}

/** The site's own way to moderate a comment: its menu, now open beside it, or a page to open in a new tab. */
export type Moderation = { kind: 'menu'; element: HTMLElement } | { kind: 'page'; url: string };

/** How the site's reply editor must be fed so that its own JS registers the text. */
export type EditorKind = 'textarea' | 'lexical' | 'contenteditable' | 'quill';

export interface ReplyBox {
  element: HTMLElement;
  kind: EditorKind;
}

/**
 * All knowledge of one site's markup sits behind this interface. Selectors and texts come from the site's
 * selector pack (data, see sites/pack.ts), so a changed site can be fixed by a new pack without a release.
 */
export interface SiteAdapter {
  site: Site;
  /** True on URLs where comments are expected (post, reel, video, blog article…). */
  isThreadPage(url: URL): boolean;
  /** The canonical URL comments are filed under (drops tracking params; keeps YouTube's v=). */
  postUrl(url: URL): string;
  /**
   * A post shown in a window over a page that is not one (Facebook's post dialog over the News Feed or a Page's
   * timeline, which keeps that page's address): the post's canonical URL and the window's title, so its comments
   * are filed under it; null when no such window with comments is open. Absent on sites without one.
   */
  postWindow?(doc: Document): { postUrl: string; title: string } | null;
  /** The narrowest element to observe for new comments; falls back to document.body. */
  observeRoot(doc: Document): Element;
  /** Comment elements (top-level and replies) under root, in document order. */
  findComments(root: ParentNode): Element[];
  /** Reads one comment element; null when it is not (or not yet) a readable comment. */
  readComment(el: Element): ExtractedComment | null;
  /** The element Ronda's badge is drawn right after (author line, time); the comment itself when none is found. */
  badgeAnchor(el: Element): Element;
  /** The element the hater blur/collapse applies to (usually the text block). */
  textElement(el: Element): HTMLElement | null;
  /** Opens the site's reply box for this comment if needed and returns it; null when none can be found. */
  openReplyBox(el: Element): Promise<ReplyBox | null>;
  /**
   * Where staff hide, delete, report or block this comment on the site itself: its own menu, which this presses
   * open (Ronda never picks an item in it), or the page that moderates it (a blog's wp-admin screen). Null when
   * the site shows no such control for it here. Absent on sites where Ronda offers none.
   */
  openModeration?(el: Element): Promise<Moderation | null>;
  /**
   * The private reply a Page may send to one comment (Facebook's "Send message" under it: one message, within 7 days
   * of the comment): presses that control and returns the composer of the window it opens for this comment. Ronda
   * never presses send. 'unavailable' when the comment shows no such control here (too old, already answered in
   * private, a group, or not the Page's post); null when the window did not open. Absent on sites without one.
   */
  openPrivateReply?(el: Element): Promise<ReplyBox | 'unavailable' | null>;
  /**
   * The message composer of a DM thread page of this site (Instagram /direct/t/…, Facebook /messages/t/…); null on
   * any other page, so a private message never lands in a public box. Absent on sites without DMs.
   */
  dmComposer?(doc: Document, url: URL): ReplyBox | null;
  /**
   * Switches the site's comment filter to show every comment when it hides some (Facebook's "Most relevant"):
   * true when it switched. Absent on sites that show every comment.
   */
  showAllComments?(doc: Document): Promise<boolean>;
  /**
   * The posts a page that is no post itself lists (a Page's timeline, a channel's videos), each once, in page
   * order, so the sweep can take them all in one go. Absent on sites where no listing is read.
   */
  listedPosts?(doc: Document): ListedPost[];
  /** "Load more comments"/"View replies" controls currently on the page. */
  findLoadMore(root: ParentNode): HTMLElement[];
  /** Post title and main text, for context (blogs use @mozilla/readability). */
  pageContext?(doc: Document): { title: string; text: string } | null;
}
