import { authorKey, authorOf, termProblem } from '../classifier/team-rules';
import { parseTeamRulesFile, planTeamRuleImport, ruleIdentity, type ParsedTeamRules, type TeamRuleImportPlan } from '../lib/team-rules/io';
import { MAX_TEAM_RULES, type Label, type Site, type TeamRuleKind } from '../lib/domain';
import { tr } from '../lib/i18n';
import type { DismissedOffender } from '../lib/team-rules/offenders';
import { getDb, type RondaDB } from './db';
import { getSetting, MAX_DISMISSED_OFFENDERS, setSetting } from './settings';
import { teamRuleRecordSchema, type TeamRuleRecord } from './schema';
import { checkRows, rowKey, type Checked } from './validate';
import { enqueueSync } from './outbox';

/*
 * The team's rules as the options page and the side panel manage them: list, add (or change the one already there
 * for the same words or author), remove, put back. Pages read them through bg.content.config and follow a change
 * when told (cs.memory.reload).
 */

export interface TeamRuleInput {
  kind: TeamRuleKind;
  pattern: string;
  label: Label;
  site?: Site;
  projectId?: string;
  note?: string;
}

/** Every stored rule, latest first; damaged rows come back in `invalid` with the reason, and match nothing. */
export async function listTeamRules(db: RondaDB = getDb()): Promise<Checked<TeamRuleRecord>> {
  // Not orderBy('updatedAt'): an index leaves out the rows without the field, and a damaged row must be seen.
  const checked = checkRows(teamRuleRecordSchema, await db.teamRules.toArray(), rowKey);
  checked.valid.sort((a, b) => b.updatedAt - a.updatedAt);
  return checked;
}

/** The rules a page of this profile follows: the profile's own and those of every profile. */
export async function teamRulesForPages(projectId: string, db: RondaDB = getDb()): Promise<TeamRuleRecord[]> {
  const { valid } = await listTeamRules(db);
  return valid.filter((r) => r.projectId === undefined || r.projectId === projectId).slice(0, MAX_TEAM_RULES);
}

/** Why the input cannot be a rule, or null. */
export function teamRuleProblem(input: Pick<TeamRuleInput, 'kind' | 'pattern'>): string | null {
  if (input.kind === 'author') return authorKey(input.pattern) ? null : tr('escreva o @perfil ou o nome do autor', 'write the author’s @handle or name');
  const problem = termProblem(input.pattern);
  return problem ? tr(problem.pt, problem.en) : null;
}

/**
 * Adds a rule, or changes the label of the one that already matches the same comments (a second "golpista → hater"
 * is not a second rule). Throws with a message staff can read when the input cannot be a rule or the list is full.
 */
export async function saveTeamRule(
  input: TeamRuleInput,
  user: string,
  options: { now?: number; db?: RondaDB; newId?: () => string } = {},
): Promise<{ rule: TeamRuleRecord; replaced?: TeamRuleRecord }> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const problem = teamRuleProblem(input);
  if (problem) throw new Error(problem);
  return db.transaction('rw', [db.teamRules, db.outbox], async () => {
    const { valid } = await listTeamRules(db);
    const pattern = input.pattern.trim();
    const candidate = { kind: input.kind, pattern, site: input.site, projectId: input.projectId };
    const identity = ruleIdentity(candidate);
    const replaced = valid.find((r) => ruleIdentity(r) === identity);
    if (!replaced && valid.length >= MAX_TEAM_RULES) {
      throw new Error(tr(`O limite é de ${MAX_TEAM_RULES} regras: remova alguma antes.`, `The limit is ${MAX_TEAM_RULES} rules: remove one first.`));
    }
    const rule = teamRuleRecordSchema.parse({
      id: replaced?.id ?? (options.newId ?? newRuleId)(),
      ...candidate,
      label: input.label,
      note: input.note?.trim() || undefined,
      createdBy: replaced?.createdBy ?? user,
      createdAt: replaced?.createdAt ?? now,
      updatedAt: now,
    });
    await db.teamRules.put(rule);
    await shareRules(db, now);
    return replaced ? { rule, replaced } : { rule };
  });
}

export async function removeTeamRules(ids: readonly string[], db: RondaDB = getDb()): Promise<TeamRuleRecord[]> {
  return db.transaction('rw', [db.teamRules, db.outbox], async () => {
    const found = (await db.teamRules.bulkGet([...ids])).filter((r): r is TeamRuleRecord => r !== undefined);
    await db.teamRules.bulkDelete(found.map((r) => r.id));
    if (found.length) await shareRules(db);
    return found;
  });
}

/** Puts rules back as they were (undo of a removal or a change). */
export async function putTeamRules(rules: readonly TeamRuleRecord[], db: RondaDB = getDb()): Promise<void> {
  const rows = rules.map((r) => teamRuleRecordSchema.parse(r));
  await db.transaction('rw', [db.teamRules, db.outbox], async () => {
    await db.teamRules.bulkPut(rows);
    await shareRules(db);
  });
}

/**
 * Queues the team's rules for the shared copy in the acervo folder on Drive (background/drive/engine.ts), as every
 * change of them does; without Drive the entry waits, and one entry stands for any number of changes.
 */
export async function shareRules(db: RondaDB, now?: number): Promise<void> {
  await enqueueSync('teamRules.upsert', 'library', { db, now });
}

/** How long the badge's "Desfazer" can take back the author rule it just added. */
export const BADGE_UNDO_MS = 10 * 60_000;

/**
 * The badge's "Marcar perfil como hater": the author of a comment Ronda stored becomes a hater on its site for the
 * profile. The author is read from the stored comment, not taken from the page's word for it.
 */
export async function markCommentAuthorHater(
  key: string,
  user: string,
  options: { projectId?: string; now?: number; db?: RondaDB } = {},
): Promise<{ rule: TeamRuleRecord; replaced?: TeamRuleRecord; author: string }> {
  const db = options.db ?? getDb();
  const comment = await db.comments.get(key);
  if (!comment) throw new Error(tr('comentário não encontrado: recarregue a página.', 'comment not found: reload the page.'));
  const author = authorOf(comment);
  if (!authorKey(author)) throw new Error(tr('O site não mostra o autor deste comentário: não há perfil para marcar.', 'The site shows no author for this comment: there is no profile to mark.'));
  const saved = await saveTeamRule({ kind: 'author', pattern: author, label: 'hater', site: comment.site, projectId: options.projectId }, user, { now: options.now, db });
  return { ...saved, author };
}

/**
 * Takes back an author rule the badge just added. Pages cannot delete rules in general: only one that is still as
 * the badge made it (an author rule on the page's own site, unchanged, minutes old); anything else is the options
 * page's to remove.
 */
export async function undoBadgeAuthorRule(ruleId: string, site: Site, options: { now?: number; db?: RondaDB } = {}): Promise<void> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  await db.transaction('rw', [db.teamRules, db.outbox], async () => {
    const rule = await db.teamRules.get(ruleId);
    if (!rule) return;
    const fresh = rule.kind === 'author' && rule.site === site && rule.createdAt === rule.updatedAt && now - rule.createdAt <= BADGE_UNDO_MS;
    if (!fresh) throw new Error(tr('Já não dá para desfazer daqui: remova a regra em Configurações → Regras da equipe.', 'It can no longer be undone here: remove the rule in Settings → Team rules.'));
    await db.teamRules.delete(ruleId);
    await shareRules(db, now);
  });
}

/** Imports a teammate's file: new rules are added, shared ones keep the later change; a bad file changes nothing. */
export async function importTeamRules(
  text: string,
  projects: Parameters<typeof parseTeamRulesFile>[1],
  db: RondaDB = getDb(),
): Promise<{ ok: true; plan: TeamRuleImportPlan; unknownExperts: ParsedTeamRules['unknownExperts'] } | { ok: false; error: string }> {
  const file = parseTeamRulesFile(text, projects);
  if (!file.ok) return file;
  return db.transaction('rw', [db.teamRules, db.outbox], async () => {
    const stored = (await listTeamRules(db)).valid;
    const plan = planTeamRuleImport(stored, file.parsed.rules);
    const overLimit = ruleLimitProblem(stored.length, plan);
    if (overLimit) return { ok: false as const, error: overLimit };
    await db.teamRules.bulkPut(plan.put);
    if (plan.put.length) await shareRules(db);
    return { ok: true as const, plan, unknownExperts: file.parsed.unknownExperts };
  });
}

/** Why an import that would take the rules past their limit is refused, or null. */
export function ruleLimitProblem(stored: number, plan: Pick<TeamRuleImportPlan, 'added'>): string | null {
  const total = stored + plan.added;
  return total > MAX_TEAM_RULES
    ? tr(`Com este arquivo seriam ${total} regras; o limite é ${MAX_TEAM_RULES}. Nada foi importado.`, `This file would make ${total} rules; the limit is ${MAX_TEAM_RULES}. Nothing was imported.`)
    : null;
}

/** Sets a repeat offender aside (the team decided against a rule), or updates the count it was set aside at. */
export async function dismissOffender(offender: DismissedOffender, db: RondaDB = getDb()): Promise<void> {
  const list = await getSetting('dismissedOffenders', db);
  await setSetting('dismissedOffenders', [...list.filter((d) => d.id !== offender.id), offender].slice(-MAX_DISMISSED_OFFENDERS), db);
}

/** Undoes a dismissal: the offender is suggested again. */
export async function restoreOffender(id: string, db: RondaDB = getDb()): Promise<void> {
  const list = await getSetting('dismissedOffenders', db);
  await setSetting('dismissedOffenders', list.filter((d) => d.id !== id), db);
}

export function newRuleId(): string {
  return `rule-${crypto.randomUUID().slice(0, 12)}`;
}
