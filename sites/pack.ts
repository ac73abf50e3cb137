import { z } from 'zod';
import { tr } from '../lib/i18n';

/**
 * The selector pack: every selector, regex and UI text the site adapters use, as versioned data. Sites change
 * their markup without notice; a new pack (imported by the user or shipped later) fixes the adapters without a
 * release. Alternatives are arrays (old and new markup side by side); the adapters try all of them.
 *
 * Regexes are strings, compiled once per adapter with the flags `iu`. CSS selectors are checked for syntax
 * when a DOM is available (extension pages, content scripts), so a bad pack is refused before it is used.
 */

export const PACK_FORMAT = 1;

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

function isValidSelector(selector: string): boolean {
  // Without a DOM (node tests, background worker) only the shape is checked; the content script re-checks.
  const doc = (globalThis as { document?: Document }).document;
  if (!doc?.createDocumentFragment) return true;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z
  .string()
  .trim()
  .min(1, { error: () => tr('seletor vazio', 'empty selector') })
  .refine(isValidSelector, { error: () => tr('seletor CSS inválido', 'invalid CSS selector') });
const regex = z
  .string()
  .min(1, { error: () => tr('regex vazia', 'empty regex') })
  .refine(isValidRegex, { error: () => tr('expressão regular inválida', 'invalid regular expression') });
const text = z.string().trim().min(1, { error: () => tr('texto vazio', 'empty text') });

/** One or more alternatives (old and new markup). */
const selectors = z.array(selector).min(1, { error: () => tr('informe ao menos um seletor', 'give at least one selector') });
/** Zero or more alternatives: the feature is optional on this site. */
const optionalSelectors = z.array(selector);
const regexes = z.array(regex).min(1, { error: () => tr('informe ao menos uma regex', 'give at least one regex') });
const texts = z.array(text).min(1, { error: () => tr('informe ao menos um texto', 'give at least one text') });
const timeoutMs = z.number().int().min(0).max(10_000);

/**
 * A site's DM thread pages and their message composer. Only on a thread page is a composer ever returned: a public
 * comment box must never receive a private message. Optional in a pack, so packs made before it still load (the
 * built-in pack's is used).
 */
export const dmPackSchema = z.object({
  /** Pathnames of one DM thread. */
  threadPath: regexes,
  /** The thread's editors; the last one on the page is the composer (search boxes come first). */
  composer: selectors,
  /** Editors that are never the thread's composer (a post's comment dialog left open over the thread). */
  exclude: optionalSelectors,
});

/**
 * YouTube Studio's comment pages (studio.youtube.com): another Polymer app (ytcp-*), with its own markup and reply
 * box. Optional in a pack, so packs made before Studio was read still load (the built-in pack's is used).
 */
export const youtubeStudioPackSchema = z.object({
  /** Pathnames of one video's comments; group 1 is the video id (its comments are filed under its watch URL). */
  videoPages: regexes,
  /** Pathnames of the channel's comment inbox (every video at once); group 1 is the channel id, group 2 the tab. */
  channelPages: regexes,
  /** The page's name for what it shows: the video's title on a video's page, the channel's name on the inbox. */
  entityName: optionalSelectors,
  observeRoot: selectors,
  comment: selectors,
  replyContainer: selectors,
  thread: selectors,
  /** Attributes that may carry the comment's own id, on the comment or its thread; without one, a hash. */
  idAttributes: z.array(text),
  authorName: selectors,
  authorLink: optionalSelectors,
  content: selectors,
  /** The title on a comment's video card (the inbox names each comment's video; a video's own page leaves it empty). */
  videoTitle: optionalSelectors,
  badgeAnchor: selectors,
  replyButton: selectors,
  replyDialog: selectors,
  replyEditor: selectors,
  replyWaitMs: timeoutMs,
  /** A thread's "N respostas" toggle: pressed only while none of its replies is on the page (a second press hides them). */
  repliesToggle: optionalSelectors,
  /**
   * The badge Studio shows in place of the name on the channel's own comments: the house answering. Optional, so
   * packs made before it still load (the built-in one applies).
   */
  ownerBadge: optionalSelectors.optional(),  /**
   * The comment's own menu ("⋮", "…"), where the site offers to hide, delete, report or block: pressed open for
   * staff, never an item in it. Optional, so packs made before it still load (the built-in one applies).
   */
  moderationMenu: optionalSelectors.optional(),
});

/**
 * A channel's community posts ("Postagens"): a post's own page shows it with its comments, in the watch page's
 * comment markup; the channel's posts tab lists them. Optional, so packs made before posts were read still load.
 */
export const youtubePostsPackSchema = z.object({
  /** A post's own page; group 1 is the post id (its comments are filed under /post/<id>). */
  postPath: regex,
  /** A channel's posts tab (older name: community); with `postParam` it shows that one post and its comments. */
  channelPostsPath: regex,
  /** The post id's query parameter on the older address (/channel/UC…/community?lb=<id>). */
  postParam: text,
  /** The post itself (its page's, or each one in the posts tab). */
  postCard: selectors,
  /** The post's words, inside the card: what its page and the sweep list call it. */
  postText: selectors,
});

export const youtubePackSchema = z.object({
  /** Pathnames of pages with comments (watch, Shorts). */
  threadPages: regexes,
  /** Shorts pathname; group 1 is the video id (posts are filed under /shorts/<id>). */
  shortsPath: regex,
  /** Channel link path; group 1 is the @handle. */
  handlePath: regex,
  /** Pathnames of a channel's listings (its videos, Shorts, lives), whose videos the sweep can take in one go.
   * Optional, so packs made before it still load. */
  listingPages: regexes.optional(),
  /** Narrowest containers of the comment list, in order of preference (watch page, Shorts panel). */
  observeRoot: selectors,
  /**
   * The page shown now, among those YouTube keeps hidden after moving on (the last watch page, with its comments):
   * what is scanned while no comment list holds comments. Optional, so packs made before it still load.
   */
  activePage: optionalSelectors.optional(),
  /** One comment (top-level or reply). */
  comment: selectors,
  /** Ancestor that makes a comment a reply. */
  replyContainer: selectors,
  /** Thread of a top-level comment and its replies. */
  thread: selectors,
  authorLink: selectors,
  /** Author's visible name, tried in order (creator comments hide #author-text). */
  authorName: selectors,
  /** Avatar button whose aria-label is the @handle. */
  authorThumb: optionalSelectors,
  content: selectors,
  /** Link whose href carries the comment id (`lc=`). */
  permalink: selectors,
  commentIdParam: text,
  /** Where the badge goes: appended into the first match (the author/time line). */
  badgeAnchor: selectors,
  replyButton: selectors,
  replyDialog: selectors,
  replyEditor: selectors,
  replyWaitMs: timeoutMs,
  loadMore: selectors,
  /**
   * The comment's own menu ("⋮", "…"), where the site offers to hide, delete, report or block: pressed open for
   * staff, never an item in it. Optional, so packs made before it still load (the built-in one applies).
   */
  moderationMenu: optionalSelectors.optional(),
  /**
   * The pill YouTube draws around the channel owner's name on their comments: the house answering. Optional, so
   * packs made before it still load (the built-in one applies).
   */
  ownerBadge: optionalSelectors.optional(),
  studio: youtubeStudioPackSchema.optional(),
  posts: youtubePostsPackSchema.optional(),
});

export const facebookPackSchema = z.object({
  /**
   * The comment's own menu ("⋮", "…"), where the site offers to hide, delete, report or block: pressed open for
   * staff, never an item in it. Optional, so packs made before it still load (the built-in one applies).
   */
  moderationMenu: optionalSelectors.optional(),
  threadPages: regexes,
  /** Pathnames of a Page's, profile's or group's timeline, whose posts the sweep can take in one go (never the
   * News Feed, which lists other people's). Optional, so packs made before it still load. */
  listingPages: regexes.optional(),
  /** Query parameters that identify a post (others are tracking and are dropped from the post URL). */
  postParams: z.array(text),
  /** Post modals over the feed: the first that holds comments is scanned alone (the feed behind it is other posts). */
  observeRoot: optionalSelectors,
  /** The feed (News Feed, a Page's timeline): a comment in it whose time link names another post is that post's
   * preview, not this post's. Optional, so packs made before it still load. */
  feed: z.array(selector).optional(),
  /** Candidate comment elements; `commentLabel` decides which are comments (one cheap selector + regexes is
   * 15 times faster on a 2,000-comment post than one attribute-prefix selector per language). */
  comment: selectors,
  /** aria-label patterns of comments and replies, every UI language. */
  commentLabel: regexes,
  /** Any comment-like article: reads are scoped to the comment's own article, not nested ones. */
  article: selectors,
  /** Post modal: the reply composer is looked for in the comment's dialog. */
  dialog: selectors,
  /** Private-reply ("Message <name>") dialogs: their composers are never a public reply box. */
  privateDialog: optionalSelectors,
  /** Caption of a comment's own "Send message" control, the Page's private reply (one per comment, within 7 days).
   * Optional, so packs made before it still load. */
  privateReplyText: texts.optional(),
  /** aria-label patterns of replies (vs. top-level comments). */
  replyLabel: regexes,
  /** aria-label patterns whose first group is the author's name (fallback when the name link is missing). */
  labelName: regexes,
  /** Links in the comment; the first one with a visible name is the author. */
  authorLink: selectors,
  authorName: selectors,
  /** The comment text: blocks of `textPart` inside a `textContainer` outside links. */
  textPart: selectors,
  textContainer: selectors,
  permalink: selectors,
  commentIdParam: text,
  replyIdParam: text,
  /** The base64 comment_id on profile links decodes to "comment:<post>_<comment>". */
  encodedCommentId: regex,
  /** Wrapper attribute that holds the comment id (Page posts). */
  idWrapper: optionalSelectors,
  idWrapperAttr: text,
  /** Path segments that are not profile vanity names. */
  nonProfilePaths: regexes,
  /** Group-scoped profile links (/groups/<gid>/user/<uid>/); group 1 is the user id (filed as profile.php?id=).
   * Optional, so packs made before it still load. */
  memberProfilePath: z.array(regex).optional(),
  /** The Like/Reply/time row: the badge goes right after it. */
  actionRow: selectors,
  button: selectors,
  replyText: texts,
  replyBox: selectors,
  /** Composers driven by Lexical (text must go in through Lexical, not DOM edits). */
  lexicalEditor: selectors,
  /** aria-label of the reply composer ("Reply to <name>"). */
  replyBoxLabel: regexes,
  replyWaitMs: timeoutMs,
  loadMoreText: regexes,
  dm: dmPackSchema.optional(),
  /**
   * The comment sort control and its menu: "Most relevant" keeps some comments out of view (often spam and
   * attacks the public still sees under "All comments"). Optional, so packs made before it still load.
   */
  sort: z
    .object({
      control: selectors,
      /** Captions of a sort that hides comments. */
      filtering: regexes,
      menuItem: selectors,
      /** The menu item that shows every comment (its text starts with its title, then a description). */
      all: regexes,
    })
    .optional(),
  /**
   * Identity badges beside a commenter's name ("Autor" on the post's Page or profile, a group's "Administrador"):
   * `text` finds the badge's words in the comment's own article, `roles` says which words make it the house's. In a
   * group (a pathname `groupPath` matches) members post too, so there only `groupRoles` (its admins and moderators)
   * do. Optional, so packs made before it still load (the built-in one applies).
   */
  roleBadge: z.object({ text: selectors, roles: regexes, groupPath: regex, groupRoles: regexes }).optional(),
});

export const instagramPackSchema = z.object({
  /**
   * The comment's own menu ("⋮", "…"), where the site offers to hide, delete, report or block: pressed open for
   * staff, never an item in it. Optional, so packs made before it still load (the built-in one applies).
   */
  moderationMenu: optionalSelectors.optional(),
  threadPages: regexes,
  /** Pathname → [kind, shortcode] for the canonical post URL. */
  postPath: regex,
  /** Pathnames of a profile's grids (posts, reels), whose posts the sweep can take in one go. Optional, so packs
   * made before it still load. */
  listingPages: regexes.optional(),
  observeRoot: selectors,
  /** The comment permalink (`/p/<code>/c/<id>/`, replies `/c/<parent>/r/<id>/`) holding a <time>. */
  permalink: selectors,
  permalinkPattern: regex,
  time: selectors,
  /** Avatar images: the nearest ancestor of the permalink holding one is the comment block. */
  avatar: selectors,
  /** How far up from the permalink the comment block may be. */
  maxClimb: z.number().int().min(1).max(30),
  profileLink: selectors,
  profilePath: regex,
  text: selectors,
  button: selectors,
  replyText: texts,
  /** Reply lists when permalinks do not say it (older markup). */
  replyContainer: optionalSelectors,
  /** The post's comment composer (Reply prefills it with "@user "). */
  composer: selectors,
  /** Composers driven by Lexical (some A/B buckets and the DM/caption boxes). */
  lexicalEditor: selectors,
  composerScope: selectors,
  replyWaitMs: timeoutMs,
  loadMoreIcon: optionalSelectors,
  loadMoreText: regexes,
  dm: dmPackSchema.optional(),
  /**
   * Who posted: the profile links in the post's header, within the nearest `scope` around a comment (the post
   * window, the post's page). A comment by one of them is the post's author answering: the house. Optional, so
   * packs made before it still load (the built-in one applies).
   */
  postOwner: z.object({ scope: selectors, link: selectors }).optional(),
});

export const blogVariantSchema = z.object({
  /** Name shown in diagnostics ("wpdiscuz", "wp-block"…). */
  name: text,
  /** Present on the page when this system renders the comments. */
  detect: selectors,
  observeRoot: selectors,
  comment: selectors,
  /** Element id patterns; group 1 is the comment id, group 2 (optional) the parent id. */
  idPattern: regexes,
  author: selectors,
  authorLink: optionalSelectors,
  handle: optionalSelectors,
  text: selectors,
  time: optionalSelectors,
  permalink: optionalSelectors,
  /** Where the badge goes: appended into the first match (the author line). */
  badgeAnchor: selectors,
  replyButton: optionalSelectors,
  replyBox: optionalSelectors,
  /** Cross-origin comment form frames (Jetpack): Ronda cannot type into them from the page. */
  replyFrame: optionalSelectors,
  /** The main form's parent-id field, used when the site's reply script did not take the click. */
  parentField: optionalSelectors,
  loadMore: optionalSelectors,
  /**
   * Marks of a comment by the post's author or the blog's staff, on the comment's element or its own wrapper
   * (WordPress's "bypostauthor" class). Optional, so packs made before it still load (the built-in one applies).
   */
  postAuthor: optionalSelectors.optional(),
});

export const blogPackSchema = z.object({
  /** Tried in order; the first whose `detect` matches the page is used. */
  variants: z.array(blogVariantSchema).min(1),
  /** Query parameters dropped from the post URL (tracking, reply and comment-page state). */
  dropParams: regex,
  replyWaitMs: timeoutMs,
  /** Comment areas removed from the page copy before Readability reads the post. */
  contextExclude: optionalSelectors,
  contextMaxChars: z.number().int().min(200).max(50_000),
  /**
   * A WordPress comment is moderated in wp-admin: the page's own "Editar" link of the comment (shown to a logged-in
   * moderator), else the screen `adminScreen` names ({id}: the comment's number) under the blog's root, read from
   * its REST API link (`restLink`). Optional, so packs made before it still load (the built-in one applies).
   */
  moderation: z
    .object({
      editLink: optionalSelectors,
      restLink: optionalSelectors,
      adminScreen: z.string().regex(/^wp-admin\/[\w./?=&-]*\{id\}[\w&=-]*$/, 'adminScreen: caminho do wp-admin com {id}'),
    })
    .optional(),
  generic: z.object({
    /** Containers that likely hold a comment list. */
    container: selectors,
    author: selectors,
    text: selectors,
    time: optionalSelectors,
    minBlocks: z.number().int().min(2).max(50),
    replyText: texts,
    /** The page's comment box, when Ronda does not know the comment system. */
    replyBox: selectors,
    loadMoreText: regexes,
  }),
});

export const selectorPackSchema = z.object({
  format: z.literal(PACK_FORMAT, { error: () => tr(`formato de pacote não suportado (esperado ${PACK_FORMAT})`, `unsupported pack format (expected ${PACK_FORMAT})`) }),
  /** Date-like version ("2026.11.23"), newer packs compare greater. */
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d{1,2}(?:[.-]\w+)?$/, { error: () => tr('versão deve ser uma data como 2026.11.23', 'version must be a date such as 2026.11.23') }),
  sites: z.object({
    instagram: instagramPackSchema,
    facebook: facebookPackSchema,
    youtube: youtubePackSchema,
    blog: blogPackSchema,
  }),
});

export type SelectorPack = z.infer<typeof selectorPackSchema>;
export type YouTubePack = z.infer<typeof youtubePackSchema>;
export type YouTubeStudioPack = z.infer<typeof youtubeStudioPackSchema>;
export type YouTubePostsPack = z.infer<typeof youtubePostsPackSchema>;
export type FacebookPack = z.infer<typeof facebookPackSchema>;
export type InstagramPack = z.infer<typeof instagramPackSchema>;
export type BlogPack = z.infer<typeof blogPackSchema>;
export type BlogVariant = z.infer<typeof blogVariantSchema>;
export type DmPack = z.infer<typeof dmPackSchema>;

export type ParsePackResult = { ok: true; pack: SelectorPack } | { ok: false; error: string };

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || tr('(raiz)', '(root)');
}

/**
 * Validates an imported pack. Errors name the field ("sites.youtube.comment[1]: seletor CSS inválido") so the
 * person importing it knows what to fix; nothing is applied unless the whole pack is valid.
 */
export function parsePack(json: unknown): ParsePackResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, error: tr(`Pacote de seletores inválido: não é JSON (${(e as Error).message})`, `Invalid selector pack: not JSON (${(e as Error).message})`) };
    }
  }
  const result = selectorPackSchema.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  const issues = result.error.issues.slice(0, 5).map((i) => {
    const received = i.code === 'invalid_type' ? tr(' (campo ausente ou de tipo errado)', ' (field missing or of the wrong type)') : '';
    return `${pathOf(i.path)}: ${i.message}${received}`;
  });
  const more = result.error.issues.length > 5 ? tr(` (+${result.error.issues.length - 5} outros)`, ` (+${result.error.issues.length - 5} more)`) : '';
  return { ok: false, error: tr(`Pacote de seletores inválido: ${issues.join('; ')}${more}`, `Invalid selector pack: ${issues.join('; ')}${more}`) };
}

/** Compares pack versions ("2026.11.23" < "2026.12.1"). */
export function comparePackVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
