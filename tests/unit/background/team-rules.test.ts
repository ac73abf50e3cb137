import { describe, expect, it } from 'vitest';
import { resumeStoredRulePass, teamRulesChanged } from '../../../background/team-rules';
import { recordSeenComments } from '../../../storage/comments';
import { getDb } from '../../../storage/db';
import { getSetting, setSetting } from '../../../storage/settings';
import { saveTeamRule } from '../../../storage/team-rules';

const seen = (commentId: string, text: string) => ({ commentId, isReply: false, authorName: 'Ana', text, label: 'praise' as const, confidence: 0.8, evidence: [] });

describe('the background brings stored comments in line with the rules', () => {
  it('after a change, and again when a worker stopped half way wakes with the pass pending', async () => {
    const db = getDb();
    await recordSeenComments('instagram', 'https://www.instagram.com/p/AAA/', [seen('1', 'isso é golpe'), seen('2', 'amei')], { db, now: 1 });
    await saveTeamRule({ kind: 'term', pattern: 'golpe', label: 'hater' }, 'Bia', { db });
    // Two changes at once: one pass, run once more for the second, both counted.
    const [first, second] = await Promise.all([teamRulesChanged(), teamRulesChanged()]);
    expect(first.stored).toBe(1);
    expect(second.stored).toBe(1);
    expect(await getSetting('storedRulesPending')).toBe(false);
    expect((await db.comments.get('instagram:1'))?.label).toBe('hater');

    // A rule saved, then the worker stopped before the pass: the flag says so, and waking finishes it.
    await saveTeamRule({ kind: 'term', pattern: 'amei', label: 'neutral' }, 'Bia', { db });
    await setSetting('storedRulesPending', true);
    resumeStoredRulePass();
    await expect.poll(() => getSetting('storedRulesPending')).toBe(false);
    expect(await db.comments.get('instagram:2')).toMatchObject({ label: 'neutral', labelSource: 'rule' });
  });
});
