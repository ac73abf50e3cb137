import type { Transaction } from 'dexie';
import { blogCommentId, commentKey } from '../../lib/domain';

const BLOG_PREFIX = 'blog:';

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Up to v2 a blog comment's id was the page's own number ("blog:42"), so comment 42 of one launch blog and
 * comment 42 of another were the same row. v3 scopes blog ids by host ("blog:blog.exemplo.com.br/42"): the
 * stored comments, the corrections and actions that name them, and the prints taken of them are re-keyed from
 * the post URL each comment was stored with. A correction whose comment is gone stays under its old key: the
 * memory finds it by its text, and it loses nothing.
 */
export async function migrateV2ToV3(tx: Transaction): Promise<void> {
  const comments = tx.table('comments');
  const renamed = new Map<string, string>();
  const rows = (await comments.where('site').equals('blog').toArray()) as Array<Record<string, unknown>>;
  const rekeyed: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    const host = hostOf(row.postUrl);
    if (!host || typeof row.commentId !== 'string' || typeof row.key !== 'string') continue;
    const commentId = blogCommentId(host, row.commentId);
    const key = commentKey('blog', commentId);
    renamed.set(row.key, key);
    const next: Record<string, unknown> = { ...row, key, commentId };
    if (typeof row.parentId === 'string') next.parentId = blogCommentId(host, row.parentId);
    rekeyed.push(next);
  }
  await comments.bulkDelete([...renamed.keys()]);
  await comments.bulkPut(rekeyed);

  const corrections = tx.table('corrections');
  const moved = (await corrections.bulkGet([...renamed.keys()])) as Array<Record<string, unknown> | undefined>;
  const movedRows = moved.filter((c): c is Record<string, unknown> => c !== undefined);
  await corrections.bulkDelete(movedRows.map((c) => c.key as string));
  await corrections.bulkPut(movedRows.map((c) => ({ ...c, key: renamed.get(c.key as string) })));

  await tx
    .table('actions')
    .where('commentKey')
    .startsWith(BLOG_PREFIX)
    .modify((row: { commentKey: string }) => {
      const key = renamed.get(row.commentKey);
      if (key) row.commentKey = key;
    });

  // A print keeps its own post URL, so it is re-keyed even when its comment row is gone.
  await tx
    .table('prints')
    .where('site')
    .equals('blog')
    .modify((row: { commentKey?: string; postUrl?: string }) => {
      if (!row.commentKey?.startsWith(BLOG_PREFIX)) return;
      const known = renamed.get(row.commentKey);
      const host = hostOf(row.postUrl);
      if (known) row.commentKey = known;
      else if (host) row.commentKey = commentKey('blog', blogCommentId(host, row.commentKey.slice(BLOG_PREFIX.length)));
    });
}
