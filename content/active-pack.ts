import { browser } from 'wxt/browser';
import type { SelectorPack } from '../sites/pack';
import { ACTIVE_PACK_KEY, resolveActivePack } from '../storage/packs';

/*
 * The selector pack the adapters of this page use. Read from chrome.storage.local, where the background keeps
 * the last accepted import; anything missing, invalid or older than the built-in pack gives the built-in one.
 * Validation runs again here because this is where CSS selectors can be checked against a real DOM.
 */

export async function loadActivePack(): Promise<SelectorPack> {
  try {
    const stored = await browser.storage.local.get(ACTIVE_PACK_KEY);
    return resolveActivePack(stored[ACTIVE_PACK_KEY]).pack;
  } catch {
    // Storage unreachable (extension reloading): the built-in pack still runs the page.
    return resolveActivePack(undefined).pack;
  }
}

/** Calls `cb` with the new active pack whenever the background accepts or resets one. Returns an unsubscribe. */
export function onActivePackChange(cb: (pack: SelectorPack) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_PACK_KEY in changes)) return;
    cb(resolveActivePack(changes[ACTIVE_PACK_KEY]?.newValue).pack);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
