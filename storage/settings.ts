import { z } from 'zod';
import { haterDisplaySchema } from '../lib/domain';
import { getDb, type RondaDB } from './db';
import { describeIssues } from './validate';

/**
 * Typed settings kept in the `settings` table (local IndexedDB, never storage.sync: nothing here, and
 * certainly no token, leaves the machine except through the user's own Drive sync).
 * Each key has a schema and a fallback; a stored value that no longer parses falls back and is reported.
 */
/** How many set-aside repeat offenders are remembered (storage/team-rules.ts drops the oldest first). */
export const MAX_DISMISSED_OFFENDERS = 1_000;

export const settingSchemas = {
  activeProjectId: z.string().min(1).max(64),
  user: z.object({
    name: z.string().min(1).max(120),
    role: z.enum(['staff', 'approver']),
  }),
  /** Launch blog origins the user has added (e.g. "https://blog.exemplo.com.br"). */
  blogOrigins: z.array(z.string().max(300)).max(500),
  haterDisplay: haterDisplaySchema,
  /** Replies in a hidden hater's thread are hidden with it (they quote and answer the hater). */
  haterThreads: z.boolean(),
  locale: z.enum(['pt-BR', 'en']),
  /** The team's rules changed and the stored comments have not all followed yet (the worker stopped half way). */
  storedRulesPending: z.boolean(),
  /** The classifier revision every stored comment has been judged by (classifier/revision.ts); '' before the first pass. */
  labelsRevision: z.string().max(40),
  /** What the last such pass did, for staff to see why stored labels changed after an update. */
  labelsRevisionReport: z
    .object({ revision: z.string().max(40), at: z.number().int().nonnegative(), judged: z.number().int().nonnegative(), relabelled: z.number().int().nonnegative() })
    .nullable(),
  /**
   * Repeat offenders staff set aside in the team-rules section (lib/team-rules/offenders.ts), with how many hater
   * comments they had then: one comes back when it keeps going.
   */
  dismissedOffenders: z.array(z.object({ id: z.string().max(500), haters: z.number().int().nonnegative() })).max(MAX_DISMISSED_OFFENDERS),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const settingFallbacks: { [K in SettingKey]: SettingValue<K> } = {
  activeProjectId: 'default',
  user: { name: 'Equipe', role: 'staff' },
  blogOrigins: [],
  haterDisplay: 'blur',
  haterThreads: true,
  locale: 'pt-BR',
  storedRulesPending: false,
  labelsRevision: '',
  labelsRevisionReport: null,
  dismissedOffenders: [],
};

export interface SettingRead<K extends SettingKey> {
  value: SettingValue<K>;
  /** Set when a stored value existed but did not validate: the fallback is in use and this says why. */
  problem?: string;
  /** Set when nothing was ever stored: the fallback is in use because nobody chose (a newcomer's name). */
  unset?: true;
}

export async function readSetting<K extends SettingKey>(key: K, db: RondaDB = getDb()): Promise<SettingRead<K>> {
  const row = await db.settings.get(key);
  if (!row) return { value: settingFallbacks[key], unset: true };
  const parsed = settingSchemas[key].safeParse(row.value);
  if (parsed.success) return { value: parsed.data as SettingValue<K> };
  return { value: settingFallbacks[key], problem: `${key}: ${describeIssues(parsed.error).join('; ')}` };
}

export async function getSetting<K extends SettingKey>(key: K, db: RondaDB = getDb()): Promise<SettingValue<K>> {
  return (await readSetting(key, db)).value;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
  db: RondaDB = getDb(),
): Promise<void> {
  const parsed = settingSchemas[key].parse(value);
  await db.settings.put({ key, value: parsed });
}
