import { z } from 'zod';
import { checkBlogOrigin } from '../blog-origin';
import { correctionsFileData, parseCorrectionsFile } from '../corrections/io';
import { readJson } from '../export-file';
import { tr } from '../i18n';
import { parseProfilesFile, profilesFileData } from '../profiles/io';
import { isProfileIncomplete } from '../profiles/placeholder';
import { teamRulesFileData } from '../team-rules/io';
import { parseTemplateFile, templatesFileData } from '../templates/io';
import type { CorrectionRecord, ProjectRecord, TeamRuleRecord, TemplateRecord } from '../../storage/schema';

/*
 * The team kit: one file with what a team agreed on, for the next person's Chrome: the expert profiles, the reply
 * templates, the team's rules, the corrections memory and the launch blogs. Each part is a whole export file of its
 * own kind (`jq .templates kit.json` is a template file), checked by that kind's own parser, so the kit refuses
 * exactly what those files would; one bad part refuses the whole kit.
 */

export const TEAM_KIT_FORMAT = 'ronda-team-kit';
/** The parts' own limits added up (corrections 40 MB, templates 5 MB, profiles 5 MB, rules 2 MB). */
export const MAX_TEAM_KIT_BYTES = 52_000_000;
const MAX_KIT_BLOGS = 500;

export interface TeamKitContents {
  projects: readonly ProjectRecord[];
  activeProjectId: string;
  templates: readonly TemplateRecord[];
  rules: readonly TeamRuleRecord[];
  corrections: readonly CorrectionRecord[];
  blogs: readonly string[];
}

export function exportTeamKit(contents: TeamKitContents, now: Date): string {
  const active = contents.projects.find((p) => p.id === contents.activeProjectId);
  return JSON.stringify(
    {
      format: TEAM_KIT_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      activeExpert: active && !isProfileIncomplete(active) ? active.expertName : undefined,
      blogs: [...contents.blogs],
      profiles: profilesFileData(contents.projects, now),
      templates: templatesFileData(contents.templates, now),
      rules: teamRulesFileData(contents.rules, contents.projects, now),
      corrections: correctionsFileData(contents.corrections, now),
    },
    null,
    2,
  );
}

export interface ParsedTeamKit {
  /** The exporter's profile in use: a Chrome with no profile of its own yet starts with it. */
  activeExpert?: string;
  profiles: ProjectRecord[];
  templates: TemplateRecord[];
  /**
   * The rules part, still to be read: rules find their profile by expert name, and the profiles are those here
   * once the kit's own are in (storage/team-kit.ts).
   */
  rules?: { readonly json: unknown };
  corrections: CorrectionRecord[];
  blogs: string[];
}

const headerSchema = z.object({
  format: z.literal(TEAM_KIT_FORMAT),
  version: z.literal(1),
  activeExpert: z.string().max(120).optional(),
  blogs: z.array(z.string().max(300)).max(MAX_KIT_BLOGS).optional(),
  profiles: z.unknown().optional(),
  templates: z.unknown().optional(),
  rules: z.unknown().optional(),
  corrections: z.unknown().optional(),
});

/** The part's name in a message: "Kit da equipe, modelos: …". */
export function kitPartProblem(part: { pt: string; en: string }, error: string): string {
  return tr(`Kit da equipe, ${part.pt}: ${error}`, `Team kit, ${part.en}: ${error}`);
}

export const KIT_PARTS = {
  profiles: { pt: 'perfis', en: 'profiles' },
  templates: { pt: 'modelos', en: 'templates' },
  rules: { pt: 'regras', en: 'rules' },
  corrections: { pt: 'correções', en: 'corrections' },
  blogs: { pt: 'blogs', en: 'blogs' },
} as const;

export function parseTeamKitFile(text: string): { ok: true; kit: ParsedTeamKit } | { ok: false; error: string } {
  const data = readJson(text, { maxBytes: MAX_TEAM_KIT_BYTES, what: { pt: 'um kit da equipe', en: 'team kit' } });
  if (!data.ok) return data;
  const header = headerSchema.safeParse(data.data);
  if (!header.success) {
    return {
      ok: false,
      error: tr(
        `Não é um kit da equipe do Ronda (esperado {"format": "${TEAM_KIT_FORMAT}", "version": 1, ...}, com no máximo ${MAX_KIT_BLOGS} blogs). Nada foi importado.`,
        `Not a Ronda team kit (expected {"format": "${TEAM_KIT_FORMAT}", "version": 1, ...}, with at most ${MAX_KIT_BLOGS} blogs). Nothing was imported.`,
      ),
    };
  }
  const h = header.data;
  const kit: ParsedTeamKit = { activeExpert: h.activeExpert, profiles: [], templates: [], corrections: [], blogs: [] };
  if (h.profiles !== undefined) {
    const part = parseProfilesFile({ json: h.profiles });
    if (!part.ok) return { ok: false, error: kitPartProblem(KIT_PARTS.profiles, part.error) };
    kit.profiles = part.profiles;
  }
  if (h.templates !== undefined) {
    const part = parseTemplateFile({ json: h.templates });
    if (!part.ok) return { ok: false, error: kitPartProblem(KIT_PARTS.templates, part.error) };
    kit.templates = part.templates;
  }
  if (h.corrections !== undefined) {
    const part = parseCorrectionsFile({ json: h.corrections });
    if (!part.ok) return { ok: false, error: kitPartProblem(KIT_PARTS.corrections, part.error) };
    kit.corrections = part.corrections;
  }
  if (h.rules !== undefined) kit.rules = { json: h.rules };
  for (const blog of h.blogs ?? []) {
    const checked = checkBlogOrigin(blog);
    if (!checked.ok) return { ok: false, error: kitPartProblem(KIT_PARTS.blogs, tr(`${checked.error}. Nada foi importado.`, `${checked.error}. Nothing was imported.`)) };
    if (!kit.blogs.includes(checked.origin)) kit.blogs.push(checked.origin);
  }
  return { ok: true, kit };
}
