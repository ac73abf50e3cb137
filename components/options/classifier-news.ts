import { tr } from '../../lib/i18n';
import { broadcastToTabs } from '../../messaging/client';

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

/** Case, accents and spacing do not matter to a search: "nao" finds "Não". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
