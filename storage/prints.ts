import { liveQuery } from 'dexie';
import { consentOf, type Consent, type Label, type Site } from '../lib/domain';
import { normaliseForHash } from '../lib/capture/hash';
import { sharedAuthor } from '../lib/capture/shared-author';
import { getDb, type RondaDB } from './db';
import { enqueueSync } from './outbox';
import { conflictNote } from '../lib/drive/merge';
import { printStateKey, printSyncStateSchema } from '../lib/drive/state';
import { printImageRecordSchema, printRecordSchema, type PrintImageRecord, type PrintRecord } from './schema';
import { checkRows, describeIssues, rowKey, type Checked } from './validate';
import { tr } from '../lib/i18n';

/*
 * The acervo de prints. A print is two rows, metadata (`prints`, small, indexed, what grids and queries read)
 * and image bytes (`printImages`, read one at a time), plus a Drive sync entry in the outbox. The three are
 * written in one transaction: a print is stored whole or not at all. Deleting leaves a tombstone (deletedAt) so
 * the delete can be undone and can reach Drive and teammates.
 */

/** The disk (or the browser's quota for this profile) is full. The capture that failed is in `pending`. */
export class PrintStorageFullError extends Error {
  override name = 'PrintStorageFullError';
  constructor(readonly printId: string) {
    super(tr('armazenamento cheio: o print não coube no navegador. Libere espaço no acervo e tente de novo.', 'storage full: the print did not fit in the browser. Free some space in the acervo and try again.'));
  }
}

export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (err.name === 'QuotaExceededError') return true;
    if (typeof err.message === 'string' && /quota/i.test(err.message)) return true;
    e = err.inner ?? err.cause;
  }
  return false;
}

export interface SaveResult {
  printId: string;
  /** An earlier print of the same comment (same commentKey or textHash) or the very same image (same imageHash). */
  duplicateOf?: string;
}

/**
 * Stores a new print with its images and queues it for Drive. Rows are validated first: a bad capture is
 * refused with the reasons, never half-written. A quota failure becomes PrintStorageFullError so the caller
 * can keep the capture and tell the user.
 */
export async function savePrint(
  print: PrintRecord,
  images: PrintImageRecord,
  options: { db?: RondaDB; action?: { commentKey: string; user: string } } = {},
): Promise<SaveResult> {
  const db = options.db ?? getDb();
  const meta = printRecordSchema.safeParse(print);
  if (!meta.success) throw new Error(tr(`print inválido: ${describeIssues(meta.error).join('; ')}`, `invalid print: ${describeIssues(meta.error).join('; ')}`));
  const bytes = printImageRecordSchema.safeParse(images);
  if (!bytes.success) throw new Error(tr(`imagem do print inválida: ${describeIssues(bytes.error).join('; ')}`, `invalid print image: ${describeIssues(bytes.error).join('; ')}`));
  if (images.id !== print.id) throw new Error(tr('imagem e print com ids diferentes', 'image and print with different ids'));
  try {
    return await db.transaction('rw', [db.prints, db.printImages, db.outbox, db.actions], async () => {
      const duplicate = await findDuplicateOf(db, meta.data);
      await db.prints.add(meta.data);
      await db.printImages.put(bytes.data);
      await enqueueSync('print.upsert', meta.data.id, { db, now: meta.data.updatedAt });
      if (options.action) {
        await db.actions.add({
          commentKey: options.action.commentKey,
          kind: 'print_saved',
          at: meta.data.capturedAt,
          user: options.action.user,
          site: meta.data.site,
          projectId: meta.data.projectId,
          label: meta.data.label,
        });
      }
      return duplicate ? { printId: meta.data.id, duplicateOf: duplicate.id } : { printId: meta.data.id };
    });
  } catch (error) {
    if (isQuotaError(error)) throw new PrintStorageFullError(print.id);
    throw error;
  }
}

async function findDuplicateOf(db: RondaDB, print: PrintRecord): Promise<PrintRecord | undefined> {
  const live = (p: PrintRecord) => p.deletedAt === undefined && p.id !== print.id;
  return (
    (print.commentKey === undefined ? undefined : await db.prints.where('commentKey').equals(print.commentKey).filter(live).first()) ??
    (await db.prints.where('textHash').equals(print.textHash).filter(live).first()) ??
    (await db.prints.where('imageHash').equals(print.imageHash).filter(live).first())
  );
}

/** Live prints that show the same comment or image as this one (for the "keep one" choice). */
export async function findDuplicates(id: string, db: RondaDB = getDb()): Promise<PrintRecord[]> {
  const print = await db.prints.get(id);
  if (!print) return [];
  const byComment = print.commentKey === undefined ? [] : await db.prints.where('commentKey').equals(print.commentKey).toArray();
  const byText = await db.prints.where('textHash').equals(print.textHash).toArray();
  const byImage = await db.prints.where('imageHash').equals(print.imageHash).toArray();
  const seen = new Map<string, PrintRecord>();
  for (const p of [...byComment, ...byText, ...byImage]) if (p.id !== id && p.deletedAt === undefined) seen.set(p.id, p);
  return [...seen.values()].sort((a, b) => a.capturedAt - b.capturedAt);
}

export type PrintPatch = Partial<Pick<PrintRecord, 'tags' | 'starred' | 'notes' | 'label' | 'projectId' | 'consent'>> & {
  /**
   * Tags added to / removed from the row as it is when written. An open gallery holds an older copy: a whole
   * `tags` list from it would drop a tag a teammate's pull brought in meanwhile.
   */
  addTags?: readonly string[];
  removeTags?: readonly string[];
  /** The notes as they were when the editor opened: notes changed since (a pull) are kept in a conflict note. */
  notesBase?: string;
};

/** Edits what copywriters curate (tags, star, notes, label, project, consent) and queues the new state for Drive. */
export async function updatePrint(
  id: string,
  patch: PrintPatch,
  options: { db?: RondaDB; now?: number } = {},
): Promise<PrintRecord> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const { addTags, removeTags, notesBase, ...fields } = patch;
  return db.transaction('rw', [db.prints, db.outbox], async () => {
    const old = await db.prints.get(id);
    if (!old) throw new Error(tr(`print não encontrado: ${id}`, `print not found: ${id}`));
    const next = { ...old, ...fields, updatedAt: now };
    if (fields.tags !== undefined || addTags || removeTags) {
      const removed = new Set(cleanTags(removeTags ?? []));
      next.tags = cleanTags([...(fields.tags ?? old.tags), ...(addTags ?? [])]).filter((t) => !removed.has(t));
    }
    if (fields.notes !== undefined && notesBase !== undefined && old.notes !== notesBase && old.notes !== fields.notes) {
      const note = conflictNote([{ field: 'notes', lostValue: old.notes, lostSide: 'recebidas enquanto você editava' }], now);
      next.notes = `${fields.notes}\n\n${note}`.slice(-5_000);
    }
    const parsed = printRecordSchema.safeParse(next);
    if (!parsed.success) throw new Error(tr(`alteração inválida: ${describeIssues(parsed.error).join('; ')}`, `invalid change: ${describeIssues(parsed.error).join('; ')}`));
    await db.prints.put(parsed.data);
    await enqueueSync('print.upsert', id, { db, now });
    return parsed.data;
  });
}

/** Tags as typed by people: trimmed, lower-cased, without '#', no repeats, at most 50 of at most 60 chars. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 60);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 50);
}

/** Deletes prints (tombstone; images kept until purged so "desfazer" brings them back whole). */
export async function deletePrints(ids: readonly string[], options: { db?: RondaDB; now?: number } = {}): Promise<number> {
  return setDeleted(ids, options.now ?? Date.now(), options.db ?? getDb());
}

/** Undo of deletePrints. */
export async function restorePrints(ids: readonly string[], options: { db?: RondaDB; now?: number } = {}): Promise<number> {
  return setDeleted(ids, undefined, options.db ?? getDb(), options.now ?? Date.now());
}

async function setDeleted(ids: readonly string[], deletedAt: number | undefined, db: RondaDB, now = deletedAt ?? Date.now()): Promise<number> {
  return db.transaction('rw', [db.prints, db.outbox], async () => {
    let changed = 0;
    for (const id of ids) {
      const old = await db.prints.get(id);
      if (!old || (old.deletedAt === undefined) === (deletedAt === undefined)) continue;
      const next: PrintRecord = { ...old, updatedAt: now };
      if (deletedAt === undefined) delete next.deletedAt;
      else next.deletedAt = deletedAt;
      await db.prints.put(next);
      await enqueueSync(deletedAt === undefined ? 'print.upsert' : 'print.delete', id, { db, now });
      changed++;
    }
    return changed;
  });
}

/** "Manter só um": keeps `keepId` and deletes the other copies (undoable like any delete). */
export async function keepOne(keepId: string, dropIds: readonly string[], options: { db?: RondaDB; now?: number } = {}): Promise<number> {
  return deletePrints(dropIds.filter((id) => id !== keepId), options);
}

/**
 * Frees space on this computer only; nothing here reaches Drive or teammates. Drops the image bytes of prints
 * deleted before `purgeDeletedBefore` (their tombstones stay for sync), optionally the private unredacted
 * originals, and optionally the full images of live prints captured before `offloadCapturedBefore`: those keep
 * their metadata and thumbnail, and the full image comes back from Drive when opened. A print whose image is
 * not safely in Drive yet (never uploaded, or an upload still queued) keeps it, and is counted in `notOnDrive`.
 */
export async function freeSpace(
  options: { purgeDeletedBefore?: number; dropOriginals?: boolean; offloadCapturedBefore?: number; db?: RondaDB; now?: number },
): Promise<{ imagesPurged: number; originalsDropped: number; imagesOffloaded: number; notOnDrive: number }> {
  const db = options.db ?? getDb();
  let imagesOffloaded = 0;
  let notOnDrive = 0;
  if (options.offloadCapturedBefore !== undefined) {
    const before = options.offloadCapturedBefore;
    await db.transaction('rw', [db.prints, db.printImages, db.settings, db.outbox], async () => {
      const old = await db.prints.where('capturedAt').below(before).filter((p) => p.deletedAt === undefined).toArray();
      const rows = await db.printImages.bulkGet(old.map((p) => p.id));
      const states = await db.settings.bulkGet(old.map((p) => printStateKey(p.id)));
      const queued = new Set((await db.outbox.where('entityId').anyOf(old.map((p) => p.id)).toArray()).map((e) => e.entityId));
      for (const [i, print] of old.entries()) {
        const row = rows[i];
        if (!row?.png) continue;
        const state = printSyncStateSchema.safeParse(states[i]?.value);
        if (!state.success || state.data.imageHash !== print.imageHash || queued.has(print.id)) {
          notOnDrive++;
          continue;
        }
        const next: PrintImageRecord = { ...row };
        delete next.png;
        await db.printImages.put(next);
        imagesOffloaded++;
      }
    });
  }
  const purgeBefore = options.purgeDeletedBefore;
  let imagesPurged = 0;
  let originalsDropped = 0;
  await db.transaction('rw', [db.prints, db.printImages], async () => {
    if (purgeBefore !== undefined) {
      const gone = await db.prints.filter((p) => p.deletedAt !== undefined && p.deletedAt < purgeBefore).primaryKeys();
      const present = (await db.printImages.bulkGet(gone)).filter((r): r is PrintImageRecord => !!r);
      await db.printImages.bulkDelete(present.map((r) => r.id));
      imagesPurged = present.length;
    }
    if (options.dropOriginals) {
      await db.printImages.toCollection().modify((row) => {
        if (row.originalPng) {
          delete row.originalPng;
          originalsDropped++;
        }
      });
    }
  });
  return { imagesPurged, originalsDropped, imagesOffloaded, notOnDrive };
}

export async function getPrint(id: string, db: RondaDB = getDb()): Promise<PrintRecord | undefined> {
  return db.prints.get(id);
}

export async function getPrintImages(id: string, db: RondaDB = getDb()): Promise<PrintImageRecord | undefined> {
  return db.printImages.get(id);
}

/** Thumbnails of several prints at once (the visible cells of the grid). */
export async function getThumbnails(ids: readonly string[], db: RondaDB = getDb()): Promise<Map<string, Uint8Array>> {
  const rows = await db.printImages.bulkGet([...ids]);
  const out = new Map<string, Uint8Array>();
  rows.forEach((row, i) => {
    if (row) out.set(ids[i]!, row.thumb);
  });
  return out;
}

export interface PrintFilter {
  /** Words searched in text, author name/handle and tags; all must match (accents and case ignored). */
  text?: string;
  projectId?: string;
  site?: Site;
  label?: Label;
  tag?: string;
  /** capturedAt range, inclusive, epoch ms. */
  from?: number;
  to?: number;
  starred?: boolean;
  /** By the author's permission; 'none' also finds prints with no value (nobody asked yet). */
  consent?: Consent;
  /** Show tombstones instead of live prints (the "lixeira"). */
  deleted?: boolean;
}

export function searchWords(text: string | undefined): string[] {
  return text ? normaliseForHash(text).split(' ').filter(Boolean) : [];
}

/** Identity of a row's content: every write through this module bumps updatedAt (and delete sets deletedAt). */
function versionOf(p: { id: string; updatedAt: number; deletedAt?: number }): string {
  return `${p.updatedAt}:${p.deletedAt ?? ''}`;
}

const haystacks = new Map<string, { version: string; text: string }>();

/** Everything a search may match, normalised once per row version (NFKD over 10,000 rows is not free). */
export function searchableText(p: PrintRecord): string {
  const version = versionOf(p);
  const hit = haystacks.get(p.id);
  if (hit?.version === version) return hit.text;
  const text = normaliseForHash([p.text, p.authorName, p.authorHandle ?? '', p.tags.join(' '), p.notes].join(' '));
  haystacks.set(p.id, { version, text });
  return text;
}

const validated = new Map<string, string>();

/**
 * checkRows for prints, remembering which row versions already passed: the gallery re-reads thousands of rows
 * and only new or changed ones need the schema again. Invalid rows are checked (and reported) every time.
 */
export function checkPrints(rows: readonly unknown[]): Checked<PrintRecord> {
  const valid: PrintRecord[] = [];
  const unchecked: unknown[] = [];
  const order: (PrintRecord | number)[] = [];
  for (const row of rows) {
    const r = row as PrintRecord;
    if (r && typeof r === 'object' && typeof r.id === 'string' && validated.get(r.id) === versionOf(r)) order.push(r);
    else order.push(unchecked.push(row) - 1);
  }
  const checked = checkRows(printRecordSchema, unchecked, rowKey);
  const passed = new Set(checked.valid.map((p) => p.id));
  let next = 0;
  for (const item of order) {
    if (typeof item !== 'number') {
      valid.push(item);
      continue;
    }
    const row = unchecked[item] as PrintRecord;
    if (passed.has(row?.id)) {
      const parsed = checked.valid[next++]!;
      validated.set(parsed.id, versionOf(parsed));
      valid.push(parsed);
    }
  }
  return { valid, invalid: checked.invalid };
}

/** The newest live prints, through the capturedAt index: what the gallery paints first. */
export async function recentPrints(limit: number, db: RondaDB = getDb()): Promise<Checked<PrintRecord>> {
  // No Dexie filter here: a filter forces a row-by-row cursor. Tombstones are few, so read a little more.
  const rows = await db.prints.orderBy('capturedAt').reverse().limit(limit + 20).toArray();
  const checked = checkPrints(rows);
  return { valid: checked.valid.filter((p) => p.deletedAt === undefined).slice(0, limit), invalid: checked.invalid };
}

/** Every print's metadata (no image bytes), newest first, live and deleted: the gallery filters it in memory. */
export async function allPrints(db: RondaDB = getDb()): Promise<Checked<PrintRecord>> {
  return checkPrints((await db.prints.orderBy('capturedAt').toArray()).reverse());
}

/** Applies a filter to rows already in memory, keeping their order. */
export function filterPrints(rows: readonly PrintRecord[], filter: PrintFilter): PrintRecord[] {
  const words = searchWords(filter.text);
  return rows.filter((p) => matchesFilter(p, filter, words));
}

/** The filter as a predicate: used after the index narrowed the rows, and by the gallery on rows it holds. */
export function matchesFilter(p: PrintRecord, filter: PrintFilter, words = searchWords(filter.text)): boolean {
  if ((p.deletedAt !== undefined) !== (filter.deleted ?? false)) return false;
  if (filter.projectId !== undefined && p.projectId !== filter.projectId) return false;
  if (filter.site !== undefined && p.site !== filter.site) return false;
  if (filter.label !== undefined && p.label !== filter.label) return false;
  if (filter.tag !== undefined && !p.tags.includes(filter.tag)) return false;
  if (filter.from !== undefined && p.capturedAt < filter.from) return false;
  if (filter.to !== undefined && p.capturedAt > filter.to) return false;
  if (filter.starred !== undefined && p.starred !== filter.starred) return false;
  if (filter.consent !== undefined && consentOf(p) !== filter.consent) return false;
  if (words.length) {
    const haystack = searchableText(p);
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/**
 * Prints matching a filter, newest first. The rows come through the narrowest index the filter allows (each
 * candidate index is counted, which IndexedDB does without reading rows), then the rest of the filter runs
 * on those rows only. Rows that fail validation are returned in `invalid` with the reason, never dropped.
 */
export async function queryPrints(filter: PrintFilter, db: RondaDB = getDb()): Promise<Checked<PrintRecord>> {
  const candidates: { count: () => Promise<number>; rows: () => Promise<PrintRecord[]> }[] = [];
  const by = (index: string, value: string) => ({
    count: () => db.prints.where(index).equals(value).count(),
    rows: () => db.prints.where(index).equals(value).toArray(),
  });
  if (filter.tag !== undefined) candidates.push(by('tags', filter.tag));
  if (filter.projectId !== undefined) candidates.push(by('projectId', filter.projectId));
  if (filter.label !== undefined) candidates.push(by('label', filter.label));
  if (filter.site !== undefined) candidates.push(by('site', filter.site));
  if (filter.from !== undefined || filter.to !== undefined) {
    const range = () => db.prints.where('capturedAt').between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true);
    candidates.push({ count: () => range().count(), rows: () => range().toArray() });
  }
  let rows: PrintRecord[];
  if (candidates.length === 0) rows = await db.prints.toArray();
  else if (candidates.length === 1) rows = await candidates[0]!.rows();
  else {
    const counts = await Promise.all(candidates.map((c) => c.count()));
    rows = await candidates[counts.indexOf(Math.min(...counts))]!.rows();
  }
  const words = searchWords(filter.text);
  const checked = checkPrints(rows);
  const valid = checked.valid.filter((p) => matchesFilter(p, filter, words)).sort((a, b) => b.capturedAt - a.capturedAt);
  return { valid, invalid: checked.invalid };
}

/** Every tag in use, for the tag filter and autocompletion. */
export async function listTags(db: RondaDB = getDb()): Promise<string[]> {
  return (await db.prints.orderBy('tags').uniqueKeys()).map(String);
}

/** Metadata as exported next to the images (CSV/JSON): no image bytes, no tombstones. */
export function exportableMetadata(p: PrintRecord): Record<string, string | number | boolean> {
  const author = sharedAuthor(p);
  return {
    id: p.id,
    site: p.site,
    postUrl: p.postUrl,
    permalink: p.permalink ?? '',
    authorName: author.authorName,
    authorHandle: author.authorHandle ?? '',
    text: p.text,
    commentPostedAt: p.commentPostedAt ?? '',
    capturedAt: new Date(p.capturedAt).toISOString(),
    capturedBy: p.capturedBy,
    projectId: p.projectId ?? '',
    label: p.label ?? '',
    tags: p.tags.join(', '),
    starred: p.starred,
    consent: consentOf(p),
    notes: p.notes,
    redacted: p.redacted,
    includesReplies: p.includesReplies,
    width: p.width,
    height: p.height,
  };
}

/**
 * Which of these comments already have a live print in the acervo (by the print's commentKey): the side panel marks
 * them, so staff sweeping a page's praise neither miss one nor print one twice. Prints a teammate took of the same
 * comment count too, once Drive brought them here.
 */
export async function printedCommentKeys(keys: readonly string[], db: RondaDB = getDb()): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.prints.where('commentKey').anyOf([...keys]).toArray();
  return new Set(rows.flatMap((p) => (p.deletedAt === undefined && p.commentKey !== undefined ? [p.commentKey] : [])));
}

/**
 * printedCommentKeys now and again after every change of the prints, wherever it was written (a capture in the
 * service worker, a delete in the gallery, a Drive pull). Returns the unsubscribe.
 */
export function watchPrintedCommentKeys(keys: readonly string[], onChange: (printed: Set<string>) => void, db: RondaDB = getDb()): () => void {
  const subscription = liveQuery(() => printedCommentKeys(keys, db)).subscribe({
    next: onChange,
    error: (error: unknown) => console.warn('[Ronda] prints of this page are not followed live:', error),
  });
  return () => subscription.unsubscribe();
}
