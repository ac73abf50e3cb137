import type { CommentStatus, Label } from '../lib/domain';
import { getDb, type RondaDB } from './db';
import type { ActionRecord } from './schema';
import { tr } from '../lib/i18n';

const STATUS_ACTION: Record<CommentStatus, ActionRecord['kind']> = {
  new: 'reopened',
  replied: 'replied',
  moved_to_dm: 'moved_to_dm',
  hidden: 'hidden',
  ignored: 'ignored',
};

/**
 * A person corrected a comment's label. The correction is stored (it wins over the classifier from now on and
 * teaches the per-profile memory) and written to the history.
 */
export async function relabelComment(
  key: string,
  label: Label,
  user: string,
  options: { now?: number; db?: RondaDB } = {},
): Promise<void> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  await db.transaction('rw', [db.comments, db.corrections, db.actions], async () => {
    const comment = await db.comments.get(key);
    if (!comment) throw new Error(tr(`comentário não encontrado: ${key}`, `comment not found: ${key}`));
    await db.comments.update(key, { label, labelSource: 'staff', confidence: 1, evidence: ['corrigido pela equipe'] });
    await db.corrections.put({ key, text: comment.text, label, at: now, user });
    await db.actions.add({ commentKey: key, kind: 'labelled', at: now, user, site: comment.site, projectId: comment.projectId, label });
  });
}

/**
 * Staff acted on a comment. The first action (other than reopening) fixes firstActionAt, from which the
 * first-response time is measured.
 */
export async function setCommentStatus(
  key: string,
  status: CommentStatus,
  user: string,
  options: { templateId?: string; now?: number; db?: RondaDB } = {},
): Promise<void> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  await db.transaction('rw', [db.comments, db.actions], async () => {
    const comment = await db.comments.get(key);
    if (!comment) throw new Error(tr(`comentário não encontrado: ${key}`, `comment not found: ${key}`));
    const isResponse = status !== 'new';
    await db.comments.update(key, {
      status,
      statusChangedAt: now,
      firstActionAt: comment.firstActionAt ?? (isResponse ? now : undefined),
    });
    await db.actions.add({
      commentKey: key,
      kind: STATUS_ACTION[status],
      at: now,
      user,
      site: comment.site,
      projectId: comment.projectId,
      templateId: options.templateId,
    });
  });
}
