import { templateRecordSchema, type TemplateRecord } from '../../storage/schema';
import { tr } from '../i18n';
import { entryProblems, exportFileData, readExportFile, type ExportFileKind, type ExportInput } from '../export-file';

/*
 * The template library as a file, for sharing between teammates and agencies. Imports are parsed as
 * untrusted input: the whole file is refused when any entry is bad (naming it), so a half-imported library
 * never happens and nothing stored is touched.
 */

/** A library of a thousand long templates is ~10 MB; anything bigger is not a template file. */
export const MAX_IMPORT_BYTES = 5_000_000;

const TEMPLATE_FILE: ExportFileKind = {
  format: 'ronda-templates',
  version: 1,
  list: 'templates',
  maxEntries: 2_000,
  maxBytes: MAX_IMPORT_BYTES,
  what: { pt: 'um arquivo de modelos', en: 'template file' },
  entries: { pt: 'modelos', en: 'templates' },
};

export function exportTemplates(templates: readonly TemplateRecord[], now: Date): string {
  return JSON.stringify(templatesFileData(templates, now), null, 2);
}

/** The file's object, as a team kit holds it. */
export function templatesFileData(templates: readonly TemplateRecord[], now: Date): Record<string, unknown> {
  return exportFileData(TEMPLATE_FILE, templates, now);
}

export type ParseResult = { ok: true; templates: TemplateRecord[] } | { ok: false; error: string };

export function parseTemplateFile(input: ExportInput): ParseResult {
  const file = readExportFile(TEMPLATE_FILE, input);
  if (!file.ok) return file;
  const templates: TemplateRecord[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of file.entries.entries()) {
    const parsed = templateRecordSchema.safeParse(raw);
    const name = entryName(raw, index);
    if (!parsed.success) {
      const why = entryProblems(parsed.error, '(modelo)');
      return { ok: false, error: tr(`Modelo ${name} inválido: ${why}. Nada foi importado.`, `Template ${name} is invalid: ${why}. Nothing was imported.`) };
    }
    if (ids.has(parsed.data.id)) {
      return {
        ok: false,
        error: tr(`Modelo ${name}: o id "${parsed.data.id}" aparece duas vezes. Nada foi importado.`, `Template ${name}: id "${parsed.data.id}" appears twice. Nothing was imported.`),
      };
    }
    ids.add(parsed.data.id);
    templates.push(parsed.data);
  }
  return { ok: true, templates };
}

/** "#3 (“Dúvida: prazo”)": position first (always meaningful), title when the entry has a readable one. */
function entryName(raw: unknown, index: number): string {
  const title = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).title : undefined;
  return typeof title === 'string' && title.trim() ? `#${index + 1} (“${title.trim().slice(0, 60)}”)` : `#${index + 1}`;
}

export interface ImportPlan {
  /** Rows to write. */
  put: TemplateRecord[];
  added: number;
  updated: number;
  /** Same id stored with a newer or equal edit: the stored one is kept. */
  keptLocal: number;
  /** Approved entries turned into drafts because the importer may not approve. */
  demoted: number;
}

/**
 * Merges imported templates into the stored library without losing anything: new ids are added; an id already
 * stored is replaced only by a newer edit (updatedAt). A file is no approver: unless the importing user has the
 * approver role, imported approvals are dropped and those templates wait for approval as drafts.
 */
export function planImport(
  stored: readonly TemplateRecord[],
  incoming: readonly TemplateRecord[],
  importer: { role: 'staff' | 'approver' },
): ImportPlan {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const plan: ImportPlan = { put: [], added: 0, updated: 0, keptLocal: 0, demoted: 0 };
  for (const t of incoming) {
    const existing = byId.get(t.id);
    if (existing && existing.updatedAt >= t.updatedAt) {
      plan.keptLocal++;
      continue;
    }
    let row = t;
    if (t.status === 'approved' && importer.role !== 'approver') {
      row = { ...t, status: 'draft', approvedBy: undefined, approvedAt: undefined };
      plan.demoted++;
    }
    plan.put.push(row);
    if (existing) plan.updated++;
    else plan.added++;
  }
  return plan;
}
