import { z } from 'zod';
import { correctionRecordSchema, type CorrectionRecord } from '../../storage/schema';
import { tr } from '../i18n';
import { parseJsonText } from '../json-file';

/**
 * The profile's staff corrections as a file. The memory that learns from them is per browser profile; a team
 * shares what each person taught it by exporting here and importing there (the comment keys are the same on every
 * profile). The file is also the in-domain labelled data the shipped model lacks. Imports are untrusted input: the
 * whole file is refused when any entry is bad, naming it, and nothing stored changes.
 */
export const CORRECTIONS_FORMAT = 'ronda-corrections';
export const CORRECTIONS_VERSION = 1;
/** Comments are rarely over 2 kB; 20,000 corrections of that size is 40 MB. */
export const MAX_CORRECTIONS_BYTES = 40_000_000;
const MAX_CORRECTIONS = 20_000;

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  exportedAt: string;
  corrections: CorrectionRecord[];
}

export function exportCorrections(corrections: readonly CorrectionRecord[], now: Date): string {
  const file: CorrectionsFile = { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, exportedAt: now.toISOString(), corrections: [...corrections] };
  return JSON.stringify(file, null, 2);
}

const headerSchema = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(CORRECTIONS_VERSION),
  corrections: z.array(z.unknown()).max(MAX_CORRECTIONS),
});

export function parseCorrectionsFile(text: string): { ok: true; corrections: CorrectionRecord[] } | { ok: false; error: string } {
  if (text.length > MAX_CORRECTIONS_BYTES) {
    return { ok: false, error: tr('Arquivo grande demais para um arquivo de correções. Nada foi importado.', 'File too large for a corrections file. Nothing was imported.') };
  }
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const header = headerSchema.safeParse(json.data);
  if (!header.success) {
    return {
      ok: false,
      error: tr(
        `Não é um arquivo de correções do Ronda (esperado {"format": "${CORRECTIONS_FORMAT}", "version": ${CORRECTIONS_VERSION}, "corrections": [...]}, no máximo ${MAX_CORRECTIONS} correções). Nada foi importado.`,
        `Not a Ronda corrections file (expected {"format": "${CORRECTIONS_FORMAT}", "version": ${CORRECTIONS_VERSION}, "corrections": [...]}, at most ${MAX_CORRECTIONS} corrections). Nothing was imported.`,
      ),
    };
  }
  const corrections: CorrectionRecord[] = [];
  for (const [index, raw] of header.data.corrections.entries()) {
    const parsed = correctionRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(correção)'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: tr(`Correção #${index + 1} inválida: ${why}. Nada foi importado.`, `Correction #${index + 1} is invalid: ${why}. Nothing was imported.`) };
    }
    corrections.push(parsed.data);
  }
  return { ok: true, corrections };
}

export interface CorrectionImportPlan {
  put: CorrectionRecord[];
  added: number;
  updated: number;
  /** The same comment corrected here as late or later: the correction made here stays. */
  keptLocal: number;
}

/**
 * Merges without losing anything: a comment not corrected here is added; one corrected on both profiles keeps the
 * later correction (a file that holds one comment twice counts its later entry).
 */
export function planCorrectionImport(stored: readonly CorrectionRecord[], incoming: readonly CorrectionRecord[]): CorrectionImportPlan {
  const current = new Map(stored.map((c) => [c.key, c]));
  const put = new Map<string, CorrectionRecord>();
  let keptLocal = 0;
  for (const c of incoming) {
    const existing = put.get(c.key) ?? current.get(c.key);
    if (existing && existing.at >= c.at) {
      keptLocal++;
      continue;
    }
    put.set(c.key, c);
  }
  let added = 0;
  for (const key of put.keys()) if (!current.has(key)) added++;
  return { put: [...put.values()], added, updated: put.size - added, keptLocal };
}
