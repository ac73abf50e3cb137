import { afterEach, describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { blankProject } from '../../../storage/projects';
import { addSweepItems, loadSweepView, markSwept, removeSweepItem } from '../../../storage/sweep';

const dbs: RondaDB[] = [];
function freshDb(): RondaDB {
  const db = new RondaDB(`sweep-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const sp = (iso: string) => Date.parse(`${iso}-03:00`);

describe('sweep storage', () => {
  it('adds items once per profile, counts comments since the last sweep and orders past-target first', async () => {
    const db = freshDb();
    await db.projects.put(blankProject('ana', 0));
    const t0 = sp('2026-11-23T09:00:00');
    const first = await addSweepItems('ana', [
      { url: 'https://www.instagram.com/p/A/', site: 'instagram', title: 'Post A' },
      { url: 'https://www.youtube.com/watch?v=B', site: 'youtube' },
    ], { db, now: t0 });
    expect(first.added).toHaveLength(2);
    const again = await addSweepItems('ana', [{ url: 'https://www.instagram.com/p/A/', site: 'instagram' }], { db, now: t0 });
    expect(again).toEqual({ added: [], duplicates: ['https://www.instagram.com/p/A/'] });
    // Another profile may watch the same post.
    expect((await addSweepItems('bia', [{ url: 'https://www.instagram.com/p/A/', site: 'instagram' }], { db })).added).toHaveLength(1);

    const [a, b] = first.added;
    await markSwept(a!.id, { db, now: sp('2026-11-23T09:05:00') });
    await markSwept(b!.id, { db, now: sp('2026-11-23T09:05:00') });
    const base = { site: 'instagram' as const, postUrl: a!.url, isReply: false, authorName: 'x', text: 't', labelSource: 'classifier' as const, confidence: 0.9, evidence: [], lastSeenAt: 0 };
    await db.comments.bulkPut([
      { ...base, key: 'instagram:1', commentId: '1', label: 'hater', status: 'new', firstSeenAt: sp('2026-11-23T09:10:00') },
      { ...base, key: 'instagram:2', commentId: '2', label: 'doubt', status: 'new', firstSeenAt: sp('2026-11-23T08:00:00') },
      { ...base, key: 'instagram:3', commentId: '3', label: 'praise', status: 'replied', firstSeenAt: sp('2026-11-23T09:20:00') },
    ]);

    const view = await loadSweepView('ana', { db, now: sp('2026-11-23T09:50:00') });
    expect(view.invalid).toEqual([]);
    // Instagram: 45 of 30 minutes → overdue; YouTube: 45 of 120 → not yet.
    expect(view.rows.map((r) => [r.item.title ?? r.item.url, r.overdue])).toEqual([
      ['Post A', true],
      ['https://www.youtube.com/watch?v=B', false],
    ]);
    expect(view.rows[0]!.counts).toMatchObject({ freshTotal: 2, pendingTotal: 2 });
    expect(view.rows[0]!.counts.fresh).toMatchObject({ hater: 1, praise: 1, doubt: 0 });

    await removeSweepItem(b!.id, db);
    expect((await loadSweepView('ana', { db })).rows).toHaveLength(1);
    await expect(markSwept('nope', { db })).rejects.toThrow('não encontrado');
  });
});
