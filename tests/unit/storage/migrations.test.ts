import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RondaDB, SCHEMA_V1 } from '../../../storage/db';
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
    expect(db.verno).toBe(2);
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
    expect(db.verno).toBe(2);
    expect(await db.projects.count()).toBe(0);
    db.close();
  });
});
