import { liveQuery } from 'dexie';
import { setLocale } from '../lib/i18n';
import { getSetting } from '../storage/settings';

/**
 * The service worker speaks the language chosen in the options page: its errors (Drive offline, a refused pack, a
 * print that did not fit) reach the pages as text. The setting lives in Ronda's IndexedDB, which another page
 * writes, so the worker watches it instead of reading it once when it starts.
 */
export function followLocale(): void {
  liveQuery(() => getSetting('locale')).subscribe({
    next: setLocale,
    // Unreadable settings: keep the language already in use.
    error: () => undefined,
  });
}

/** Read now, for work that starts the moment the worker wakes (a print from the page's menu), before the watch has. */
export async function applyUserLocale(): Promise<void> {
  setLocale(await getSetting('locale').catch(() => 'pt-BR' as const));
}
