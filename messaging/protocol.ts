import { z } from 'zod';
import { MAX_HOUSE_ACCOUNTS, MAX_TEAM_RULES, haterDisplaySchema, labelSchema, labelSourceSchema, optionalWebUrlSchema, siteSchema, statusSchema, teamRuleSpecSchema, webUrlSchema, withoutRuleSchema } from '../lib/domain';
import { driveStatusSchema } from '../lib/drive/state';

/*
 * Every message between content scripts, the service worker and extension pages is declared here, once.
 * Each entry names who handles it (`to`), whether only extension pages may send it (`privileged`), and the
 * zod schemas of its request and response. Receivers validate requests at the boundary (see ./router.ts).
 *
 * Direction by prefix: `bg.*` is handled by the background service worker, `cs.*` by a content script.
 */

/** How long page-read strings may be on the wire; longer ones are cut by the sender (see boundedComment). */
export const WIRE_LIMITS = {
  author: 500,
  /** Comments can be long (10 kB is normal on blogs); anything past 100 kB is not a comment. */
  text: 100_000,
  /** Author names and avatars to blur in one print (about two per comment: a thread of a thousand replies). */
  redactBoxes: 2_000,
  /** Posts one listing page hands the sweep (a timeline, a channel's videos: dozens, rarely hundreds). */
  listedPosts: 300,
  /** A post's title as a comment row carries it (a video's title is at most 100 characters). */
  postTitle: 300,
} as const;

/** A comment read from the page, its author and words cut to what the protocol carries; the page's copy stays whole. */
export function boundedComment<T extends { authorName: string; authorHandle?: string; text: string; postTitle?: string }>(c: T): T {
  if (
    c.authorName.length <= WIRE_LIMITS.author &&
    (c.authorHandle?.length ?? 0) <= WIRE_LIMITS.author &&
    c.text.length <= WIRE_LIMITS.text &&
    (c.postTitle?.length ?? 0) <= WIRE_LIMITS.postTitle
  )
    return c;
  return {
    ...c,
    authorName: c.authorName.slice(0, WIRE_LIMITS.author),
    ...(c.authorHandle === undefined ? {} : { authorHandle: c.authorHandle.slice(0, WIRE_LIMITS.author) }),
    text: c.text.slice(0, WIRE_LIMITS.text),
    ...(c.postTitle === undefined ? {} : { postTitle: c.postTitle.slice(0, WIRE_LIMITS.postTitle) }),
  };
}

const pageInfoSchema = z.object({
  site: siteSchema,
  /** Canonical URL of the post/video/blog page. */
  postUrl: webUrlSchema,
  title: z.string().max(500).optional(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const seenCommentSchema = z.object({
  commentId: z.string().min(1).max(512),
  permalink: optionalWebUrlSchema,
  parentId: z.string().max(512).optional(),
  isReply: z.boolean(),
  authorName: z.string().max(WIRE_LIMITS.author),
  authorHandle: z.string().max(WIRE_LIMITS.author).optional(),
  authorUrl: optionalWebUrlSchema,
  text: z.string().max(WIRE_LIMITS.text),
  postedAt: z.string().max(64).optional(),
  /** The post it is under, when the page lists several posts' comments (see ExtractedComment.postTitle). */
  postTitle: z.string().max(WIRE_LIMITS.postTitle).optional(),
  label: labelSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string().max(200)).max(20),
  /** Set when the page's memory of corrections or a team rule decided the label (not the model alone). */
  decidedBy: z.enum(['memory', 'rule']).optional(),
  /** With decidedBy 'rule': the label it would have without the rule. */
  withoutRule: withoutRuleSchema.optional(),
  /** Someone of the house (the expert, the team) answered it on the site: who, as the page names them. */
  answeredBy: z.string().max(WIRE_LIMITS.author).optional(),
  /** People it tags by name where the site writes no "@" (ExtractedComment.mentions), for when it is judged again. */
  mentions: z.array(z.string().max(WIRE_LIMITS.author)).max(20).optional(),
});

const effectiveLabelSchema = z.object({ label: labelSchema, source: labelSourceSchema, status: statusSchema });

/** A comment as the content script currently shows it (the side panel's queue is built from these). */
export const liveCommentSchema = seenCommentSchema.extend({
  key: z.string(),
  labelSource: labelSourceSchema,
  status: statusSchema,
  /**
   * Written by the house (the expert, the team): what says so, the site's mark ("Autor") or the profile's account.
   * Such a comment is an answer, not work: it is never stored or queued (see lib/house.ts).
   */
  house: z.string().max(200).optional(),
});
export type LiveComment = z.infer<typeof liveCommentSchema>;

export const pageHealthSchema = z.object({
  /** The adapter recognises this URL as a page with comments. */
  supported: z.boolean(),
  found: z.number().int().nonnegative(),
  /** Of those, the house's own (the expert's and the team's answers), which stay out of the queue. */
  house: z.number().int().nonnegative().optional(),
  /** Set when a supported page shows no comments the adapter can find. */
  warning: z.string().max(500).optional(),
});
export type PageHealth = z.infer<typeof pageHealthSchema>;

const ok = z.object({ ok: z.literal(true) });

/** "Carregar todos os comentários" on a page: how far the content script got pressing the site's own controls. */
export const expandStatusSchema = z.object({
  /** done: nothing left to load; limit: it stopped at its click or time limit, with more perhaps left. */
  state: z.enum(['idle', 'running', 'done', 'stopped', 'limit']),
  clicks: z.number().int().nonnegative(),
  /** Comments on the page now that were not when it started. */
  added: z.number().int().nonnegative(),
  /** The site's comment filter was switched to show every comment (Facebook's "Mais relevantes" hides some). */
  showedAll: z.boolean().optional(),
});
export type ExpandStatus = z.infer<typeof expandStatusSchema>;

/* Prints (screenshots of comments): geometry measured by the content script, in CSS px of the viewport. */
const cssRectSchema = z.object({ x: z.number(), y: z.number(), width: z.number().min(0), height: z.number().min(0) });
export const printShotSchema = z.object({
  /** The box to print (comment, or comment + replies); may extend beyond the screen. */
  region: cssRectSchema,
  /** Where the page shows it: viewport minus sticky headers/footers, narrowed by scrolling ancestors. */
  clip: cssRectSchema,
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
  devicePixelRatio: z.number().positive(),
  /** Author names and avatars inside the region, for the LGPD blur. */
  redact: z.array(cssRectSchema).max(WIRE_LIMITS.redactBoxes),
});
export type PrintShot = z.infer<typeof printShotSchema>;
/** What a print is of: the comment's data as the page shows it (text comes from the DOM, not OCR). */
export const printSubjectSchema = z.object({
  commentId: z.string().max(512).optional(),
  page: pageInfoSchema,
  permalink: optionalWebUrlSchema,
  authorName: z.string().max(WIRE_LIMITS.author),
  authorHandle: z.string().max(WIRE_LIMITS.author).optional(),
  text: z.string().max(WIRE_LIMITS.text),
  postedAt: z.string().max(64).optional(),
  label: labelSchema.optional(),
});
export type PrintSubject = z.infer<typeof printSubjectSchema>;
const printSavedSchema = z.object({ printId: z.string(), duplicateOf: z.string().optional() });
const pendingPrintSchema = z.object({
  id: z.string(),
  capturedAt: z.number(),
  authorName: z.string(),
  text: z.string(),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
});
export type PendingPrintInfo = z.infer<typeof pendingPrintSchema>;

const packStatusSchema = z.object({
  version: z.string(),
  origin: z.enum(['builtin', 'file', 'drive']),
  name: z.string().optional(),
  acceptedAt: z.number().optional(),
  builtinVersion: z.string(),
  problem: z.string().optional(),
  lastRefusal: z
    .object({ at: z.number(), source: z.enum(['file', 'drive']), name: z.string().optional(), error: z.string() })
    .optional(),
});
export type PackStatusInfo = z.infer<typeof packStatusSchema>;

export const protocol = {
  /** A content script found (more) comments: store them, return the label each should show. */
  'bg.comments.seen': {
    to: 'background',
    privileged: false,
    request: z.object({
      page: pageInfoSchema,
      comments: z.array(seenCommentSchema).max(5_000),
      /**
       * Ids of the house's own answers on the page (see liveCommentSchema.house): never stored, and a row stored
       * for one before it was known as the house's, with nothing done on it, is let go.
       */
      house: z.array(z.string().min(1).max(512)).max(5_000).optional(),
    }),
    response: z.object({ labels: z.record(z.string(), effectiveLabelSchema) }),
  },
  /** Staff corrected a label (badge menu or side panel). */
  'bg.comment.relabel': {
    to: 'background',
    privileged: false,
    request: z.object({ key: z.string().max(600), label: labelSchema }),
    response: ok,
  },
  /**
   * The team's rules changed (options page, side panel): open pages classify again, and the comments stored from
   * other posts follow. Says how many pages heard and how many stored comments changed.
   */
  'bg.teamRules.changed': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: z.object({ pages: z.number().int().nonnegative(), stored: z.number().int().nonnegative() }),
  },
  /** Staff marked a comment's author as a hater from the badge: an author rule for its site and the active profile. */
  'bg.teamRule.markAuthor': {
    to: 'background',
    privileged: false,
    request: z.object({ key: z.string().max(600) }),
    response: z.object({
      ruleId: z.string().max(64),
      author: z.string().max(300),
      /** The author already had a hater rule there: nothing changed. */
      already: z.boolean(),
      /** Only a new rule can be taken back from the page (storage/team-rules.ts: undoBadgeAuthorRule). */
      undoable: z.boolean(),
    }),
  },
  /** The badge's "Desfazer" for the rule it just added; refused for any other rule. */
  'bg.teamRule.undoMark': {
    to: 'background',
    privileged: false,
    request: z.object({ ruleId: z.string().max(64) }),
    response: ok,
  },
  /** Staff acted on a comment (replied, moved to DM, hid, ignored, reopened): from the side panel only. */
  'bg.comment.status': {
    to: 'background',
    privileged: true,
    request: z.object({
      key: z.string().max(600),
      status: statusSchema,
      templateId: z.string().max(64).optional(),
    }),
    response: ok,
  },
  /**
   * What a content script needs at start: staff corrections for its per-profile memory (the latest ones, oldest
   * first, so that a later correction of the same comment wins), how haters are shown, and the UI language.
   */
  'bg.content.config': {
    to: 'background',
    privileged: false,
    request: z.object({ limit: z.number().int().positive().max(10_000).optional() }),
    response: z.object({
      examples: z.array(z.object({ text: z.string(), label: labelSchema })),
      /** The team's rules for the active profile (classifier/team-rules.ts). */
      rules: z.array(teamRuleSpecSchema).max(MAX_TEAM_RULES),
      haterDisplay: haterDisplaySchema,
      /** Whether replies in a hidden hater's thread are hidden with it. */
      haterThreads: z.boolean(),
      locale: z.enum(['pt-BR', 'en']),
      /** The active profile's house accounts (lib/house.ts): their comments are the house answering. */
      house: z.array(z.string().max(200)).max(MAX_HOUSE_ACCOUNTS),
    }),
  },
  /** Open the side panel for the sender's tab (needs the click's user gesture, so it comes from the page). */
  'bg.panel.open': {
    to: 'background',
    privileged: false,
    request: z.object({}),
    response: ok,
  },
  /**
   * Add a launch blog origin (the page asked for its host permission in the click) and register the blog script;
   * its tabs already open start being marked without a reload.
   */
  'bg.blog.register': {
    to: 'background',
    privileged: true,
    request: z.object({ origin: z.string().max(300) }),
    response: z.object({ registered: z.array(z.string()), started: z.number().int() }),
  },
  /** The launch blogs added, each with whether Chrome still grants its permission (staff can revoke it). */
  'bg.blog.list': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: z.object({ blogs: z.array(z.object({ origin: z.string(), granted: z.boolean() })) }),
  },
  /** Stop following a launch blog: its script is unregistered and its host permission given back. */
  'bg.blog.remove': {
    to: 'background',
    privileged: true,
    request: z.object({ origin: z.string().max(300) }),
    response: z.object({ registered: z.array(z.string()) }),
  },
  /**
   * Save a print of a comment into the acervo. From a content script (badge menu) the sender's tab is used;
   * from an extension page (side panel) `tabId` names the tab.
   */
  'bg.print.capture': {
    to: 'background',
    privileged: false,
    request: z.object({
      tabId: z.number().int().optional(),
      commentId: z.string().min(1).max(512),
      includeReplies: z.boolean().optional(),
      redact: z.boolean().optional(),
    }),
    response: z.object({ printId: z.string(), duplicateOf: z.string().optional() }),
  },
  /** A free-area print: the content script's selection overlay reports the chosen rectangle (CSS px). */
  'bg.print.captureArea': {
    to: 'background',
    privileged: false,
    request: z.object({ shot: printShotSchema, subject: printSubjectSchema, redact: z.boolean().optional() }),
    response: printSavedSchema,
  },
  /** Opens the gallery (acervo) in a tab, on one print when given. */
  'bg.gallery.open': {
    to: 'background',
    privileged: false,
    request: z.object({ printId: z.string().max(64).optional() }),
    response: ok,
  },
  /** Captures that could not be stored (storage full), kept until saved, downloaded or discarded. */
  'bg.print.pending': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: z.object({ items: z.array(pendingPrintSchema) }),
  },
  'bg.print.pendingRetry': {
    to: 'background',
    privileged: true,
    request: z.object({ id: z.string().max(64) }),
    response: printSavedSchema,
  },
  'bg.print.pendingImage': {
    to: 'background',
    privileged: true,
    request: z.object({ id: z.string().max(64) }),
    response: z.object({ dataUrl: z.string() }),
  },
  'bg.print.pendingDiscard': {
    to: 'background',
    privileged: true,
    request: z.object({ id: z.string().max(64) }),
    response: ok,
  },
  /**
   * Import a selector pack (JSON text from a file picked in the options page; the Drive sync calls
   * background/packs acceptPackText directly). Refused packs (invalid, older) answer an error and change nothing.
   */
  'bg.pack.import': {
    to: 'background',
    privileged: true,
    request: z.object({
      text: z.string().max(2_000_000),
      source: z.enum(['file', 'drive']),
      name: z.string().max(300).optional(),
    }),
    response: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('accepted'), version: z.string(), previousVersion: z.string() }),
      z.object({ outcome: z.literal('unchanged'), version: z.string() }),
    ]),
  },
  /** Which selector pack is active (side panel, options), and the last refused import. */
  'bg.pack.status': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: packStatusSchema,
  },
  /** Drop the imported pack and go back to the built-in one. */
  'bg.pack.reset': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: packStatusSchema,
  },
  /** Google Drive sync (background/drive): status for the options page. Drive calls are for Ronda's own pages only. */
  'bg.drive.status': { to: 'background', privileged: true, request: z.object({}), response: driveStatusSchema },
  /** Sign in with Google (interactive: from a click on the options page). */
  'bg.drive.signIn': { to: 'background', privileged: true, request: z.object({}), response: driveStatusSchema },
  /** Sign out: revokes the token at Google. */
  'bg.drive.signOut': { to: 'background', privileged: true, request: z.object({}), response: driveStatusSchema },
  /** Acervo folders Ronda can see in Drive (its own and teammates' shared ones). */
  'bg.drive.folders': {
    to: 'background',
    privileged: true,
    request: z.object({}),
    response: z.object({ folders: z.array(z.object({ id: z.string(), name: z.string() })) }),
  },
  /** Use an existing acervo folder, or create one (default "Ronda — Acervo de prints"). */
  'bg.drive.setRoot': {
    to: 'background',
    privileged: true,
    request: z.object({ folderId: z.string().min(1).max(200).optional(), createName: z.string().max(200).optional() }),
    response: driveStatusSchema,
  },
  /** Sync now; also "tentar de novo" after an error that stopped the loop. */
  'bg.drive.syncNow': { to: 'background', privileged: true, request: z.object({}), response: driveStatusSchema },
  /** Download the full image of a print pulled from Drive (only its thumbnail is fetched up front). */
  'bg.drive.fetchImage': {
    to: 'background',
    privileged: true,
    request: z.object({ printId: z.string().min(1).max(64) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Which comments and health a tab's content script has now. */
  'cs.snapshot': {
    to: 'content',
    privileged: true,
    request: z.object({}),
    response: z.object({
      page: pageInfoSchema.nullable(),
      health: pageHealthSchema,
      comments: z.array(liveCommentSchema),
    }),
  },
  /** The posts a page that is no post lists (a Page's timeline, a channel's videos), for adding them to the sweep. */
  'cs.listedPosts': {
    to: 'content',
    privileged: true,
    request: z.object({}),
    response: z.object({
      site: siteSchema,
      posts: z.array(z.object({ url: webUrlSchema, title: z.string().max(300) })).max(WIRE_LIMITS.listedPosts),
    }),
  },
  /** Start or stop loading every comment of the page (the site's own load-more controls), or ask how it goes. */
  'cs.comments.expand': {
    to: 'content',
    privileged: true,
    request: z.object({ action: z.enum(['start', 'stop', 'status']) }),
    response: expandStatusSchema,
  },
  /** Scroll the page to a comment and highlight it. */
  'cs.focus': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512) }),
    response: z.object({ found: z.boolean() }),
  },
  /** Staff changed how haters are hidden (options page): open pages follow at once, no reload. */
  'cs.haterDisplay': {
    to: 'content',
    privileged: true,
    request: z.object({ mode: haterDisplaySchema, threads: z.boolean() }),
    response: ok,
  },
  /**
   * Staff forgot or imported corrections (options page): open pages rebuild their memory and read their comments
   * again; the `forgotten` comments lose their staff label first.
   */
  'cs.memory.reload': {
    to: 'content',
    privileged: true,
    request: z.object({ forgotten: z.array(z.string().max(600)).max(20_000) }),
    response: ok,
  },
  /** Label changed elsewhere (side panel): update the badge. */
  'cs.label': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512), label: labelSchema, status: statusSchema.optional() }),
    response: z.object({ found: z.boolean() }),
  },
  /** Type a reply into the site's own reply box for a comment (opening it first). Never submits. */
  'cs.reply.insert': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().min(1).max(512), text: z.string().min(1).max(70_000) }),
    response: z.object({
      inserted: z.boolean(),
      editor: z.enum(['textarea', 'lexical', 'contenteditable', 'quill']).optional(),
      via: z.enum(['execCommand', 'native-setter', 'paste', 'dom']).optional(),
      /** Why nothing was inserted (pt-BR/en), when inserted is false. */
      reason: z.string().max(500).optional(),
    }),
  },
  /**
   * Open the site's own way to hide, delete, report or block a comment: its menu beside it (Ronda presses it open,
   * never an item in it), or the page that moderates it (`page`: a blog's wp-admin screen, for the panel to open).
   */
  'cs.comment.moderate': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().min(1).max(512) }),
    response: z.object({
      opened: z.enum(['menu', 'page', 'none']),
      url: webUrlSchema.optional(),
      /** Why nothing was opened (pt-BR/en), when opened is none. */
      reason: z.string().max(500).optional(),
    }),
  },
  /**
   * Facebook's private reply to one comment: press its "Send message" and put the private message in the window
   * that opens. Never sends. `unavailable`: the comment offers no private reply here.
   */
  'cs.private.fill': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().min(1).max(512), text: z.string().min(1).max(20_000) }),
    response: z.object({ filled: z.boolean(), unavailable: z.boolean().optional(), reason: z.string().max(500).optional() }),
  },
  /** On a DM thread page (IG /direct/t/, FB /messages/t/): put the private message in its composer. */
  'cs.dm.fill': {
    to: 'content',
    privileged: true,
    request: z.object({ text: z.string().min(1).max(20_000), timeoutMs: z.number().int().min(0).max(30_000).optional() }),
    response: z.object({ filled: z.boolean(), reason: z.string().max(500).optional() }),
  },
  /**
   * Print capture, content side. `prepare` scrolls the comment into view, hides Ronda's own badges and measures;
   * without commentId it uses the comment last hovered, clicked or right-clicked (shortcut, context menu).
   */
  'cs.print.prepare': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512).optional(), includeReplies: z.boolean(), redact: z.boolean() }),
    response: z.object({
      subject: printSubjectSchema.optional(),
      shot: printShotSchema.optional(),
      /** Why there is nothing to capture (pt-BR, for the user). */
      problem: z.string().max(500).optional(),
    }),
  },
  /** Scrolls the region being printed by `delta` CSS px (stitching) and measures again. */
  'cs.print.scroll': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512), includeReplies: z.boolean(), redact: z.boolean(), delta: z.number() }),
    response: z.object({ shot: printShotSchema.optional() }),
  },
  /** Capture over: show Ronda's badges again and put the scroll back where the user had it. */
  'cs.print.finish': {
    to: 'content',
    privileged: true,
    request: z.object({}),
    response: ok,
  },
  /** A short message on the page (print saved, duplicate, storage full…). */
  'cs.print.notice': {
    to: 'content',
    privileged: true,
    request: z.object({
      tone: z.enum(['ok', 'warn', 'error']),
      text: z.string().max(500),
      printId: z.string().max(64).optional(),
    }),
    response: ok,
  },
  /** Opens the free-area selection overlay; the content script sends bg.print.captureArea when the user confirms. */
  'cs.print.selectArea': {
    to: 'content',
    privileged: true,
    request: z.object({ hint: z.string().max(300).optional() }),
    response: ok,
  },
} as const satisfies Record<string, MessageSpec>;

export interface MessageSpec {
  to: 'background' | 'content';
  /** Only extension pages (side panel, options, gallery) may send it; content-script senders are refused. */
  privileged: boolean;
  request: z.ZodType;
  response: z.ZodType;
}

export type MessageType = keyof typeof protocol;
export type BackgroundMessage = { [T in MessageType]: (typeof protocol)[T]['to'] extends 'background' ? T : never }[MessageType];
export type ContentMessage = { [T in MessageType]: (typeof protocol)[T]['to'] extends 'content' ? T : never }[MessageType];
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof protocol)[T]['response']>;

/** What travels over runtime messaging: a tagged envelope, so unrelated messages are ignored. */
export const envelopeSchema = z.object({
  ronda: z.literal(1),
  type: z.string().max(100),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
