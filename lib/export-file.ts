import { z } from 'zod';
import { tr } from './i18n';

/*
 * Ronda's export files (the template library, the staff corrections): {"format", "version", "exportedAt", <list>}.
 * Reading one is reading untrusted input: a file that is too large, not JSON or of another kind is refused with a
 * message that says what was expected, before any entry is looked at.
 */

export interface ExportFileKind {
  format: string;
  version: number;
  /** The key of the entries' list: "templates", "corrections". */
  list: string;
  maxEntries: number;
  maxBytes: number;
  /** For messages: "um arquivo de modelos" / "template file", and the entries: "modelos" / "templates". */
  what: { pt: string; en: string };
  entries: { pt: string; en: string };
}

/** What an export file holds, before JSON.stringify; a team kit holds several of them. */
export function exportFileData(kind: ExportFileKind, entries: readonly unknown[], now: Date): Record<string, unknown> {
  return { format: kind.format, version: kind.version, exportedAt: now.toISOString(), [kind.list]: [...entries] };
}

/**
 * A file's text, or a file already read as JSON: the team kit (lib/team-kit/io.ts) holds whole export files as its
 * parts, and each is checked by its own kind as if it had been imported alone.
 */
export type ExportInput = string | { readonly json: unknown };

/** The file's entries, still unchecked (each kind checks its own), or why the file is refused. */
export function readExportFile(kind: ExportFileKind, input: ExportInput): { ok: true; entries: unknown[] } | { ok: false; error: string } {
  const data = typeof input === 'string' ? readJson(input, kind) : { ok: true as const, data: input.json };
  if (!data.ok) return data;
  return readExportData(kind, data.data);
}

/** Refuses a text too large for the kind before parsing it: the size check is what keeps a huge file from hanging the page. */
export function readJson(text: string, kind: Pick<ExportFileKind, 'maxBytes' | 'what'>): { ok: true; data: unknown } | { ok: false; error: string } {
  if (text.length > kind.maxBytes) {
    return { ok: false, error: tr(`Arquivo grande demais para ${kind.what.pt}. Nada foi importado.`, `File too large for a ${kind.what.en}. Nothing was imported.`) };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      error: tr(`O arquivo não é um JSON válido (${(error as Error).message}).`, `The file is not valid JSON (${(error as Error).message}).`),
    };
  }
}

function readExportData(kind: ExportFileKind, data: unknown): { ok: true; entries: unknown[] } | { ok: false; error: string } {
  const header = z
    .object({ format: z.literal(kind.format), version: z.literal(kind.version), [kind.list]: z.array(z.unknown()).max(kind.maxEntries) })
    .safeParse(data);
  if (!header.success) {
    const expected = `{"format": "${kind.format}", "version": ${kind.version}, "${kind.list}": [...]}`;
    return {
      ok: false,
      error: tr(
        `Não é ${kind.what.pt} do Ronda (esperado ${expected}, no máximo ${kind.maxEntries} ${kind.entries.pt}). Nada foi importado.`,
        `Not a Ronda ${kind.what.en} (expected ${expected}, at most ${kind.maxEntries} ${kind.entries.en}). Nothing was imported.`,
      ),
    };
  }
  return { ok: true, entries: header.data[kind.list] as unknown[] };
}

/**
 * The file's entries, each checked by the kind's schema; the first bad one refuses the whole file, named by its
 * position ("Regra #3 inválida: label: …. Nada foi importado.").
 */
export function readExportEntries<S extends z.ZodType>(
  kind: ExportFileKind,
  input: ExportInput,
  schema: S,
  entry: { pt: string; en: string; feminine: boolean },
): { ok: true; entries: z.output<S>[] } | { ok: false; error: string } {
  const file = readExportFile(kind, input);
  if (!file.ok) return file;
  const entries: z.output<S>[] = [];
  for (const [index, raw] of file.entries.entries()) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const why = entryProblems(parsed.error, `(${entry.pt.toLocaleLowerCase('pt-BR')})`);
      return {
        ok: false,
        error: tr(
          `${entry.pt} #${index + 1} ${entry.feminine ? 'inválida' : 'inválido'}: ${why}. Nada foi importado.`,
          `${entry.en} #${index + 1} is invalid: ${why}. Nothing was imported.`,
        ),
      };
    }
    entries.push(parsed.data);
  }
  return { ok: true, entries };
}

/** The first problems of an entry that failed its schema, for a message: "labels.1: Invalid option; body: Too big". */
export function entryProblems(error: z.ZodError, whole: string): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || whole}: ${i.message}`)
    .join('; ');
}
