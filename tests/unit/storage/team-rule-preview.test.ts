import { describe, expect, it } from 'vitest';
import { previewRule, type PreviewComment } from '../../../lib/team-rules/preview';
import { recentComments, recordSeenComments } from '../../../storage/comments';
import { relabelComment } from '../../../storage/triage';
import { commentsForRulePreview } from '../../../storage/stored-rule-labels';
import { RondaDB } from '../../../storage/db';

const c = (key: string, text: string, over: Partial<PreviewComment> = {}): PreviewComment => ({
  key,
  site: 'instagram',
  text,
  authorName: 'Ana',
  label: 'praise',
  keptFromRules: false,
  projectId: 'prj-a',
  ...over,
});

const stored = [
  c('1', 'isso é golpe', { label: 'hater' }),
  c('2', 'golpe de mestre, que aula'),
  c('3', 'GOLPISTAS!!!', { label: 'neutral' }),
  c('4', 'golpe demais', { keptFromRules: true }),
  c('5', 'golpe', { projectId: 'prj-b' }),
  c('6', 'golpe', { site: 'youtube' }),
  c('7', 'amei', { authorHandle: 'troll.da.live' }),
];

describe('a rule’s preview', () => {
  it('counts what a term would catch and change, with the changes first among the examples', () => {
    const p = previewRule({ kind: 'term', pattern: 'golp*', label: 'hater', site: 'instagram', projectId: 'prj-a' }, stored);
    expect(p.matched).toBe(4);
    // The staff label stays: not a change. The one already hater is not either.
    expect(p.changes).toBe(2);
    expect(p.examples.map((e) => e.key)).toEqual(['2', '3', '1']);
    // Every site and profile: the other two count too.
    expect(previewRule({ kind: 'term', pattern: 'golp*', label: 'hater' }, stored).matched).toBe(6);
    expect(previewRule({ kind: 'term', pattern: 'golpe', label: 'hater' }, stored).matched).toBe(5);
  });

  it('finds an author by handle or name, and nothing for an unknown one', () => {
    expect(previewRule({ kind: 'author', pattern: '@Troll.Da.Live', label: 'hater' }, stored)).toMatchObject({ matched: 1, changes: 1 });
    expect(previewRule({ kind: 'author', pattern: 'ana', label: 'hater', site: 'youtube' }, stored).matched).toBe(1);
    expect(previewRule({ kind: 'author', pattern: '@ninguem', label: 'hater' }, stored)).toEqual({ matched: 0, changes: 0, examples: [] });
  });

  it('reads the comments stored most recently, newest first', async () => {
    const db = new RondaDB('preview-recent');
    const seen = (id: string) => ({ commentId: id, isReply: false, authorName: 'Ana', text: id, label: 'praise' as const, confidence: 0.8, evidence: [] });
    await recordSeenComments('instagram', 'https://www.instagram.com/p/A/', [seen('old')], { db, now: 1 });
    await recordSeenComments('instagram', 'https://www.instagram.com/p/A/', [seen('new')], { db, now: 5 });
    await recordSeenComments('instagram', 'https://www.instagram.com/p/A/', [seen('mid')], { db, now: 3 });
    expect((await recentComments(2, db)).map((r) => r.text)).toEqual(['new', 'mid']);
  });

  it('says which stored comments the rules leave alone: staff labels and remembered corrections, not learned words', async () => {
    const db = new RondaDB('preview-kept');
    const seen = (id: string, text: string, decidedBy?: 'memory') => ({ commentId: id, isReply: false, authorName: 'Ana', text, label: 'doubt' as const, confidence: 0.7, evidence: [], decidedBy });
    const post = 'https://www.instagram.com/p/A/';
    await recordSeenComments('instagram', post, [seen('staff', 'golpe?'), seen('remembered', 'é golpe???', 'memory'), seen('learned', 'essa mentoria é golpe', 'memory'), seen('model', 'golpe')], { db, now: 1 });
    await relabelComment('instagram:staff', 'doubt', 'Bia', { db });
    await db.corrections.put({ key: 'instagram:elsewhere', text: 'É golpe?', label: 'doubt', at: 2, user: 'Bia' });
    const rows = await commentsForRulePreview(10, db);
    expect(Object.fromEntries(rows.map((r) => [r.commentId, r.keptFromRules]))).toEqual({ staff: true, remembered: true, learned: false, model: false });
    expect(previewRule({ kind: 'term', pattern: 'golpe', label: 'hater' }, rows)).toMatchObject({ matched: 4, changes: 2 });
  });
});
