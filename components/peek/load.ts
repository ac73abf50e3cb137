import { commentKey } from '../../lib/domain';
import { THREAD_MAX_DEPTH } from '../../lib/threads';
import { getDb, type RondaDB } from '../../storage/db';
import { commentRecordSchema, printRecordSchema, type CommentRecord, type PrintRecord } from '../../storage/schema';
import { checkRows, rowKey, type InvalidRow } from '../../storage/validate';
import { periodStarts } from './select';

/**
 * The comments the given ones answer, and theirs in turn, that are not among them: whether a reply is in a hater's
 * thread depends on a parent that may be older than this week.
 */
async function threadAncestors(rows: readonly CommentRecord[], db: RondaDB): Promise<CommentRecord[]> {
  const known = new Set(rows.map((r) => r.key));
  const found: CommentRecord[] = [];
  let wanted = rows;
  for (let depth = 0; depth < THREAD_MAX_DEPTH && wanted.length; depth++) {
    const keys = [...new Set(wanted.flatMap((r) => (r.parentId === undefined ? [] : [commentKey(r.site, r.parentId)])))].filter((k) => !known.has(k));
    if (!keys.length) break;
    for (const k of keys) known.add(k);
    wanted = (await db.comments.bulkGet(keys)).filter((r): r is CommentRecord => r !== undefined);
    found.push(...wanted);
  }
  return found;
}

/**
 * Reads only what the peek view needs, through indexes: open comments, comments moved to DM, and this week's
 * comments and prints, and the comments their replies answer. Damaged rows are reported, not shown.
 */
export async function loadPeekRows(now: number, db: RondaDB = getDb()): Promise<{ comments: CommentRecord[]; prints: PrintRecord[]; invalid: InvalidRow[] }> {
  const { week } = periodStarts(now);
  const [open, dm, recent, prints] = await Promise.all([
    db.comments.where('status').equals('new').filter((c) => c.label === 'doubt').toArray(),
    db.comments.where('status').equals('moved_to_dm').filter((c) => c.label === 'complaint').toArray(),
    db.comments.where('firstSeenAt').aboveOrEqual(week).toArray(),
    db.prints.where('capturedAt').aboveOrEqual(week).toArray(),
  ]);
  const c = checkRows(commentRecordSchema, [...open, ...dm, ...recent, ...(await threadAncestors([...open, ...recent], db))], rowKey);
  const p = checkRows(printRecordSchema, prints, rowKey);
  return { comments: c.valid, prints: p.valid, invalid: [...c.invalid, ...p.invalid] };
}
