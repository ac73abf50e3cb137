import { tr } from '../i18n';
import { isProfileIncomplete } from '../profiles/placeholder';
import { expertKey, readTeamRuleEntries, teamRuleEntriesFileData, type TeamRuleEntry } from '../team-rules/io';
import type { ProjectRecord, TeamRuleRecord } from '../../storage/schema';

/*
 * The team's rules shared in the acervo folder on Drive, so a troll one person marks is marked for everyone. The
 * file is a team-rules export file (`ronda-team-rules`), which a teammate could also import by hand. Profile ids are
 * per browser: a profile's rule travels with its expert's name and lands on the profile of that name here.
 *
 * Merge is per rule id, as the template library's: the later updatedAt wins, and a rule missing now on one side that
 * both had at the last sync (`baseIds`) was deleted there. Two kinds of rules stay out of it:
 * - "foreign" rules, for an expert no profile here is called: kept in the file as they are for the teammates who
 *   have that expert, never applied or deleted here;
 * - rules of a profile here that has no name yet, or was removed: they name no expert a teammate could have, so
 *   they stay on this machine.
 */

export const TEAM_RULES_LIBRARY_FILE_NAME = 'Ronda — Regras da equipe.json';

export function serializeSharedRules(entries: readonly TeamRuleEntry[], now: number): string {
  return JSON.stringify(teamRuleEntriesFileData(entries, new Date(now)), null, 2);
}

export function parseSharedRules(text: string): { ok: true; entries: TeamRuleEntry[] } | { ok: false; message: string } {
  const read = readTeamRuleEntries(text);
  // The worker speaks the language of the last page that set it (a print taken in English): both halves follow it.
  const refused = (why: string) => tr(`Regras da equipe no Drive rejeitadas: ${why} As regras locais foram mantidas.`, `Team rules on Drive refused: ${why} The local rules were kept.`);
  if (!read.ok) return { ok: false, message: refused(read.error.replace(/ (Nada foi importado|Nothing was imported)\.$/, '')) };
  const ids = new Set<string>();
  for (const e of read.entries) {
    if (ids.has(e.id)) return { ok: false, message: refused(tr(`regra repetida (${e.id}).`, `rule repeated (${e.id}).`)) };
    ids.add(e.id);
  }
  return { ok: true, entries: read.entries };
}

export interface SharedRulesMerge {
  /** The file's next content. */
  merged: TeamRuleEntry[];
  /** Rules to write here (new or newer from Drive), on this machine's profiles. */
  putLocal: TeamRuleRecord[];
  /** Rule ids to delete here (a teammate deleted them). */
  deleteLocal: string[];
  remoteNeedsUpdate: boolean;
  /** The ids both sides have now, for the next merge to tell deletions from additions. */
  baseIds: string[];
}

/** A rule as the file compares it: its expert by name, not by this machine's profile id. */
function comparable(e: TeamRuleEntry): string {
  const { projectId, expertName, ...rule } = e;
  return JSON.stringify({ ...rule, scope: projectId === undefined ? '*' : expertKey(expertName ?? '') });
}

export function mergeSharedRules(
  local: readonly TeamRuleRecord[],
  projects: readonly ProjectRecord[],
  remote: readonly TeamRuleEntry[] | undefined,
  baseIds: ReadonlySet<string>,
): SharedRulesMerge {
  const named = projects.filter((p) => !isProfileIncomplete(p));
  const nameOf = new Map(named.map((p) => [p.id, p.expertName]));
  const idOf = new Map<string, string>();
  for (const p of named) if (!idOf.has(expertKey(p.expertName))) idOf.set(expertKey(p.expertName), p.id);

  /** What a rule here puts in the file, or null for one that stays on this machine. */
  const toEntry = (r: TeamRuleRecord): TeamRuleEntry | null => {
    if (r.projectId === undefined) return r;
    const name = nameOf.get(r.projectId);
    return name === undefined ? null : { ...r, expertName: name };
  };
  /** The file's rule as a rule here, or null for a foreign one. */
  const fromEntry = (e: TeamRuleEntry): TeamRuleRecord | null => {
    const { expertName, ...rule } = e;
    if (rule.projectId === undefined) return rule;
    const here = expertName === undefined ? undefined : idOf.get(expertKey(expertName));
    return here === undefined ? null : { ...rule, projectId: here };
  };

  const localById = new Map(local.map((r) => [r.id, r]));
  const remoteById = new Map((remote ?? []).map((e) => [e.id, e]));
  const merged: TeamRuleEntry[] = [];
  const putLocal: TeamRuleRecord[] = [];
  const deleteLocal: string[] = [];
  let remoteNeedsUpdate = remote === undefined;
  for (const id of new Set([...localById.keys(), ...remoteById.keys()])) {
    const l = localById.get(id);
    const shared = l ? toEntry(l) : null;
    const r = remoteById.get(id);
    const mine = r ? fromEntry(r) : null;
    if (shared && r) {
      const remoteWins = r.updatedAt > shared.updatedAt;
      if (!mine) {
        // Foreign there: the file keeps the teammates' version unless this one is later.
        merged.push(remoteWins || r.updatedAt === shared.updatedAt ? r : shared);
        if (shared.updatedAt > r.updatedAt) remoteNeedsUpdate = true;
      } else if (remoteWins) {
        merged.push(r);
        if (comparable(r) !== comparable(shared)) putLocal.push(mine);
      } else {
        merged.push(shared);
        if (comparable(r) !== comparable(shared)) remoteNeedsUpdate = true;
      }
    } else if (shared) {
      // Only here: new here, or deleted in Drive since the last sync.
      if (baseIds.has(id) && remote !== undefined) deleteLocal.push(id);
      else {
        merged.push(shared);
        remoteNeedsUpdate = true;
      }
    } else if (r) {
      if (!mine) merged.push(r);
      // Only in Drive (or here on no profile a teammate knows): new from a teammate, or deleted here since the last sync.
      else if (baseIds.has(id) && !l) remoteNeedsUpdate = true;
      else {
        merged.push(r);
        putLocal.push(mine);
      }
    }
  }
  merged.sort((a, b) => a.id.localeCompare(b.id));
  const applies = (e: TeamRuleEntry) => fromEntry(e) !== null;
  return { merged, putLocal, deleteLocal, remoteNeedsUpdate, baseIds: merged.filter(applies).map((e) => e.id) };
}
