import { z } from 'zod';
import { MAX_HOUSE_ACCOUNTS, teamRuleSpecSchema, withoutRuleSchema, consentSchema, labelSchema, labelSourceSchema, optionalWebUrlSchema, siteSchema, statusSchema, webUrlSchema } from '../lib/domain';

/*
 * Every row Ronda keeps in IndexedDB is described here. Rows read back (and rows imported from files) are
 * parsed with these schemas, so a row written by an older build or damaged by hand is reported, not trusted.
 */

const isoDate = z.string().max(64);
const url = z.string().max(4096);
const shortText = z.string().max(500);
/** Comments can be long (10 kB is normal on blogs); anything past 100 kB is not a comment. */
const commentText = z.string().max(100_000);

export const commentRecordSchema = z.object({
  /** `${site}:${commentId}` */
  key: z.string().min(3).max(600),
  site: siteSchema,
  /** Canonical URL of the post/video/blog page the comment belongs to. */
  postUrl: webUrlSchema,
  commentId: z.string().min(1).max(512),
  permalink: optionalWebUrlSchema,
  parentId: z.string().max(512).optional(),
  isReply: z.boolean(),
  authorName: shortText,
  authorHandle: shortText.optional(),
  authorUrl: optionalWebUrlSchema,
  text: commentText,
  /** As the site states it (ISO 8601) when it gives a machine-readable time. */
  postedAt: isoDate.optional(),
  /** The post it is under when it was read on a page of several posts' comments (Studio's inbox): postUrl names the page. */
  postTitle: shortText.optional(),
  projectId: z.string().max(64).optional(),
  label: labelSchema,
  labelSource: labelSourceSchema,
  confidence: z.number().min(0).max(1),
  /** Words, emojis or rules that decided the label, for the badge tooltip. */
  evidence: z.array(z.string().max(200)).max(20),
  /** With labelSource 'rule': the label to go back to when the rule goes. */
  withoutRule: withoutRuleSchema.optional(),
  /** The classifier revision that gave the label (classifier/revision.ts); absent on comments stored before revisions. */
  classifiedWith: z.string().max(40).optional(),
  /** People it tags by name where the site writes no "@" (Facebook): the classifier reads them as tags when it judges it again. */
  mentions: z.array(shortText).max(20).optional(),
  status: statusSchema,
  firstSeenAt: z.number().int().nonnegative(),
  lastSeenAt: z.number().int().nonnegative(),
  /** First time staff acted on it (reply, DM, hide, ignore): the first-response time is this minus firstSeenAt. */
  firstActionAt: z.number().int().nonnegative().optional(),
  statusChangedAt: z.number().int().nonnegative().optional(),
});
export type CommentRecord = z.infer<typeof commentRecordSchema>;

export const templateVoiceSchema = z.enum(['agency', 'expert']);
export const templateRecordSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(200),
  /** Labels it answers; empty means any. */
  labels: z.array(labelSchema).max(7),
  /** Sites it is meant for; empty means any. */
  sites: z.array(siteSchema).max(4),
  voice: templateVoiceSchema,
  body: z.string().min(1).max(10_000),
  /** Private-message text used by "move to DM" (optional). */
  dmBody: z.string().max(10_000).optional(),
  status: z.enum(['draft', 'approved']),
  approvedBy: shortText.optional(),
  approvedAt: z.number().int().optional(),
  createdBy: shortText.optional(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type TemplateRecord = z.infer<typeof templateRecordSchema>;

export const printRecordSchema = z.object({
  id: z.string().min(1).max(64),
  site: siteSchema,
  /** Opened from the gallery and written into Drive files: web addresses only, whoever wrote the row. */
  postUrl: webUrlSchema,
  permalink: optionalWebUrlSchema,
  commentKey: z.string().max(600).optional(),
  authorName: shortText,
  authorHandle: shortText.optional(),
  text: commentText,
  commentPostedAt: isoDate.optional(),
  capturedAt: z.number().int(),
  capturedBy: shortText,
  projectId: z.string().max(64).optional(),
  label: labelSchema.optional(),
  tags: z.array(z.string().min(1).max(60)).max(50),
  starred: z.boolean(),
  notes: z.string().max(5_000),
  /** The author's permission to use the print (see CONSENTS); curated and synced like the star and the tags. */
  consent: consentSchema.optional(),
  /** Hash of the normalised text + author + site: the same comment captured twice has the same textHash. */
  textHash: z.string().max(128),
  /** SHA-256 of the PNG bytes. */
  imageHash: z.string().max(128),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The shared image has the author's name/avatar blurred (LGPD); the original stays local only. */
  redacted: z.boolean(),
  includesReplies: z.boolean(),
  updatedAt: z.number().int(),
  /** Tombstone: set when deleted, so the delete can propagate to Drive and teammates. */
  deletedAt: z.number().int().optional(),
});
export type PrintRecord = z.infer<typeof printRecordSchema>;

/** Image bytes live apart from the metadata so that grids and queries never load them. */
export const printImageRecordSchema = z.object({
  id: z.string().min(1).max(64),
  png: z.instanceof(Uint8Array).optional(),
  thumb: z.instanceof(Uint8Array),
  /** Unredacted original, kept only on this machine. */
  originalPng: z.instanceof(Uint8Array).optional(),
});
export type PrintImageRecord = z.infer<typeof printImageRecordSchema>;

export const outboxEntrySchema = z.object({
  seq: z.number().int().optional(),
  kind: z.enum(['print.upsert', 'print.delete', 'templates.upsert', 'teamRules.upsert']),
  entityId: z.string().max(64),
  enqueuedAt: z.number().int(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number().int(),
  lastError: z.string().max(2_000).optional(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const actionKindSchema = z.enum([
  'labelled',
  'replied',
  'moved_to_dm',
  'hidden',
  'ignored',
  'reopened',
  'print_saved',
]);
export const actionRecordSchema = z.object({
  id: z.number().int().optional(),
  commentKey: z.string().max(600),
  kind: actionKindSchema,
  at: z.number().int(),
  user: shortText,
  site: siteSchema,
  projectId: z.string().max(64).optional(),
  templateId: z.string().max(64).optional(),
  label: labelSchema.optional(),
});
export type ActionRecord = z.infer<typeof actionRecordSchema>;

/** A label a person gave a comment; it wins over the classifier for that comment and teaches the memory. */
export const correctionRecordSchema = z.object({
  key: z.string().max(600),
  text: commentText,
  label: labelSchema,
  at: z.number().int(),
  user: shortText,
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;

/**
 * A team rule (classifier/team-rules.ts): a word or phrase, or an author, that always gets a label. What a content
 * script needs to match is the spec; who made it, when and why stay in the extension's own storage.
 */
export const teamRuleRecordSchema = teamRuleSpecSchema.extend({
  /** The expert profile it belongs to; none: every profile (a troll follows the agency from launch to launch). */
  projectId: z.string().max(64).optional(),
  note: shortText.optional(),
  createdBy: shortText,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type TeamRuleRecord = z.infer<typeof teamRuleRecordSchema>;

export const businessHoursSchema = z.object({
  /** IANA zone, e.g. America/Sao_Paulo */
  timeZone: z.string().max(64),
  /** 0 = Sunday … 6 = Saturday */
  days: z.array(z.number().int().min(0).max(6)).max(7),
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** An expert (infoprodutor) or launch the agency works for. */
export const projectRecordSchema = z.object({
  id: z.string().min(1).max(64),
  expertName: z.string().min(1).max(120),
  /** e.g. "Equipe de Suporte da Ana" */
  supportSignature: z.string().max(200),
  links: z.object({
    produto: url.optional(),
    checkout: url.optional(),
    suporte: url.optional(),
  }),
  whatsapp: z.string().max(32).optional(),
  email: z.string().max(200).optional(),
  businessHours: businessHoursSchema,
  /** Minutes to the first response, per channel. */
  responseTargets: z.record(z.string(), z.number().int().positive()),
  /**
   * The expert's and the team's own accounts on the sites ("@anasouza", "Equipe Ana Souza"): their comments are the
   * house answering (lib/house.ts). Older rows have none.
   */
  houseAccounts: z.array(z.string().trim().min(1).max(200)).max(MAX_HOUSE_ACCOUNTS).optional(),
  createdAt: z.number().int(),
  /** The last edit, which decides between two copies of a profile (the team kit); older rows have none: createdAt stands in. */
  updatedAt: z.number().int().optional(),
});
export type ProjectRecord = z.infer<typeof projectRecordSchema>;

export const sweepItemSchema = z.object({
  id: z.string().min(1).max(64),
  projectId: z.string().max(64),
  url,
  site: siteSchema,
  title: z.string().max(300).optional(),
  addedAt: z.number().int(),
  lastSweptAt: z.number().int().optional(),
});
export type SweepItem = z.infer<typeof sweepItemSchema>;

export const settingRecordSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
});
export type SettingRecord = z.infer<typeof settingRecordSchema>;
