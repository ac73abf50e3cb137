import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RondaDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4 } from '../../../storage/db';
import { savePrint } from '../../../storage/prints';
import { printTextHash, textHash } from '../../../lib/capture/hash';
import { projectRecordSchema } from '../../../storage/schema';

/** Writes a database exactly as a v1 build of Ronda would have left it. */
async function writeV1(name: string, seed: (db: Dexie) => Promise<void>) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await seed(v1);
  v1.close();
}

const v1Comment = {
  key: 'instagram:1',
  site: 'instagram',
  postUrl: 'https://www.instagram.com/p/A/',
  commentId: '1',
  isReply: false,
  authorName: 'Ana',
  text: 'Amei!',
  label: 'praise',
  labelSource: 'classifier',
  confidence: 0.9,
  evidence: ['amei'],
  status: 'new',
  firstSeenAt: 1,
  lastSeenAt: 1,
};

describe('v1 → v2 migration', () => {
  it('moves the single expert profile into projects and stamps existing rows with it', async () => {
    const name = 'mig-profile';
    await writeV1(name, async (db) => {
      await db.table('settings').put({
        key: 'expertProfile',
        value: { expertName: 'Dra. Paula', supportSignature: 'Equipe de Suporte da Dra. Paula', whatsapp: '5511999999999', checkoutUrl: 'https://pay.exemplo.com/x' },
      });
      await db.table('comments').put(v1Comment);
      await db.table('actions').add({ commentKey: 'instagram:1', kind: 'replied', at: 5, user: 'Bia', site: 'instagram' });
    });

    const db = new RondaDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    const project = projectRecordSchema.parse(await db.projects.get('default'));
    expect(project.expertName).toBe('Dra. Paula');
    expect(project.supportSignature).toBe('Equipe de Suporte da Dra. Paula');
    expect(project.whatsapp).toBe('5511999999999');
    expect(project.links.checkout).toBe('https://pay.exemplo.com/x');
    expect((await db.settings.get('activeProjectId'))?.value).toBe('default');
    expect(await db.settings.get('expertProfile')).toBeUndefined();
    expect((await db.comments.get('instagram:1'))?.projectId).toBe('default');
    expect((await db.actions.toArray())[0]?.projectId).toBe('default');
    db.close();
  });

  it('creates a default project when v1 had no profile, and keeps every row', async () => {
    const name = 'mig-empty';
    await writeV1(name, async (db) => {
      await db.table('comments').bulkPut([v1Comment, { ...v1Comment, key: 'instagram:2', commentId: '2' }]);
    });
    const db = new RondaDB(name);
    await db.open();
    const project = projectRecordSchema.parse(await db.projects.get('default'));
    expect(project.expertName).toBe('Especialista');
    expect(await db.comments.count()).toBe(2);
    db.close();
  });

  it('opens a fresh profile directly at the latest version', async () => {
    const db = new RondaDB('mig-fresh');
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.projects.count()).toBe(0);
    db.close();
  });
});

/** Writes a database exactly as a v2 build of Ronda would have left it. */
async function writeV2(name: string, seed: (db: Dexie) => Promise<void>) {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  await seed(v2);
  v2.close();
}

const POST_A = 'https://blog.exemplo.com.br/2026/11/aula-1/';
const POST_B = 'https://Outro.Exemplo.com.br/live/';
const blogComment = (id: string, postUrl: string, extra: Record<string, unknown> = {}) => ({
  ...v1Comment,
  key: `blog:${id}`,
  site: 'blog',
  postUrl,
  commentId: id,
  projectId: 'default',
  ...extra,
});

describe('v2 → v3 migration', () => {
  it('scopes blog comment keys by host, with their replies, corrections, actions and prints', async () => {
    const name = 'mig-blog-ids';
    await writeV2(name, async (db) => {
      await db.table('comments').bulkPut([
        blogComment('42', POST_A),
        blogComment('43', POST_A, { isReply: true, parentId: '42' }),
        blogComment('7', POST_B, { text: 'Quanto custa?' }),
        { ...v1Comment, projectId: 'default' },
      ]);
      await db.table('corrections').bulkPut([
        { key: 'blog:42', text: 'Amei!', label: 'praise', at: 3, user: 'Bia' },
        { key: 'blog:999', text: 'comentário que não está mais aqui', label: 'hater', at: 4, user: 'Bia' },
        { key: 'instagram:1', text: 'Amei!', label: 'praise', at: 5, user: 'Bia' },
      ]);
      await db.table('actions').bulkAdd([
        { commentKey: 'blog:7', kind: 'replied', at: 6, user: 'Bia', site: 'blog', projectId: 'default' },
        { commentKey: 'instagram:1', kind: 'hidden', at: 7, user: 'Bia', site: 'instagram', projectId: 'default' },
      ]);
      const print = { capturedAt: 1, capturedBy: 'Bia', authorName: 'Ana', text: 'Amei!', tags: [], starred: false, notes: '', textHash: 't', imageHash: 'i', width: 10, height: 10, redacted: false, includesReplies: false, updatedAt: 1 };
      await db.table('prints').bulkPut([
        { ...print, id: 'p1', site: 'blog', postUrl: POST_A, commentKey: 'blog:42' },
        // Its comment row was never stored (or was cleared): the print's own post URL gives the host.
        { ...print, id: 'p2', site: 'blog', postUrl: POST_B, commentKey: 'blog:8' },
        { ...print, id: 'p3', site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', commentKey: 'instagram:1' },
      ]);
    });

    const db = new RondaDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual([
      'blog:blog.exemplo.com.br/42',
      'blog:blog.exemplo.com.br/43',
      'blog:outro.exemplo.com.br/7',
      'instagram:1',
    ]);
    expect(await db.comments.get('blog:blog.exemplo.com.br/43')).toMatchObject({ commentId: 'blog.exemplo.com.br/43', parentId: 'blog.exemplo.com.br/42', isReply: true });
    expect(await db.comments.get('blog:outro.exemplo.com.br/7')).toMatchObject({ text: 'Quanto custa?', projectId: 'default' });
    expect((await db.corrections.toCollection().primaryKeys()).sort()).toEqual(['blog:999', 'blog:blog.exemplo.com.br/42', 'instagram:1']);
    expect(await db.corrections.get('blog:blog.exemplo.com.br/42')).toMatchObject({ label: 'praise', user: 'Bia' });
    expect((await db.actions.orderBy('at').toArray()).map((a) => a.commentKey)).toEqual(['blog:outro.exemplo.com.br/7', 'instagram:1']);
    expect((await db.prints.orderBy('id').toArray()).map((p) => p.commentKey)).toEqual(['blog:blog.exemplo.com.br/42', 'blog:outro.exemplo.com.br/8', 'instagram:1']);
    db.close();
  });

  it('upgrades a v1 profile through both migrations', async () => {
    const name = 'mig-v1-to-v3';
    await writeV1(name, async (db) => {
      await db.table('comments').put(blogComment('5', POST_A, { projectId: undefined }));
    });
    const db = new RondaDB(name);
    await db.open();
    expect(await db.comments.get('blog:blog.exemplo.com.br/5')).toMatchObject({ projectId: 'default', commentId: 'blog.exemplo.com.br/5' });
    expect(await db.comments.get('blog:5')).toBeUndefined();
    db.close();
  });
});

/** Writes a database exactly as a v3 build of Ronda would have left it. */
async function writeV3(name: string, seed: (db: Dexie) => Promise<unknown>) {
  const v3 = new Dexie(name);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V2);
  await v3.open();
  await seed(v3);
  v3.close();
}

describe('v3 → v4', () => {
  it('finds the prints a v3 profile kept by the comment they show; a new print of that comment is its duplicate', async () => {
    const name = 'mig-print-comment-key';
    const print = { site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', capturedAt: 1, capturedBy: 'Bia', authorName: 'Ana', text: 'Amei!', tags: [], starred: false, notes: '', imageHash: 'i1', width: 10, height: 10, includesReplies: false, updatedAt: 1 };
    await writeV3(name, (v3) =>
      v3.table('prints').bulkPut([
        { ...print, id: 'clear', commentKey: 'instagram:1', textHash: 't-with-author', redacted: false },
        { ...print, id: 'area', textHash: 't-area', imageHash: 'i2', redacted: false },
      ]),
    );

    const db = new RondaDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect((await db.prints.where('commentKey').equals('instagram:1').toArray()).map((p) => p.id)).toEqual(['clear']);
    expect(await db.prints.count()).toBe(2);
    // Clear prints keep their hash, and nothing is queued for them.
    expect((await db.prints.get('clear'))!.textHash).toBe('t-with-author');
    expect(await db.outbox.count()).toBe(0);
    // A blurred print of the same comment has another textHash (no author in it) and another image: still matched.
    const blurred = { ...print, id: 'blurred', commentKey: 'instagram:1', textHash: 't-no-author', imageHash: 'i3', redacted: true } as const;
    const saved = await savePrint({ ...blurred, site: 'instagram' }, { id: 'blurred', png: new Uint8Array([1]), thumb: new Uint8Array([1]) }, { db });
    expect(saved).toEqual({ printId: 'blurred', duplicateOf: 'clear' });
    db.close();
  });
});

describe('v3 → v4: blurred prints', () => {
  it('hashes every blurred print without its author and queues it once for Drive; a deleted one is not queued', async () => {
    const name = 'mig-blurred-hash';
    const print = { site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', capturedAt: 1, capturedBy: 'Bia', authorName: 'maria.souza', text: 'Amei o curso!', tags: [], starred: false, notes: '', imageHash: 'i', width: 10, height: 10, includesReplies: false, updatedAt: 5, redacted: true };
    const mine = await textHash('instagram', 'maria.souza', 'Amei o curso!');
    const pulled = await textHash('instagram', 'joao', 'Top demais');
    await writeV3(name, async (v3) => {
      await v3.table('prints').bulkPut([
        { ...print, id: 'mine', commentKey: 'instagram:1', textHash: mine },
        // Pulled from a teammate's Drive: no author here, the author's hash came with it.
        { ...print, id: 'pulled', authorName: '', textHash: pulled, text: 'Top demais' },
        { ...print, id: 'gone', textHash: 'old', deletedAt: 9 },
      ]);
      // A pending entry for one of them is replaced, not doubled.
      await v3.table('outbox').add({ kind: 'print.upsert', entityId: 'mine', enqueuedAt: 1, attempts: 2, nextAttemptAt: 50 });
    });

    const db = new RondaDB(name);
    await db.open();
    expect((await db.prints.get('mine'))!.textHash).toBe(await textHash('instagram', '', 'Amei o curso!'));
    expect((await db.prints.get('pulled'))!.textHash).toBe(await textHash('instagram', '', 'Top demais'));
    expect((await db.prints.get('gone'))!.textHash).toBe(await textHash('instagram', '', 'Amei o curso!'));
    // What new blurred prints of the same words get, so they still match.
    expect((await db.prints.get('mine'))!.textHash).toBe(await printTextHash({ ...print, redacted: true }));
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => [e.kind, e.entityId, e.attempts]).sort()).toEqual([['print.upsert', 'mine', 0], ['print.upsert', 'pulled', 0]]);
    // The rows are otherwise untouched (updatedAt too: no teammate's edit is outranked).
    expect(await db.prints.get('mine')).toMatchObject({ authorName: 'maria.souza', updatedAt: 5, commentKey: 'instagram:1' });
    db.close();
  });
});

describe('v4 → v5: team rules', () => {
  it('adds the rules table and changes nothing stored', async () => {
    const name = 'mig-team-rules';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V2);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('comments').put({ ...v1Comment, projectId: 'default' });
    await v4.table('corrections').put({ key: 'instagram:1', text: 'Amei!', label: 'praise', at: 1, user: 'Bia' });
    v4.close();

    const db = new RondaDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.comments.get('instagram:1')).toEqual({ ...v1Comment, projectId: 'default' });
    expect(await db.corrections.count()).toBe(1);
    expect(await db.teamRules.count()).toBe(0);
    await db.teamRules.put({ id: 'r1', kind: 'term', pattern: 'golpe', label: 'hater', createdBy: 'Bia', createdAt: 1, updatedAt: 1 });
    expect((await db.teamRules.where('kind').equals('term').toArray()).map((r) => r.id)).toEqual(['r1']);
    db.close();
  });
});
