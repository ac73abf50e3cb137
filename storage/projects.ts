import { getDb, type RondaDB } from './db';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RESPONSE_TARGETS } from './defaults';
import { projectRecordSchema, type ProjectRecord } from './schema';
import { getSetting, setSetting } from './settings';
import { checkRows, rowKey, type Checked } from './validate';
import { PLACEHOLDER_EXPERT } from '../lib/profiles/placeholder';
import { tr } from '../lib/i18n';

/**
 * Expert profiles ("projects"): the expert (infoprodutor) or launch a team works for, with what replies need
 * (name, support signature, links, WhatsApp, e-mail, business hours). One is active at a time
 * (setting `activeProjectId`); the side panel fills template variables from it.
 */

export async function listProjects(db: RondaDB = getDb()): Promise<Checked<ProjectRecord>> {
  const rows = await db.projects.toArray();
  const checked = checkRows(projectRecordSchema, rows, rowKey);
  checked.valid.sort((a, b) => a.expertName.localeCompare(b.expertName, 'pt-BR'));
  return checked;
}

export function blankProject(id: string, now: number): ProjectRecord {
  return {
    id,
    expertName: PLACEHOLDER_EXPERT,
    supportSignature: 'Equipe de Suporte',
    links: {},
    businessHours: DEFAULT_BUSINESS_HOURS,
    responseTargets: DEFAULT_RESPONSE_TARGETS,
    createdAt: now,
  };
}

/**
 * The active profile. A fresh install has none (the v2 migration only runs on upgrades), so a placeholder
 * profile is created and made active; a stale activeProjectId falls back to the first valid profile.
 */
export async function getActiveProject(options: { now?: number; db?: RondaDB } = {}): Promise<ProjectRecord> {
  const db = options.db ?? getDb();
  const activeId = await getSetting('activeProjectId', db);
  const active = projectRecordSchema.safeParse(await db.projects.get(activeId));
  if (active.success) return active.data;
  const { valid } = await listProjects(db);
  const fallback = valid[0] ?? blankProject(activeId, options.now ?? Date.now());
  if (!valid[0]) await db.projects.put(fallback);
  await setSetting('activeProjectId', fallback.id, db);
  return fallback;
}

export async function saveProject(project: ProjectRecord, db: RondaDB = getDb()): Promise<ProjectRecord> {
  const row = projectRecordSchema.parse(project);
  await db.projects.put(row);
  return row;
}

export async function setActiveProject(id: string, db: RondaDB = getDb()): Promise<void> {
  if (!(await db.projects.get(id))) throw new Error(tr(`perfil não encontrado: ${id}`, `profile not found: ${id}`));
  await setSetting('activeProjectId', id, db);
}

/** Deletes a profile; the last one cannot go (replies always need a profile). Returns the active one after. */
export async function deleteProject(id: string, db: RondaDB = getDb()): Promise<ProjectRecord> {
  const count = await db.projects.count();
  if (count <= 1) throw new Error(tr('Este é o único perfil: edite-o em vez de excluir.', 'This is the only profile: edit it instead of deleting it.'));
  await db.projects.delete(id);
  return getActiveProject({ db });
}

export function newProjectId(): string {
  return `prj-${crypto.randomUUID().slice(0, 8)}`;
}
