import { seedTemplates } from '../lib/templates/seed';
import { parseTemplateFile, planImport, type ImportPlan } from '../lib/templates/io';
import { getDb, type RondaDB } from './db';
import { enqueueSync } from './outbox';
import { templateRecordSchema, type TemplateRecord } from './schema';
import { checkRows, rowKey, type Checked } from './validate';
import { tr } from '../lib/i18n';

/**
 * The reply-template library. Extension pages (side panel, options) call these directly; they share the
 * extension origin's database with the background. Every change is queued for Drive sync.
 */

/** Marks that the starter set was installed once, so deleting every template does not bring them back. */
export const SEEDED_KEY = 'templates.seededAt';

export interface TemplateUser {
  name: string;
  role: 'staff' | 'approver';
}

export async function listTemplates(db: RondaDB = getDb()): Promise<Checked<TemplateRecord>> {
  const rows = await db.templates.toArray();
  const checked = checkRows(templateRecordSchema, rows, rowKey);
  checked.valid.sort((a, b) => a.title.localeCompare(b.title, 'pt-BR'));
  return checked;
}

/** Installs the pt-BR starter set on first run. Returns how many were added (0 when already seeded). */
export async function seedTemplatesOnce(options: { now?: number; db?: RondaDB } = {}): Promise<number> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.templates, db.settings, db.outbox], async () => {
    if (await db.settings.get(SEEDED_KEY)) return 0;
    const seeds = seedTemplates(now);
    const existing = new Set(await db.templates.toCollection().primaryKeys());
    const fresh = seeds.filter((s) => !existing.has(s.id));
    await db.templates.bulkPut(fresh);
    for (const t of fresh) await enqueueSync('templates.upsert', t.id, { now, db });
    await db.settings.put({ key: SEEDED_KEY, value: now });
    return fresh.length;
  });
}

export type TemplateDraft = Pick<TemplateRecord, 'title' | 'labels' | 'sites' | 'voice' | 'body' | 'dmBody'> & { id?: string };

/** The words and targeting of a template: changing any of them after approval needs a new approval. */
function substance(t: Pick<TemplateRecord, 'title' | 'labels' | 'sites' | 'voice' | 'body' | 'dmBody'>): string {
  return JSON.stringify([t.labels.slice().sort(), t.sites.slice().sort(), t.voice, t.body, t.dmBody ?? '']);
}

/**
 * Creates or updates a template. An approved template whose words change goes back to draft: what staff can
 * insert is always exactly what an approver read.
 */
export async function saveTemplate(
  draft: TemplateDraft,
  user: TemplateUser,
  options: { now?: number; db?: RondaDB } = {},
): Promise<TemplateRecord> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.templates, db.outbox], async () => {
    const existing = draft.id ? await db.templates.get(draft.id) : undefined;
    const keepApproval = existing?.status === 'approved' && substance(existing) === substance(draft);
    const row = templateRecordSchema.parse({
      id: existing?.id ?? draft.id ?? newTemplateId(),
      title: draft.title.trim(),
      labels: [...new Set(draft.labels)],
      sites: [...new Set(draft.sites)],
      voice: draft.voice,
      body: draft.body.trim(),
      dmBody: draft.dmBody?.trim() ? draft.dmBody.trim() : undefined,
      status: keepApproval ? 'approved' : 'draft',
      approvedBy: keepApproval ? existing.approvedBy : undefined,
      approvedAt: keepApproval ? existing.approvedAt : undefined,
      createdBy: existing?.createdBy ?? user.name,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    } satisfies TemplateRecord);
    await db.templates.put(row);
    await enqueueSync('templates.upsert', row.id, { now, db });
    return row;
  });
}

export class ApprovalError extends Error {
  override name = 'ApprovalError';
}

/** Only the approver role may approve (or withdraw approval); the approval names who and when. */
export async function setTemplateApproval(
  id: string,
  approved: boolean,
  user: TemplateUser,
  options: { now?: number; db?: RondaDB } = {},
): Promise<TemplateRecord> {
  if (user.role !== 'approver') {
    throw new ApprovalError(tr('Só quem tem o papel de aprovador pode aprovar modelos (Configurações → Você).', 'Only someone with the approver role can approve templates (Settings → You).'));
  }
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.templates, db.outbox], async () => {
    const existing = await db.templates.get(id);
    if (!existing) throw new Error(tr(`modelo não encontrado: ${id}`, `template not found: ${id}`));
    const row: TemplateRecord = approved
      ? { ...existing, status: 'approved', approvedBy: user.name, approvedAt: now, updatedAt: now }
      : { ...existing, status: 'draft', approvedBy: undefined, approvedAt: undefined, updatedAt: now };
    await db.templates.put(templateRecordSchema.parse(row));
    await enqueueSync('templates.upsert', id, { now, db });
    return row;
  });
}

/** A copy is a new draft ("(cópia)"), never approved: it will be edited. */
export async function duplicateTemplate(
  id: string,
  user: TemplateUser,
  options: { now?: number; db?: RondaDB } = {},
): Promise<TemplateRecord> {
  const db = options.db ?? getDb();
  const source = await db.templates.get(id);
  if (!source) throw new Error(tr(`modelo não encontrado: ${id}`, `template not found: ${id}`));
  const title = `${source.title} (cópia)`.slice(0, 200);
  return saveTemplate({ ...source, id: undefined, title }, user, options);
}

export async function deleteTemplate(id: string, options: { now?: number; db?: RondaDB } = {}): Promise<void> {
  const db = options.db ?? getDb();
  await db.transaction('rw', [db.templates, db.outbox], async () => {
    await db.templates.delete(id);
    // The sync sees the id gone and removes it from the shared library.
    await enqueueSync('templates.upsert', id, { now: options.now, db });
  });
}

/**
 * Imports a template file. Either every entry is valid and the merge is written in one transaction, or nothing
 * changes and the error names the bad entry.
 */
export async function importTemplates(
  text: string,
  user: TemplateUser,
  options: { now?: number; db?: RondaDB } = {},
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: string }> {
  const parsed = parseTemplateFile(text);
  if (!parsed.ok) return parsed;
  const db = options.db ?? getDb();
  return db.transaction('rw', [db.templates, db.outbox], async () => {
    const stored = await db.templates.toArray();
    const plan = planImport(stored, parsed.templates, user);
    await putImportedTemplates(plan.put, { now: options.now, db });
    return { ok: true as const, plan };
  });
}

/** Writes what an import plan put, and queues each template for the shared library on Drive. */
export async function putImportedTemplates(templates: readonly TemplateRecord[], options: { now?: number; db: RondaDB }): Promise<void> {
  const { db } = options;
  await db.templates.bulkPut([...templates]);
  for (const t of templates) await enqueueSync('templates.upsert', t.id, options);
}

export function newTemplateId(): string {
  return `tpl-${crypto.randomUUID()}`;
}
