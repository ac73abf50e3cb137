import { describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { recordSeenComments } from '../../../storage/comments';
import { getSetting, MAX_DISMISSED_OFFENDERS } from '../../../storage/settings';
import { BADGE_UNDO_MS, dismissOffender, restoreOffender, listTeamRules, markCommentAuthorHater, putTeamRules, removeTeamRules, saveTeamRule, teamRulesForPages, undoBadgeAuthorRule } from '../../../storage/team-rules';

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

  it("the badge marks the stored comment's author (not the page's word for it) on its site and profile", async () => {
    const db = new RondaDB('rules-badge');
    const seen = { isReply: false, label: 'praise' as const, confidence: 0.8, evidence: [] };
    await recordSeenComments('instagram', 'https://www.instagram.com/p/abc/', [
      { ...seen, commentId: '1', authorName: 'Rafa Troll', authorHandle: 'rafa.troll', text: 'que aula' },
      { ...seen, commentId: '2', authorName: 'Ana Souza', text: 'adorei' },
      { ...seen, commentId: '3', authorName: '', text: 'sem autor' },
    ], { db, now: 1 });
    const first = await markCommentAuthorHater('instagram:1', 'Bia', { db, projectId: 'prj-a', now: 5 });
    expect(first.author).toBe('@rafa.troll');
    expect(first.replaced).toBeUndefined();
    expect(first.rule).toMatchObject({ kind: 'author', pattern: '@rafa.troll', label: 'hater', site: 'instagram', projectId: 'prj-a', createdBy: 'Bia' });
    // Marked twice: one rule, and the second says it was there.
    expect((await markCommentAuthorHater('instagram:1', 'Bia', { db, projectId: 'prj-a', now: 6 })).replaced?.label).toBe('hater');
    expect(await db.teamRules.count()).toBe(1);
    // No handle: the display name.
    expect((await markCommentAuthorHater('instagram:2', 'Bia', { db, projectId: 'prj-a' })).author).toBe('Ana Souza');
    await expect(markCommentAuthorHater('instagram:3', 'Bia', { db, projectId: 'prj-a' })).rejects.toThrow(/não mostra o autor/);
    await expect(markCommentAuthorHater('instagram:404', 'Bia', { db, projectId: 'prj-a' })).rejects.toThrow(/não encontrado/);
    expect(await db.teamRules.count()).toBe(2);
  });

  it("the badge's undo takes back only a fresh, unchanged author rule of the page's own site", async () => {
    const db = new RondaDB('rules-badge-undo');
    const author = await saveTeamRule({ kind: 'author', pattern: '@troll', label: 'hater', site: 'youtube' }, 'Bia', { db, newId, now: 1_000 });
    const term = await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'hater', site: 'youtube' }, 'Bia', { db, newId, now: 1_000 });
    const old = await saveTeamRule({ kind: 'author', pattern: '@velho', label: 'hater', site: 'youtube' }, 'Bia', { db, newId, now: 1_000 });
    await expect(undoBadgeAuthorRule(author.rule.id, 'instagram', { db, now: 2_000 })).rejects.toThrow(/Regras da equipe/);
    await expect(undoBadgeAuthorRule(term.rule.id, 'youtube', { db, now: 2_000 })).rejects.toThrow(/Regras da equipe/);
    await expect(undoBadgeAuthorRule(old.rule.id, 'youtube', { db, now: 1_000 + BADGE_UNDO_MS + 1 })).rejects.toThrow(/Regras da equipe/);
    // Changed since (another label from the options page): not the badge's any more.
    const changed = await saveTeamRule({ kind: 'author', pattern: '@troll', label: 'neutral', site: 'youtube' }, 'Bia', { db, newId, now: 1_500 });
    await expect(undoBadgeAuthorRule(changed.rule.id, 'youtube', { db, now: 2_000 })).rejects.toThrow(/Regras da equipe/);
    expect(await db.teamRules.count()).toBe(3);
    const fresh = await saveTeamRule({ kind: 'author', pattern: '@novo', label: 'hater', site: 'youtube' }, 'Bia', { db, newId, now: 5_000 });
    await undoBadgeAuthorRule(fresh.rule.id, 'youtube', { db, now: 6_000 });
    expect(await db.teamRules.get(fresh.rule.id)).toBeUndefined();
    // Undoing twice (a second click, a lost reply) is not an error.
    await expect(undoBadgeAuthorRule(fresh.rule.id, 'youtube', { db, now: 6_000 })).resolves.toBeUndefined();
  });
});

describe('repeat offenders set aside', () => {
  it('are kept with their count, updated in place, restored by undo, and the oldest go past the cap', async () => {
    const db = new RondaDB('offenders-dismissed');
    await dismissOffender({ id: 'a', haters: 3 }, db);
    await dismissOffender({ id: 'b', haters: 4 }, db);
    await dismissOffender({ id: 'a', haters: 6 }, db);
    expect(await getSetting('dismissedOffenders', db)).toEqual([
      { id: 'b', haters: 4 },
      { id: 'a', haters: 6 },
    ]);
    await restoreOffender('b', db);
    expect(await getSetting('dismissedOffenders', db)).toEqual([{ id: 'a', haters: 6 }]);
    await db.settings.put({ key: 'dismissedOffenders', value: Array.from({ length: MAX_DISMISSED_OFFENDERS }, (_, j) => ({ id: `x${j}`, haters: 3 })) });
    await dismissOffender({ id: 'new', haters: 3 }, db);
    const list = await getSetting('dismissedOffenders', db);
    expect(list).toHaveLength(MAX_DISMISSED_OFFENDERS);
    expect(list[0]?.id).toBe('x1');
    expect(list.at(-1)?.id).toBe('new');
  });
});
