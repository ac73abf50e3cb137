import { z } from 'zod';
import { templateRecordSchema, type TemplateRecord } from '../../storage/schema';
import { tr } from '../i18n';

/*
 * The approved reply-template library travels as one JSON file in the root folder. It is validated whole on
 * download: a file someone broke by hand is refused with the reasons, and the local templates stay as they are.
 * Merge is per template: the later updatedAt wins; a template deleted on one side (present in the last agreed
 * set, missing now) is deleted on the other.
 */

export const templateLibrarySchema = z.object({
  format: z.literal('ronda.templates'),
  version: z.literal(1),
  exportedAt: z.number().int(),
  templates: z.array(templateRecordSchema).max(5_000),
});
export type TemplateLibrary = z.infer<typeof templateLibrarySchema>;

export function serializeTemplateLibrary(templates: readonly TemplateRecord[], now: number): string {
  const library: TemplateLibrary = { format: 'ronda.templates', version: 1, exportedAt: now, templates: [...templates] };
  return JSON.stringify(library, null, 2);
}

export type LibraryParse = { ok: true; library: TemplateLibrary } | { ok: false; message: string };

export function parseTemplateLibrary(text: string): LibraryParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: tr('Biblioteca de respostas no Drive rejeitada: o arquivo não é um JSON válido. Os modelos locais foram mantidos.', 'Reply library on Drive refused: the file is not valid JSON. The local templates were kept.') };
  }
  const parsed = templateLibrarySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(raiz)'}: ${i.message}`);
    return {
      ok: false,
      message: `Biblioteca de respostas no Drive rejeitada (${issues.join('; ')}). Os modelos locais foram mantidos.`,
    };
  }
  const ids = new Set<string>();
  for (const t of parsed.data.templates) {
    if (ids.has(t.id)) {
      return { ok: false, message: `Biblioteca de respostas no Drive rejeitada: modelo repetido (${t.id}). Os modelos locais foram mantidos.` };
    }
    ids.add(t.id);
  }
  return { ok: true, library: parsed.data };
}

export interface TemplateMerge {
  merged: TemplateRecord[];
  /** Local rows to write (new or newer from Drive). */
  putLocal: TemplateRecord[];
  /** Local ids to delete (deleted in Drive by a teammate). */
  deleteLocal: string[];
  /** The merged set differs from the file in Drive: upload it. */
  remoteNeedsUpdate: boolean;
}

export function mergeTemplates(
  local: readonly TemplateRecord[],
  remote: readonly TemplateRecord[] | undefined,
  baseIds: ReadonlySet<string>,
): TemplateMerge {
  const localById = new Map(local.map((t) => [t.id, t]));
  const remoteById = new Map((remote ?? []).map((t) => [t.id, t]));
  const merged: TemplateRecord[] = [];
  const putLocal: TemplateRecord[] = [];
  const deleteLocal: string[] = [];
  let remoteNeedsUpdate = remote === undefined;
  for (const id of new Set([...localById.keys(), ...remoteById.keys()])) {
    const l = localById.get(id);
    const r = remoteById.get(id);
    if (l && r) {
      const winner = r.updatedAt > l.updatedAt ? r : l;
      merged.push(winner);
      if (winner === r && JSON.stringify(r) !== JSON.stringify(l)) putLocal.push(r);
      if (winner === l && JSON.stringify(r) !== JSON.stringify(l)) remoteNeedsUpdate = true;
    } else if (l) {
      // Only here: new locally, or deleted in Drive since the last sync.
      if (baseIds.has(id) && remote !== undefined) deleteLocal.push(id);
      else {
        merged.push(l);
        remoteNeedsUpdate = true;
      }
    } else if (r) {
      // Only in Drive: new from a teammate, or deleted here since the last sync.
      if (baseIds.has(id)) remoteNeedsUpdate = true;
      else {
        merged.push(r);
        putLocal.push(r);
      }
    }
  }
  merged.sort((a, b) => a.id.localeCompare(b.id));
  return { merged, putLocal, deleteLocal, remoteNeedsUpdate };
}
