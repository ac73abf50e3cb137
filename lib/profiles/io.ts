import { z } from 'zod';
import { webUrlSchema } from '../domain';
import { projectRecordSchema, type ProjectRecord } from '../../storage/schema';
import { exportFileData, readExportEntries, type ExportFileKind, type ExportInput } from '../export-file';
import { expertKey } from '../team-rules/io';
import { isProfileIncomplete } from './placeholder';

/*
 * The expert profiles as a file (a part of the team kit): what replies are signed with and link to, the business
 * hours and response targets. Profile ids are per browser, so a profile here is found by its expert's name, as team
 * rules find theirs. Imports are untrusted input: one bad entry refuses the file.
 */

const PROFILES_FILE: ExportFileKind = {
  format: 'ronda-profiles',
  version: 1,
  list: 'profiles',
  maxEntries: 500,
  maxBytes: 5_000_000,
  what: { pt: 'um arquivo de perfis', en: 'profiles file' },
  entries: { pt: 'perfis', en: 'profiles' },
};

/** The profiles a file carries: one nobody filled in signs replies for nobody. */
export function shareableProfiles(projects: readonly ProjectRecord[]): ProjectRecord[] {
  return projects.filter((p) => !isProfileIncomplete(p));
}

export function profilesFileData(projects: readonly ProjectRecord[], now: Date): Record<string, unknown> {
  return exportFileData(PROFILES_FILE, shareableProfiles(projects), now);
}

/** A file's links go into public replies as they are: only web addresses are taken from one. */
const fileProfileSchema = projectRecordSchema.extend({
  links: z.object({ produto: webUrlSchema.optional(), checkout: webUrlSchema.optional(), suporte: webUrlSchema.optional() }),
});

export function parseProfilesFile(input: ExportInput): { ok: true; profiles: ProjectRecord[] } | { ok: false; error: string } {
  const file = readExportEntries(PROFILES_FILE, input, fileProfileSchema, { pt: 'Perfil', en: 'Profile', feminine: false });
  return file.ok ? { ok: true, profiles: file.entries } : file;
}

export interface ProfileImportPlan {
  put: ProjectRecord[];
  added: number;
  updated: number;
  /** The same expert here, edited as late or later: the profile here stays. */
  keptLocal: number;
}

const editedAt = (p: ProjectRecord) => p.updatedAt ?? p.createdAt;

/**
 * An expert new here is added; one both sides have keeps the later edit, under the id (and creation date) it has
 * here, so what is filed under that profile here (comments, rules, prints) stays with it. A profile still unnamed
 * (a placeholder) is never taken from a file.
 */
export function planProfileImport(stored: readonly ProjectRecord[], incoming: readonly ProjectRecord[], newId: () => string): ProfileImportPlan {
  const here = new Map<string, ProjectRecord>();
  for (const p of stored) if (!here.has(expertKey(p.expertName))) here.set(expertKey(p.expertName), p);
  const takenIds = new Set(stored.map((p) => p.id));
  const put = new Map<string, ProjectRecord>();
  let keptLocal = 0;
  for (const profile of incoming) {
    if (isProfileIncomplete(profile)) continue;
    const key = expertKey(profile.expertName);
    const local = here.get(key);
    const current = put.get(key) ?? local;
    if (current && editedAt(current) >= editedAt(profile)) {
      keptLocal++;
      continue;
    }
    let id = local?.id ?? put.get(key)?.id ?? profile.id;
    if (!local && !put.has(key) && takenIds.has(id)) id = newId();
    takenIds.add(id);
    put.set(key, { ...profile, id, createdAt: local?.createdAt ?? profile.createdAt, updatedAt: editedAt(profile) });
  }
  let added = 0;
  for (const key of put.keys()) if (!here.has(key)) added++;
  return { put: [...put.values()], added, updated: put.size - added, keptLocal };
}
