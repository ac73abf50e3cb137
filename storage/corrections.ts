import { parseCorrectionsFile, planCorrectionImport, type CorrectionImportPlan } from '../lib/corrections/io';
import { getDb, type RondaDB } from './db';
import { correctionRecordSchema, type CorrectionRecord } from './schema';
import { checkRows, rowKey, type Checked } from './validate';
import { tr } from '../lib/i18n';

/*
 * The profile's staff corrections, as the options page manages them: list, forget (a wrong correction must not
 * keep teaching the memory), put back, import a teammate's. Corrections are made in triage.ts (relabelComment).
 */

/** The latest corrections a page's memory is built from (each is classified once when a page starts). */
export const MEMORY_CORRECTIONS_LIMIT = 2_000;

/**
 * The corrections a page's memory learns from: the latest `limit`, in the order they were made, since the memory
 * lets a later correction of the same comment win.
 */
export async function correctionsForMemory(limit = MEMORY_CORRECTIONS_LIMIT, db: RondaDB = getDb()): Promise<{ text: string; label: CorrectionRecord['label'] }[]> {
  const latest = await db.corrections.orderBy('at').reverse().limit(limit).toArray();
  return latest.reverse().map(({ text, label }) => ({ text, label }));
}

/** Every stored correction, latest first; damaged rows come back in `invalid` with the reason. */
export async function listCorrections(db: RondaDB = getDb()): Promise<Checked<CorrectionRecord>> {
  const rows = await db.corrections.orderBy('at').reverse().toArray();
  return checkRows(correctionRecordSchema, rows, rowKey);
}

/**
 * Forgets corrections. A comment that had its label from one is the classifier's again: its label stays until a page
 * shows the comment and reads it anew (an open page does so at once when told: cs.memory.reload).
 */
export async function forgetCorrections(keys: readonly string[], db: RondaDB = getDb()): Promise<CorrectionRecord[]> {
  return db.transaction('rw', [db.corrections, db.comments], async () => {
    const found = (await db.corrections.bulkGet([...keys])).filter((c): c is CorrectionRecord => c !== undefined);
    await db.corrections.bulkDelete(found.map((c) => c.key));
    const comments = await db.comments.bulkGet(found.map((c) => c.key));
    const unlabelled = comments.filter((c) => c?.labelSource === 'staff').map((c) => c!.key);
    for (const key of unlabelled) await db.comments.update(key, { labelSource: 'classifier', confidence: 0.5, evidence: [tr('correção da equipe removida', 'staff correction removed')] });
    return found;
  });
}

/**
 * Stores corrections as they are (an undone forget, an import): each wins over the classifier for its comment again,
 * where this profile has seen the comment.
 */
export async function putCorrections(corrections: readonly CorrectionRecord[], db: RondaDB = getDb()): Promise<void> {
  await db.transaction('rw', [db.corrections, db.comments], async () => {
    await db.corrections.bulkPut([...corrections]);
    const comments = await db.comments.bulkGet(corrections.map((c) => c.key));
    for (const [i, c] of corrections.entries()) {
      if (comments[i]) await db.comments.update(c.key, { label: c.label, labelSource: 'staff', confidence: 1, evidence: ['corrigido pela equipe'] });
    }
  });
}

/** Imports a corrections file: all of it merged in one transaction, or nothing when any entry is bad. */
export async function importCorrections(
  text: string,
  db: RondaDB = getDb(),
): Promise<{ ok: true; plan: CorrectionImportPlan } | { ok: false; error: string }> {
  const parsed = parseCorrectionsFile(text);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', [db.corrections, db.comments], async () => {
    const plan = planCorrectionImport(await db.corrections.toArray(), parsed.corrections);
    await putCorrections(plan.put, db);
    return { ok: true as const, plan };
  });
}
