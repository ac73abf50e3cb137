import { LABELS, type Label } from '../domain';
import type { BusinessHours, CommentRecord, SweepItem } from '../../storage/schema';
import { businessMsBetween } from '../metrics/business-hours';
import { MINUTE } from '../metrics/zone';

/*
 * Which sweep item to open next. An item is due when its channel's response target (in business time) has
 * passed since it was last swept; items never swept are due at once. Overdue items come first, most overdue
 * (relative to their target) first; the rest by how soon they fall due.
 */

export type SweepComment = Pick<CommentRecord, 'postUrl' | 'label' | 'status' | 'firstSeenAt'>;

export interface ItemCounts {
  /** Comments first seen after the last sweep (all of them when never swept), per class. */
  fresh: Record<Label, number>;
  /** Comments still waiting for an action ("new" status), per class, whenever seen. */
  pending: Record<Label, number>;
  freshTotal: number;
  pendingTotal: number;
}

export interface DueInfo {
  item: SweepItem;
  /** Business ms since the last sweep (or since it was added, when never swept). */
  elapsedMs: number;
  targetMs: number;
  overdue: boolean;
  neverSwept: boolean;
  /** Business ms left until due (0 when overdue). */
  dueInMs: number;
}

export interface ServiceRules {
  businessHours: BusinessHours;
  /** Minutes per site. */
  responseTargets: Record<string, number>;
}

const DEFAULT_TARGET_MIN = 60;

export function emptyCounts(): ItemCounts {
  const zero = () => Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  return { fresh: zero(), pending: zero(), freshTotal: 0, pendingTotal: 0 };
}

/** Counts per class for each item, from the comments filed under its URL. */
export function countByItem(items: readonly SweepItem[], comments: readonly SweepComment[]): Map<string, ItemCounts> {
  const byUrl = new Map<string, SweepItem[]>();
  for (const item of items) byUrl.set(item.url, [...(byUrl.get(item.url) ?? []), item]);
  const out = new Map(items.map((i) => [i.id, emptyCounts()]));
  for (const c of comments) {
    for (const item of byUrl.get(c.postUrl) ?? []) {
      const counts = out.get(item.id)!;
      if (item.lastSweptAt === undefined || c.firstSeenAt > item.lastSweptAt) {
        counts.fresh[c.label]++;
        counts.freshTotal++;
      }
      if (c.status === 'new') {
        counts.pending[c.label]++;
        counts.pendingTotal++;
      }
    }
  }
  return out;
}

export function dueInfo(item: SweepItem, rules: ServiceRules, now: number): DueInfo {
  const targetMs = (rules.responseTargets[item.site] ?? DEFAULT_TARGET_MIN) * MINUTE;
  const neverSwept = item.lastSweptAt === undefined;
  const since = item.lastSweptAt ?? item.addedAt;
  const elapsedMs = businessMsBetween(since, now, rules.businessHours, targetMs * 50);
  const overdue = neverSwept || elapsedMs >= targetMs;
  return { item, elapsedMs, targetMs, overdue, neverSwept, dueInMs: overdue ? 0 : targetMs - elapsedMs };
}

/** Items in sweep order: overdue first (never swept, then most overdue relative to target), then soonest due. */
export function orderForSweep(
  items: readonly SweepItem[],
  rules: ServiceRules,
  now: number,
  counts?: Map<string, ItemCounts>,
): DueInfo[] {
  const infos = items.map((item) => dueInfo(item, rules, now));
  const pending = (i: DueInfo) => counts?.get(i.item.id)?.pendingTotal ?? 0;
  return infos.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.overdue) {
      if (a.neverSwept !== b.neverSwept) return a.neverSwept ? -1 : 1;
      const ra = a.elapsedMs / a.targetMs;
      const rb = b.elapsedMs / b.targetMs;
      if (ra !== rb) return rb - ra;
    } else if (a.dueInMs !== b.dueInMs) {
      return a.dueInMs - b.dueInMs;
    }
    if (pending(a) !== pending(b)) return pending(b) - pending(a);
    return a.item.addedAt - b.item.addedAt || a.item.id.localeCompare(b.item.id);
  });
}

/**
 * The item "Próximo" opens: the first in sweep order that is not the page being looked at. When nothing is
 * due the soonest-due item is offered anyway (the sweep can run ahead of schedule). Null for an empty list.
 */
export function nextItem(ordered: readonly DueInfo[], currentUrl?: string): DueInfo | null {
  return ordered.find((i) => i.item.url !== currentUrl) ?? null;
}
