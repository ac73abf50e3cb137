import { describe, expect, it } from 'vitest';
import { deletePrints, freeSpace, restorePrints, updatePrint } from '../../../storage/prints';
import { parsePrintDescription } from '../../../lib/drive/metadata';
import { DriveClient, DriveError } from '../../../background/drive/client';
import { SyncEngine } from '../../../background/drive/engine';
import { addPrint, connect, freshDb, makeEngine, runUntilIdle, type Harness, startDriveServer } from './helpers';

const server = startDriveServer();

const YEAR = 365 * 86_400_000;

async function teammate(root: string): Promise<Harness> {
  const b = makeEngine(server);
  await b.engine.saveState({ signedIn: true });
  await b.engine.useRootFolder(root);
  await runUntilIdle(b);
  await b.engine.run({ forcePull: true });
  return b;
}

function remoteMeta(id: string) {
  const parsed = parsePrintDescription(server.filesWithRondaId(id)[0]!.description);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.meta;
}

describe('freeing space and the lixeira', () => {
  it('offloads old images on this computer only: Drive and teammates keep the print, and opening it fetches the image again', async () => {
    const a = makeEngine(server);
    const root = await connect(a);
    await addPrint(a.db, 'old1', 2_000, { capturedAt: Date.parse('2025-01-10T12:00:00Z') });
    await runUntilIdle(a);
    const b = await teammate(root);
    const freed = await freeSpace({ offloadCapturedBefore: a.clock.now - YEAR, db: a.db, now: a.clock.now });
    expect(freed).toMatchObject({ imagesOffloaded: 1, notOnDrive: 0 });
    expect(await a.db.outbox.count()).toBe(0);
    await runUntilIdle(a);
    expect(server.filesWithRondaId('old1', true).map((f) => f.trashed)).toEqual([false]);
    b.clock.now += 6 * 60_000;
    await b.engine.run({ forcePull: true });
    expect((await b.db.prints.get('old1'))?.deletedAt).toBeUndefined();
    expect((await a.db.prints.get('old1'))?.deletedAt).toBeUndefined();
    expect(await a.engine.fetchFullImage('old1')).toBe(true);
    expect((await a.db.printImages.get('old1'))?.png?.length).toBe(2_000);
  });

  it('restoring a deleted print whose images were purged un-trashes its Drive file instead of failing forever', async () => {
    const a = makeEngine(server);
    await connect(a);
    await addPrint(a.db, 'p1');
    await runUntilIdle(a);
    const fileId = server.filesWithRondaId('p1')[0]!.id;
    await deletePrints(['p1'], { db: a.db, now: a.clock.now + 1 });
    await runUntilIdle(a);
    expect(server.files.get(fileId)!.trashed).toBe(true);
    await freeSpace({ purgeDeletedBefore: a.clock.now + 10, db: a.db, now: a.clock.now + 10 });
    expect(await a.db.printImages.get('p1')).toBeUndefined();
    await restorePrints(['p1'], { db: a.db, now: a.clock.now + 20 });
    a.clock.now += 30;
    await runUntilIdle(a);
    expect(await a.db.outbox.count()).toBe(0);
    expect(server.files.get(fileId)!.trashed).toBe(false);
    expect(server.filesWithRondaId('p1')).toHaveLength(1);
    // The next pull brings the thumbnail back.
    a.clock.now += 6 * 60_000;
    await a.engine.run({ forcePull: true });
    expect(await a.db.printImages.get('p1')).toBeDefined();
  });

  it('drops an upload that can never succeed, with the reason on the options page, instead of retrying it forever', async () => {
    const a = makeEngine(server);
    await connect(a);
    await addPrint(a.db, 'p1');
    await a.db.printImages.delete('p1'); // Never uploaded, and its image is gone.
    await runUntilIdle(a);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.engine.rejected()).toEqual([{ name: expect.stringContaining('.png'), reason: expect.stringContaining('não está neste computador') }]);
    expect((await a.engine.state()).stopped).toBe(false);
  });
});

describe('edits made while a sync is under way', () => {
  /** A print synced by one member (a), then tagged by them, and a teammate (b) on the same acervo. */
  async function taggedByA() {
    const a = makeEngine(server);
    const root = await connect(a);
    await addPrint(a.db, 'p1');
    await runUntilIdle(a);
    const b = await teammate(root);
    await updatePrint('p1', { tags: ['depoimento', 'vip'] }, { db: a.db, now: a.clock.now + 1000 });
    await runUntilIdle(a);
    return { a, b };
  }

  it('keeps a gallery edit made while a push waits on Drive', async () => {
    const { b } = await taggedByA();
    await updatePrint('p1', { notes: 'usar no anúncio' }, { db: b.db, now: b.clock.now + 5000 });
    const get = b.client.get.bind(b.client);
    let hooked = false;
    b.client.get = async (...args: Parameters<typeof get>) => {
      if (!hooked) {
        hooked = true;
        await updatePrint('p1', { starred: true }, { db: b.db, now: b.clock.now + 6000 });
      }
      return get(...args);
    };
    b.clock.now += 10_000;
    await runUntilIdle(b);
    expect(await b.db.prints.get('p1')).toMatchObject({ starred: true, tags: ['depoimento', 'vip'], notes: 'usar no anúncio' });
    expect(remoteMeta('p1')).toMatchObject({ starred: true, tags: ['depoimento', 'vip'], notes: 'usar no anúncio' });
  });

  it('a tag added from a stale gallery copy keeps the tag a pull brought in', async () => {
    const { b } = await taggedByA();
    b.clock.now += 6 * 60_000;
    await b.engine.run({ forcePull: true });
    await updatePrint('p1', { addTags: ['lançamento'] }, { db: b.db, now: b.clock.now + 1 });
    b.clock.now += 10;
    await runUntilIdle(b);
    expect(remoteMeta('p1').tags).toEqual(['depoimento', 'vip', 'lançamento']);
  });
});

describe('failures that must not stop everything', () => {
  it('backs a failing pull off more and more, and starts over after a pull that works', async () => {
    const h = makeEngine(server);
    const root = await connect(h);
    await h.engine.run({ forcePull: true });
    server.inject({ kind: 503, match: new RegExp(`GET /drive/v3/files/${root}`), times: 6 });
    h.clock.now += 6 * 60_000;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = h.clock.now;
      const r = await h.engine.run();
      delays.push(r.nextWakeAt! - before);
      // A change queued meanwhile does not bring the pull back before its time.
      await h.engine.run();
      h.clock.now = r.nextWakeAt!;
    }
    expect(delays).toEqual([1100, 2200, 4400, 8800, 17600, 35200]);
    expect(server.log.filter((l) => l.path.startsWith(`/drive/v3/files/${root}`) && l.status === 503)).toHaveLength(6);
    const ok = await h.engine.run();
    expect(ok.pulled).toBe(true);
    server.inject({ kind: 503, match: new RegExp(`GET /drive/v3/files/${root}`), times: 1 });
    h.clock.now += 6 * 60_000;
    const again = await h.engine.run();
    expect(again.nextWakeAt! - h.clock.now).toBe(1100);
  });

  it('one damaged local row is reported and every other print still arrives', async () => {
    const a = makeEngine(server);
    const root = await connect(a);
    await addPrint(a.db, 'p1');
    await runUntilIdle(a);
    const b = await teammate(root);
    const row = (await b.db.prints.get('p1'))!;
    await b.db.prints.put({ ...row, tags: [...row.tags, 'x'.repeat(70)] });
    await updatePrint('p1', { starred: true }, { db: a.db, now: a.clock.now + 1000 });
    await addPrint(a.db, 'p2');
    a.clock.now += 2000;
    await runUntilIdle(a);
    b.clock.now += 6 * 60_000;
    const r = await b.engine.run({ forcePull: true });
    expect(r.pulled).toBe(true);
    expect(await b.db.prints.get('p2')).toBeDefined();
    expect((await b.engine.state()).rejected).toEqual([{ name: expect.stringContaining('.png'), reason: expect.stringContaining('danificado') }]);
  });

  it('a 403 on one file fails that entry only; the rest of the outbox and the pull go on', async () => {
    const a = makeEngine(server);
    const root = await connect(a);
    await addPrint(a.db, 'p1');
    await runUntilIdle(a);
    const fileId = server.filesWithRondaId('p1')[0]!.id;
    const readOnly: typeof fetch = async (url, init) => {
      if (init?.method === 'PATCH' && String(url).includes(fileId)) {
        const error = { code: 403, message: 'The user does not have sufficient permissions for this file.', errors: [{ reason: 'insufficientFilePermissions' }] };
        return new Response(JSON.stringify({ error }), { status: 403, headers: { 'content-type': 'application/json' } });
      }
      return fetch(url, init);
    };
    const db = freshDb();
    let now = Date.parse('2026-11-23T15:00:00Z');
    const client = new DriveClient({ baseUrl: server.baseUrl, tokens: { getToken: async () => 'test-token' }, fetch: readOnly, now: () => now });
    const b = new SyncEngine({ db, client, now: () => now, random: () => 0.5 });
    await b.saveState({ signedIn: true });
    await b.useRootFolder(root);
    await b.run({ forcePull: true });
    await updatePrint('p1', { tags: ['depoimento', 'meu'] }, { db, now: now + 1 });
    await addPrint(db, 'p2');
    now += 10;
    const r = await b.run({ forcePull: true });
    expect((await b.state()).stopped).toBe(false);
    expect(r.pulled).toBe(true);
    expect(server.filesWithRondaId('p2')).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    expect(await b.rejected()).toEqual([{ name: expect.stringContaining('.png'), reason: expect.stringContaining('não deixou alterar este arquivo') }]);
  });

  it('a push never moves a file out of an acervo used before', async () => {
    const h = makeEngine(server);
    const oldRoot = await connect(h, 'Acervo antigo');
    await addPrint(h.db, 'p1');
    let newRoot = '';
    const create = h.client.createMultipart.bind(h.client);
    h.client.createMultipart = async (...args: Parameters<typeof create>) => {
      const answer = create(...args);
      if (!newRoot && (args[0] as { appProperties?: Record<string, string> }).appProperties?.rondaId === 'p1') {
        newRoot = (await h.engine.createRootFolder('Acervo novo')).id;
      }
      return answer;
    };
    await h.engine.run();
    await runUntilIdle(h);
    const rootOf = (fileId: string) => server.files.get(server.files.get(fileId)!.parents[0]!)!.parents[0];
    expect(server.filesWithRondaId('p1').map((f) => rootOf(f.id)).sort()).toEqual([oldRoot, newRoot].sort());
  });
});

describe('thumbnails and full images', () => {
  it('a thumbnail fetched after the full image does not overwrite it', async () => {
    const a = makeEngine(server);
    const root = await connect(a);
    await addPrint(a.db, 'p1', 3_000);
    await runUntilIdle(a);
    const b = makeEngine(server);
    await b.engine.saveState({ signedIn: true });
    await b.engine.useRootFolder(root);
    // The full image is asked for (the gallery opened it) while the pull's thumbnail download is under way.
    const p1 = server.filesWithRondaId('p1')[0]!.id;
    const download = b.client.download.bind(b.client);
    let opened = false;
    b.client.download = async (fileId: string) => {
      const bytes = await download(fileId);
      if (!opened && fileId === p1) {
        opened = true;
        await b.engine.fetchFullImage('p1');
      }
      return bytes;
    };
    await b.engine.run({ forcePull: true });
    expect((await b.db.printImages.get('p1'))?.png?.length).toBe(3_000);
  });
});

describe('tokens while offline', () => {
  it('a token that cannot be fetched for want of a network is a pause, not a sign-out', async () => {
    const client = new DriveClient({
      baseUrl: server.baseUrl,
      tokens: { getToken: async () => Promise.reject(new Error('OAuth2 request failed: Connection failed (-106).')) },
    });
    const error = await client.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriveError);
    expect((error as DriveError).kind).toBe('network');
    const refused = new DriveClient({ baseUrl: server.baseUrl, tokens: { getToken: async () => Promise.reject(new DriveError('auth', 'recusado')) } });
    expect(((await refused.get('x').catch((e: unknown) => e)) as DriveError).kind).toBe('auth');
  });
});
