import 'fake-indexeddb/auto';
import { RondaDB } from '../storage/db';
import { recordSeenComments, listCommentsForPost, type SeenComment } from '../storage/comments';
import { repeatOffenders } from '../lib/team-rules/offenders';
import { applyTeamRulesToStoredComments, commentsForRulePreview } from '../storage/stored-rule-labels';
import { putTeamRules } from '../storage/team-rules';

/** Writing and reading back a 2,000-comment page through the comments store (fake-indexeddb, in Node). */
export async function run(): Promise<void> {
  const db = new RondaDB(`bench-${Date.now()}`);
  const seen: SeenComment[] = Array.from({ length: 2_000 }, (_, i) => ({
    commentId: `c${i}`,
    isReply: i % 5 === 0,
    authorName: `Pessoa ${i}`,
    text: `Comentário número ${i}: quanto custa o curso?`,
    label: 'purchase_intent',
    confidence: 0.8,
    evidence: ['quanto custa'],
  }));
  let t = performance.now();
  await recordSeenComments('instagram', 'https://www.instagram.com/p/X/', seen, { db });
  const firstWrite = performance.now() - t;
  t = performance.now();
  await recordSeenComments('instagram', 'https://www.instagram.com/p/X/', seen, { db });
  const rewrite = performance.now() - t;
  t = performance.now();
  const { valid } = await listCommentsForPost('https://www.instagram.com/p/X/', db);
  const read = performance.now() - t;
  console.log(`  store 2,000 new comments:      ${firstWrite.toFixed(1)} ms`);
  console.log(`  store the same 2,000 again:    ${rewrite.toFixed(1)} ms`);
  console.log(`  read + validate ${valid.length} comments: ${read.toFixed(1)} ms`);
  db.close();
  await storedRulePass();
}

/** A change of the team's rules applied to 20,000 stored comments of 10 posts, with 500 author and term rules. */
async function storedRulePass(): Promise<void> {
  const db = new RondaDB(`bench-rules-${Date.now()}`);
  for (let post = 0; post < 10; post++) {
    const seen: SeenComment[] = Array.from({ length: 2_000 }, (_, i) => ({
      commentId: `p${post}c${i}`,
      isReply: false,
      authorName: `Pessoa ${i}`,
      authorHandle: `pessoa.${i}`,
      text: i % 10 === 0 ? `isso é golpe ${i}, devolve meu dinheiro` : `Comentário número ${i}: que aula boa, obrigada pela live de ontem`,
      label: 'praise',
      confidence: 0.8,
      evidence: ['aula'],
    }));
    await recordSeenComments('instagram', `https://www.instagram.com/p/P${post}/`, seen, { db });
  }
  const rules = Array.from({ length: 500 }, (_, i) => ({
    id: `r${i}`,
    kind: i % 2 ? ('author' as const) : ('term' as const),
    pattern: i % 2 ? `@pessoa.${i * 3}` : i === 0 ? 'golp*' : `palavra${i} proibida`,
    label: 'hater' as const,
    createdBy: 'bench',
    createdAt: 1,
    updatedAt: 1,
  }));
  await putTeamRules(rules, db);
  let t = performance.now();
  const first = await applyTeamRulesToStoredComments(db);
  const apply = performance.now() - t;
  t = performance.now();
  const again = await applyTeamRulesToStoredComments(db);
  const noop = performance.now() - t;
  console.log(`  500 rules over ${first.read.toLocaleString('en')} stored comments: ${apply.toFixed(0)} ms (${first.changed.toLocaleString('en')} relabelled)`);
  console.log(`  the same pass again (nothing to change): ${noop.toFixed(0)} ms (${again.changed} relabelled)`);
  // What the options page's team-rules section reads once per visit, and the repeat offenders it finds in it.
  t = performance.now();
  const sample = await commentsForRulePreview(5_000, db);
  const read = performance.now() - t;
  t = performance.now();
  const offenders = repeatOffenders(sample, rules);
  const group = performance.now() - t;
  console.log(`  options sample of ${sample.length.toLocaleString('en')} latest comments: ${read.toFixed(0)} ms; repeat offenders in it (500 rules): ${group.toFixed(1)} ms (${offenders.length} found)`);
  db.close();
}
