import { browser } from 'wxt/browser';
import { BUILTIN_PACK } from '../../sites/builtin-pack';
import {
  ACTIVE_PACK_KEY,
  decidePackImport,
  PACK_REFUSAL_KEY,
  packRefusalSchema,
  resolveActivePack,
  type PackRefusal,
  type PackSource,
  type StoredPack,
} from '../../storage/packs';
import { tr } from '../../lib/i18n';

/*
 * Accepting selector packs. A pack comes as JSON text from a file picked in the options page or from the team's
 * Drive folder (the Drive sync downloads it and calls acceptPackText). It replaces the active pack only when it
 * validates and is newer; otherwise the previous pack stays and the refusal is kept for the UI to show.
 * Content scripts pick the new pack up through chrome.storage.onChanged (content/active-pack.ts).
 */

/** The slice of chrome.storage.local used here (tests pass an in-memory one). */
export interface PackStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const localArea = (): PackStorage => browser.storage.local;

/** 2 MB: the built-in pack is ~15 kB; anything this large is not a selector pack. */
export const MAX_PACK_CHARS = 2_000_000;

export type PackImportResult =
  | { outcome: 'accepted'; version: string; previousVersion: string }
  | { outcome: 'unchanged'; version: string };

export interface PackStatus {
  version: string;
  origin: 'builtin' | PackSource;
  name?: string;
  acceptedAt?: number;
  builtinVersion: string;
  /** Why a stored pack is not in use, when one is stored but refused at read time. */
  problem?: string;
  lastRefusal?: PackRefusal;
}

export class PackRefused extends Error {
  override name = 'PackRefused';
}

async function readActive(storage: PackStorage) {
  return resolveActivePack((await storage.get(ACTIVE_PACK_KEY))[ACTIVE_PACK_KEY]);
}

/**
 * Validates and, when newer than the active pack, activates a pack. Throws PackRefused (pt-BR message naming
 * the problem) for invalid or older packs; the active pack is untouched then.
 */
export async function acceptPackText(
  text: string,
  options: { source: PackSource; name?: string; now?: number; storage?: PackStorage },
): Promise<PackImportResult> {
  const storage = options.storage ?? localArea();
  const now = options.now ?? Date.now();
  const active = await readActive(storage);
  const refuse = async (error: string): Promise<never> => {
    const refusal: PackRefusal = { at: now, source: options.source, error: error.slice(0, 2_000), ...(options.name ? { name: options.name.slice(0, 300) } : {}) };
    await storage.set({ [PACK_REFUSAL_KEY]: refusal });
    throw new PackRefused(error);
  };
  if (text.length > MAX_PACK_CHARS) return refuse(tr(`Arquivo grande demais para um pacote de seletores (${Math.round(text.length / 1000)} kB). O pacote ${active.pack.version} continua ativo.`, `File too large for a selector pack (${Math.round(text.length / 1000)} kB). Pack ${active.pack.version} stays active.`));
  const decision = decidePackImport(text, active.pack);
  if (decision.kind === 'refused') return refuse(decision.error);
  if (decision.kind === 'unchanged') return { outcome: 'unchanged', version: decision.version };
  const stored: StoredPack = {
    pack: decision.pack,
    source: options.source,
    acceptedAt: now,
    ...(options.name ? { name: options.name.slice(0, 300) } : {}),
  };
  await storage.set({ [ACTIVE_PACK_KEY]: stored });
  await storage.remove(PACK_REFUSAL_KEY);
  return { outcome: 'accepted', version: decision.pack.version, previousVersion: active.pack.version };
}

export async function readPackStatus(storage: PackStorage = localArea()): Promise<PackStatus> {
  const all = await storage.get(ACTIVE_PACK_KEY);
  const active = resolveActivePack(all[ACTIVE_PACK_KEY]);
  const refusal = packRefusalSchema.safeParse((await storage.get(PACK_REFUSAL_KEY))[PACK_REFUSAL_KEY]);
  return {
    version: active.pack.version,
    origin: active.origin,
    builtinVersion: BUILTIN_PACK.version,
    ...(active.name ? { name: active.name } : {}),
    ...(active.acceptedAt ? { acceptedAt: active.acceptedAt } : {}),
    ...(active.problem ? { problem: active.problem } : {}),
    ...(refusal.success ? { lastRefusal: refusal.data } : {}),
  };
}

/** Back to the built-in pack (e.g. an imported pack broke a site that the built-in one handled). */
export async function resetToBuiltinPack(storage: PackStorage = localArea()): Promise<PackStatus> {
  await storage.remove(ACTIVE_PACK_KEY);
  await storage.remove(PACK_REFUSAL_KEY);
  return readPackStatus(storage);
}
