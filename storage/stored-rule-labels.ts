import { createCorrectionMemory } from '../classifier/memory';
import { ruleSetsByProfile, type TeamRuleSet } from '../classifier/team-rules';
import { recentComments, rewriteStoredComments } from './comments';
import { correctionsForMemory } from './corrections';
import { getDb, type RondaDB } from './db';
import type { CommentRecord } from './schema';
import { listTeamRules } from './team-rules';

/*
 * A team rule is about an author or a phrase, wherever it appears: the comments Ronda stored from posts that are not
 * open (the expert's view, the metrics, the sweep's other posts) follow a change of rules too, not only the pages
 * open now. Pages stay the judges of what they show: they classify again on their next load.
 */

/** The label a rule gives stored comments; a page recomputes it exactly (with the model's scores) when it reads the comment again. */
const RULE_CONFIDENCE = 0.95;

type RuleChange = Pick<CommentRecord, 'label' | 'labelSource' | 'confidence' | 'evidence' | 'withoutRule'>;

/**
 * What the rules make of one stored comment, or null when it stays as it is. A staff label is not the rules' to
 * change, nor a remembered correction of this comment (it comes before rules: `remembered`). A label the memory's
 * learned words gave (stored as 'memory' too) gives way to a rule, as it does on the page, and comes back when the
 * rule goes. A comment a rule labelled and no rule matches any more gets back the label it had without it.
 */
export function ruleChangeFor(row: CommentRecord, rules: TeamRuleSet, remembered: (text: string) => boolean): RuleChange | null {
  if (row.labelSource === 'staff') return null;
  const hit = rules.size > 0 ? rules.match(row.text, { site: row.site, authorName: row.authorName, authorHandle: row.authorHandle }) : null;
  if (row.labelSource === 'memory' && (!hit || remembered(row.text))) return null;
  if (hit) {
    const withoutRule = row.labelSource === 'rule' ? row.withoutRule : { label: row.label, confidence: row.confidence, evidence: row.evidence, source: row.labelSource };
    const evidence = [hit.evidence, ...(withoutRule?.evidence ?? []).slice(0, 4)];
    if (row.labelSource === 'rule' && row.label === hit.rule.label && row.evidence[0] === hit.evidence) return null;
    return { label: hit.rule.label, labelSource: 'rule', confidence: RULE_CONFIDENCE, evidence, withoutRule };
  }
  if (row.labelSource !== 'rule') return null;
  const back = row.withoutRule;
  // Stored before its page said what the model thought: the label stays until the page is read again, but no rule claims it.
  if (!back) return { label: row.label, labelSource: 'classifier', confidence: row.confidence, evidence: row.evidence.slice(1), withoutRule: undefined };
  return { label: back.label, labelSource: back.source, confidence: back.confidence, evidence: back.evidence, withoutRule: undefined };
}

/**
 * Whether a text is one of the corrections pages remember (the same ones, the same look-up): built on the first
 * 'memory' row only, as most passes meet none.
 */
async function rememberedCorrections(db: RondaDB): Promise<(text: string) => boolean> {
  let memory: ReturnType<typeof createCorrectionMemory> | undefined;
  const examples = await correctionsForMemory(undefined, db);
  return (text) => (memory ??= createCorrectionMemory(examples)).lookup(text) !== null;
}

/** The latest stored comments for a rule's preview, each saying whether the pass would leave it alone whatever the rules. */
export async function commentsForRulePreview(limit: number, db: RondaDB = getDb()): Promise<(CommentRecord & { keptFromRules: boolean })[]> {
  const [rows, remembered] = await Promise.all([recentComments(limit, db), rememberedCorrections(db)]);
  return rows.map((row) => ({ ...row, keptFromRules: row.labelSource === 'staff' || (row.labelSource === 'memory' && remembered(row.text)) }));
}

/**
 * Applies the stored rules to every stored comment, in batches. Safe to run again at any point (after a worker
 * was stopped half way, after another change): each row ends as the rules say, whatever it was.
 */
export async function applyTeamRulesToStoredComments(db: RondaDB = getDb()): Promise<{ read: number; changed: number }> {
  const setFor = ruleSetsByProfile((await listTeamRules(db)).valid);
  const remembered = await rememberedCorrections(db);
  const { read, written } = await rewriteStoredComments((row) => {
    const change = ruleChangeFor(row, setFor(row.projectId), remembered);
    return change ? { ...row, ...change } : null;
  }, db);
  return { read, changed: written };
}
