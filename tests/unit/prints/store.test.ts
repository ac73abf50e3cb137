import { afterEach, describe, expect, it, vi } from 'vitest';
import { RondaDB } from '../../../storage/db';
import type { PrintImageRecord, PrintRecord } from '../../../storage/schema';
import {
  PrintStorageFullError,
  allPrints,
  checkPrints,
  cleanTags,
  filterPrints,
  recentPrints,
  deletePrints,
  findDuplicates,
  freeSpace,
  getPrintImages,
  keepOne,
  listTags,
  queryPrints,
  restorePrints,
  savePrint,
  updatePrint,
  printedCommentKeys,
  watchPrintedCommentKeys,
} from '../../../storage/prints';
import { printStateKey } from '../../../lib/drive/state';

let n = 0;
const dbs: RondaDB[] = [];
function freshDb(): RondaDB {
  const db = new RondaDB(`prints-test-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 12);

function print(id: string, over: Partial<PrintRecord> = {}): PrintRecord {
  return {
    id,
    site: 'instagram',
    postUrl: 'https://www.instagram.com/p/ABC/',
    permalink: `https://www.instagram.com/p/ABC/c/${id}/`,
    commentKey: `instagram:${id}`,
    authorName: 'Maria Souza',
    authorHandle: 'mariasouza',
    text: `Comentário ${id}`,
    capturedAt: T0,
    capturedBy: 'Equipe',
    projectId: 'ana',
    label: 'praise',
    tags: [],
    starred: false,
    notes: '',
    textHash: `t-${id}`,
    imageHash: `i-${id}`,
    width: 600,
    height: 120,
    redacted: false,
    includesReplies: false,
    updatedAt: T0,
    ...over,
  };
}

function images(id: string, over: Partial<PrintImageRecord> = {}): PrintImageRecord {
  return { id, png: new Uint8Array([1, 2, 3]), thumb: new Uint8Array([4, 5]), ...over };
}

describe('saving a print', () => {
  it('writes metadata, images, an outbox entry and the history in one go', async () => {
    const db = freshDb();
    const result = await savePrint(print('p1'), images('p1', { originalPng: new Uint8Array([9]) }), { db, action: { commentKey: 'instagram:p1', user: 'Bia' } });
    expect(result).toEqual({ printId: 'p1' });
    expect(await db.prints.get('p1')).toMatchObject({ id: 'p1', text: 'Comentário p1' });
    expect((await getPrintImages('p1', db))?.originalPng).toEqual(new Uint8Array([9]));
    expect(await db.outbox.toArray()).toMatchObject([{ kind: 'print.upsert', entityId: 'p1' }]);
    expect(await db.actions.toArray()).toMatchObject([{ kind: 'print_saved', commentKey: 'instagram:p1', user: 'Bia' }]);
  });

  it('writes nothing at all when any part fails (atomic)', async () => {
    const db = freshDb();
    await savePrint(print('p1'), images('p1'), { db });
    // Same id again: the metadata add fails after the duplicate lookup; no image or outbox row may be left.
    const before = await db.outbox.count();
    await expect(savePrint(print('p1', { text: 'outro' }), images('p1', { thumb: new Uint8Array([7]) }), { db })).rejects.toThrow();
    expect((await db.printImages.get('p1'))?.thumb).toEqual(new Uint8Array([4, 5]));
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses invalid rows with a reason instead of writing them', async () => {
    const db = freshDb();
    await expect(savePrint(print('p1', { width: 0 }), images('p1'), { db })).rejects.toThrow(/print inválido: width/);
    await expect(savePrint(print('p2'), images('p3'), { db })).rejects.toThrow(/ids diferentes/);
    expect(await db.prints.count()).toBe(0);
  });

  it('turns a quota failure into PrintStorageFullError and leaves nothing half-written', async () => {
    const db = freshDb();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.printImages, 'put').mockRejectedValueOnce(quota);
    const error = await savePrint(print('p1'), images('p1'), { db }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintStorageFullError);
    expect((error as PrintStorageFullError).printId).toBe('p1');
    expect((error as Error).message).toMatch(/armazenamento cheio/);
    expect(await db.prints.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('which comments of a page are already printed', () => {
  it('names the comments with a live print, not those whose print was deleted or never taken', async () => {
    const db = freshDb();
    await savePrint(print('p1'), images('p1'), { db });
    await savePrint(print('p2'), images('p2'), { db });
    await savePrint(print('p3', { commentKey: undefined }), images('p3'), { db });
    await deletePrints(['p2'], { db });
    expect(await printedCommentKeys(['instagram:p1', 'instagram:p2', 'instagram:p9'], db)).toEqual(new Set(['instagram:p1']));
    expect(await printedCommentKeys([], db)).toEqual(new Set());
  });

  it('follows captures and deletes made elsewhere', async () => {
    const db = freshDb();
    const seen: Set<string>[] = [];
    const stop = watchPrintedCommentKeys(['instagram:p1'], (printed) => seen.push(printed), db);
    await vi.waitFor(() => expect(seen).toEqual([new Set()]));
    await savePrint(print('p1'), images('p1'), { db });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Set(['instagram:p1'])));
    await deletePrints(['p1'], { db });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Set()));
    stop();
  });
});

describe('duplicates', () => {
  it('reports an earlier print of the same comment or image and keeps one on request', async () => {
    const db = freshDb();
    await savePrint(print('a', { textHash: 'same' }), images('a'), { db });
    expect(await savePrint(print('b', { textHash: 'same' }), images('b'), { db })).toEqual({ printId: 'b', duplicateOf: 'a' });
    expect(await savePrint(print('c', { imageHash: 'i-a' }), images('c'), { db })).toEqual({ printId: 'c', duplicateOf: 'a' });
    expect((await findDuplicates('a', db)).map((p) => p.id)).toEqual(['b', 'c']);
    await keepOne('a', ['a', 'b', 'c'], { db });
    expect((await queryPrints({}, db)).valid.map((p) => p.id)).toEqual(['a']);
    expect(await findDuplicates('a', db)).toEqual([]);
  });

  it('does not count a deleted print as a duplicate', async () => {
    const db = freshDb();
    await savePrint(print('a', { textHash: 'same' }), images('a'), { db });
    await deletePrints(['a'], { db });
    expect(await savePrint(print('b', { textHash: 'same' }), images('b'), { db })).toEqual({ printId: 'b' });
  });
});

describe('search and filters', () => {
  async function seeded() {
    const db = freshDb();
    const rows: PrintRecord[] = [
      print('ig1', { text: 'Amei a aula de ontem, mudou minha vida', tags: ['depoimento'], starred: true, capturedAt: T0 - 2 * DAY }),
      print('ig2', { text: 'Quando abre a turma?', label: 'doubt', capturedAt: T0 - DAY }),
      print('yt1', { site: 'youtube', authorName: 'João Pereira', authorHandle: '@joaop', text: 'Melhor canal de finanças', tags: ['depoimento', 'vsl'], capturedAt: T0 }),
      print('fb1', { site: 'facebook', projectId: 'beto', text: 'Ação incrível, recomendo', capturedAt: T0 - 10 * DAY }),
    ];
    for (const r of rows) await savePrint(r, images(r.id), { db });
    return db;
  }
  const ids = async (db: RondaDB, f: Parameters<typeof queryPrints>[0]) => (await queryPrints(f, db)).valid.map((p) => p.id);

  it('lists newest first', async () => {
    const db = await seeded();
    expect(await ids(db, {})).toEqual(['yt1', 'ig2', 'ig1', 'fb1']);
  });

  it('searches text, author and tags, ignoring accents and case; every word must match', async () => {
    const db = await seeded();
    expect(await ids(db, { text: 'AULA' })).toEqual(['ig1']);
    expect(await ids(db, { text: 'joao' })).toEqual(['yt1']);
    expect(await ids(db, { text: '@joaop' })).toEqual(['yt1']);
    expect(await ids(db, { text: 'acao' })).toEqual(['fb1']);
    expect(await ids(db, { text: 'depoimento' })).toEqual(['yt1', 'ig1']);
    expect(await ids(db, { text: 'depoimento vida' })).toEqual(['ig1']);
    expect(await ids(db, { text: 'inexistente' })).toEqual([]);
  });

  it('filters by project, site, label, tag, date range and star, combined', async () => {
    const db = await seeded();
    expect(await ids(db, { projectId: 'beto' })).toEqual(['fb1']);
    expect(await ids(db, { site: 'instagram' })).toEqual(['ig2', 'ig1']);
    expect(await ids(db, { label: 'doubt' })).toEqual(['ig2']);
    expect(await ids(db, { tag: 'vsl' })).toEqual(['yt1']);
    expect(await ids(db, { from: T0 - 3 * DAY, to: T0 - DAY })).toEqual(['ig2', 'ig1']);
    expect(await ids(db, { starred: true })).toEqual(['ig1']);
    expect(await ids(db, { site: 'instagram', label: 'praise', projectId: 'ana', tag: 'depoimento', from: T0 - 5 * DAY })).toEqual(['ig1']);
    expect(await listTags(db)).toEqual(['depoimento', 'vsl']);
  });

  it('reports damaged rows instead of dropping them', async () => {
    const db = await seeded();
    await db.prints.put({ ...print('bad'), site: 'orkut' } as unknown as PrintRecord);
    const result = await queryPrints({}, db);
    expect(result.valid).toHaveLength(4);
    expect(result.invalid).toEqual([{ where: 'bad', problems: [expect.stringContaining('site')] }]);
  });
});

describe('editing, delete with undo, freeing space', () => {
  it('edits tags, star and notes, queues the change and rejects bad edits', async () => {
    const db = freshDb();
    await savePrint(print('p1'), images('p1'), { db });
    await db.outbox.clear();
    const updated = await updatePrint('p1', { tags: ['#Depoimento', ' depoimento ', 'VSL'], starred: true, notes: 'usar na VSL' }, { db, now: T0 + 5 });
    expect(updated).toMatchObject({ tags: ['depoimento', 'vsl'], starred: true, notes: 'usar na VSL', updatedAt: T0 + 5 });
    expect(await db.outbox.toArray()).toMatchObject([{ kind: 'print.upsert', entityId: 'p1' }]);
    await expect(updatePrint('p1', { notes: 'x'.repeat(6000) }, { db })).rejects.toThrow(/alteração inválida: notes/);
    await expect(updatePrint('nope', { starred: true }, { db })).rejects.toThrow(/não encontrado/);
    expect(cleanTags(['a', 'A', '', '##b'])).toEqual(['a', 'b']);
  });

  it('deletes to a tombstone, syncs the delete and undoes it', async () => {
    const db = freshDb();
    await savePrint(print('p1'), images('p1'), { db });
    await savePrint(print('p2'), images('p2'), { db });
    expect(await deletePrints(['p1'], { db, now: T0 + 1 })).toBe(1);
    expect((await queryPrints({}, db)).valid.map((p) => p.id)).toEqual(['p2']);
    expect((await queryPrints({ deleted: true }, db)).valid.map((p) => p.id)).toEqual(['p1']);
    expect(await db.outbox.where('entityId').equals('p1').toArray()).toMatchObject([
      { kind: 'print.upsert' },
      { kind: 'print.delete' },
    ]);
    expect(await getPrintImages('p1', db)).toBeDefined();
    expect(await restorePrints(['p1'], { db, now: T0 + 2 })).toBe(1);
    expect((await db.prints.get('p1'))?.deletedAt).toBeUndefined();
    expect((await queryPrints({}, db)).valid.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    // A restore of a live print changes nothing.
    expect(await restorePrints(['p1'], { db })).toBe(0);
  });

  it('frees space: purges images of old tombstones, drops originals, offloads old images that are on Drive', async () => {
    const db = freshDb();
    await savePrint(print('old', { capturedAt: T0 - 100 * DAY }), images('old', { originalPng: new Uint8Array([1]) }), { db });
    await savePrint(print('gone'), images('gone'), { db });
    await savePrint(print('new'), images('new', { originalPng: new Uint8Array([2]) }), { db });
    await deletePrints(['gone'], { db, now: T0 - DAY });
    const freed = await freeSpace({ db, purgeDeletedBefore: T0, dropOriginals: true, now: T0 });
    expect(freed).toEqual({ imagesPurged: 1, originalsDropped: 2, imagesOffloaded: 0, notOnDrive: 0 });
    expect(await db.printImages.get('gone')).toBeUndefined();
    expect(await db.prints.get('gone')).toBeDefined();
    expect((await db.printImages.get('new'))?.originalPng).toBeUndefined();
    expect((await db.printImages.get('new'))?.png).toBeDefined();
    // 'old' is not in Drive yet (its upload is queued): it keeps its image.
    expect(await freeSpace({ db, offloadCapturedBefore: T0 - 30 * DAY, now: T0 })).toMatchObject({ imagesOffloaded: 0, notOnDrive: 1 });
    await db.outbox.clear();
    await db.settings.put({ key: printStateKey('old'), value: { fileId: 'f-old', remoteModifiedTime: 't', base: { tags: [], notes: '', starred: false }, imageHash: 'i-old' } });
    const older = await freeSpace({ db, offloadCapturedBefore: T0 - 30 * DAY, now: T0 });
    expect(older).toMatchObject({ imagesOffloaded: 1, notOnDrive: 0, imagesPurged: 0 });
    // Local only: the print stays live, with its thumbnail, and nothing is queued for Drive.
    expect((await queryPrints({}, db)).valid.map((p) => p.id).sort()).toEqual(['new', 'old']);
    expect(await db.printImages.get('old')).toMatchObject({ thumb: expect.any(Uint8Array) });
    expect((await db.printImages.get('old'))?.png).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('applies tag additions and removals to the row as it is now, not to an older copy', async () => {
    const db = freshDb();
    await savePrint(print('p1', { tags: ['depoimento'] }), images('p1'), { db });
    // A teammate's tag arrives (a pull) while the gallery still shows the old copy.
    await db.prints.update('p1', { tags: ['depoimento', 'vip'] });
    await updatePrint('p1', { addTags: ['#Lançamento'] }, { db, now: T0 + 1 });
    expect((await db.prints.get('p1'))!.tags).toEqual(['depoimento', 'vip', 'lançamento']);
    await updatePrint('p1', { removeTags: ['depoimento'] }, { db, now: T0 + 2 });
    expect((await db.prints.get('p1'))!.tags).toEqual(['vip', 'lançamento']);
  });

  it('keeps notes that changed while the editor was open in a conflict note', async () => {
    const db = freshDb();
    await savePrint(print('p1', { notes: 'antes' }), images('p1'), { db });
    await db.prints.update('p1', { notes: 'da Bia' });
    const saved = await updatePrint('p1', { notes: 'minha nota', notesBase: 'antes' }, { db, now: T0 });
    expect(saved.notes).toMatch(/^minha nota\n\n\[Conflito de sincronização .*notas \(recebidas enquanto você editava\): da Bia/);
    // Unchanged underneath: written as typed.
    expect((await updatePrint('p1', { notes: 'só minha', notesBase: saved.notes }, { db, now: T0 + 1 })).notes).toBe('só minha');
  });
});

describe('what the gallery reads', () => {
  it('paints the newest live prints first through the date index, then holds all rows for in-memory filters', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) await savePrint(print(`p${i}`, { capturedAt: T0 + i, text: i % 2 ? 'Aula incrível' : 'Turma nova' }), images(`p${i}`), { db });
    await deletePrints(['p4'], { db });
    expect((await recentPrints(2, db)).valid.map((p) => p.id)).toEqual(['p3', 'p2']);
    const all = (await allPrints(db)).valid;
    expect(all.map((p) => p.id)).toEqual(['p4', 'p3', 'p2', 'p1', 'p0']);
    expect(filterPrints(all, { text: 'aula' }).map((p) => p.id)).toEqual(['p3', 'p1']);
    expect(filterPrints(all, { deleted: true }).map((p) => p.id)).toEqual(['p4']);
  });

  it('validates a row version once, but re-checks a changed row and keeps reporting damaged ones', () => {
    const good = print('v1');
    const first = checkPrints([good, { id: 'bad' }]);
    expect(first.valid.map((p) => p.id)).toEqual(['v1']);
    expect(first.invalid.map((r) => r.where)).toEqual(['bad']);
    // Same version again: trusted without a new parse (the very same object comes back).
    const again = checkPrints([good, { id: 'bad' }]);
    expect(again.valid[0]).toBe(good);
    expect(again.invalid).toHaveLength(1);
    // A changed version is parsed again, and refused when it became invalid.
    const changed = { ...good, updatedAt: good.updatedAt + 1, site: 'orkut' } as unknown as PrintRecord;
    expect(checkPrints([changed]).invalid.map((r) => r.where)).toEqual(['v1']);
  });
});
