import { describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { recordSeenComments, type SeenComment } from '../../../storage/comments';
import { applyTeamRulesToStoredComments } from '../../../storage/stored-rule-labels';
import { removeTeamRules, saveTeamRule } from '../../../storage/team-rules';
import { relabelComment } from '../../../storage/triage';

const POST_A = 'https://www.instagram.com/p/AAA/';
const POST_B = 'https://www.instagram.com/p/BBB/';
const seen = (commentId: string, over: Partial<SeenComment> = {}): SeenComment => ({
  commentId,
  isReply: false,
  authorName: 'Ana',
  text: 'que aula boa',
  label: 'praise',
  confidence: 0.8,
  evidence: ['aula'],
  ...over,
});

describe('stored comments follow the team rules', () => {
  it("an author marked a hater: that author's stored comments on other posts turn hater, and go back when the rule goes", async () => {
    const db = new RondaDB('stored-rules-author');
    await recordSeenComments('instagram', POST_A, [seen('1', { authorHandle: 'troll.da.live', authorName: 'Troll' }), seen('2')], { db, projectId: 'prj-a', now: 1 });
    await recordSeenComments('instagram', POST_B, [seen('3', { authorHandle: 'Troll.Da.Live', authorName: 'Troll', text: 'parabéns pelo curso', label: 'praise', evidence: ['parabéns'] })], { db, projectId: 'prj-a', now: 1 });
    const { rule } = await saveTeamRule({ kind: 'author', pattern: '@troll.da.live', label: 'hater', site: 'instagram', projectId: 'prj-a' }, 'Bia', { db });

    expect(await applyTeamRulesToStoredComments(db)).toEqual({ read: 3, changed: 2 });
    const marked = await db.comments.get('instagram:3');
    expect(marked).toMatchObject({ label: 'hater', labelSource: 'rule', evidence: ['perfil marcado pela equipe: @troll.da.live', 'parabéns'] });
    expect(marked?.withoutRule).toEqual({ label: 'praise', confidence: 0.8, evidence: ['parabéns'], source: 'classifier' });
    expect((await db.comments.get('instagram:2'))?.label).toBe('praise');
    // Running again changes nothing: the pass can be repeated after a stop half way.
    expect((await applyTeamRulesToStoredComments(db)).changed).toBe(0);

    await removeTeamRules([rule.id], db);
    expect((await applyTeamRulesToStoredComments(db)).changed).toBe(2);
    expect(await db.comments.get('instagram:3')).toMatchObject({ label: 'praise', labelSource: 'classifier', confidence: 0.8, evidence: ['parabéns'], withoutRule: undefined });
  });

  it('staff labels and remembered corrections stay; other profiles and other sites are not touched', async () => {
    const db = new RondaDB('stored-rules-scope');
    await recordSeenComments('instagram', POST_A, [seen('1', { text: 'isso é golpe' }), seen('2', { text: 'golpe de mestre, que aula' }), seen('3', { text: 'golpe?', decidedBy: 'memory' })], { db, projectId: 'prj-a', now: 1 });
    await recordSeenComments('instagram', POST_B, [seen('4', { text: 'golpe' })], { db, projectId: 'prj-b', now: 1 });
    await recordSeenComments('youtube', 'https://www.youtube.com/watch?v=abcdefghijk', [seen('5', { text: 'golpe' })], { db, projectId: 'prj-a', now: 1 });
    await relabelComment('instagram:2', 'praise', 'Bia', { db });
    // Comment 3's label came from a correction of the same words made on another post.
    await db.corrections.put({ key: 'instagram:other', text: 'Golpe???', label: 'praise', at: 1, user: 'Bia' });
    await saveTeamRule({ kind: 'term', pattern: 'golp*', label: 'hater', site: 'instagram', projectId: 'prj-a' }, 'Bia', { db });

    expect((await applyTeamRulesToStoredComments(db)).changed).toBe(1);
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'hater', labelSource: 'rule' });
    expect(await db.comments.get('instagram:2')).toMatchObject({ label: 'praise', labelSource: 'staff' });
    expect(await db.comments.get('instagram:3')).toMatchObject({ label: 'praise', labelSource: 'memory' });
    expect(await db.comments.get('instagram:4')).toMatchObject({ label: 'praise', labelSource: 'classifier' });
    expect(await db.comments.get('youtube:5')).toMatchObject({ label: 'praise', labelSource: 'classifier' });
  });

  it("a label the memory's learned words gave yields to a rule, as on the page, and comes back when the rule goes", async () => {
    const db = new RondaDB('stored-rules-learned-words');
    const learned = { label: 'doubt' as const, confidence: 0.7, evidence: ['palavra aprendida das correções: "mentoria"'], decidedBy: 'memory' as const };
    await recordSeenComments('instagram', POST_A, [seen('1', { text: 'essa mentoria é golpe', ...learned })], { db, projectId: 'prj-a', now: 1 });
    await db.corrections.put({ key: 'instagram:x', text: 'como entro na mentoria?', label: 'doubt', at: 1, user: 'Bia' });
    const { rule } = await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'hater', projectId: 'prj-a' }, 'Bia', { db });

    expect((await applyTeamRulesToStoredComments(db)).changed).toBe(1);
    const ruled = await db.comments.get('instagram:1');
    expect(ruled).toMatchObject({ label: 'hater', labelSource: 'rule' });
    expect(ruled?.withoutRule).toEqual({ label: 'doubt', confidence: 0.7, evidence: learned.evidence, source: 'memory' });

    await removeTeamRules([rule.id], db);
    await applyTeamRulesToStoredComments(db);
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'doubt', labelSource: 'memory', confidence: 0.7, evidence: learned.evidence, withoutRule: undefined });
  });

  it('a rule that changes label relabels; a page-labelled comment keeps what the page said the model thought', async () => {
    const db = new RondaDB('stored-rules-change');
    // The page had the rule already: it reports the rule's label and the model's.
    const withoutRule = { label: 'neutral' as const, confidence: 0.6, evidence: ['x'], source: 'classifier' as const };
    await recordSeenComments('instagram', POST_A, [seen('1', { text: 'rei do dropshipping', label: 'hater', confidence: 0.97, evidence: ['regra da equipe: "rei do dropship*"'], decidedBy: 'rule', withoutRule })], { db, projectId: 'prj-a', now: 1 });
    expect((await db.comments.get('instagram:1'))?.withoutRule).toEqual(withoutRule);
    const { rule } = await saveTeamRule({ kind: 'term', pattern: 'rei do dropship*', label: 'hater', projectId: 'prj-a' }, 'Bia', { db });
    expect((await applyTeamRulesToStoredComments(db)).changed).toBe(0);
    await saveTeamRule({ kind: 'term', pattern: 'rei do dropship*', label: 'neutral', projectId: 'prj-a' }, 'Bia', { db });
    await applyTeamRulesToStoredComments(db);
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'neutral', labelSource: 'rule', withoutRule });
    await removeTeamRules([rule.id], db);
    await applyTeamRulesToStoredComments(db);
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'neutral', labelSource: 'classifier', confidence: 0.6, evidence: ['x'] });
  });

  it('goes through more comments than one batch, and leaves a damaged row alone', async () => {
    const db = new RondaDB('stored-rules-batches');
    const many = Array.from({ length: 1_234 }, (_, i) => seen(`c${i}`, { text: i % 2 ? 'golpe' : 'amei' }));
    await recordSeenComments('instagram', POST_A, many, { db, now: 1 });
    await db.comments.put({ key: 'instagram:zzz', text: 'golpe' } as never);
    await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'hater' }, 'Bia', { db });
    expect(await applyTeamRulesToStoredComments(db)).toEqual({ read: 1_235, changed: 617 });
    expect(await db.comments.get('instagram:zzz')).toEqual({ key: 'instagram:zzz', text: 'golpe' });
  });
});
