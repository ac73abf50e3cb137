import { correctionRecordSchema, type CorrectionRecord } from '../../storage/schema';
import { exportFileData, readExportEntries, type ExportFileKind, type ExportInput } from '../export-file';

/*
 * The profile's staff corrections as a file. The memory that learns from them is per browser profile; a team
 * shares what each person taught it by exporting here and importing there (the comment keys are the same on every
 * profile). The file is also the in-domain labelled data the shipped model lacks. Imports are untrusted input: the
 * whole file is refused when any entry is bad, naming it, and nothing stored changes.
 */

/** Comments are rarely over 2 kB; 20,000 corrections of that size is 40 MB. */
export const MAX_CORRECTIONS_BYTES = 40_000_000;

const CORRECTIONS_FILE: ExportFileKind = {
  format: 'ronda-corrections',
  version: 1,
  list: 'corrections',
  maxEntries: 20_000,
  maxBytes: MAX_CORRECTIONS_BYTES,
  what: { pt: 'um arquivo de correções', en: 'corrections file' },
  entries: { pt: 'correções', en: 'corrections' },
};

export function exportCorrections(corrections: readonly CorrectionRecord[], now: Date): string {
  return JSON.stringify(correctionsFileData(corrections, now), null, 2);
}

/** The file's object, as a team kit holds it. */
export function correctionsFileData(corrections: readonly CorrectionRecord[], now: Date): Record<string, unknown> {
  return exportFileData(CORRECTIONS_FILE, corrections, now);
}

export function parseCorrectionsFile(input: ExportInput): { ok: true; corrections: CorrectionRecord[] } | { ok: false; error: string } {
  const file = readExportEntries(CORRECTIONS_FILE, input, correctionRecordSchema, { pt: 'Correção', en: 'Correction', feminine: true });
  return file.ok ? { ok: true, corrections: file.entries } : file;
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
