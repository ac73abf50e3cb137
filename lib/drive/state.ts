import { z } from 'zod';
import { MERGED_FIELDS } from './merge';
import { labelSchema } from '../domain';

/*
 * What the sync engine keeps between runs, in the `settings` table of IndexedDB (never a token: tokens live in
 * Chrome's identity cache or, for the web-auth fallback, in chrome.storage.session, which is memory only).
 *   driveSync            global state: root folder, project folders, last runs, last error, whether stopped
 *   drive:print:<id>     per print: its Drive file and the curated fields both sides last agreed on
 *   drive:upload:<id>    a resumable upload in progress (session URI and bytes Drive confirmed)
 *   drive:templates      the template library's Drive file and the template ids last agreed on
 */

export const DRIVE_STATE_KEY = 'driveSync';
export const printStateKey = (id: string) => `drive:print:${id}`;
export const uploadStateKey = (id: string) => `drive:upload:${id}`;
export const TEMPLATES_STATE_KEY = 'drive:templates';
export const TEAM_RULES_STATE_KEY = 'drive:teamRules';

export const driveErrorKindSchema = z.enum(['auth', 'scope', 'config', 'rate', 'server', 'network', 'invalid', 'notFound', 'other']);
export type DriveErrorKind = z.infer<typeof driveErrorKindSchema>;

export const driveStateSchema = z.object({
  rootFolderId: z.string().max(200).optional(),
  rootFolderName: z.string().max(300).optional(),
  /** projectId ("" = no project) → Drive folder id */
  projectFolders: z.record(z.string(), z.string().max(200)).default({}),
  lastSyncAt: z.number().int().optional(),
  lastPullAt: z.number().int().optional(),
  lastError: z
    .object({ message: z.string().max(2_000), kind: driveErrorKindSchema, at: z.number().int() })
    .optional(),
  /**
   * Set on 403/insufficient scope or a refused sign-in: the loop does nothing until the user acts (signs in
   * again or presses "tentar de novo"), because retrying cannot fix it.
   */
  stopped: z.boolean().default(false),
  /** Offline or rate-limited: no request before this instant. */
  pausedUntil: z.number().int().optional(),
  pauseAttempts: z.number().int().nonnegative().default(0),
  /** The user signed in at least once (the loop stays idle otherwise: no prompt from the background). */
  signedIn: z.boolean().default(false),
  /** Recent conflicts, newest first, for the options page. */
  conflicts: z
    .array(z.object({ printId: z.string().max(64), fields: z.array(z.enum(MERGED_FIELDS)), at: z.number().int() }))
    .max(20)
    .default([]),
  /** Remote files Ronda could not read (bad description), so the user knows why a print did not arrive. */
  rejected: z.array(z.object({ name: z.string().max(300), reason: z.string().max(500) })).max(20).default([]),
});
export type DriveState = z.infer<typeof driveStateSchema>;

export const curatedSchema = z.object({
  tags: z.array(z.string().max(60)).max(50),
  notes: z.string().max(5_000),
  starred: z.boolean(),
  label: labelSchema.optional(),
});

export const printSyncStateSchema = z.object({
  fileId: z.string().max(200),
  /** Drive's modifiedTime when both sides last agreed; a different one means a teammate changed the file. */
  remoteModifiedTime: z.string().max(64),
  base: curatedSchema,
  imageHash: z.string().max(128),
});
export type PrintSyncState = z.infer<typeof printSyncStateSchema>;

export const uploadStateSchema = z.object({
  sessionUri: z.string().max(4_096),
  total: z.number().int().nonnegative(),
  imageHash: z.string().max(128),
  startedAt: z.number().int(),
});
export type UploadState = z.infer<typeof uploadStateSchema>;

/** A library file shared in the acervo folder (the template library, the team's rules) as this machine last synced it. */
export const librarySyncStateSchema = z.object({
  fileId: z.string().max(200).optional(),
  remoteModifiedTime: z.string().max(64).optional(),
  /** Ids both sides had after the last sync: an id missing now on one side was deleted there. */
  baseIds: z.array(z.string().max(64)).max(5_000),
  lastError: z.string().max(2_000).optional(),
});
export type LibrarySyncState = z.infer<typeof librarySyncStateSchema>;

export function parseDriveState(value: unknown): DriveState {
  const parsed = driveStateSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : driveStateSchema.parse({});
}

/** What the options page shows (answer of bg.drive.status and of the other bg.drive.* messages). */
export const driveStatusSchema = z.object({
  /** The build has an OAuth client id (or, in the e2e build, a test server). */
  configured: z.boolean(),
  signedIn: z.boolean(),
  rootFolderId: z.string().optional(),
  rootFolderName: z.string().optional(),
  /** Outbox entries still to send. */
  pending: z.number().int().nonnegative(),
  lastSyncAt: z.number().int().optional(),
  lastPullAt: z.number().int().optional(),
  lastError: z.object({ message: z.string(), kind: driveErrorKindSchema, at: z.number().int() }).optional(),
  stopped: z.boolean(),
  pausedUntil: z.number().int().optional(),
  running: z.boolean(),
  conflicts: z.array(z.object({ printId: z.string(), fields: z.array(z.string()), at: z.number().int() })),
  rejected: z.array(z.object({ name: z.string(), reason: z.string() })),
  templatesError: z.string().optional(),
  teamRulesError: z.string().optional(),
});
export type DriveStatus = z.infer<typeof driveStatusSchema>;
