import { commentKey, LABELS, type Label } from '../../lib/domain';
import { recurringTopics, type RecurringTopic } from '../../lib/faq/recurring';
import { haterAbove } from '../../lib/threads';
import type { CommentRecord, PrintRecord } from '../../storage/schema';

/*
 * What the expert's peek view shows, decided from the stored comments and prints (pure, so it is tested
 * without a browser). The expert sees what needs them, not the whole queue.
 */

/** Start of the local day, and of the local week (Monday), containing `now`. */
export function periodStarts(now: number): { today: number; week: number } {
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const weekday = (d.getDay() + 6) % 7; // Monday = 0
  const week = new Date(d.getFullYear(), d.getMonth(), d.getDate() - weekday).getTime();
  return { today, week };
}

export interface PeekCounts {
  today: Record<Label, number>;
  week: Record<Label, number>;
  printsToday: number;
  printsWeek: number;
}

export interface Peek {
  /** Open doubts (nobody answered them with an approved reply): the expert's knowledge is needed. Oldest first. */
  doubts: CommentRecord[];
  /** Complaints the team took to private messages this week, newest first. */
  complaintsInDm: CommentRecord[];
  /** This week's best praise: confident, substantial, newest breaking ties. */
  praise: CommentRecord[];
  /** This week's prints, starred first. */
  prints: PrintRecord[];
  /** Hater comments this week: only counted unless the expert asks to see them. */
  haters: CommentRecord[];
  /**
   * This week's replies in haters' threads (a fan defending, a reader asking whether it is true): they quote and
   * answer the hater, so they are kept out of the doubts and praise above and shown only with the haters.
   */
  haterReplies: CommentRecord[];
  /** What people asked most this week, in any wording (see lib/faq): the expert's next live or post can answer it. */
  recurring: RecurringTopic<CommentRecord>[];
  counts: PeekCounts;
}

function zero(): Record<Label, number> {
  return Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
}

/** Praise worth showing first: the model is sure and the person wrote more than "top". */
export function praiseScore(c: CommentRecord): number {
  const substance = Math.min(1, c.text.trim().length / 140);
  const staff = c.labelSource === 'staff' ? 0.2 : 0;
  return c.confidence * 0.6 + substance * 0.4 + staff;
}

export function buildPeek(
  comments: readonly CommentRecord[],
  prints: readonly PrintRecord[],
  options: { now: number; projectId?: string; limit?: number },
): Peek {
  const { today, week } = periodStarts(options.now);
  const limit = options.limit ?? 30;
  const inProject = <T extends { projectId?: string }>(r: T) => options.projectId === undefined || r.projectId === options.projectId;
  const unique = new Map<string, CommentRecord>();
  for (const c of comments) if (inProject(c)) unique.set(c.key, c);
  const all = [...unique.values()];
  const thisWeek = all.filter((c) => c.firstSeenAt >= week);
  const inHaterThread = (c: CommentRecord) =>
    c.label !== 'hater' && c.parentId !== undefined && haterAbove(c, (id) => unique.get(commentKey(c.site, id))) !== undefined;

  const counts: PeekCounts = { today: zero(), week: zero(), printsToday: 0, printsWeek: 0 };
  for (const c of thisWeek) {
    counts.week[c.label]++;
    if (c.firstSeenAt >= today) counts.today[c.label]++;
  }
  const livePrints = prints.filter((p) => p.deletedAt === undefined && inProject(p) && p.capturedAt >= week);
  counts.printsWeek = livePrints.length;
  counts.printsToday = livePrints.filter((p) => p.capturedAt >= today).length;

  return {
    doubts: all
      .filter((c) => c.label === 'doubt' && c.status === 'new' && !inHaterThread(c))
      .sort((a, b) => a.firstSeenAt - b.firstSeenAt)
      .slice(0, limit),
    complaintsInDm: all
      .filter((c) => c.label === 'complaint' && c.status === 'moved_to_dm' && (c.statusChangedAt ?? c.lastSeenAt) >= week)
      .sort((a, b) => (b.statusChangedAt ?? b.lastSeenAt) - (a.statusChangedAt ?? a.lastSeenAt))
      .slice(0, limit),
    praise: thisWeek
      .filter((c) => c.label === 'praise' && c.status !== 'hidden' && !inHaterThread(c))
      .sort((a, b) => praiseScore(b) - praiseScore(a) || b.firstSeenAt - a.firstSeenAt)
      .slice(0, limit),
    prints: livePrints
      .sort((a, b) => Number(b.starred) - Number(a.starred) || b.capturedAt - a.capturedAt)
      .slice(0, limit),
    haters: thisWeek.filter((c) => c.label === 'hater').sort((a, b) => b.firstSeenAt - a.firstSeenAt).slice(0, limit),
    haterReplies: thisWeek.filter(inHaterThread).sort((a, b) => b.firstSeenAt - a.firstSeenAt).slice(0, limit),
    recurring: recurringTopics(
      thisWeek.filter((c) => (c.label === 'doubt' || c.label === 'purchase_intent') && !inHaterThread(c)),
      { limit: 5 },
    ),
    counts,
  };
}
