import { classifyWithMemory, createCorrectionMemory, decidedBy, type CorrectionMemory, type TeamRuleSet } from '../classifier';
import { CLASSIFIER_REVISION } from '../classifier/revision';
import { ruleSetsByProfile } from '../classifier/team-rules';
import { correctionsForMemory } from './corrections';
import { getDb, type RondaDB } from './db';
import { commentRecordSchema, type CommentRecord } from './schema';
import { listTeamRules } from './team-rules';

/*
 * A release that classifies better (a new rule, new weights) reaches the pages at once: they judge what they show.
 * The comments stored from every other post (the expert's view, the metrics, the sweep) would keep the old verdict
 * until someone reopened each post; this pass judges them again as a page would (the profile's corrections, the
 * team's rules, then the model), in batches. Each row records the revision that judged it, so a worker stopped half
 * way goes on where it was, and a staff label is never touched.
 */

/** Rows per transaction: a long pass never holds the database, and a page's report in between is not lost. */
const BATCH = 500;

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
  let memory: CorrectionMemory | undefined;
  const examples = await correctionsForMemory(undefined, db);
  let read = 0;
  let judged = 0;
  let relabelled = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.transaction('rw', db.comments, async () => {
      const rows = after === undefined ? await db.comments.orderBy(':id').limit(BATCH).toArray() : await db.comments.where(':id').above(after).limit(BATCH).toArray();
      const updates: CommentRecord[] = [];
      let changedLabels = 0;
      for (const row of rows) {
        if (row.classifiedWith === revision) continue;
        // A damaged row is left as it is: judging it would write fields it may not have.
        if (!commentRecordSchema.safeParse(row).success) continue;
        memory ??= createCorrectionMemory(examples);
        const next = { ...row, ...judgedAgain(row, memory, setFor(row.projectId), revision) };
        if (next.label !== row.label) changedLabels++;
        updates.push(next);
      }
      if (updates.length) await db.comments.bulkPut(updates);
      return { rows, updates: updates.length, changedLabels };
    });
    read += batch.rows.length;
    judged += batch.updates;
    relabelled += batch.changedLabels;
    if (batch.rows.length < BATCH) return { read, judged, relabelled };
    after = batch.rows[batch.rows.length - 1]!.key;
  }
}
