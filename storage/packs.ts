import { z } from 'zod';
import { BUILTIN_PACK } from '../sites/builtin-pack';
import { comparePackVersions, parsePack, type SelectorPack } from '../sites/pack';
import { tr } from '../lib/i18n';

/*
 * The active selector pack lives in chrome.storage.local (not IndexedDB) because content scripts must read it
 * directly at start, and they run in the site's origin where Ronda's IndexedDB is out of reach. It is data
 * (selectors, regexes, texts), never code. Only the background writes it, after parsePack accepted it.
 */

/** chrome.storage.local key of the accepted pack (see StoredPack). */
export const ACTIVE_PACK_KEY = 'selectorPack';
/** chrome.storage.local key of the last refused import, so a failed Drive load is visible in the UI. */
export const PACK_REFUSAL_KEY = 'selectorPackRefusal';

export const packSourceSchema = z.enum(['file', 'drive']);
export type PackSource = z.infer<typeof packSourceSchema>;

/** What the background stores under ACTIVE_PACK_KEY. `pack` is re-validated by every reader. */
export const storedPackSchema = z.object({
  pack: z.unknown(),
  source: packSourceSchema,
  /** File name or Drive file name, for the UI ("ronda-pack-2026.12.01.json"). */
  name: z.string().max(300).optional(),
  acceptedAt: z.number().int(),
});
export type StoredPack = z.infer<typeof storedPackSchema>;

export const packRefusalSchema = z.object({
  at: z.number().int(),
  source: packSourceSchema,
  name: z.string().max(300).optional(),
  error: z.string().max(2_000),
});
export type PackRefusal = z.infer<typeof packRefusalSchema>;

export interface ActivePack {
  pack: SelectorPack;
  origin: 'builtin' | PackSource;
  name?: string;
  acceptedAt?: number;
  /** Set when a stored pack exists but is not used (invalid, or older than the built-in one), and why. */
  problem?: string;
}

/**
 * Which pack the adapters use, given what is stored: the stored one when it validates and is not older than
 * the built-in pack (an extension update ships a newer built-in, which must win over an old import).
 */
export function resolveActivePack(stored: unknown, builtin: SelectorPack = BUILTIN_PACK): ActivePack {
  if (stored === undefined || stored === null) return { pack: builtin, origin: 'builtin' };
  const record = storedPackSchema.safeParse(stored);
  if (!record.success) {
    return { pack: builtin, origin: 'builtin', problem: tr('Pacote guardado ilegível: usando o pacote embutido.', 'Stored pack unreadable: using the built-in pack.') };
  }
  const parsed = parsePack(record.data.pack);
  if (!parsed.ok) return { pack: builtin, origin: 'builtin', problem: parsed.error };
  if (comparePackVersions(parsed.pack.version, builtin.version) < 0) {
    return {
      pack: builtin,
      origin: 'builtin',
      problem: tr(`O pacote importado (${parsed.pack.version}) é mais antigo que o embutido (${builtin.version}): usando o embutido.`, `The imported pack (${parsed.pack.version}) is older than the built-in one (${builtin.version}): using the built-in one.`),
    };
  }
  return { pack: parsed.pack, origin: record.data.source, name: record.data.name, acceptedAt: record.data.acceptedAt };
}

export type PackDecision =
  | { kind: 'accepted'; pack: SelectorPack }
  | { kind: 'unchanged'; version: string }
  | { kind: 'refused'; error: string };

/**
 * Whether an imported pack replaces the active one. Invalid packs and packs older than the active one are
 * refused with a message saying why; the active pack stays either way. The same version is "unchanged" (a
 * Drive folder re-read every day must not count as an error).
 */
export function decidePackImport(json: unknown, active: SelectorPack): PackDecision {
  const parsed = parsePack(json);
  if (!parsed.ok) return { kind: 'refused', error: tr(`${parsed.error}. O pacote ${active.version} continua ativo.`, `${parsed.error}. Pack ${active.version} stays active.`) };
  const order = comparePackVersions(parsed.pack.version, active.version);
  if (order < 0) {
    return {
      kind: 'refused',
      error: tr(`O pacote ${parsed.pack.version} é mais antigo que o ativo (${active.version}): recusado, o ${active.version} continua ativo.`, `Pack ${parsed.pack.version} is older than the active one (${active.version}): refused, ${active.version} stays active.`),
    };
  }
  if (order === 0) return { kind: 'unchanged', version: active.version };
  return { kind: 'accepted', pack: parsed.pack };
}
