import { tr } from '../../lib/i18n';
import { broadcastToTabs, sendToBackground } from '../../messaging/client';

/*
 * What the corrections memory and the team's rules sections share: open pages told to classify again after a
 * change, and a search that forgives case and accents.
 */

/**
 * Tells open pages to reload what decides labels (corrections, rules). Saved is what counts: pages that miss the
 * news (a tab asleep) follow on their next load. Returns a sentence for the status line, empty when no page heard.
 */
export async function tellOpenPages(forgotten: readonly string[] = []): Promise<string> {
  const pages = await broadcastToTabs('cs.memory.reload', { forgotten: [...forgotten] }).catch(() => 0);
  return pages ? tr(` Páginas abertas atualizadas (${pages}).`, ` Open pages updated (${pages}).`) : '';
}

/**
 * After a change of the team's rules: the background tells open pages and brings the stored comments of other
 * posts in line (the expert's view and the metrics read those). Returns a sentence for the status line.
 */
export async function tellRulesChanged(): Promise<string> {
  const told = await sendToBackground('bg.teamRules.changed', {}).catch(() => null);
  // Saved is what counts: pages and stored comments follow on the next change, or when a page is read again.
  if (!told) return tr(' As páginas seguem a mudança quando forem recarregadas.', ' Pages follow the change when reloaded.');
  const { pages, stored } = told;
  return (
    (pages ? tr(` Páginas abertas atualizadas (${pages}).`, ` Open pages updated (${pages}).`) : '') +
    (stored ? tr(` Comentários guardados que mudaram de rótulo: ${stored}.`, ` Stored comments relabelled: ${stored}.`) : '')
  );
}

/** Case, accents and spacing do not matter to a search: "nao" finds "Não". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
