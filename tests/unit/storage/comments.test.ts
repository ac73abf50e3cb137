import { describe, expect, it } from 'vitest';
import { CLASSIFIER_REVISION } from '../../../classifier/revision';
import { RondaDB } from '../../../storage/db';
import { listCommentsForPost, recordSeenComments, type SeenComment } from '../../../storage/comments';
import { relabelComment, setCommentStatus } from '../../../storage/triage';

const POST = 'https://www.youtube.com/watch?v=abc';
const seen = (over: Partial<SeenComment> = {}): SeenComment => ({
  commentId: 'Ugx1',
  isReply: false,
  authorName: '@joao',
  text: 'Quanto custa o curso?',
  label: 'purchase_intent',
  confidence: 0.8,
  evidence: ['quanto custa'],
  ...over,
});

describe('comments store', () => {
  it('stores new comments as "new" and keeps first-seen time on later sightings', async () => {
    const db = new RondaDB('c-first');
    const first = await recordSeenComments('youtube', POST, [seen()], { db, now: 1_000 });
    expect(first.Ugx1).toEqual({ label: 'purchase_intent', source: 'classifier', status: 'new' });
    await recordSeenComments('youtube', POST, [seen()], { db, now: 9_000 });
    const row = await db.comments.get('youtube:Ugx1');
    expect(row?.firstSeenAt).toBe(1_000);
    expect(row?.lastSeenAt).toBe(9_000);
  });

  it('records which classifier revision judged a comment, and the names it tags, for judging it again after a release', async () => {
    const db = new RondaDB('c-revision');
    await recordSeenComments('facebook', 'https://www.facebook.com/ronda/posts/1', [seen({ text: 'Camila Duarte olha esse curso', label: 'neutral', mentions: ['Camila Duarte'] })], { db });
    expect(await db.comments.get('facebook:Ugx1')).toMatchObject({ classifiedWith: CLASSIFIER_REVISION, mentions: ['Camila Duarte'] });
    await recordSeenComments('youtube', POST, [seen()], { db });
    expect((await db.comments.get('youtube:Ugx1'))?.mentions).toBeUndefined();
  });

  it('keeps the video a comment was read under in the inbox when its own video page reports it again', async () => {
    const db = new RondaDB('c-post-title');
    const inbox = 'https://studio.youtube.com/channel/UCr0nda/comments/inbox';
    await recordSeenComments('youtube', inbox, [seen({ postTitle: 'Aula 1: o funil' })], { db });
    expect((await listCommentsForPost(inbox, db)).valid.map((r) => r.postTitle)).toEqual(['Aula 1: o funil']);
    await recordSeenComments('youtube', POST, [seen()], { db });
    const row = await db.comments.get('youtube:Ugx1');
    expect(row).toMatchObject({ postUrl: POST, postTitle: 'Aula 1: o funil' });
  });

  it('a staff correction wins over the classifier from then on, and is remembered', async () => {
    const db = new RondaDB('c-correct');
    await recordSeenComments('youtube', POST, [seen()], { db });
    await relabelComment('youtube:Ugx1', 'doubt', 'Bia', { db, now: 2_000 });
    const again = await recordSeenComments('youtube', POST, [seen({ label: 'hater', confidence: 0.99 })], { db });
    expect(again.Ugx1).toMatchObject({ label: 'doubt', source: 'staff' });
    expect(await db.corrections.get('youtube:Ugx1')).toMatchObject({ label: 'doubt', user: 'Bia', text: 'Quanto custa o curso?' });
    expect(await db.actions.where('kind').equals('labelled').count()).toBe(1);
  });

  it('a comment the house answered on the site is replied: first seen answered, with no response time made up', async () => {
    const db = new RondaDB('c-answered-first');
    const out = await recordSeenComments('youtube', POST, [seen({ answeredBy: '@equipe.ronda' })], { db, now: 1_000 });
    expect(out.Ugx1!.status).toBe('replied');
    const row = await db.comments.get('youtube:Ugx1');
    expect(row).toMatchObject({ status: 'replied', statusChangedAt: 1_000 });
    expect(row?.firstActionAt).toBeUndefined();
    const history = await db.actions.toArray();
    expect(history).toEqual([expect.objectContaining({ commentKey: 'youtube:Ugx1', kind: 'replied', at: 1_000, user: '@equipe.ronda (no site)' })]);
    // Read again (the page polled, reloaded): nothing changes, nothing is recorded twice.
    await recordSeenComments('youtube', POST, [seen({ answeredBy: '@equipe.ronda' })], { db, now: 5_000 });
    expect(await db.actions.count()).toBe(1);
    expect((await db.comments.get('youtube:Ugx1'))?.statusChangedAt).toBe(1_000);
  });

  it('seen unanswered first and answered on the site later: its first action is when Ronda saw the answer', async () => {
    const db = new RondaDB('c-answered-later');
    await recordSeenComments('youtube', POST, [seen()], { db, now: 1_000 });
    await recordSeenComments('youtube', POST, [seen({ answeredBy: 'Ana Souza' })], { db, now: 60_000 });
    expect(await db.comments.get('youtube:Ugx1')).toMatchObject({ status: 'replied', firstActionAt: 60_000, statusChangedAt: 60_000 });
  });

  it("the house's answers are not stored; one stored before it was known as the house's goes, unless someone acted on it", async () => {
    const db = new RondaDB('c-house');
    await recordSeenComments('youtube', POST, [seen(), seen({ commentId: 'Ugx2', text: 'Obrigada!' }), seen({ commentId: 'Ugx3', text: 'Tem sim!' })], { db, now: 1_000 });
    await setCommentStatus('youtube:Ugx3', 'ignored', 'Bia', { db, now: 2_000 });
    // Another post's row with the same id on the site is not this page's to let go.
    await recordSeenComments('youtube', 'https://www.youtube.com/watch?v=other', [seen({ commentId: 'Ugx4' })], { db, now: 1_000 });
    const out = await recordSeenComments('youtube', POST, [seen()], { db, now: 3_000, house: ['Ugx2', 'Ugx3', 'Ugx4', 'Ugx9'] });
    expect(Object.keys(out)).toEqual(['Ugx1']);
    expect((await db.comments.toArray()).map((r) => r.key).sort()).toEqual(['youtube:Ugx1', 'youtube:Ugx3', 'youtube:Ugx4']);
  });

  it('a status staff chose stays when the house answers on the site too', async () => {
    const db = new RondaDB('c-answered-dm');
    await recordSeenComments('youtube', POST, [seen()], { db, now: 1_000 });
    await setCommentStatus('youtube:Ugx1', 'moved_to_dm', 'Bia', { db, now: 2_000 });
    const out = await recordSeenComments('youtube', POST, [seen({ answeredBy: 'Ana Souza' })], { db, now: 3_000 });
    expect(out.Ugx1!.status).toBe('moved_to_dm');
    expect(await db.actions.where('kind').equals('replied').count()).toBe(0);
  });

  it('labels decided by the correction memory are marked as such', async () => {
    const db = new RondaDB('c-memory');
    const out = await recordSeenComments('youtube', POST, [seen({ decidedBy: 'memory', label: 'complaint' })], { db });
    expect(out.Ugx1).toMatchObject({ label: 'complaint', source: 'memory' });
  });

  it('first action fixes the first-response time; reopening does not', async () => {
    const db = new RondaDB('c-status');
    await recordSeenComments('youtube', POST, [seen()], { db, now: 1_000 });
    await setCommentStatus('youtube:Ugx1', 'new', 'Bia', { db, now: 1_500 });
    expect((await db.comments.get('youtube:Ugx1'))?.firstActionAt).toBeUndefined();
    await setCommentStatus('youtube:Ugx1', 'replied', 'Bia', { db, now: 4_000, templateId: 't1' });
    await setCommentStatus('youtube:Ugx1', 'moved_to_dm', 'Caio', { db, now: 9_000 });
    const row = await db.comments.get('youtube:Ugx1');
    expect(row).toMatchObject({ status: 'moved_to_dm', firstActionAt: 4_000, statusChangedAt: 9_000 });
    const history = await db.actions.orderBy('at').toArray();
    expect(history.map((a) => [a.kind, a.user, a.templateId])).toEqual([
      ['reopened', 'Bia', undefined],
      ['replied', 'Bia', 't1'],
      ['moved_to_dm', 'Caio', undefined],
    ]);
  });

  it('refuses to act on an unknown comment with a readable error', async () => {
    const db = new RondaDB('c-unknown');
    await expect(setCommentStatus('youtube:nope', 'hidden', 'Bia', { db })).rejects.toThrow(/não encontrado/);
  });

  it('reports damaged rows read back instead of dropping them or passing them on', async () => {
    const db = new RondaDB('c-damaged');
    await recordSeenComments('youtube', POST, [seen(), seen({ commentId: 'Ugx2' })], { db });
    // A row damaged outside Ronda's code (older build, manual edit): the label is not one Ronda knows.
    await db.comments.update('youtube:Ugx2', { label: 'spam' as never });
    const { valid, invalid } = await listCommentsForPost(POST, db);
    expect(valid.map((c) => c.commentId)).toEqual(['Ugx1']);
    expect(invalid).toEqual([{ where: 'youtube:Ugx2', problems: [expect.stringContaining('label')] }]);
  });
});
