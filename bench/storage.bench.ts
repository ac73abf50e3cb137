import 'fake-indexeddb/auto';
import { RondaDB } from '../storage/db';
import { recordSeenComments, listCommentsForPost, type SeenComment } from '../storage/comments';
import { repeatOffenders } from '../lib/team-rules/offenders';
import { reclassifyStoredComments } from '../storage/stored-model-labels';
import { applyTeamRulesToStoredComments, commentsForRulePreview } from '../storage/stored-rule-labels';
import { putTeamRules } from '../storage/team-rules';
import { exportTeamKit } from '../lib/team-kit/io';
import { seedTemplates } from '../lib/templates/seed';
import { importTeamKit, teamKitContents } from '../storage/team-kit';
import { setSetting } from '../storage/settings';

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
  await teamKit();
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
  // A release with a new classifier revision: the worker judges all of them again (memory of 2,000 corrections, the rules).
  await db.corrections.bulkPut(Array.from({ length: 2_000 }, (_, i) => ({ key: `instagram:x${i}`, text: `correção ${i}: que live boa demais ${i % 37}`, label: 'praise' as const, at: i, user: 'bench' })));
  t = performance.now();
  const judged = await reclassifyStoredComments(db, 'bench-next');
  const judge = performance.now() - t;
  t = performance.now();
  const judgedAgain = await reclassifyStoredComments(db, 'bench-next');
  const judgeNoop = performance.now() - t;
  console.log(`  a new classifier revision over ${judged.read.toLocaleString('en')} stored comments (2,000 corrections, 500 rules): ${judge.toFixed(0)} ms (${judged.relabelled.toLocaleString('en')} relabelled); again: ${judgeNoop.toFixed(0)} ms (${judgedAgain.judged} judged)`);
  db.close();
}

/**
 * The team kit at its largest parts: 20,000 corrections (2,000 of them about comments the newcomer already stored),
 * 2,000 rules, 50 profiles and the templates, exported from one database and imported into a fresh one.
 */
async function teamKit(): Promise<void> {
  const lead = new RondaDB(`bench-kit-lead-${Date.now()}`);
  await lead.projects.bulkPut(
    Array.from({ length: 50 }, (_, i) => ({
      id: `prj-${i}`,
      expertName: `Especialista ${i} Souza`,
      supportSignature: `Equipe de Suporte ${i}`,
      links: { checkout: `https://pay.exemplo.com.br/${i}` },
      businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
      responseTargets: { instagram: 60 },
      createdAt: 1,
      updatedAt: 1,
    })),
  );
  await setSetting('activeProjectId', 'prj-0', lead);
  await lead.templates.bulkPut(seedTemplates(1));
  await putTeamRules(
    Array.from({ length: 2_000 }, (_, i) => ({
      id: `r${i}`,
      kind: i % 2 ? ('author' as const) : ('term' as const),
      pattern: i % 2 ? `@pessoa.${i}` : `palavra${i} proibida`,
      label: 'hater' as const,
      projectId: i % 3 ? `prj-${i % 50}` : undefined,
      createdBy: 'bench',
      createdAt: 1,
      updatedAt: 1,
    })),
    lead,
  );
  await lead.corrections.bulkPut(
    Array.from({ length: 20_000 }, (_, i) => ({ key: `instagram:k${i}`, text: `Comentário corrigido número ${i}: que aula boa, obrigada pela live`, label: 'praise' as const, at: i, user: 'bench' })),
  );
  let t = performance.now();
  const text = exportTeamKit(await teamKitContents(lead), new Date());
  const exported = performance.now() - t;
  lead.close();

  const newcomer = new RondaDB(`bench-kit-new-${Date.now()}`);
  const seen: SeenComment[] = Array.from({ length: 2_000 }, (_, i) => ({
    commentId: `k${i * 10}`,
    isReply: false,
    authorName: `Pessoa ${i}`,
    text: `Comentário corrigido número ${i * 10}: que aula boa, obrigada pela live`,
    label: 'hater',
    confidence: 0.6,
    evidence: ['bench'],
  }));
  await recordSeenComments('instagram', 'https://www.instagram.com/p/K/', seen, { db: newcomer });
  t = performance.now();
  const imported = await importTeamKit(text, { name: 'bench', role: 'staff' }, { db: newcomer });
  const took = performance.now() - t;
  if (!imported.ok) throw new Error(imported.error);
  const { corrections, rules, profiles } = imported.result;
  console.log(`  team kit of ${(text.length / 1e6).toFixed(1)} MB (20,000 corrections, 2,000 rules, 50 profiles): export ${exported.toFixed(0)} ms; import into a fresh Chrome ${took.toFixed(0)} ms (${corrections.added.toLocaleString('en')} corrections, ${rules.added.toLocaleString('en')} rules, ${profiles.added} profiles)`);
  newcomer.close();
}
