import { describe, expect, it } from 'vitest';
import { classify } from '../../../classifier';
import { CLASSIFIER_REVISION } from '../../../classifier/revision';
import { recordSeenComments, type SeenComment } from '../../../storage/comments';
import { RondaDB } from '../../../storage/db';
import type { CommentRecord } from '../../../storage/schema';
import { reclassifyStoredComments } from '../../../storage/stored-model-labels';
import { saveTeamRule } from '../../../storage/team-rules';
import { relabelComment } from '../../../storage/triage';

const POST = 'https://www.instagram.com/p/AAA/';

/** A comment as an older release stored it: its label is whatever that release said. */
const oldRow = (commentId: string, text: string, over: Partial<CommentRecord> = {}): CommentRecord => ({
  key: `instagram:${commentId}`,
  site: 'instagram',
  postUrl: POST,
  commentId,
  isReply: false,
  authorName: 'Ana',
  text,
  label: 'hater',
  labelSource: 'classifier',
  confidence: 0.59,
  evidence: ['mulher'],
  status: 'new',
  firstSeenAt: 1,
  lastSeenAt: 1,
  ...over,
});

describe('stored comments follow a release that classifies better', () => {
  it('judges again what an older revision judged, as a page would: model, corrections, team rules, tags by name', async () => {
    const db = new RondaDB('stored-model-labels-mix');
    await db.comments.bulkPut([
      oldRow('1', 'essa mulher é surreal'), // v10 hid it (0.59)
      oldRow('2', 'essa mulher é surreal, mentirosa', { classifiedWith: 'older' }),
      oldRow('3', 'aula chata demais', { label: 'praise', evidence: ['demais'], classifiedWith: 'older' }),
      oldRow('4', 'isso é golpe', { label: 'hater' }),
      oldRow('5', 'Camila Duarte olha esse curso que te falei, bora fazer juntas?', { site: 'facebook', key: 'facebook:5', label: 'doubt', mentions: ['Camila Duarte'] }),
      oldRow('6', 'amei demais', { label: 'praise' }),
    ]);
    await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'neutral' }, 'Bia', { db });

    const result = await reclassifyStoredComments(db, 'next');
    expect(result).toEqual({ read: 6, judged: 6, relabelled: 4 });
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'praise', labelSource: 'classifier', classifiedWith: 'next' });
    expect((await db.comments.get('instagram:1'))?.evidence).toContain('elogio à pessoa');
    expect((await db.comments.get('instagram:2'))?.label).toBe('hater'); // contempt beside it: still a hater
    expect((await db.comments.get('instagram:3'))?.label).toBe('complaint');
    // The team's rule decides, with the model's label kept to go back to when the rule goes.
    const ruled = await db.comments.get('instagram:4');
    expect(ruled).toMatchObject({ label: 'neutral', labelSource: 'rule' });
    expect(ruled?.withoutRule).toMatchObject({ label: 'hater', source: 'classifier' });
    // The tagged name is read as a tag again, as the Facebook page read it.
    expect(await db.comments.get('facebook:5')).toMatchObject({ label: 'neutral', mentions: ['Camila Duarte'] });
    expect(classify('Camila Duarte olha esse curso que te falei, bora fazer juntas?').label).toBe('doubt');
    // Same label as before: judged (stamped), not counted as relabelled.
    expect(await db.comments.get('instagram:6')).toMatchObject({ label: 'praise', classifiedWith: 'next' });

    // Everything is this revision's now: a second pass reads and writes nothing.
    expect(await reclassifyStoredComments(db, 'next')).toEqual({ read: 6, judged: 0, relabelled: 0 });
  });

  it("never touches a staff label, follows the profile's corrections, and leaves a damaged row as it is", async () => {
    const db = new RondaDB('stored-model-labels-staff');
    await db.comments.bulkPut([oldRow('1', 'essa mulher é surreal'), oldRow('2', 'que mulher'), oldRow('3', 'que aula', { label: 'bogus' as never })]);
    await relabelComment('instagram:1', 'hater', 'Bia', { db }); // staff say this one is a hater (it is their page)
    // A correction of another comment with the same words: the memory gives it the staff's label.
    await db.corrections.put({ key: 'instagram:99', text: 'que mulher', label: 'neutral', at: 2, user: 'Bia' });

    expect(await reclassifyStoredComments(db, 'next')).toMatchObject({ read: 3, judged: 2 });
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'hater', labelSource: 'staff', evidence: ['corrigido pela equipe'], classifiedWith: 'next' });
    expect(await db.comments.get('instagram:2')).toMatchObject({ label: 'neutral', labelSource: 'memory' });
    expect(await db.comments.get('instagram:3')).toMatchObject({ label: 'bogus' });
  });

  it('goes on where a stopped pass left off, across batches, and passes over what pages stored under this revision', async () => {
    const db = new RondaDB('stored-model-labels-batches');
    const rows = Array.from({ length: 1_234 }, (_, i) => oldRow(String(i).padStart(5, '0'), `essa mulher é surreal ${i}`));
    // The first 700 were judged before the worker stopped.
    await db.comments.bulkPut(rows.map((row, i) => (i < 700 ? { ...row, label: 'praise', classifiedWith: 'next' } : row)));
    expect(await reclassifyStoredComments(db, 'next')).toEqual({ read: 1_234, judged: 534, relabelled: 534 });
    expect(await db.comments.where('label').equals('hater').count()).toBe(0);

    // A page reports a comment after the release: stored as this revision's, the pass leaves it as the page said.
    const seen: SeenComment = { commentId: 'live', isReply: false, authorName: 'Bia', text: 'essa mulher é surreal', label: 'neutral', confidence: 0.5, evidence: [] };
    await recordSeenComments('instagram', POST, [seen], { db });
    expect((await db.comments.get('instagram:live'))?.classifiedWith).toBe(CLASSIFIER_REVISION);
    expect((await reclassifyStoredComments(db, CLASSIFIER_REVISION)).judged).toBe(1_234);
    expect((await db.comments.get('instagram:live'))?.label).toBe('neutral');
  });
});
