import { describe, expect, it } from 'vitest';
import { deletePrints, updatePrint } from '../../../storage/prints';
import { addPrint, connect, makeEngine, runUntilIdle, type Harness, startDriveServer } from './helpers';
import { TEMPLATES_STATE_KEY } from '../../../lib/drive/state';
import type { TemplateRecord } from '../../../storage/schema';

const server = startDriveServer();

async function twoMachines(): Promise<{ ana: Harness; bia: Harness; root: string }> {
  const ana = makeEngine(server, { makeThumbnail: async (png) => png.slice(0, 16) });
  const root = await connect(ana);
  const bia = makeEngine(server, { makeThumbnail: async (png) => png.slice(0, 16) });
  await bia.engine.saveState({ signedIn: true });
  await bia.engine.useRootFolder(root);
  return { ana, bia, root };
}

async function pull(h: Harness): Promise<void> {
  h.clock.now += 60_000;
  await h.engine.run({ forcePull: true });
  await runUntilIdle(h);
}

describe('pull', () => {
  it("brings a teammate's print with its thumbnail first and the full image on demand", async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'p1', 3_000);
    await runUntilIdle(ana);
    await pull(bia);
    const print = await bia.db.prints.get('p1');
    expect(print).toMatchObject({ id: 'p1', authorHandle: 'maria.souza', tags: ['depoimento'], label: 'praise' });
    const images = await bia.db.printImages.get('p1');
    expect(images?.thumb).toHaveLength(16);
    expect(images?.png).toBeUndefined();
    expect(await bia.engine.fetchFullImage('p1')).toBe(true);
    const full = await bia.db.printImages.get('p1');
    expect(full?.png).toEqual((await ana.db.printImages.get('p1'))?.png);
    // Pulling again creates nothing in Drive and queues nothing.
    await pull(bia);
    expect(server.filesWithRondaId('p1')).toHaveLength(1);
    expect(await bia.db.outbox.count()).toBe(0);
  });

  it('merges tags and notes per field, last writer wins, with a visible note on conflict', async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'p2');
    await runUntilIdle(ana);
    await pull(bia);
    // Ana changes tags; Bia changes notes: no conflict, both survive.
    await updatePrint('p2', { tags: ['depoimento', 'vip'] }, { db: ana.db, now: ana.clock.now + 1 });
    await runUntilIdle(ana);
    await updatePrint('p2', { notes: 'usar no carrossel' }, { db: bia.db, now: bia.clock.now + 2 });
    await runUntilIdle(bia);
    await pull(ana);
    expect(await ana.db.prints.get('p2')).toMatchObject({ tags: ['depoimento', 'vip'], notes: 'usar no carrossel' });
    expect(await bia.db.prints.get('p2')).toMatchObject({ tags: ['depoimento', 'vip'], notes: 'usar no carrossel' });
    // Both change the tags: the later writer wins and the other value is kept in a note.
    await updatePrint('p2', { tags: ['ana-quer'] }, { db: ana.db, now: Date.parse('2026-11-23T16:00:00Z') });
    await updatePrint('p2', { tags: ['bia-quer'] }, { db: bia.db, now: Date.parse('2026-11-23T16:05:00Z') });
    await runUntilIdle(ana);
    await runUntilIdle(bia);
    await pull(ana);
    const a = await ana.db.prints.get('p2');
    const b = await bia.db.prints.get('p2');
    expect(b?.tags).toEqual(['bia-quer']);
    expect(b?.notes).toContain('Conflito de sincronização');
    expect(b?.notes).toContain('ana-quer');
    expect(a?.tags).toEqual(['bia-quer']);
    expect(a?.notes).toContain('ana-quer');
    expect((await bia.engine.state()).conflicts[0]).toMatchObject({ printId: 'p2', fields: ['tags'] });
  });

  it('propagates deletes both ways with tombstones', async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'p3');
    await addPrint(ana.db, 'p4');
    await runUntilIdle(ana);
    await pull(bia);
    await deletePrints(['p3'], { db: ana.db, now: ana.clock.now });
    await runUntilIdle(ana);
    await pull(bia);
    expect((await bia.db.prints.get('p3'))?.deletedAt).toBeDefined();
    expect(await bia.db.outbox.count()).toBe(0);
    await deletePrints(['p4'], { db: bia.db, now: bia.clock.now });
    await runUntilIdle(bia);
    await pull(ana);
    expect((await ana.db.prints.get('p4'))?.deletedAt).toBeDefined();
    expect(server.filesWithRondaId('p3')).toHaveLength(0);
    expect(server.filesWithRondaId('p4')).toHaveLength(0);
  });

  it('a print deleted here while a pull is under way stays deleted, and the delete reaches Drive', async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'p9');
    await runUntilIdle(ana);
    await pull(bia);
    // Bia deletes it while her next pull is under way: after Drive's listing (which still has it), right before the
    // pull applies Drive's copy. The engine's own step is wrapped to land the delete right there.
    const engine = bia.engine as unknown as { inPrintTransaction: (...args: unknown[]) => Promise<void> };
    const apply = engine.inPrintTransaction.bind(bia.engine);
    let deleted = false;
    engine.inPrintTransaction = async (...args: unknown[]) => {
      if (!deleted) {
        deleted = true;
        await deletePrints(['p9'], { db: bia.db, now: bia.clock.now + 1 });
      }
      return apply(...args);
    };
    await pull(bia);
    expect(deleted).toBe(true);
    expect((await bia.db.prints.get('p9'))?.deletedAt).toBeDefined();
    expect(server.filesWithRondaId('p9')).toHaveLength(0);
    await pull(ana);
    expect((await ana.db.prints.get('p9'))?.deletedAt).toBeDefined();
  });

  it('does not take a partial listing for deletions', async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'p5');
    await runUntilIdle(ana);
    await pull(bia);
    server.inject({ kind: 500, match: /GET \/drive\/v3\/files\?.*rondaKind/, times: 5 });
    bia.clock.now += 60_000;
    await bia.engine.run({ forcePull: true });
    expect((await bia.db.prints.get('p5'))?.deletedAt).toBeUndefined();
    expect((await bia.engine.state()).lastError?.kind).toBe('server');
  });

  it('reports a Drive file whose Ronda data is broken instead of importing it', async () => {
    const { ana, bia, root } = await twoMachines();
    await addPrint(ana.db, 'p6');
    await runUntilIdle(ana);
    const folder = server.filesWithRondaId('p6')[0]!.parents[0]!;
    server.seed({ name: 'estragado.png', parents: [folder], appProperties: { rondaId: 'zz', rondaKind: 'print' }, description: 'editado à mão' });
    await pull(bia);
    expect(await bia.db.prints.get('zz')).toBeUndefined();
    expect(await bia.db.prints.get('p6')).toBeDefined();
    expect((await bia.engine.state()).rejected).toEqual([{ name: 'estragado.png', reason: expect.stringContaining('sem os dados') }]);
    expect(root).toBeTruthy();
  });
});

function template(id: string, updatedAt: number, body = 'Obrigado pelo carinho!'): TemplateRecord {
  return { id, title: `Modelo ${id}`, labels: ['praise'], sites: [], voice: 'agency', body, status: 'approved', createdAt: 1, updatedAt };
}

describe('template library', () => {
  it('syncs as one JSON file and merges per template', async () => {
    const { ana, bia } = await twoMachines();
    await ana.db.templates.bulkPut([template('t1', 10), template('t2', 10)]);
    await ana.engine.syncTemplates();
    await bia.db.templates.put(template('t3', 10));
    await bia.engine.syncTemplates();
    expect((await bia.db.templates.toArray()).map((t) => t.id).sort()).toEqual(['t1', 't2', 't3']);
    await ana.engine.syncTemplates();
    expect((await ana.db.templates.toArray()).map((t) => t.id).sort()).toEqual(['t1', 't2', 't3']);
    // Ana deletes t2: it goes away at Bia's too.
    await ana.db.templates.delete('t2');
    await ana.engine.syncTemplates();
    await bia.engine.syncTemplates();
    expect((await bia.db.templates.toArray()).map((t) => t.id).sort()).toEqual(['t1', 't3']);
    const files = [...server.files.values()].filter((f) => f.appProperties.rondaKind === 'templates');
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('Ronda — Biblioteca de respostas.json');
  });

  it('rejects a broken library file with a clear message and keeps the local templates', async () => {
    const { ana, bia } = await twoMachines();
    await ana.db.templates.put(template('t1', 10));
    await ana.engine.syncTemplates();
    const file = [...server.files.values()].find((f) => f.appProperties.rondaKind === 'templates')!;
    file.content = Buffer.from(JSON.stringify({ format: 'ronda.templates', version: 1, exportedAt: 1, templates: [{ id: 't9', title: '' }] }));
    server.touch(file.id, {});
    await bia.db.templates.put(template('local', 10));
    await bia.engine.syncTemplates();
    expect((await bia.db.templates.toArray()).map((t) => t.id)).toEqual(['local']);
    const state = (await bia.db.settings.get(TEMPLATES_STATE_KEY))?.value as { lastError?: string };
    expect(state.lastError).toMatch(/Biblioteca de respostas no Drive rejeitada.*templates\.0/);
    expect(file.content.toString()).toContain('t9');
  });
});

describe('a vanished acervo folder', () => {
  it('stops with a clear message instead of deleting every local print', async () => {
    const { ana, bia, root } = await twoMachines();
    await addPrint(ana.db, 'v1');
    await runUntilIdle(ana);
    await pull(bia);
    server.touch(root, { trashed: true });
    bia.clock.now += 60_000;
    await bia.engine.run({ forcePull: true });
    expect((await bia.db.prints.get('v1'))?.deletedAt).toBeUndefined();
    const state = await bia.engine.state();
    expect(state.stopped).toBe(true);
    expect(state.lastError).toMatchObject({ kind: 'config', message: expect.stringContaining('pasta do acervo não existe mais') });
  });
});

describe('an edit to a print a teammate deleted for good', () => {
  it('tombstones the print instead of retrying an upload it cannot make', async () => {
    const { ana, bia } = await twoMachines();
    await addPrint(ana.db, 'g1');
    await runUntilIdle(ana);
    await pull(bia);
    for (const f of server.filesWithRondaId('g1')) server.files.delete(f.id);
    await updatePrint('g1', { tags: ['editada'] }, { db: bia.db, now: bia.clock.now });
    await runUntilIdle(bia);
    expect((await bia.db.prints.get('g1'))?.deletedAt).toBeDefined();
    expect(await bia.db.outbox.count()).toBe(0);
    expect(server.filesWithRondaId('g1')).toHaveLength(0);
  });
});

describe('template changes queued by the templates store', () => {
  it('go up in one library upload per run, deletes included', async () => {
    const { ana, bia } = await twoMachines();
    await runUntilIdle(ana);
    const { saveTemplate, deleteTemplate } = await import('../../../storage/templates');
    const user = { name: 'Ana', role: 'approver' as const };
    const a = await saveTemplate({ title: 'Agradecimento', labels: ['praise'], sites: [], voice: 'agency', body: 'Obrigado, {{nome}}!' }, user, { db: ana.db, now: ana.clock.now });
    const b = await saveTemplate({ title: 'Dúvida de preço', labels: ['doubt'], sites: [], voice: 'agency', body: 'Te chamamos no direct!' }, user, { db: ana.db, now: ana.clock.now });
    const uploadsBefore = server.log.filter((l) => l.method === 'PATCH' || l.method === 'POST').length;
    await runUntilIdle(ana);
    expect(server.log.filter((l) => l.method === 'PATCH' || l.method === 'POST').length - uploadsBefore).toBe(1);
    await pull(bia);
    const ids = (await bia.db.templates.toArray()).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    await deleteTemplate(a.id, { db: ana.db, now: ana.clock.now });
    await runUntilIdle(ana);
    await pull(bia);
    expect(await bia.db.templates.get(a.id)).toBeUndefined();
    expect(await bia.db.templates.get(b.id)).toBeDefined();
  });
});
