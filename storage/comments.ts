import { CLASSIFIER_REVISION } from '../classifier/revision';
import { commentKey, type CommentStatus, type Label, type Site, type WithoutRule } from '../lib/domain';
import { getDb, type RondaDB } from './db';
import { tr } from '../lib/i18n';
import { commentRecordSchema, type ActionRecord, type CommentRecord } from './schema';
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
  /** Someone of the house answered it on the site (see lib/house.ts). */
  answeredBy?: string;
  /** People it tags by name where the site writes no "@" (Facebook), read as tags when it is judged again. */
  mentions?: string[];
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
  options: { projectId?: string; now?: number; db?: RondaDB; house?: readonly string[] } = {},
): Promise<Record<string, EffectiveLabel>> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const result: Record<string, EffectiveLabel> = {};
  await db.transaction('rw', [db.comments, db.actions], async () => {
    const keys = seen.map((c) => commentKey(site, c.commentId));
    const answered: ActionRecord[] = [];
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
        // The page that reported it runs this build's classifier: stored pages judged by an older one are judged again.
        classifiedWith: CLASSIFIER_REVISION,
        ...(c.mentions?.length ? { mentions: c.mentions } : {}),
        status: old?.status ?? 'new',
        firstSeenAt: old?.firstSeenAt ?? now,
        lastSeenAt: now,
        firstActionAt: old?.firstActionAt,
        statusChangedAt: old?.statusChangedAt,
      };
      if (c.answeredBy !== undefined && row.status === 'new') answered.push(answeredOnSite(row, old, c.answeredBy, now));
      result[c.commentId] = { label: row.label, source: row.labelSource, status: row.status };
      return row;
    });
    await db.comments.bulkPut(rows);
    if (answered.length) await db.actions.bulkAdd(answered);
    if (options.house?.length) await forgetHouseRows(db, site, postUrl, options.house);
  });
  return result;
}

/**
 * The house's answers are not comments to work on. One stored before it was known as the house's (read before the
 * profile named the team's account) is let go, so the metrics and the expert's view stop counting it as waiting;
 * one that anybody acted on (a status, a staff label) stays, as it is part of the history. Only this page's rows:
 * a page speaks for its own comments.
 */
async function forgetHouseRows(db: RondaDB, site: Site, postUrl: string, ids: readonly string[]): Promise<void> {
  const rows = await db.comments.bulkGet(ids.map((id) => commentKey(site, id)));
  const untouched = rows.filter((r): r is CommentRecord => r !== undefined && r.postUrl === postUrl && r.status === 'new' && r.labelSource !== 'staff' && r.firstActionAt === undefined);
  if (untouched.length) await db.comments.bulkDelete(untouched.map((r) => r.key));
}

/**
 * The house answered a new comment on the site (the expert or a teammate, without Ronda): it is replied. Seen
 * unanswered before, it was answered by now, which is its first action (an upper bound of the response time). Seen
 * answered the first time, when the answer came is unknown: no response time is made up for it.
 */
function answeredOnSite(row: CommentRecord, old: CommentRecord | undefined, by: string, now: number): ActionRecord {
  row.status = 'replied';
  row.statusChangedAt = now;
  if (old && row.firstActionAt === undefined) row.firstActionAt = now;
  // The history names who answered, as the page does, and that it was on the site: no one here pressed anything.
  return { commentKey: row.key, kind: 'replied', at: now, user: `${by.slice(0, 480)} ${tr('(no site)', '(on the site)')}`, site: row.site, projectId: row.projectId };
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

/**
 * Rows per transaction of a pass over every stored comment: it never holds the database for long, and a page's
 * report in between is not lost.
 */
const PASS_BATCH = 500;

/**
 * Rewrites stored comments in key order, a batch per read-write transaction: `change` says what one valid row
 * becomes, or null to leave it. A damaged row is left as it is (the pass would write fields it may not have).
 * Returns how many rows were read and how many written.
 */
export async function rewriteStoredComments(change: (row: CommentRecord) => CommentRecord | null, db: RondaDB = getDb()): Promise<{ read: number; written: number }> {
  let read = 0;
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await db.transaction('rw', db.comments, async () => {
      const batch = after === undefined ? await db.comments.orderBy(':id').limit(PASS_BATCH).toArray() : await db.comments.where(':id').above(after).limit(PASS_BATCH).toArray();
      const updates: CommentRecord[] = [];
      for (const row of batch) {
        if (!commentRecordSchema.safeParse(row).success) continue;
        const next = change(row);
        if (next) updates.push(next);
      }
      if (updates.length) await db.comments.bulkPut(updates);
      written += updates.length;
      return batch;
    });
    read += rows.length;
    if (rows.length < PASS_BATCH) return { read, written };
    after = rows[rows.length - 1]!.key;
  }
}
