import { z } from 'zod';
import { labelSchema, labelSourceSchema, siteSchema, statusSchema } from '../lib/domain';

/*
 * Every message between content scripts, the service worker and extension pages is declared here, once.
 * Each entry names who handles it (`to`), whether only extension pages may send it (`privileged`), and the
 * zod schemas of its request and response. Receivers validate requests at the boundary (see ./router.ts).
 *
 * Direction by prefix: `bg.*` is handled by the background service worker, `cs.*` by a content script.
 */

const pageInfoSchema = z.object({
  site: siteSchema,
  /** Canonical URL of the post/video/blog page. */
  postUrl: z.string().max(4096),
  title: z.string().max(500).optional(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const seenCommentSchema = z.object({
  commentId: z.string().min(1).max(512),
  permalink: z.string().max(4096).optional(),
  parentId: z.string().max(512).optional(),
  isReply: z.boolean(),
  authorName: z.string().max(500),
  authorHandle: z.string().max(500).optional(),
  authorUrl: z.string().max(4096).optional(),
  text: z.string().max(100_000),
  postedAt: z.string().max(64).optional(),
  label: labelSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string().max(200)).max(20),
  fromMemory: z.boolean().optional(),
});

const effectiveLabelSchema = z.object({ label: labelSchema, source: labelSourceSchema, status: statusSchema });

/** A comment as the content script currently shows it (the side panel's queue is built from these). */
export const liveCommentSchema = seenCommentSchema.extend({
  key: z.string(),
  labelSource: labelSourceSchema,
  status: statusSchema,
});
export type LiveComment = z.infer<typeof liveCommentSchema>;

export const pageHealthSchema = z.object({
  /** The adapter recognises this URL as a page with comments. */
  supported: z.boolean(),
  found: z.number().int().nonnegative(),
  /** Set when a supported page shows no comments the adapter can find. */
  warning: z.string().max(500).optional(),
});
export type PageHealth = z.infer<typeof pageHealthSchema>;

const ok = z.object({ ok: z.literal(true) });

export const protocol = {
  /** A content script found (more) comments: store them, return the label each should show. */
  'bg.comments.seen': {
    to: 'background',
    privileged: false,
    request: z.object({ page: pageInfoSchema, comments: z.array(seenCommentSchema).max(5_000) }),
    response: z.object({ labels: z.record(z.string(), effectiveLabelSchema) }),
  },
  /** Staff corrected a label (badge menu or side panel). */
  'bg.comment.relabel': {
    to: 'background',
    privileged: false,
    request: z.object({ key: z.string().max(600), label: labelSchema }),
    response: ok,
  },
  /** Staff acted on a comment (replied, moved to DM, hid, ignored, reopened). */
  'bg.comment.status': {
    to: 'background',
    privileged: false,
    request: z.object({
      key: z.string().max(600),
      status: statusSchema,
      templateId: z.string().max(64).optional(),
    }),
    response: ok,
  },
  /**
   * What a content script needs at start: staff corrections for its per-profile memory (most recent first),
   * how haters are shown, and the UI language.
   */
  'bg.content.config': {
    to: 'background',
    privileged: false,
    request: z.object({ limit: z.number().int().positive().max(10_000).optional() }),
    response: z.object({
      examples: z.array(z.object({ text: z.string(), label: labelSchema })),
      haterDisplay: z.enum(['blur', 'collapse', 'show']),
      locale: z.enum(['pt-BR', 'en']),
    }),
  },
  /** Open the side panel for the sender's tab (needs the click's user gesture, so it comes from the page). */
  'bg.panel.open': {
    to: 'background',
    privileged: false,
    request: z.object({}),
    response: ok,
  },
  /** Add a launch blog origin: asks for its host permission (from a click) and registers the blog script. */
  'bg.blog.register': {
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
  /** Scroll the page to a comment and highlight it. */
  'cs.focus': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512) }),
    response: z.object({ found: z.boolean() }),
  },
  /** Label changed elsewhere (side panel): update the badge. */
  'cs.label': {
    to: 'content',
    privileged: true,
    request: z.object({ commentId: z.string().max(512), label: labelSchema, status: statusSchema.optional() }),
    response: z.object({ found: z.boolean() }),
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
