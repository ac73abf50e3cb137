import { count } from '../lib/i18n';

/**
 * "2 novas, 1 atualizada, 3 mantidas (…)": what an import plan did, in the gender of what was imported (modelos,
 * perfis; regras, correções). `kept` follows the kept count and says why a row here was kept over the file's.
 */
export function planCounts(plan: { added: number; updated: number; keptLocal: number }, words: { feminine: boolean; kept?: string }): string {
  const [n, u, k] = words.feminine ? (['nova', 'atualizada', 'mantida'] as const) : (['novo', 'atualizado', 'mantido'] as const);
  return (
    `${count(plan.added, [n, `${n}s`], ['new', 'new'])}, ${count(plan.updated, [u, `${u}s`], ['updated', 'updated'])}` +
    (plan.keptLocal ? `, ${count(plan.keptLocal, [k, `${k}s`], ['kept', 'kept'])}${words.kept ?? ''}` : '')
  );
}
