import { describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { listTeamRules, putTeamRules, removeTeamRules, saveTeamRule, teamRulesForPages } from '../../../storage/team-rules';

let ids = 0;
const newId = () => `rule-${++ids}`;

describe('team rules in storage', () => {
  it('adds a rule; the same words again change that rule instead of adding a second', async () => {
    const db = new RondaDB('rules-same');
    const first = await saveTeamRule({ kind: 'term', pattern: ' golpista ', label: 'hater', note: ' troll da live ' }, 'Bia', { db, now: 10, newId });
    expect(first.rule).toMatchObject({ pattern: 'golpista', label: 'hater', note: 'troll da live', createdBy: 'Bia', createdAt: 10, updatedAt: 10 });
    expect(first.replaced).toBeUndefined();
    const again = await saveTeamRule({ kind: 'term', pattern: 'GOLPÍSTA', label: 'neutral' }, 'Caio', { db, now: 20, newId });
    expect(again.replaced?.label).toBe('hater');
    expect(again.rule).toMatchObject({ id: first.rule.id, pattern: 'GOLPÍSTA', label: 'neutral', createdBy: 'Bia', createdAt: 10, updatedAt: 20 });
    expect((await listTeamRules(db)).valid).toHaveLength(1);
    // Another site, another profile, or an author of the same name: other rules.
    await saveTeamRule({ kind: 'term', pattern: 'golpista', label: 'hater', site: 'youtube' }, 'Bia', { db, newId });
    await saveTeamRule({ kind: 'term', pattern: 'golpista', label: 'hater', projectId: 'prj-b' }, 'Bia', { db, newId });
    await saveTeamRule({ kind: 'author', pattern: '@golpista', label: 'hater' }, 'Bia', { db, newId });
    expect((await listTeamRules(db)).valid).toHaveLength(4);
    expect(await saveTeamRule({ kind: 'author', pattern: 'Golpista', label: 'hater' }, 'Bia', { db, newId })).toHaveProperty('replaced');
  });

  it('refuses what cannot be a rule, with a message, and stores nothing', async () => {
    const db = new RondaDB('rules-bad');
    await expect(saveTeamRule({ kind: 'term', pattern: 'g*', label: 'hater' }, 'Bia', { db, newId })).rejects.toThrow(/3 letras/);
    await expect(saveTeamRule({ kind: 'term', pattern: '?!?!', label: 'hater' }, 'Bia', { db, newId })).rejects.toThrow(/palavra/);
    await expect(saveTeamRule({ kind: 'term', pattern: '🤡', label: 'hater' }, 'Bia', { db, newId })).resolves.toBeTruthy();
    await expect(saveTeamRule({ kind: 'author', pattern: ' @ ', label: 'hater' }, 'Bia', { db, newId })).rejects.toThrow(/perfil/);
    await expect(saveTeamRule({ kind: 'term', pattern: 'x'.repeat(201), label: 'hater' }, 'Bia', { db, newId })).rejects.toThrow();
    expect(await db.teamRules.count()).toBe(1);
  });

  it('pages get the rules of their profile and of every profile; a damaged row is set aside, not trusted', async () => {
    const db = new RondaDB('rules-pages');
    await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'hater' }, 'Bia', { db, newId, now: 1 });
    await saveTeamRule({ kind: 'term', pattern: 'método turbo', label: 'neutral', projectId: 'prj-a' }, 'Bia', { db, newId, now: 2 });
    await saveTeamRule({ kind: 'term', pattern: 'mentoria x', label: 'neutral', projectId: 'prj-b' }, 'Bia', { db, newId, now: 3 });
    await db.teamRules.put({ id: 'bad', kind: 'regex', pattern: '.*', label: 'hater' } as never);
    expect((await teamRulesForPages('prj-a', db)).map((r) => r.pattern)).toEqual(['método turbo', 'golpe']);
    const listed = await listTeamRules(db);
    expect(listed.valid).toHaveLength(3);
    expect(listed.invalid.map((i) => i.where)).toEqual(['bad']);
  });

  it('removes rules and puts them back as they were', async () => {
    const db = new RondaDB('rules-undo');
    const { rule } = await saveTeamRule({ kind: 'author', pattern: '@troll', label: 'hater', site: 'instagram' }, 'Bia', { db, newId });
    const gone = await removeTeamRules([rule.id, 'missing'], db);
    expect(gone).toEqual([rule]);
    expect(await db.teamRules.count()).toBe(0);
    await putTeamRules(gone, db);
    expect(await db.teamRules.get(rule.id)).toEqual(rule);
  });
});
