import { z } from 'zod';
import { tr } from './i18n';

/** The surfaces Ronda works on. `blog` covers every launch blog domain the user adds. */
export const SITES = ['instagram', 'facebook', 'youtube', 'blog'] as const;
export const siteSchema = z.enum(SITES);
export type Site = z.infer<typeof siteSchema>;

/** How each surface is named in Ronda's pages (tables, filters, chips). */
export const SITE_NAMES: Record<Site, string> = { instagram: 'Instagram', facebook: 'Facebook', youtube: 'YouTube', blog: 'Blog' };

/**
 * Comment classes, in the priority order of the annotation guide (the first that fits wins).
 * hater / praise / doubt lead the UI; the rest map to the SAC practice (complaints go private,
 * purchase intent gets an offer of help, venting is monitored).
 */
export const LABELS = ['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral'] as const;
export const labelSchema = z.enum(LABELS);
export type Label = z.infer<typeof labelSchema>;

export const LABEL_NAMES: Record<Label, { pt: string; en: string }> = {
  hater: { pt: 'Hater', en: 'Hater' },
  complaint: { pt: 'Reclamação', en: 'Complaint' },
  purchase_intent: { pt: 'Prospecção', en: 'Purchase intent' },
  doubt: { pt: 'Dúvida', en: 'Question' },
  praise: { pt: 'Elogio', en: 'Praise' },
  venting: { pt: 'Desabafo', en: 'Venting' },
  neutral: { pt: 'Neutro', en: 'Neutral' },
};

/** How a hater's text is hidden on the page (see content/hater-display.ts): a setting, sent to content scripts. */
export const haterDisplaySchema = z.enum(['blur', 'collapse', 'show']);
export type HaterDisplay = z.infer<typeof haterDisplaySchema>;

/** Where a comment stands in the triage queue. */
export const STATUSES = ['new', 'replied', 'moved_to_dm', 'hidden', 'ignored'] as const;
export const statusSchema = z.enum(STATUSES);
export type CommentStatus = z.infer<typeof statusSchema>;

export const STATUS_NAMES: Record<CommentStatus, { pt: string; en: string }> = {
  new: { pt: 'Novo', en: 'New' },
  replied: { pt: 'Respondido', en: 'Replied' },
  moved_to_dm: { pt: 'Levado ao direct', en: 'Moved to DM' },
  hidden: { pt: 'Oculto', en: 'Hidden' },
  ignored: { pt: 'Ignorado', en: 'Ignored' },
};

/**
 * Whether the author let the agency use a print of their comment (ads, sales pages, the next launch): asked in a
 * reply or DM, then granted or refused. 'none' is written when staff set "not asked"; a print with no value at all
 * was written by a build that did not know the field (see mergeCurated), and reads as 'none'.
 */
export const CONSENTS = ['none', 'asked', 'granted', 'refused'] as const;
export const consentSchema = z.enum(CONSENTS);
export type Consent = z.infer<typeof consentSchema>;

/** A print's permission to use, with "no value" (a print from before the field, or an older build's) read as not asked. */
export const consentOf = (print: { consent?: Consent }): Consent => print.consent ?? 'none';

export const CONSENT_NAMES: Record<Consent, { pt: string; en: string }> = {
  none: { pt: 'Não pedida', en: 'Not asked' },
  asked: { pt: 'Pedida, sem resposta', en: 'Asked, no answer yet' },
  granted: { pt: 'Autorizada', en: 'Granted' },
  refused: { pt: 'Recusada', en: 'Refused' },
};

/** A team rule gives a label to a word or phrase ("term") or to everything one author writes ("author"). */
export const TEAM_RULE_KINDS = ['term', 'author'] as const;
export type TeamRuleKind = (typeof TEAM_RULE_KINDS)[number];
export const MAX_TEAM_RULES = 2_000;

/** A profile's house accounts (lib/house.ts): the expert's and the team's, on every site. */
export const MAX_HOUSE_ACCOUNTS = 50;

/** What a page needs of a team rule to match comments (who made it and why stay in the extension's storage). */
export const teamRuleSpecSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(TEAM_RULE_KINDS),
  /** A term: words as people write them, `*` closing a word for any ending ("golp*"). An author: @handle or name. */
  pattern: z.string().trim().min(1).max(200),
  label: labelSchema,
  /** Only comments on this site (an author's handle names someone else on another site). */
  site: siteSchema.optional(),
});
export type TeamRuleSpec = z.infer<typeof teamRuleSpecSchema>;

/** Who decided a comment's label: the shipped model, the per-profile memory of corrections, a team rule, or a person. */
export const labelSourceSchema = z.enum(['classifier', 'memory', 'rule', 'staff']);
export type LabelSource = z.infer<typeof labelSourceSchema>;

/**
 * The label a comment would have without the team rule that decided it (the model's, with the words corrections
 * taught). Kept with the comment so that removing the rule gives stored comments their label back without the model.
 */
export const withoutRuleSchema = z.object({
  label: labelSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string().max(200)).max(20),
  source: z.enum(['classifier', 'memory']),
});
export type WithoutRule = z.infer<typeof withoutRuleSchema>;

/** An http(s) address: the only kind Ronda reads comments from, files, or opens (no javascript:, data:, file:, chrome:). */
export function isWebProtocol(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** Whether a link may be opened from Ronda's pages: a valid web address. */
export function isWebUrl(value: string): boolean {
  try {
    return isWebProtocol(new URL(value));
  } catch {
    return false;
  }
}

export const webUrlSchema = z.string().max(4096).refine(isWebUrl, { error: () => tr('não é um endereço http(s)', 'not an http(s) address') });
/** A link read from a page or a teammate's file: one that is not a web address is dropped, not its record. */
export const optionalWebUrlSchema = webUrlSchema.optional().catch(undefined);

/** Stable key of a comment across pages and sessions. */
export function commentKey(site: Site, commentId: string): string {
  return `${site}:${commentId}`;
}

/**
 * Every blog shares the site "blog", and WordPress numbers comments per blog: "comment-42" exists on each one.
 * Scoping the id by host keeps two blogs' comments, labels, corrections and prints apart.
 */
export function blogCommentId(host: string, id: string): string {
  return `${host.toLowerCase()}/${id}`;
}
