import { describe, expect, it } from 'vitest';
import { followClassifierRevision } from '../../../background/classifier-revision';
import { CLASSIFIER_REVISION } from '../../../classifier/revision';
import { getDb } from '../../../storage/db';
import type { CommentRecord } from '../../../storage/schema';
import { getSetting, setSetting } from '../../../storage/settings';

describe('the worker follows a new classifier revision', () => {
  it('judges the stored comments again once per revision, and again after a release (or a stop half way)', async () => {
    const db = getDb();
    // As v10 stored it: hidden as a hater.
    const row: CommentRecord = {
      key: 'instagram:1',
      site: 'instagram',
      postUrl: 'https://www.instagram.com/p/AAA/',
      commentId: '1',
      isReply: false,
      authorName: 'Ana',
      text: 'esse cara é monstro no que faz',
      label: 'hater',
      labelSource: 'classifier',
      confidence: 0.5,
      evidence: ['cara'],
      status: 'new',
      firstSeenAt: 1,
      lastSeenAt: 1,
    };
    await db.comments.put(row);
    expect(await getSetting('labelsRevision')).toBe('');

    expect(await followClassifierRevision()).toBe(1);
    expect(await getSetting('labelsRevision')).toBe(CLASSIFIER_REVISION);
    expect(await db.comments.get('instagram:1')).toMatchObject({ label: 'praise', classifiedWith: CLASSIFIER_REVISION });
    // What it did is kept for the options page to say why stored labels changed.
    expect(await getSetting('labelsRevisionReport')).toMatchObject({ revision: CLASSIFIER_REVISION, judged: 1, relabelled: 1 });

    // The same revision at the next start: nothing is read, even a row someone wrote by hand stays.
    await db.comments.put({ ...row, classifiedWith: 'older' });
    expect(await followClassifierRevision()).toBe(0);
    expect((await db.comments.get('instagram:1'))?.label).toBe('hater');

    // A worker stopped before the pass finished never wrote the revision down: the next start does the rest.
    await setSetting('labelsRevision', 'older');
    expect(await followClassifierRevision()).toBe(1);
    expect((await db.comments.get('instagram:1'))?.label).toBe('praise');
  });
});
