import { getDb, type RondaDB } from '../../storage/db';
import { commentRecordSchema, printRecordSchema, type CommentRecord, type PrintRecord } from '../../storage/schema';
import { checkRows, rowKey, type InvalidRow } from '../../storage/validate';
import { periodStarts } from './select';

/**
 * Reads only what the peek view needs, through indexes: open comments, comments moved to DM, and this week's
 * comments and prints. Damaged rows are reported, not shown.
 */
export async function loadPeekRows(now: number, db: RondaDB = getDb()): Promise<{ comments: CommentRecord[]; prints: PrintRecord[]; invalid: InvalidRow[] }> {
  const { week } = periodStarts(now);
  const [open, dm, recent, prints] = await Promise.all([
    db.comments.where('status').equals('new').filter((c) => c.label === 'doubt').toArray(),
    db.comments.where('status').equals('moved_to_dm').filter((c) => c.label === 'complaint').toArray(),
    db.comments.where('firstSeenAt').aboveOrEqual(week).toArray(),
    db.prints.where('capturedAt').aboveOrEqual(week).toArray(),
  ]);
  const c = checkRows(commentRecordSchema, [...open, ...dm, ...recent], rowKey);
  const p = checkRows(printRecordSchema, prints, rowKey);
  return { comments: c.valid, prints: p.valid, invalid: [...c.invalid, ...p.invalid] };
}
