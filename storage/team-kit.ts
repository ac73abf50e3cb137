import { planCorrectionImport, type CorrectionImportPlan } from '../lib/corrections/io';
import { tr } from '../lib/i18n';
import { planProfileImport, type ProfileImportPlan } from '../lib/profiles/io';
import { isProfileIncomplete } from '../lib/profiles/placeholder';
import { kitPartProblem, KIT_PARTS, parseTeamKitFile, type TeamKitContents } from '../lib/team-kit/io';
import { expertKey, parseTeamRulesFile, planTeamRuleImport, type TeamRuleImportPlan } from '../lib/team-rules/io';
import { planImport, type ImportPlan } from '../lib/templates/io';
import { listCorrections, putCorrections } from './corrections';
import { getDb, type RondaDB } from './db';
import { getActiveProject, listProjects, newProjectId } from './projects';
import { getSetting, setSetting, settingSchemas } from './settings';
import { listTeamRules, ruleLimitProblem, shareRules } from './team-rules';
import { listTemplates, putImportedTemplates, type TemplateUser } from './templates';

/*
 * The team kit in storage: what the options page exports, and its import, one transaction over every table it
 * touches. Every part is read and checked before the first write, so a bad part (or a limit the kit would pass)
 * changes nothing, and a write the browser refuses (storage full) takes back the parts already written.
 */

export async function teamKitContents(db: RondaDB = getDb()): Promise<TeamKitContents> {
  const [projects, activeProjectId, templates, rules, corrections, blogs] = await Promise.all([
    listProjects(db),
    getSetting('activeProjectId', db),
    listTemplates(db),
    listTeamRules(db),
    listCorrections(db),
    getSetting('blogOrigins', db),
  ]);
  return { projects: projects.valid, activeProjectId, templates: templates.valid, rules: rules.valid, corrections: corrections.valid, blogs };
}

/**
 * Whether anything is filed under a profile. The unnamed profile a fresh install makes goes once the kit's take
 * over, unless staff already worked under it.
 */
async function isFiledUnder(projectId: string, db: RondaDB): Promise<boolean> {
  for (const table of [db.comments, db.prints, db.actions, db.sweepItems, db.teamRules]) {
    if ((await table.where('projectId').equals(projectId).count()) > 0) return true;
  }
  return false;
}

export interface TeamKitImport {
  profiles: ProfileImportPlan;
  /** The profile made active: this Chrome was still on an unnamed one (removed when nothing was filed under it). */
  activated?: string;
  templates: ImportPlan;
  rules: TeamRuleImportPlan;
  /** Experts the rules name that no profile has, even with the kit's: their rules are kept for every profile. */
  unknownExperts: string[];
  corrections: CorrectionImportPlan;
  /** The kit's blogs this Chrome did not list; each still needs Chrome's permission for its domain. */
  newBlogs: string[];
  /** Every blog the kit lists. */
  blogs: string[];
}

export async function importTeamKit(
  text: string,
  user: TemplateUser,
  options: { now?: number; db?: RondaDB; newId?: () => string } = {},
): Promise<{ ok: true; result: TeamKitImport } | { ok: false; error: string }> {
  const file = parseTeamKitFile(text);
  if (!file.ok) return file;
  const { kit } = file;
  const db = options.db ?? getDb();
  const tables = [db.projects, db.templates, db.outbox, db.teamRules, db.corrections, db.comments, db.settings, db.prints, db.actions, db.sweepItems];
  return db.transaction('rw', tables, async () => {
    const projectsHere = (await listProjects(db)).valid;
    const profiles = planProfileImport(projectsHere, kit.profiles, options.newId ?? newProjectId);
    const imported = new Map(profiles.put.map((p) => [p.id, p]));
    const projectsAfter = [...projectsHere.filter((p) => !imported.has(p.id)), ...profiles.put];

    let rules: TeamRuleImportPlan = { put: [], added: 0, updated: 0, keptLocal: 0 };
    let unknownExperts: string[] = [];
    if (kit.rules) {
      const part = parseTeamRulesFile(kit.rules, projectsAfter);
      if (!part.ok) return { ok: false as const, error: kitPartProblem(KIT_PARTS.rules, part.error) };
      const rulesHere = (await listTeamRules(db)).valid;
      rules = planTeamRuleImport(rulesHere, part.parsed.rules);
      const overLimit = ruleLimitProblem(rulesHere.length, rules);
      if (overLimit) return { ok: false as const, error: kitPartProblem(KIT_PARTS.rules, overLimit) };
      unknownExperts = part.parsed.unknownExperts;
    }

    const blogsHere = await getSetting('blogOrigins', db);
    const newBlogs = kit.blogs.filter((b) => !blogsHere.includes(b));
    const blogsAfter = [...blogsHere, ...newBlogs];
    if (!settingSchemas.blogOrigins.safeParse(blogsAfter).success) {
      return {
        ok: false as const,
        error: kitPartProblem(KIT_PARTS.blogs, tr(`seriam ${blogsAfter.length} blogs, mais do que o Ronda guarda. Nada foi importado.`, `that would make ${blogsAfter.length} blogs, more than Ronda keeps. Nothing was imported.`)),
      };
    }

    const templates = planImport((await listTemplates(db)).valid, kit.templates, user);
    const corrections = planCorrectionImport((await listCorrections(db)).valid, kit.corrections);

    await db.projects.bulkPut(profiles.put);
    await putImportedTemplates(templates.put, { now: options.now, db });
    await db.teamRules.bulkPut(rules.put);
    if (rules.put.length) await shareRules(db, options.now);
    await putCorrections(corrections.put, db);
    if (newBlogs.length) await setSetting('blogOrigins', blogsAfter, db);

    let activated: string | undefined;
    const active = await getActiveProject({ now: options.now, db });
    if (isProfileIncomplete(active)) {
      const wanted = kit.activeExpert === undefined ? undefined : expertKey(kit.activeExpert);
      const next = projectsAfter.find((p) => wanted !== undefined && expertKey(p.expertName) === wanted) ?? profiles.put[0];
      if (next) {
        await setSetting('activeProjectId', next.id, db);
        activated = next.expertName;
        if (!(await isFiledUnder(active.id, db))) await db.projects.delete(active.id);
      }
    }
    return { ok: true as const, result: { profiles, activated, templates, rules, unknownExperts, corrections, newBlogs, blogs: kit.blogs } };
  });
}
