import { z } from 'zod';
import { authorKey, termKey } from '../../classifier/team-rules';
import { MAX_TEAM_RULES } from '../domain';
import { teamRuleRecordSchema, type ProjectRecord, type TeamRuleRecord } from '../../storage/schema';
import { exportFileData, readExportEntries, type ExportFileKind, type ExportInput } from '../export-file';

/*
 * The team's rules as a file: one person writes the list (the troll accounts of a launch, the words the expert's
 * audience uses) and every teammate imports it. Profile ids are per browser, so each rule travels with its expert's
 * name and finds the teammate's profile of that name. Imports are untrusted input: one bad entry refuses the file.
 */

export const MAX_TEAM_RULES_BYTES = 2_000_000;

const TEAM_RULES_FILE: ExportFileKind = {
  format: 'ronda-team-rules',
  version: 1,
  list: 'rules',
  maxEntries: MAX_TEAM_RULES,
  maxBytes: MAX_TEAM_RULES_BYTES,
  what: { pt: 'um arquivo de regras da equipe', en: 'team rules file' },
  entries: { pt: 'regras', en: 'rules' },
};

const fileEntrySchema = teamRuleRecordSchema.extend({ expertName: z.string().max(200).optional() });

/** Two rules are one when they match the same comments: kind, words (or author), site and profile. */
export function ruleIdentity(r: Pick<TeamRuleRecord, 'kind' | 'pattern' | 'site' | 'projectId'>): string {
  return [r.kind, r.site ?? '*', r.projectId ?? '*', r.kind === 'author' ? authorKey(r.pattern) : termKey(r.pattern)].join('\u0000');
}

export function exportTeamRules(rules: readonly TeamRuleRecord[], projects: readonly ProjectRecord[], now: Date): string {
  return JSON.stringify(teamRulesFileData(rules, projects, now), null, 2);
}

/** The file's object, as a team kit holds it: each profile's rule carries its expert's name. */
export function teamRulesFileData(rules: readonly TeamRuleRecord[], projects: readonly ProjectRecord[], now: Date): Record<string, unknown> {
  const names = new Map(projects.map((p) => [p.id, p.expertName]));
  return teamRuleEntriesFileData(
    rules.map((r) => (r.projectId === undefined ? r : { ...r, expertName: names.get(r.projectId) })),
    now,
  );
}

/** The same, for rules that already name their expert (the shared copy on Drive). */
export function teamRuleEntriesFileData(entries: readonly TeamRuleEntry[], now: Date): Record<string, unknown> {
  return exportFileData(TEAM_RULES_FILE, entries, now);
}

/** How a file names an expert, and how a profile here is found by it: spacing and case do not matter. */
export function expertKey(name: string): string {
  return name.trim().toLocaleLowerCase('pt-BR');
}

export interface ParsedTeamRules {
  rules: TeamRuleRecord[];
  /** Experts named in the file that no profile here has: their rules are kept for every profile. */
  unknownExperts: string[];
}

/** A rule as a file holds it: a profile's rule names its expert, since profile ids are per browser. */
export type TeamRuleEntry = TeamRuleRecord & { expertName?: string };

/** The file's rules as written, each checked; the first bad one refuses the file. */
export function readTeamRuleEntries(input: ExportInput): { ok: true; entries: TeamRuleEntry[] } | { ok: false; error: string } {
  return readExportEntries(TEAM_RULES_FILE, input, fileEntrySchema, { pt: 'Regra', en: 'Rule', feminine: true });
}

export function parseTeamRulesFile(input: ExportInput, projects: readonly ProjectRecord[]): { ok: true; parsed: ParsedTeamRules } | { ok: false; error: string } {
  const file = readTeamRuleEntries(input);
  if (!file.ok) return file;
  const byName = new Map(projects.map((p) => [expertKey(p.expertName), p.id]));
  const unknown = new Set<string>();
  const rules: TeamRuleRecord[] = [];
  for (const { expertName, projectId, ...rule } of file.entries) {
    if (projectId === undefined) {
      rules.push(rule);
      continue;
    }
    const local = expertName ? byName.get(expertKey(expertName)) : undefined;
    if (local === undefined) unknown.add(expertName?.trim() || projectId);
    rules.push(local === undefined ? rule : { ...rule, projectId: local });
  }
  return { ok: true, parsed: { rules, unknownExperts: [...unknown] } };
}

export interface TeamRuleImportPlan {
  put: TeamRuleRecord[];
  added: number;
  updated: number;
  /** The same rule here, changed as late or later: the one here stays. */
  keptLocal: number;
}

/** A rule new here is added; one that exists on both sides keeps the later change, under the id it has here. */
export function planTeamRuleImport(stored: readonly TeamRuleRecord[], incoming: readonly TeamRuleRecord[]): TeamRuleImportPlan {
  const current = new Map(stored.map((r) => [ruleIdentity(r), r]));
  const idsHere = new Set(stored.map((r) => r.id));
  const put = new Map<string, TeamRuleRecord>();
  let keptLocal = 0;
  for (const rule of incoming) {
    const identity = ruleIdentity(rule);
    const existing = put.get(identity) ?? current.get(identity);
    if (existing && existing.updatedAt >= rule.updatedAt) {
      keptLocal++;
      continue;
    }
    // A new rule whose id a different rule here already has gets an id of its own, not that rule's place.
    const id = current.get(identity)?.id ?? (idsHere.has(rule.id) ? `${rule.id.slice(0, 40)}-${idsHere.size + put.size}` : rule.id);
    put.set(identity, { ...rule, id });
  }
  let added = 0;
  for (const identity of put.keys()) if (!current.has(identity)) added++;
  return { put: [...put.values()], added, updated: put.size - added, keptLocal };
}
