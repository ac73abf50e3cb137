import { LABELS, STATUSES, type CommentStatus, type Label } from '../../lib/domain';
import type { LiveComment } from '../../messaging/protocol';

/**
 * The triage queue as staff read it: comments grouped the way agencies split the work (haters, doubts,
 * complaints, purchase intent, praise, everything else), filterable by group and status, with counts.
 */
export const LABEL_GROUPS = ['hater', 'doubt', 'complaint', 'purchase_intent', 'praise', 'other'] as const;
export type LabelGroup = (typeof LABEL_GROUPS)[number];

export const GROUP_NAMES: Record<LabelGroup, { pt: string; en: string }> = {
  hater: { pt: 'Haters', en: 'Haters' },
  doubt: { pt: 'Dúvidas', en: 'Questions' },
  complaint: { pt: 'Reclamações', en: 'Complaints' },
  purchase_intent: { pt: 'Prospecção', en: 'Purchase intent' },
  praise: { pt: 'Elogios', en: 'Praise' },
  other: { pt: 'Outros', en: 'Other' },
};

export function groupOf(label: Label): LabelGroup {
  return label === 'venting' || label === 'neutral' ? 'other' : label;
}

export interface QueueFilter {
  group: LabelGroup | 'all';
  status: CommentStatus | 'all';
  /** Only comments with no print in the acervo yet: the praise still to collect. */
  withoutPrint: boolean;
}

/** Keys of the page's comments that already have a print in the acervo (see storage/prints.ts). */
export type PrintedKeys = ReadonlySet<string>;

const NONE_PRINTED: PrintedKeys = new Set();

export interface QueueCounts {
  group: Record<LabelGroup | 'all', number>;
  /** Status counts within the selected group, so the two filters read together. */
  status: Record<CommentStatus | 'all', number>;
  /** Comments of the selected group and status with no print yet (what "Só sem print" leaves). */
  withoutPrint: number;
}

const inGroup = (c: LiveComment, filter: QueueFilter) => filter.group === 'all' || groupOf(c.label) === filter.group;
const inStatus = (c: LiveComment, filter: QueueFilter) => filter.status === 'all' || c.status === filter.status;

export function countQueue(comments: readonly LiveComment[], filter: QueueFilter, printed: PrintedKeys = NONE_PRINTED): QueueCounts {
  const group = Object.fromEntries([...LABEL_GROUPS, 'all'].map((g) => [g, 0])) as QueueCounts['group'];
  const status = Object.fromEntries([...STATUSES, 'all'].map((s) => [s, 0])) as QueueCounts['status'];
  let withoutPrint = 0;
  for (const c of comments) {
    const unprinted = !printed.has(c.key);
    const ofGroup = inGroup(c, filter);
    const ofStatus = inStatus(c, filter);
    if (ofStatus && (unprinted || !filter.withoutPrint)) {
      group.all++;
      group[groupOf(c.label)]++;
    }
    if (ofGroup && (unprinted || !filter.withoutPrint)) {
      status.all++;
      status[c.status]++;
    }
    if (ofGroup && ofStatus && unprinted) withoutPrint++;
  }
  return { group, status, withoutPrint };
}

export function filterQueue(comments: readonly LiveComment[], filter: QueueFilter, printed: PrintedKeys = NONE_PRINTED): LiveComment[] {
  return comments.filter((c) => inGroup(c, filter) && inStatus(c, filter) && (!filter.withoutPrint || !printed.has(c.key)));
}

/** j/k: the next or previous comment in the visible list (from nothing selected, j starts at the top). */
export function step(visible: readonly LiveComment[], selectedId: string | undefined, delta: 1 | -1): string | undefined {
  if (visible.length === 0) return undefined;
  const at = visible.findIndex((c) => c.commentId === selectedId);
  if (at === -1) return (delta === 1 ? visible[0] : visible[visible.length - 1])!.commentId;
  return visible[Math.min(visible.length - 1, Math.max(0, at + delta))]!.commentId;
}

export type PanelKeyAction =
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'reply' }
  | { kind: 'dm' }
  | { kind: 'print' }
  | { kind: 'moderate' }
  | { kind: 'relabel'; label: Label };

/**
 * Keyboard shortcuts of the queue: j/k move, r reply, d move to DM, p print, x the site's own menu (hide,
 * delete, report, block), 1–7 relabel (in LABELS order).
 * Keys typed into a field, or with a modifier (browser and OS shortcuts), are not shortcuts.
 */
export function keyAction(event: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  targetTag?: string;
  targetEditable?: boolean;
}): PanelKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const tag = event.targetTag?.toUpperCase();
  if (event.targetEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return undefined;
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'move', delta: 1 };
    case 'k':
    case 'ArrowUp':
      return { kind: 'move', delta: -1 };
    case 'r':
      return { kind: 'reply' };
    case 'd':
      return { kind: 'dm' };
    case 'p':
      return { kind: 'print' };
    case 'x':
      return { kind: 'moderate' };
  }
  const n = Number(event.key);
  if (Number.isInteger(n) && n >= 1 && n <= LABELS.length) return { kind: 'relabel', label: LABELS[n - 1]! };
  return undefined;
}
