import { describe, expect, it } from 'vitest';
import { deletePrints, updatePrint } from '../../../storage/prints';
import { addPrint, connect, makeEngine, runUntilIdle, startDriveServer } from './helpers';
import { printStateKey } from '../../../lib/drive/state';

const server = startDriveServer();

describe('push', () => {
  it('uploads a print once, named for people, with Ronda metadata, into the project folder', async () => {
    const h = makeEngine(server);
    const root = await connect(h);
    await addPrint(h.db, 'p1');
    await runUntilIdle(h);
    const [file, ...others] = server.filesWithRondaId('p1');
    expect(others).toHaveLength(0);
    expect(file!.name).toBe('2026-11-23_instagram_@maria.souza_elogio.png');
    expect(file!.appProperties).toMatchObject({ rondaId: 'p1', rondaKind: 'print', site: 'instagram', label: 'praise' });
    expect(file!.description).toContain('Aula incrível');
    const folder = server.files.get(file!.parents[0]!)!;
    expect(folder.name).toBe('Geral');
    expect(folder.parents).toEqual([root]);
    expect(await h.db.outbox.count()).toBe(0);
    // A second run with nothing queued creates nothing.
    await h.engine.run({ forcePull: true });
    expect(server.createsOf('p1')).toHaveLength(1);
  });

  it('creates exactly one file despite 500, 429, a dropped answer after the commit and a slow answer', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p2');
    server.inject({ kind: 500, match: /POST \/upload/ });
    server.inject({ kind: 429, match: /POST \/upload/, retryAfter: 1 });
    server.inject({ kind: 'drop-after', match: /POST \/upload/ });
    server.inject({ kind: 'drop', match: /GET \/drive\/v3\/files\?/ });
    server.inject({ kind: 'slow', ms: 300, match: /POST \/upload/ });
    const runs = await runUntilIdle(h);
    expect(runs).toBeGreaterThan(3);
    expect(server.createsOf('p2')).toHaveLength(1);
    expect(server.filesWithRondaId('p2')).toHaveLength(1);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('resumes a chunked upload after the worker stopped mid-way, without a second file', async () => {
    const h = makeEngine(server, { resumableThreshold: 100_000, chunkSize: 256 * 1024 });
    await connect(h);
    const size = 700_000;
    await addPrint(h.db, 'big', size);
    // A chunk's connection drops: the run ends with the session stored in IndexedDB.
    server.inject({ kind: 'drop', match: /PUT \/upload/, times: 1 });
    await h.engine.run();
    expect(server.log.filter((l) => l.method === 'PUT' && l.status === 'dropped')).toHaveLength(1);
    expect(server.filesWithRondaId('big')).toHaveLength(0);
    // A new engine on the same database (the restarted worker) finishes it.
    const restarted = makeEngine(server, { db: h.db, resumableThreshold: 100_000, chunkSize: 256 * 1024 });
    restarted.clock.now = h.clock.now + 10 * 60_000;
    await runUntilIdle(restarted);
    const files = server.filesWithRondaId('big');
    expect(files).toHaveLength(1);
    expect(files[0]!.size).toBe(size);
    expect(server.createsOf('big')).toEqual([expect.objectContaining({ uploadType: 'resumable' })]);
    expect(server.log.some((l) => l.method === 'PUT' && l.status === 308)).toBe(true);
  });

  it('refreshes the token once on 401 and goes on', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p3');
    server.inject({ kind: 401, match: /POST \/upload/ });
    await runUntilIdle(h);
    expect(h.refreshes).toBe(1);
    expect(server.filesWithRondaId('p3')).toHaveLength(1);
  });

  it('stops and tells the user on 403 insufficient scope, and sends nothing more', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p4');
    server.inject({ kind: 'scope', match: /POST \/upload/ });
    await h.engine.run();
    const state = await h.engine.state();
    expect(state.stopped).toBe(true);
    expect(state.lastError).toMatchObject({ kind: 'scope', message: expect.stringContaining('permissão') });
    const before = server.log.length;
    await h.engine.run();
    expect(server.log.length).toBe(before);
    expect(await h.db.outbox.where('entityId').equals('p4').count()).toBe(1);
  });

  it('pauses the whole loop while offline and resumes after', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p5');
    await addPrint(h.db, 'p6');
    server.inject({ kind: 'drop', times: 2 });
    const first = await h.engine.run();
    const state = await h.engine.state();
    expect(state.lastError?.kind).toBe('network');
    expect(state.pausedUntil).toBeGreaterThan(h.clock.now);
    expect(first.nextWakeAt).toBe(state.pausedUntil);
    await runUntilIdle(h);
    expect(server.filesWithRondaId('p5')).toHaveLength(1);
    expect(server.filesWithRondaId('p6')).toHaveLength(1);
  });

  it('removes a duplicate left by a lost answer (two files, one Ronda id)', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p7');
    await runUntilIdle(h);
    const [original] = server.filesWithRondaId('p7');
    server.seed({ name: 'copy.png', parents: original!.parents, appProperties: { ...original!.appProperties }, description: original!.description });
    await h.db.settings.delete(printStateKey('p7'));
    await updatePrint('p7', { tags: ['depoimento', 'vip'] }, { db: h.db, now: h.clock.now });
    await runUntilIdle(h);
    const left = server.filesWithRondaId('p7');
    expect(left.map((f) => f.id)).toEqual([original!.id]);
    expect(left[0]!.description).toContain('vip');
  });

  it('trashes the Drive file when a print is deleted here', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'p8');
    await runUntilIdle(h);
    await deletePrints(['p8'], { db: h.db, now: h.clock.now });
    await runUntilIdle(h);
    expect(server.filesWithRondaId('p8')).toHaveLength(0);
    expect(server.filesWithRondaId('p8', true)[0]!.trashed).toBe(true);
  });
});

describe('acervo folders', () => {
  it('recreates a project folder someone deleted in Drive', async () => {
    const h = makeEngine(server);
    await connect(h);
    await addPrint(h.db, 'f1');
    await runUntilIdle(h);
    const folderId = server.filesWithRondaId('f1')[0]!.parents[0]!;
    server.files.delete(folderId);
    server.files.delete(server.filesWithRondaId('f1', true)[0]?.id ?? '');
    await addPrint(h.db, 'f2');
    await runUntilIdle(h);
    const [file] = server.filesWithRondaId('f2');
    expect(file!.parents[0]).not.toBe(folderId);
    expect(server.files.get(file!.parents[0]!)?.name).toBe('Geral');
  });

  it('never moves or trashes copies that live in another acervo', async () => {
    const h = makeEngine(server);
    const oldRoot = await connect(h, 'Acervo antigo');
    await addPrint(h.db, 'o1');
    await runUntilIdle(h);
    const [old] = server.filesWithRondaId('o1');
    await h.engine.createRootFolder('Acervo novo');
    await runUntilIdle(h);
    const copies = server.filesWithRondaId('o1');
    expect(copies).toHaveLength(2);
    expect(server.files.get(old!.id)!.parents).toEqual(old!.parents);
    expect(server.files.get(old!.parents[0]!)!.parents).toEqual([oldRoot]);
    await deletePrints(['o1'], { db: h.db, now: h.clock.now });
    await runUntilIdle(h);
    expect(server.filesWithRondaId('o1').map((f) => f.id)).toEqual([old!.id]);
  });
});
