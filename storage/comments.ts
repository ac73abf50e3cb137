import { commentKey, type CommentStatus, type Label, type Site, type WithoutRule } from '../lib/domain';
import { getDb, type RondaDB } from './db';
import { commentRecordSchema, type CommentRecord } from './schema';
import { checkRows, rowKey, type Checked } from './validate';

/** What a content script reports for each comment it found and classified on a page. */
export interface SeenComment {
  commentId: string;
  permalink?: string;
  parentId?: string;
  isReply: boolean;
  authorName: string;
  authorHandle?: string;
  authorUrl?: string;
  text: string;
  postedAt?: string;
  postTitle?: string;
  label: Label;
  confidence: number;
  evidence: string[];
  /** Set when the content script's memory of staff corrections, or a team rule, decided the label. */
  decidedBy?: 'memory' | 'rule';
  /** With decidedBy 'rule': the label without it, to go back to when the rule goes. */
  withoutRule?: WithoutRule;
}

export interface EffectiveLabel {
  label: Label;
  source: CommentRecord['labelSource'];
  status: CommentStatus;
}

/**
 * Records the comments a page shows. New comments start as "new"; known ones keep their status and, when a
 * person corrected them, their staff label (a correction wins over the classifier from then on).
 * Returns the label each comment should show.
 */
export async function recordSeenComments(
  site: Site,
  postUrl: string,
  seen: readonly SeenComment[],
  options: { projectId?: string; now?: number; db?: RondaDB } = {},
): Promise<Record<string, EffectiveLabel>> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const result: Record<string, EffectiveLabel> = {};
  await db.transaction('rw', db.comments, async () => {
    const keys = seen.map((c) => commentKey(site, c.commentId));
    const existing = await db.comments.bulkGet(keys);
    const rows: CommentRecord[] = seen.map((c, i) => {
      const old = existing[i];
      const staffLabel = old?.labelSource === 'staff';
      const row: CommentRecord = {
        key: keys[i]!,
        site,
        postUrl,
        commentId: c.commentId,
        permalink: c.permalink,
        parentId: c.parentId,
        isReply: c.isReply,
        authorName: c.authorName,
        authorHandle: c.authorHandle,
        authorUrl: c.authorUrl,
        text: c.text,
        postedAt: c.postedAt,
        // Read again on the video's own page, a comment keeps the title the inbox gave it.
        postTitle: c.postTitle ?? old?.postTitle,
        projectId: old?.projectId ?? options.projectId,
        label: staffLabel ? old.label : c.label,
        labelSource: staffLabel ? 'staff' : (c.decidedBy ?? 'classifier'),
        confidence: staffLabel ? 1 : c.confidence,
        evidence: staffLabel ? old.evidence : c.evidence.slice(0, 20),
        withoutRule: !staffLabel && c.decidedBy === 'rule' ? c.withoutRule : undefined,
        status: old?.status ?? 'new',
        firstSeenAt: old?.firstSeenAt ?? now,
        lastSeenAt: now,
        firstActionAt: old?.firstActionAt,
        statusChangedAt: old?.statusChangedAt,
      };
      result[c.commentId] = { label: row.label, source: row.labelSource, status: row.status };
      return row;
    });
    await db.comments.bulkPut(rows);
  });
  return result;
}

/** Comments stored for one post, validated; damaged rows come back in `invalid` with the reason. */
export async function listCommentsForPost(postUrl: string, db: RondaDB = getDb()): Promise<Checked<CommentRecord>> {
  const rows = await db.comments.where('postUrl').equals(postUrl).toArray();
  return checkRows(commentRecordSchema, rows, rowKey);
}

/** The comments read most recently, newest first, valid ones only (a rule's preview reads them). */
export async function recentComments(limit: number, db: RondaDB = getDb()): Promise<CommentRecord[]> {
  const rows = await db.comments.orderBy('lastSeenAt').reverse().limit(limit).toArray();
  return checkRows(commentRecordSchema, rows, rowKey).valid;
}
