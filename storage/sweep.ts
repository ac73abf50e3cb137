import type { Site } from '../lib/domain';
import { countByItem, orderForSweep, type DueInfo, type ItemCounts, type SweepComment } from '../lib/sweep';
import { getDb, type RondaDB } from './db';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RESPONSE_TARGETS } from './defaults';
import { projectRecordSchema, sweepItemSchema, type SweepItem } from './schema';
import { checkRows, rowKey, type InvalidRow } from './validate';
import { tr } from '../lib/i18n';

/*
 * The sweep list ("varredura") of each expert profile: the posts, ad creatives, videos and blog pages the team
 * goes through every day. Items are keyed by the canonical post URL, the same URL comments are filed under, so
 * each item's new/pending counts come straight from the comments table.
 */

export interface NewSweepEntry {
  url: string;
  site: Site;
  title?: string;
}

export function newSweepItemId(): string {
  return `swp-${crypto.randomUUID().slice(0, 12)}`;
}

export async function listSweepItems(projectId: string, db: RondaDB = getDb()): Promise<{ valid: SweepItem[]; invalid: InvalidRow[] }> {
  const rows = await db.sweepItems.where('projectId').equals(projectId).toArray();
  return checkRows(sweepItemSchema, rows, rowKey);
}

/** Adds entries to a profile's list; URLs already there are returned as duplicates, untouched. */
export async function addSweepItems(
  projectId: string,
  entries: readonly NewSweepEntry[],
  options: { now?: number; db?: RondaDB } = {},
): Promise<{ added: SweepItem[]; duplicates: string[] }> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.sweepItems, async () => {
    const existing = new Set((await db.sweepItems.where('projectId').equals(projectId).toArray()).map((i) => i.url));
    const added: SweepItem[] = [];
    const duplicates: string[] = [];
    for (const entry of entries) {
      if (existing.has(entry.url)) {
        duplicates.push(entry.url);
        continue;
      }
      existing.add(entry.url);
      added.push(
        sweepItemSchema.parse({
          id: newSweepItemId(),
          projectId,
          url: entry.url,
          site: entry.site,
          ...(entry.title?.trim() ? { title: entry.title.trim().slice(0, 300) } : {}),
          addedAt: now,
        }),
      );
    }
    await db.sweepItems.bulkAdd(added);
    return { added, duplicates };
  });
}

export async function markSwept(id: string, options: { now?: number; db?: RondaDB } = {}): Promise<void> {
  const db = options.db ?? getDb();
  const updated = await db.sweepItems.update(id, { lastSweptAt: options.now ?? Date.now() });
  if (!updated) throw new Error(tr('Item da varredura não encontrado (foi removido em outra janela?).', 'Sweep item not found (was it removed in another window?).'));
}

export async function removeSweepItem(id: string, db: RondaDB = getDb()): Promise<void> {
  await db.sweepItems.delete(id);
}

export interface SweepRow extends DueInfo {
  counts: ItemCounts;
}

export interface SweepView {
  rows: SweepRow[];
  invalid: InvalidRow[];
}

/**
 * A profile's list in sweep order (past target first) with each item's counts. Targets and business hours come
 * from the profile (defaults when it is gone).
 */
export async function loadSweepView(projectId: string, options: { now?: number; db?: RondaDB } = {}): Promise<SweepView> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const { valid, invalid } = await listSweepItems(projectId, db);
  const project = projectRecordSchema.safeParse(await db.projects.get(projectId));
  const rules = project.success
    ? { businessHours: project.data.businessHours, responseTargets: project.data.responseTargets }
    : { businessHours: DEFAULT_BUSINESS_HOURS, responseTargets: DEFAULT_RESPONSE_TARGETS };
  const urls = [...new Set(valid.map((i) => i.url))];
  const comments: SweepComment[] = [];
  if (urls.length) {
    await db.comments
      .where('postUrl')
      .anyOf(urls)
      .each((c) => comments.push({ postUrl: c.postUrl, label: c.label, status: c.status, firstSeenAt: c.firstSeenAt }));
  }
  const counts = countByItem(valid, comments);
  const rows = orderForSweep(valid, rules, now, counts).map((info) => ({ ...info, counts: counts.get(info.item.id)! }));
  return { rows, invalid };
}
