import { classifyWithMemory, createCorrectionMemory, decidedBy, type CorrectionMemory, type TeamRuleSet } from '../classifier';
import { CLASSIFIER_REVISION } from '../classifier/revision';
import { ruleSetsByProfile } from '../classifier/team-rules';
import { correctionsForMemory } from './corrections';
import { rewriteStoredComments } from './comments';
import { getDb, type RondaDB } from './db';
import type { CommentRecord } from './schema';
import { listTeamRules } from './team-rules';

/*
 * A release that classifies better (a new rule, new weights) reaches the pages at once: they judge what they show.
 * The comments stored from every other post (the expert's view, the metrics, the sweep) would keep the old verdict
 * until someone reopened each post; this pass judges them again as a page would (the profile's corrections, the
 * team's rules, then the model), in batches (rewriteStoredComments). Each row records the revision that judged it,
 * so a worker stopped half way goes on where it was, and a staff label is never touched.
 */

type Judged = Pick<CommentRecord, 'label' | 'labelSource' | 'confidence' | 'evidence' | 'withoutRule' | 'classifiedWith'>;

/** What the classifier of `revision` makes of one stored comment, as the page that showed it would have stored it. */
export function judgedAgain(row: CommentRecord, memory: CorrectionMemory, rules: TeamRuleSet, revision: string): Judged {
  if (row.labelSource === 'staff') {
    return { label: row.label, labelSource: row.labelSource, confidence: row.confidence, evidence: row.evidence, withoutRule: row.withoutRule, classifiedWith: revision };
  }
  const verdict = classifyWithMemory(row.text, memory, { site: row.site, authorName: row.authorName, authorHandle: row.authorHandle, mentions: row.mentions }, rules);
  const source = decidedBy(verdict);
  return {
    label: verdict.label,
    labelSource: source,
    confidence: verdict.confidence,
    evidence: verdict.evidence.slice(0, 20),
    withoutRule: source === 'rule' ? verdict.withoutRule : undefined,
    classifiedWith: revision,
  };
}

/**
 * Judges again every stored comment another revision judged. Safe to run again at any point: rows this revision
 * judged are passed over, the others end as the classifier says, whatever they were. `relabelled` counts the
 * comments whose label changed.
 */
export async function reclassifyStoredComments(
  db: RondaDB = getDb(),
  revision: string = CLASSIFIER_REVISION,
): Promise<{ read: number; judged: number; relabelled: number }> {
  const setFor = ruleSetsByProfile((await listTeamRules(db)).valid);
  const examples = await correctionsForMemory(undefined, db);
  let memory: CorrectionMemory | undefined;
  let relabelled = 0;
  const { read, written } = await rewriteStoredComments((row) => {
    if (row.classifiedWith === revision) return null;
    memory ??= createCorrectionMemory(examples);
    const next = { ...row, ...judgedAgain(row, memory, setFor(row.projectId), revision) };
    if (next.label !== row.label) relabelled++;
    return next;
  }, db);
  return { read, judged: written, relabelled };
}
