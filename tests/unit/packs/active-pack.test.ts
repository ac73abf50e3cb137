import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActivePack, onActivePackChange } from '../../../content/active-pack';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { ACTIVE_PACK_KEY } from '../../../storage/packs';

const newer = (): SelectorPack => ({ ...structuredClone(BUILTIN_PACK), version: '2099.1.1' });

beforeEach(() => fakeBrowser.reset());

describe('content script: active pack', () => {
  it('loads the built-in pack when nothing is stored, and a stored newer pack otherwise', async () => {
    expect(await loadActivePack()).toEqual(BUILTIN_PACK);
    await fakeBrowser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: newer(), source: 'file', acceptedAt: 1 } });
    expect((await loadActivePack()).version).toBe('2099.1.1');
  });

  it('ignores a stored pack older than the built-in one', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: { ...newer(), version: '2001.1.1' }, source: 'file', acceptedAt: 1 } });
    expect((await loadActivePack()).version).toBe(BUILTIN_PACK.version);
  });

  it('tells the page when the background accepts or resets a pack', async () => {
    const seen: string[] = [];
    const stop = onActivePackChange((pack) => seen.push(pack.version));
    await fakeBrowser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: newer(), source: 'drive', acceptedAt: 2 } });
    await fakeBrowser.storage.local.remove(ACTIVE_PACK_KEY);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await fakeBrowser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: newer(), source: 'drive', acceptedAt: 3 } });
    expect(seen).toEqual(['2099.1.1', BUILTIN_PACK.version]);
  });
});
