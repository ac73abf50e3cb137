import { describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import {
  deleteTemplate,
  duplicateTemplate,
  importTemplates,
  listTemplates,
  saveTemplate,
  seedTemplatesOnce,
  setTemplateApproval,
} from '../../../storage/templates';
import { deleteProject, getActiveProject, saveProject, setActiveProject } from '../../../storage/projects';
import { isProfileIncomplete } from '../../../lib/profiles/placeholder';
import { exportTemplates } from '../../../lib/templates/io';
import { getSetting } from '../../../storage/settings';

let n = 0;
const freshDb = () => new RondaDB(`templates-test-${n++}`);
const staff = { name: 'Bia', role: 'staff' as const };
const approver = { name: 'Carla', role: 'approver' as const };

describe('template storage', () => {
  it('seeds the starter set once, even after everything is deleted', async () => {
    const db = freshDb();
    const added = await seedTemplatesOnce({ db, now: 5 });
    expect(added).toBeGreaterThanOrEqual(7);
    for (const t of (await listTemplates(db)).valid) await deleteTemplate(t.id, { db });
    expect(await seedTemplatesOnce({ db })).toBe(0);
    expect((await listTemplates(db)).valid).toEqual([]);
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });

  it('sends an approved template back to draft when its words change, not when nothing changed', async () => {
    const db = freshDb();
    const draft = await saveTemplate({ title: 'T', labels: ['doubt'], sites: [], voice: 'agency', body: 'Oi — {{assinatura}}' }, staff, { db });
    expect(draft.status).toBe('draft');
    await expect(setTemplateApproval(draft.id, true, staff, { db })).rejects.toThrow(/aprovador/);
    const approved = await setTemplateApproval(draft.id, true, approver, { db, now: 77 });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Carla', approvedAt: 77 });
    const retitled = await saveTemplate({ ...approved, title: 'Novo título' }, staff, { db });
    expect(retitled.status).toBe('approved');
    const edited = await saveTemplate({ ...retitled, body: 'Olá — {{assinatura}}' }, staff, { db });
    expect(edited).toMatchObject({ status: 'draft', approvedBy: undefined });
  });

  it('duplicates as a new draft', async () => {
    const db = freshDb();
    await seedTemplatesOnce({ db });
    const [first] = (await listTemplates(db)).valid;
    const copy = await duplicateTemplate(first!.id, staff, { db });
    expect(copy.id).not.toBe(first!.id);
    expect(copy.title).toBe(`${first!.title} (cópia)`);
    expect(copy.status).toBe('draft');
  });

  it('imports a valid file and leaves the library untouched on a bad one', async () => {
    const db = freshDb();
    await seedTemplatesOnce({ db, now: 1 });
    const before = (await listTemplates(db)).valid;
    const bad = JSON.stringify({ format: 'ronda-templates', version: 1, templates: [{ ...before[0], body: '' }] });
    const rejected = await importTemplates(bad, approver, { db });
    expect(rejected.ok).toBe(false);
    expect((await listTemplates(db)).valid).toEqual(before);

    const edited = before.map((t) => ({ ...t, body: `${t.body} ✨`, updatedAt: 10 }));
    const text = exportTemplates([...edited, { ...before[0]!, id: 'tpl-nova', title: 'Nova' }], new Date());
    const result = await importTemplates(text, staff, { db });
    expect(result.ok && result.plan).toMatchObject({ added: 1, updated: before.length, demoted: before.length + 1 });
    const after = (await listTemplates(db)).valid;
    expect(after).toHaveLength(before.length + 1);
    expect(after.every((t) => t.status === 'draft')).toBe(true);
  });

  it('reports damaged rows instead of hiding them', async () => {
    const db = freshDb();
    await db.templates.put({ id: 'broken', title: '' } as never);
    const { valid, invalid } = await listTemplates(db);
    expect(valid).toEqual([]);
    expect(invalid[0]!.where).toBe('broken');
  });
});

describe('expert profiles', () => {
  it('creates a placeholder active profile on a fresh install', async () => {
    const db = freshDb();
    const active = await getActiveProject({ db, now: 3 });
    expect(isProfileIncomplete(active)).toBe(true);
    expect(await getSetting('activeProjectId', db)).toBe(active.id);
    await saveProject({ ...active, expertName: 'Ana' }, db);
    expect(isProfileIncomplete(await getActiveProject({ db }))).toBe(false);
  });

  it('switches and deletes profiles, never the last one', async () => {
    const db = freshDb();
    const first = await getActiveProject({ db });
    await saveProject({ ...first, id: 'p2', expertName: 'Bruno' }, db);
    await setActiveProject('p2', db);
    expect((await getActiveProject({ db })).expertName).toBe('Bruno');
    const after = await deleteProject('p2', db);
    expect(after.id).toBe(first.id);
    await expect(deleteProject(first.id, db)).rejects.toThrow(/único perfil/);
    await expect(setActiveProject('nope', db)).rejects.toThrow();
  });
});
