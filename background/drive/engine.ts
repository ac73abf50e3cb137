import type { RondaDB } from '../../storage/db';
import { printRecordSchema, projectRecordSchema, teamRuleRecordSchema, type OutboxEntry, type PrintRecord } from '../../storage/schema';
import { checkRows, describeIssues, rowKey } from '../../storage/validate';
import { enqueueSync } from '../../storage/outbox';
import { curatedFields, mergeCurated, type CuratedFields } from '../../lib/drive/merge';
import { parsePrintDescription, printAppProperties, printDescription, printFromRemote, APP_KEYS, type RemotePrintMeta } from '../../lib/drive/metadata';
import { printFileName, projectFolderName, TEMPLATE_LIBRARY_FILE_NAME } from '../../lib/drive/naming';
import { chooseUpload, decideOnFailure, nextChunk, pickCanonical, planOutbox, remoteDeletions } from '../../lib/drive/plan';
import { and, appPropertyIs, FOLDER_MIME, inParents, notTrashed, quote } from '../../lib/drive/query';
import {
  DRIVE_STATE_KEY,
  parseDriveState,
  printStateKey,
  printSyncStateSchema,
  librarySyncStateSchema,
  TEAM_RULES_STATE_KEY,
  TEMPLATES_STATE_KEY,
  uploadStateKey,
  uploadStateSchema,
  type DriveErrorKind,
  type DriveState,
  type PrintSyncState,
  type LibrarySyncState,
  type UploadState,
} from '../../lib/drive/state';
import { mergeTemplates, parseTemplateLibrary, serializeTemplateLibrary } from '../../lib/drive/templates';
import { mergeSharedRules, parseSharedRules, serializeSharedRules, TEAM_RULES_LIBRARY_FILE_NAME } from '../../lib/drive/team-rules';
import { z } from 'zod';
import { DriveClient, DriveError, type DriveFile } from './client';
import { errorText } from '../../lib/error-text';
import { tr } from '../../lib/i18n';

/** The outbox kinds that sync one whole library file, by that file's name. */
const LIBRARY_FILES: Partial<Record<OutboxEntry['kind'], string>> = {
  'templates.upsert': TEMPLATE_LIBRARY_FILE_NAME,
  'teamRules.upsert': TEAM_RULES_LIBRARY_FILE_NAME,
};

/*
 * The sync engine: pushes the outbox to Drive and pulls teammates' changes back. Everything it must remember
 * between runs is in IndexedDB (see lib/drive/state.ts), so a service worker stopped at any instant resumes
 * where it was: an entry leaves the outbox only after Drive confirmed it, an upload looks its print up by
 * Ronda id before creating anything, and a resumable upload's session is stored and queried after a restart.
 *
 * No extension API here (the loop in ./loop.ts owns alarms, auth and messages), so unit tests run it in Node
 * against tests/drive-server.
 */

export interface EngineOptions {
  db: RondaDB;
  client: DriveClient;
  now?: () => number;
  random?: () => number;
  /** Makes the grid thumbnail of a downloaded print; in the service worker, OffscreenCanvas → WebP. */
  makeThumbnail?: (png: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;
  /** Images above this size go up as resumable, chunked uploads. */
  resumableThreshold?: number;
  chunkSize?: number;
  pullIntervalMs?: number;
  /** Thumbnails fetched per run, so one run never holds the worker for long. */
  thumbsPerRun?: number;
  /** Teammates' rules were written here: open pages and stored comments must follow (background/team-rules.ts). */
  onTeamRulesPulled?: () => Promise<unknown>;
}

export interface RunResult {
  /** When the loop should run again (undefined: only on the periodic alarm or a new change). */
  nextWakeAt?: number;
  pushed: number;
  failed: number;
  pulled: boolean;
}

export const DEFAULT_RESUMABLE_THRESHOLD = 5 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
export const DEFAULT_PULL_INTERVAL_MS = 5 * 60_000;

export function errorKind(error: unknown): DriveErrorKind {
  return error instanceof DriveError ? error.kind : 'other';
}

export function errorMessage(error: unknown): string {
  return errorText(error).slice(0, 2_000);
}

/** A failure no retry can fix (nothing left to upload, a damaged local row): the entry is dropped and shown. */
export class HopelessError extends DriveError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/**
 * Hopeless failures, and Drive refusing this one file (a teammate shared it read-only): retrying the entry
 * forever would only hide it, so it leaves the outbox and the reason stays on the options page.
 */
export function isHopeless(error: unknown): boolean {
  return error instanceof HopelessError || (error instanceof DriveError && error.status === 403 && error.kind === 'invalid');
}

/*
 * More of what the engine remembers, next to lib/drive/state.ts's keys (and forgotten with them when the acervo
 * changes):
 *   drive:pull           failed pulls in a row and when the next may run, so a pull failing for hours backs off
 *   drive:trashed:<id>   the Drive file of a print deleted here, so a restore from the lixeira un-trashes it
 *   drive:dropped        outbox entries given up on, with the reason, until that print goes up again
 */
export const PULL_STATE_KEY = 'drive:pull';
export const trashedStateKey = (id: string) => `drive:trashed:${id}`;
export const DROPPED_KEY = 'drive:dropped';

const pullStateSchema = z.object({ failures: z.number().int().nonnegative(), retryAt: z.number().int().optional() });
type PullState = z.infer<typeof pullStateSchema>;
const trashedStateSchema = z.object({ fileId: z.string().max(200) });
const droppedSchema = z.array(z.object({ entityId: z.string().max(64), name: z.string().max(300), reason: z.string().max(500) })).max(20);
type Dropped = z.infer<typeof droppedSchema>;

export class SyncEngine {
  private readonly db: RondaDB;
  private readonly client: DriveClient;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly resumableThreshold: number;
  private readonly chunkSize: number;
  private readonly pullIntervalMs: number;

  constructor(private readonly options: EngineOptions) {
    this.db = options.db;
    this.client = options.client;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.resumableThreshold = options.resumableThreshold ?? DEFAULT_RESUMABLE_THRESHOLD;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.pullIntervalMs = options.pullIntervalMs ?? DEFAULT_PULL_INTERVAL_MS;
  }

  // ---- state ------------------------------------------------------------------------------------------------

  async state(): Promise<DriveState> {
    return parseDriveState((await this.db.settings.get(DRIVE_STATE_KEY))?.value);
  }

  async saveState(patch: Partial<DriveState>): Promise<DriveState> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const next = { ...(await this.state()), ...patch };
      for (const k of Object.keys(patch) as (keyof DriveState)[]) if (patch[k] === undefined) delete next[k];
      await this.db.settings.put({ key: DRIVE_STATE_KEY, value: next });
      return next;
    });
  }

  private async printState(id: string): Promise<PrintSyncState | undefined> {
    const parsed = printSyncStateSchema.safeParse((await this.db.settings.get(printStateKey(id)))?.value);
    return parsed.success ? parsed.data : undefined;
  }

  private async setPrintState(id: string, value: PrintSyncState | undefined): Promise<void> {
    if (value) await this.db.settings.put({ key: printStateKey(id), value });
    else await this.db.settings.delete(printStateKey(id));
  }

  private async pullState(): Promise<PullState> {
    const parsed = pullStateSchema.safeParse((await this.db.settings.get(PULL_STATE_KEY))?.value);
    return parsed.success ? parsed.data : { failures: 0 };
  }

  private async trashedFileId(id: string): Promise<string | undefined> {
    const parsed = trashedStateSchema.safeParse((await this.db.settings.get(trashedStateKey(id)))?.value);
    return parsed.success ? parsed.data.fileId : undefined;
  }

  private async dropped(): Promise<Dropped> {
    const parsed = droppedSchema.safeParse((await this.db.settings.get(DROPPED_KEY))?.value);
    return parsed.success ? parsed.data : [];
  }

  /** What the options page lists as not synced: entries given up on, then files the last pull could not read. */
  async rejected(): Promise<DriveState['rejected']> {
    const dropped = (await this.dropped()).map(({ name, reason }) => ({ name, reason }));
    return [...dropped, ...(await this.state()).rejected].slice(0, 20);
  }

  private async libraryState(key: string): Promise<LibrarySyncState> {
    const parsed = librarySyncStateSchema.safeParse((await this.db.settings.get(key))?.value);
    return parsed.success ? parsed.data : { baseIds: [] };
  }

  // ---- the run ------------------------------------------------------------------------------------------------

  /** One pass: due outbox entries, then a pull when due (or forced). Never throws for Drive trouble. */
  async run(options: { forcePull?: boolean } = {}): Promise<RunResult> {
    const result: RunResult = { pushed: 0, failed: 0, pulled: false };
    const state = await this.state();
    if (!state.signedIn || !state.rootFolderId || state.stopped) return result;
    const now = this.now();
    if (state.pausedUntil && state.pausedUntil > now) return { ...result, nextWakeAt: state.pausedUntil };

    const plan = planOutbox(await this.db.outbox.toArray(), now);
    if (plan.superseded.length) await this.db.outbox.bulkDelete(plan.superseded);
    let nextWakeAt = plan.nextAt;
    const wake = (at: number) => (nextWakeAt = nextWakeAt === undefined ? at : Math.min(nextWakeAt, at));
    let hadError = false;

    // One library sync covers every change of that library queued before this run: the file holds them all.
    const librariesSynced = new Set<OutboxEntry['kind']>();
    for (const entry of plan.due) {
      try {
        if (!librariesSynced.has(entry.kind)) await this.pushEntry(entry);
        if (LIBRARY_FILES[entry.kind]) librariesSynced.add(entry.kind);
        await this.db.outbox.delete(entry.seq!);
        await this.forgetDropped(entry.entityId);
        result.pushed++;
      } catch (error) {
        hadError = true;
        result.failed++;
        if (isHopeless(error)) {
          await this.drop(entry, error);
          continue;
        }
        const stop = await this.handleFailure(error, entry, wake);
        if (stop) return { ...result, nextWakeAt };
      }
    }

    // A failed pull waits out its backoff like an entry would (a forced pull, the user's "sincronizar agora", does not).
    const pullState = await this.pullState();
    const pullHeld = !options.forcePull && pullState.retryAt !== undefined && pullState.retryAt > now;
    const pullDue = !pullHeld && (options.forcePull || !state.lastPullAt || now - state.lastPullAt >= this.pullIntervalMs);
    if (pullHeld) wake(pullState.retryAt!);
    if (pullDue) {
      try {
        await this.pull();
        result.pulled = true;
        await this.saveState({ lastPullAt: this.now() });
        if (pullState.failures) await this.db.settings.delete(PULL_STATE_KEY);
      } catch (error) {
        hadError = true;
        const stop = await this.handleFailure(error, undefined, wake, pullState.failures);
        if (stop) return { ...result, nextWakeAt };
      }
    }
    wake((pullDue ? this.now() : (state.lastPullAt ?? now)) + this.pullIntervalMs);
    const done = { lastSyncAt: this.now(), pauseAttempts: 0, pausedUntil: undefined };
    await this.saveState(hadError ? done : { ...done, lastError: undefined });
    return { ...result, nextWakeAt };
  }

  /**
   * Records a failure on the entry (or, without one, on the pull, which has failed `pullFailures` times in a row
   * before this) and the loop; true when the run must end now (paused or stopped).
   */
  private async handleFailure(error: unknown, entry: OutboxEntry | undefined, wake: (at: number) => void, pullFailures = 0): Promise<boolean> {
    const kind = errorKind(error);
    const message = errorMessage(error);
    const now = this.now();
    const state = await this.state();
    const retryAfterMs = error instanceof DriveError ? error.retryAfterMs : undefined;
    const attempts = kind === 'network' || kind === 'rate' ? state.pauseAttempts : (entry?.attempts ?? pullFailures);
    const decision = decideOnFailure(kind, attempts, now, { random: this.random, retryAfterMs });
    const lastError = { message, kind, at: now };
    if (entry?.seq !== undefined) {
      const retryAt = decision.scope === 'entry' ? decision.retryAt : decision.scope === 'loop' ? decision.pauseUntil : now;
      await this.db.outbox.update(entry.seq, { attempts: entry.attempts + 1, nextAttemptAt: retryAt, lastError: message });
    }
    if (decision.scope === 'stop') {
      await this.saveState({ stopped: true, lastError });
      return true;
    }
    if (decision.scope === 'loop') {
      await this.saveState({ pausedUntil: decision.pauseUntil, pauseAttempts: state.pauseAttempts + 1, lastError });
      wake(decision.pauseUntil);
      return true;
    }
    if (!entry) await this.db.settings.put({ key: PULL_STATE_KEY, value: { failures: pullFailures + 1, retryAt: decision.retryAt } satisfies PullState });
    await this.saveState({ lastError });
    wake(decision.retryAt);
    return false;
  }

  /** Gives up on an entry that cannot succeed: out of the outbox, and listed with the reason until it goes up. */
  private async drop(entry: OutboxEntry, error: unknown): Promise<void> {
    const message = errorMessage(error);
    const library = LIBRARY_FILES[entry.kind];
    const print = library ? undefined : await this.db.prints.get(entry.entityId);
    const name = library ?? (print ? printFileName(print) : entry.entityId);
    const reason = tr(`não sincronizado, e não será tentado de novo até a próxima alteração: ${message}`, `not synced, and not tried again until the next change: ${message}`).slice(0, 500);
    await this.db.transaction('rw', [this.db.outbox, this.db.settings], async () => {
      await this.db.outbox.delete(entry.seq!);
      const others = (await this.dropped()).filter((d) => d.entityId !== entry.entityId);
      await this.db.settings.put({ key: DROPPED_KEY, value: [{ entityId: entry.entityId, name: name.slice(0, 300), reason }, ...others].slice(0, 20) });
    });
    await this.saveState({ lastError: { message, kind: errorKind(error), at: this.now() } });
  }

  private async forgetDropped(entityId: string): Promise<void> {
    const dropped = await this.dropped();
    if (dropped.some((d) => d.entityId === entityId)) {
      await this.db.settings.put({ key: DROPPED_KEY, value: dropped.filter((d) => d.entityId !== entityId) });
    }
  }

  private async pushEntry(entry: OutboxEntry): Promise<void> {
    if (entry.kind === 'print.upsert') await this.pushPrint(entry.entityId);
    else if (entry.kind === 'print.delete') await this.deleteRemotePrint(entry.entityId);
    else if (entry.kind === 'teamRules.upsert') await this.syncTeamRules();
    else await this.syncTemplates();
  }

  // ---- folders ------------------------------------------------------------------------------------------------

  /** Acervo folders Ronda can see (its own, and those teammates shared that Ronda created). */
  async listRootFolders(): Promise<DriveFile[]> {
    return this.client.listAll(
      and(appPropertyIs(APP_KEYS.kind, 'root'), `mimeType = ${quote(FOLDER_MIME)}`, notTrashed),
      'id,name,createdTime,modifiedTime',
    );
  }

  async createRootFolder(name: string): Promise<DriveFile> {
    const folder = await this.client.createMetadata({ name, mimeType: FOLDER_MIME, appProperties: { [APP_KEYS.kind]: 'root' } });
    await this.useRootFolder(folder.id);
    return folder;
  }

  /**
   * Makes `folderId` the acervo. A different acervo than before starts clean: what this machine remembered of
   * the old one is forgotten, and every live local print and the template library are queued for the new one
   * (uploads look prints up by Ronda id first, so nothing already there is duplicated).
   */
  async useRootFolder(folderId: string): Promise<DriveState> {
    const folder = await this.client.get(folderId, 'id,name,mimeType,trashed');
    if (folder.mimeType !== FOLDER_MIME || folder.trashed) throw new DriveError('invalid', tr('isso não é uma pasta ativa do Google Drive', 'that is not an active Google Drive folder'));
    const before = await this.state();
    if (before.rootFolderId === folder.id) return this.saveState({ rootFolderName: folder.name });
    await this.db.transaction('rw', [this.db.settings, this.db.outbox, this.db.prints], async () => {
      const stale = await this.db.settings.where('key').startsWith('drive:').primaryKeys();
      await this.db.settings.bulkDelete(stale);
      const now = this.now();
      for (const id of await this.db.prints.filter((p) => p.deletedAt === undefined).primaryKeys()) {
        await enqueueSync('print.upsert', id, { db: this.db, now });
      }
      await enqueueSync('templates.upsert', 'library', { db: this.db, now });
      await enqueueSync('teamRules.upsert', 'library', { db: this.db, now });
    });
    return this.saveState({
      rootFolderId: folder.id,
      rootFolderName: folder.name,
      projectFolders: {},
      stopped: false,
      lastPullAt: undefined,
      lastError: undefined,
      rejected: [],
      conflicts: [],
    });
  }


  private async rootId(): Promise<string> {
    const root = (await this.state()).rootFolderId;
    if (!root) throw new DriveError('config', tr('escolha a pasta do acervo no Drive', 'choose the acervo’s folder on Drive'));
    return root;
  }

  /** The subfolder of a project ("Geral" without one): cached, else looked up by its Ronda tag, else created. */
  async projectFolder(projectId: string | undefined): Promise<string> {
    const root = await this.rootId();
    const key = projectId && projectId !== 'default' ? projectId : '';
    const state = await this.state();
    const cached = state.projectFolders[key];
    if (cached) return cached;
    const tag = key || 'none';
    const found = await this.client.listAll(
      and(appPropertyIs(APP_KEYS.kind, 'project'), appPropertyIs(APP_KEYS.project, tag), inParents(root), notTrashed),
      'id,name,createdTime',
    );
    let id = pickCanonical(found).keep?.id;
    if (!id) {
      const project = key ? await this.db.projects.get(key) : undefined;
      const folder = await this.client.createMetadata({
        name: projectFolderName(project?.expertName),
        mimeType: FOLDER_MIME,
        parents: [root],
        appProperties: { [APP_KEYS.kind]: 'project', [APP_KEYS.project]: tag },
      });
      id = folder.id;
    }
    await this.saveState({ projectFolders: { ...(await this.state()).projectFolders, [key]: id } });
    return id;
  }

  /**
   * Drive files of this acervo carrying a Ronda id (not trashed). Copies in another acervo (a folder used
   * before, another agency's) are not ours to move or trash, so only files inside this root's folders count.
   */
  private async copiesInRoot(id: string, fields?: string): Promise<DriveFile[]> {
    const copies = await this.client.listAll(and(appPropertyIs(APP_KEYS.id, id), appPropertyIs(APP_KEYS.kind, 'print'), notTrashed), fields && `${fields},parents`);
    if (!copies.length) return copies;
    const inRoot = new Set(await this.rootFolderIds());
    return copies.filter((c) => (c.parents ?? []).some((p) => inRoot.has(p)));
  }

  /** The root and its folders (not trashed). */
  private async rootFolderIds(): Promise<string[]> {
    const root = await this.rootId();
    const folders = await this.client.listAll(and(inParents(root), `mimeType = ${quote(FOLDER_MIME)}`, notTrashed), 'id');
    return [root, ...folders.map((f) => f.id)];
  }

  /** The Drive file of a print in this acervo; duplicates from a lost answer are removed. */
  private async findRemotePrint(id: string): Promise<DriveFile | undefined> {
    const copies = await this.copiesInRoot(id);
    const { keep, extra } = pickCanonical(copies);
    for (const dup of extra) await this.client.delete(dup.id).catch(() => undefined);
    return keep;
  }

  // ---- push ---------------------------------------------------------------------------------------------------

  async pushPrint(id: string): Promise<void> {
    try {
      await this.pushPrintOnce(id);
    } catch (error) {
      // A project folder someone deleted in Drive: forget the cached ids so the retry finds or recreates it.
      if (errorKind(error) === 'notFound') await this.saveState({ projectFolders: {} });
      throw error;
    }
  }

  private async pushPrintOnce(id: string): Promise<void> {
    const print = await this.db.prints.get(id);
    if (!print) return;
    if (print.deletedAt !== undefined) return this.deleteRemotePrint(id);
    const pstate = await this.printState(id);
    // A print deleted here and restored: its file is in Drive's trash, and un-trashing it needs no image.
    const trashedId = pstate ? undefined : await this.trashedFileId(id);
    const knownId = pstate?.fileId ?? trashedId;
    let remote: DriveFile | undefined;
    if (knownId) {
      remote = await this.client.get(knownId).catch((e: unknown) => {
        if (errorKind(e) === 'notFound') return undefined;
        throw e;
      });
      // The file of an acervo used before (an upload that finished as the user switched): not ours to move.
      if (remote && !(await this.inThisRoot(remote))) remote = undefined;
    }
    remote ??= await this.findRemotePrint(id);
    const folderId = await this.projectFolder(print.projectId);

    if (!remote) {
      const png = (await this.db.printImages.get(id))?.png;
      if (!png && pstate) {
        // It came from Drive (only its thumbnail is here) and its file is gone for good: a teammate deleted it.
        const now = this.now();
        await this.db.prints.put({ ...print, deletedAt: now, updatedAt: Math.max(print.updatedAt, now) });
        await this.setPrintState(id, undefined);
        return;
      }
      if (!png) {
        throw new HopelessError(
          trashedId
            ? tr('a imagem deste print não está neste computador e o arquivo dele saiu da lixeira do Drive: não há o que enviar', 'this print’s image is not on this computer and its file has left Drive’s trash: there is nothing to upload')
            : tr('a imagem deste print não está neste computador: não há o que enviar', 'this print’s image is not on this computer: there is nothing to upload'),
        );
      }
      const file = await this.uploadNew(print, png, folderId);
      await this.setPrintState(id, { fileId: file.id, remoteModifiedTime: file.modifiedTime ?? '', base: curatedFields(print), imageHash: print.imageHash });
      if (trashedId) await this.db.settings.delete(trashedStateKey(id));
      return;
    }

    const parsed = parsePrintDescription(remote.description);
    const base = pstate?.fileId === remote.id && pstate.remoteModifiedTime === remote.modifiedTime && parsed.ok ? curatedFields(parsed.meta) : pstate?.base;
    // Merged with the row as it is now, not as read before the requests above: an edit made in the gallery
    // meanwhile is kept (it queued its own entry, which sends it).
    const next = await this.db.transaction('rw', [this.db.prints, this.db.settings], async () => {
      const fresh = await this.db.prints.get(id);
      if (!fresh || fresh.deletedAt !== undefined) return undefined;
      const merge = mergeCurated({
        base,
        local: fresh,
        localUpdatedAt: fresh.updatedAt,
        remote: parsed.ok ? curatedFields(parsed.meta) : curatedFields(fresh),
        remoteUpdatedAt: parsed.ok ? parsed.meta.updatedAt : 0,
        remoteBy: parsed.ok ? parsed.meta.capturedBy : undefined,
        now: this.now(),
      });
      const row = merge.localNeedsUpdate ? await this.writeMerged(fresh, merge.merged, merge.conflicts) : fresh;
      return { row, remoteNeedsUpdate: merge.remoteNeedsUpdate };
    });
    if (!next) return; // Deleted meanwhile: the delete queued after this entry trashes the file.

    const metadata: Record<string, unknown> = {
      name: printFileName(next.row),
      description: printDescription(next.row),
      appProperties: printAppProperties(next.row),
    };
    if (remote.trashed) metadata.trashed = false;
    const parents = remote.parents ?? [];
    const moves = parents.includes(folderId) ? {} : { addParents: folderId, removeParents: parents.join(',') || undefined };
    const png = remote.appProperties?.[APP_KEYS.imageHash] !== next.row.imageHash ? (await this.db.printImages.get(id))?.png : undefined;
    const needsUpdate =
      next.remoteNeedsUpdate || !parsed.ok || remote.trashed || remote.name !== metadata.name || 'addParents' in moves || png !== undefined ||
      remote.description !== metadata.description;
    let updated = remote;
    if (png) updated = await this.client.updateMultipart(remote.id, metadata, png, 'image/png');
    else if (needsUpdate) updated = await this.client.updateMetadata(remote.id, metadata, moves);
    await this.setPrintState(id, {
      fileId: remote.id,
      remoteModifiedTime: updated.modifiedTime ?? remote.modifiedTime ?? '',
      base: curatedFields(next.row),
      imageHash: next.row.imageHash,
    });
    if (trashedId) await this.db.settings.delete(trashedStateKey(id));
  }

  /** Whether a file sits in this acervo: the root, or one of its folders (the cached ones spare a listing). */
  private async inThisRoot(file: DriveFile): Promise<boolean> {
    const parents = file.parents ?? [];
    const state = await this.state();
    const known = new Set([state.rootFolderId, ...Object.values(state.projectFolders)]);
    if (parents.some((p) => known.has(p))) return true;
    return (await this.rootFolderIds()).some((f) => parents.includes(f));
  }

  private async uploadNew(print: PrintRecord, png: Uint8Array, folderId: string): Promise<DriveFile> {
    const metadata = {
      name: printFileName(print),
      mimeType: 'image/png',
      parents: [folderId],
      description: printDescription(print),
      appProperties: printAppProperties(print),
    };
    if (chooseUpload(png.length, this.resumableThreshold) === 'multipart') {
      return this.client.createMultipart(metadata, png, 'image/png');
    }
    const key = uploadStateKey(print.id);
    const saved = uploadStateSchema.safeParse((await this.db.settings.get(key))?.value);
    let upload: UploadState | undefined = saved.success && saved.data.imageHash === print.imageHash && saved.data.total === png.length ? saved.data : undefined;
    let confirmed = 0;
    if (upload) {
      // A worker stopped mid-upload: ask Drive how far it got (or whether it finished).
      try {
        const status = await this.client.queryResumable(upload.sessionUri, upload.total);
        if ('file' in status) {
          await this.db.settings.delete(key);
          return status.file;
        }
        confirmed = status.confirmed;
      } catch (error) {
        if (errorKind(error) !== 'notFound') throw error;
        upload = undefined; // The session expired (a week) or is unknown: start over.
      }
    }
    if (!upload) {
      const sessionUri = await this.client.startResumable(metadata, 'image/png', png.length);
      upload = { sessionUri, total: png.length, imageHash: print.imageHash, startedAt: this.now() };
      await this.db.settings.put({ key, value: upload });
    }
    for (let guard = 0; guard < 100_000; guard++) {
      const { start, end } = nextChunk(confirmed, png.length, this.chunkSize);
      const answer = await this.client.putChunk(upload.sessionUri, png.subarray(start, end), start, png.length);
      if ('file' in answer) {
        await this.db.settings.delete(key);
        return answer.file;
      }
      // Drive may keep fewer bytes than were sent (the protocol allows it): go on from what it holds.
      confirmed = answer.confirmed;
    }
    throw new DriveError('other', tr('envio retomável não terminou', 'resumable upload did not finish'));
  }

  private async writeMerged(print: PrintRecord, merged: CuratedFields, conflicts: string[]): Promise<PrintRecord> {
    const next: PrintRecord = { ...print, ...merged };
    if (merged.label === undefined) delete next.label;
    const parsed = printRecordSchema.safeParse(next);
    if (!parsed.success) throw new HopelessError(tr(`o registro deste print neste computador está danificado (${describeIssues(parsed.error).join('; ')})`, `this print’s record on this computer is damaged (${describeIssues(parsed.error).join('; ')})`).slice(0, 400));
    await this.db.prints.put(parsed.data);
    if (conflicts.length) {
      const state = await this.state();
      const entry = { printId: print.id, fields: conflicts as DriveState['conflicts'][number]['fields'], at: this.now() };
      await this.saveState({ conflicts: [entry, ...state.conflicts].slice(0, 20) });
    }
    return parsed.data;
  }

  async deleteRemotePrint(id: string): Promise<void> {
    const print = await this.db.prints.get(id);
    if (print && print.deletedAt === undefined) return; // Restored since: the upsert that follows handles it.
    const copies = await this.copiesInRoot(id, 'id');
    for (const copy of copies) {
      // Trash, not delete: a teammate who regrets it finds the file in Drive's trash for 30 days.
      await this.client.updateMetadata(copy.id, { trashed: true }).catch((e: unknown) => {
        if (errorKind(e) !== 'notFound') throw e;
      });
    }
    const fileId = (await this.printState(id))?.fileId ?? copies[0]?.id;
    await this.setPrintState(id, undefined);
    if (fileId) await this.db.settings.put({ key: trashedStateKey(id), value: { fileId } });
    await this.db.settings.delete(uploadStateKey(id));
  }

  // ---- pull ---------------------------------------------------------------------------------------------------

  async pull(): Promise<void> {
    const root = await this.rootId();
    // A listing of a folder that is gone comes back empty, which would read as "every print was deleted":
    // check the folder itself first, and stop with a clear message instead.
    const rootFile = await this.client.get(root, 'id,trashed').catch((e: unknown) => {
      if (errorKind(e) === 'notFound') return undefined;
      throw e;
    });
    if (!rootFile || rootFile.trashed) {
      throw new DriveError('config', tr('a pasta do acervo não existe mais no Drive (ou está na lixeira, ou não foi compartilhada com você): escolha ou crie outra pasta', 'the acervo’s folder no longer exists on Drive (or it is in the trash, or not shared with you): choose or create another folder'));
    }
    const folders = await this.client.listAll(and(inParents(root), `mimeType = ${quote(FOLDER_MIME)}`, notTrashed), 'id,name');
    const files: DriveFile[] = [];
    for (const folder of folders) {
      files.push(...(await this.client.listAll(and(inParents(folder.id), appPropertyIs(APP_KEYS.kind, 'print'), notTrashed))));
    }
    // The listing is complete here (any failed page threw): absences below are real deletions.
    const byId = new Map<string, DriveFile[]>();
    for (const f of files) {
      const rid = f.appProperties?.[APP_KEYS.id];
      if (rid) byId.set(rid, [...(byId.get(rid) ?? []), f]);
    }
    const rejected: DriveState['rejected'] = [];
    for (const [rid, copies] of byId) {
      const file = pickCanonical(copies).keep!;
      const parsed = parsePrintDescription(file.description);
      if (!parsed.ok || parsed.meta.id !== rid) {
        rejected.push({ name: file.name.slice(0, 300), reason: parsed.ok ? tr('id do Ronda não confere', 'Ronda id does not match') : parsed.reason });
        continue;
      }
      try {
        await this.inPrintTransaction(rid, ({ pendingDelete, pendingUpsert }) => this.applyRemotePrint(file, parsed.meta, pendingDelete, pendingUpsert));
      } catch (error) {
        // One print that cannot be applied here (its local row damaged) must not hold back every other one.
        rejected.push({ name: file.name.slice(0, 300), reason: errorMessage(error).slice(0, 500) });
      }
    }
    const known = (await this.db.settings.where('key').startsWith('drive:print:').toArray())
      .map((row) => ({ printId: row.key.slice('drive:print:'.length), parsed: printSyncStateSchema.safeParse(row.value) }))
      .filter((k) => k.parsed.success)
      .map((k) => ({ printId: k.printId, fileId: k.parsed.data!.fileId }));
    const gone = remoteDeletions(known, new Set(files.map((f) => f.id)), new Set(byId.keys()));
    for (const printId of gone) {
      try {
        await this.inPrintTransaction(printId, async ({ pendingUpsert }) => {
          if (pendingUpsert) return; // Edited here meanwhile: the upload brings it back.
          const local = await this.db.prints.get(printId);
          if (local && local.deletedAt === undefined) {
            const now = this.now();
            await this.db.prints.put({ ...local, deletedAt: now, updatedAt: Math.max(local.updatedAt, now) });
          }
          // A teammate trashed it: restoring it here un-trashes that file (this machine may hold only a thumbnail).
          const fileId = (await this.printState(printId))?.fileId;
          if (fileId) await this.db.settings.put({ key: trashedStateKey(printId), value: { fileId } });
          await this.setPrintState(printId, undefined);
        });
      } catch (error) {
        rejected.push({ name: printId, reason: errorMessage(error).slice(0, 500) });
      }
    }
    await this.saveState({ rejected: rejected.slice(0, 20) });
    await this.syncTemplates({ onlyIfChanged: true });
    await this.syncTeamRules({ onlyIfChanged: true });
    await this.fetchMissingThumbnails();
  }

  /**
   * Runs `apply` in one transaction over the print, its sync state and the outbox, told what waits to go up for
   * it as read inside that transaction. A pull's listing is older than what happens here meanwhile: a delete or an
   * edit made while the pull was under way must not be undone by it (a delete was lost that way: the print came
   * back, and its queued delete then took it for restored).
   */
  private inPrintTransaction(id: string, apply: (pending: { pendingDelete: boolean; pendingUpsert: boolean }) => Promise<void>): Promise<void> {
    return this.db.transaction('rw', [this.db.prints, this.db.settings, this.db.outbox], async () => {
      const waiting = await this.db.outbox.where('entityId').equals(id).toArray();
      await apply({
        pendingDelete: waiting.some((e) => e.kind === 'print.delete'),
        pendingUpsert: waiting.some((e) => e.kind === 'print.upsert'),
      });
    });
  }

  private async applyRemotePrint(file: DriveFile, meta: RemotePrintMeta, pendingDelete: boolean, pendingUpsert: boolean): Promise<void> {
    const id = meta.id;
    const local = await this.db.prints.get(id);
    const pstate = await this.printState(id);
    const remote = printFromRemote(meta);
    const stateFor = (base: CuratedFields): PrintSyncState => ({
      fileId: file.id,
      remoteModifiedTime: file.modifiedTime ?? '',
      base,
      imageHash: remote.imageHash,
    });
    if (!local) {
      await this.db.prints.put(remote);
      await this.setPrintState(id, stateFor(curatedFields(remote)));
      return;
    }
    if (local.deletedAt !== undefined) {
      if (pendingDelete) return; // Our delete goes up on the next push.
      // Live in Drive although we deleted it and pushed the delete: a teammate restored it.
      const restored: PrintRecord = { ...local, ...curatedFields(remote), updatedAt: Math.max(local.updatedAt, remote.updatedAt) };
      delete restored.deletedAt;
      await this.db.prints.put(restored);
      await this.setPrintState(id, stateFor(curatedFields(remote)));
      return;
    }
    if (pstate && pstate.fileId === file.id && pstate.remoteModifiedTime === file.modifiedTime) return;
    const merge = mergeCurated({
      base: pstate?.base,
      local,
      localUpdatedAt: local.updatedAt,
      remote,
      remoteUpdatedAt: remote.updatedAt,
      remoteBy: remote.capturedBy,
      now: this.now(),
    });
    if (merge.localNeedsUpdate) await this.writeMerged(local, merge.merged, merge.conflicts);
    if (merge.remoteNeedsUpdate && !pendingUpsert) await enqueueSync('print.upsert', id, { db: this.db, now: this.now() });
    await this.setPrintState(id, stateFor(merge.remoteNeedsUpdate ? curatedFields(remote) : merge.merged));
  }

  /** Thumbnails first: prints pulled from Drive get a grid thumbnail; the full image waits until asked for. */
  private async fetchMissingThumbnails(): Promise<void> {
    const limit = this.options.thumbsPerRun ?? 20;
    const rows = await this.db.settings.where('key').startsWith('drive:print:').toArray();
    let fetched = 0;
    for (const row of rows) {
      if (fetched >= limit) break;
      const id = row.key.slice('drive:print:'.length);
      const parsed = printSyncStateSchema.safeParse(row.value);
      if (!parsed.success || (await this.db.printImages.get(id))) continue;
      const print = await this.db.prints.get(id);
      if (!print || print.deletedAt !== undefined) continue;
      const png = await this.client.download(parsed.data.fileId);
      const thumb = await this.thumbnail(png);
      // Only where no row appeared meanwhile: the full image may have been fetched while this one downloaded.
      await this.db.transaction('rw', this.db.printImages, async () => {
        if (!(await this.db.printImages.get(id))) await this.db.printImages.add({ id, thumb });
      });
      fetched++;
    }
  }

  private async thumbnail(png: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    if (!this.options.makeThumbnail) return png;
    try {
      return await this.options.makeThumbnail(png);
    } catch {
      // An image the browser cannot decode still shows something: the bytes themselves.
      return png;
    }
  }

  /** The full image of a pulled print, downloaded when someone opens it. */
  async fetchFullImage(id: string): Promise<boolean> {
    const existing = await this.db.printImages.get(id);
    if (existing?.png) return true;
    const pstate = await this.printState(id);
    if (!pstate) return false;
    const png = await this.client.download(pstate.fileId);
    const thumb = existing?.thumb ?? (await this.thumbnail(png));
    // Onto the row as it is now: a thumbnail written meanwhile stays, and so does a local original.
    await this.db.transaction('rw', this.db.printImages, async () => {
      const now = await this.db.printImages.get(id);
      await this.db.printImages.put({ ...(now ?? {}), id, thumb: now?.thumb ?? thumb, png });
    });
    return true;
  }

  // ---- shared libraries: the template library, the team's rules --------------------------------------------------

  /**
   * Merges one library file of the acervo folder with what is stored here. From a pull (`onlyIfChanged`), an
   * unchanged file is not downloaded again: local edits reach Drive through their own outbox entry. A file that does
   * not parse is refused whole (the options page shows why) and nothing here changes.
   */
  private async syncLibrary<T extends { id: string }>(
    library: {
      kind: 'templates' | 'teamRules';
      stateKey: string;
      fileName: string;
      parse: (text: string) => { ok: true; items: T[] } | { ok: false; message: string };
      /** Merges with the file's items (none: no file yet) and writes what changes here; says what the file must hold. */
      merge: (remote: T[] | undefined, baseIds: ReadonlySet<string>) => Promise<{ merged: T[]; remoteNeedsUpdate: boolean; baseIds: string[] }>;
      serialize: (merged: T[], now: number) => string;
    },
    options: { onlyIfChanged?: boolean },
  ): Promise<void> {
    const root = await this.rootId();
    const lstate = await this.libraryState(library.stateKey);
    let file: DriveFile | undefined;
    if (lstate.fileId) {
      file = await this.client.get(lstate.fileId).catch((e: unknown) => {
        if (errorKind(e) === 'notFound') return undefined;
        throw e;
      });
      if (file?.trashed) file = undefined;
    }
    if (!file) {
      const found = await this.client.listAll(and(appPropertyIs(APP_KEYS.kind, library.kind), inParents(root), notTrashed));
      file = pickCanonical(found).keep;
    }
    if (options.onlyIfChanged && file && file.modifiedTime && file.modifiedTime === lstate.remoteModifiedTime && !lstate.lastError) return;
    let remote: T[] | undefined;
    if (file) {
      const parsed = library.parse(new TextDecoder().decode(await this.client.download(file.id)));
      if (!parsed.ok) {
        await this.db.settings.put({ key: library.stateKey, value: { ...lstate, fileId: file.id, lastError: parsed.message } });
        return;
      }
      remote = parsed.items;
    }
    const merge = await library.merge(remote, new Set(lstate.baseIds));
    if (merge.remoteNeedsUpdate) {
      const bytes = new TextEncoder().encode(library.serialize(merge.merged, this.now()));
      file = file
        ? await this.client.updateMultipart(file.id, {}, bytes, 'application/json')
        : await this.client.createMultipart(
            { name: library.fileName, mimeType: 'application/json', parents: [root], appProperties: { [APP_KEYS.kind]: library.kind } },
            bytes,
            'application/json',
          );
    }
    const next: LibrarySyncState = { baseIds: merge.baseIds };
    if (file) {
      next.fileId = file.id;
      if (file.modifiedTime) next.remoteModifiedTime = file.modifiedTime;
    }
    await this.db.settings.put({ key: library.stateKey, value: next });
  }

  async syncTemplates(options: { onlyIfChanged?: boolean } = {}): Promise<void> {
    await this.syncLibrary(
      {
        kind: 'templates',
        stateKey: TEMPLATES_STATE_KEY,
        fileName: TEMPLATE_LIBRARY_FILE_NAME,
        parse: (text) => {
          const parsed = parseTemplateLibrary(text);
          return parsed.ok ? { ok: true, items: parsed.library.templates } : parsed;
        },
        merge: async (remote, baseIds) => {
          const merge = mergeTemplates(await this.db.templates.toArray(), remote, baseIds);
          if (merge.putLocal.length || merge.deleteLocal.length) {
            await this.db.transaction('rw', this.db.templates, async () => {
              if (merge.putLocal.length) await this.db.templates.bulkPut(merge.putLocal);
              if (merge.deleteLocal.length) await this.db.templates.bulkDelete(merge.deleteLocal);
            });
          }
          return { ...merge, baseIds: merge.merged.map((t) => t.id) };
        },
        serialize: serializeTemplateLibrary,
      },
      options,
    );
  }

  /** The team's rules: a teammate's rule lands on the profile of the same expert here (lib/drive/team-rules.ts). */
  async syncTeamRules(options: { onlyIfChanged?: boolean } = {}): Promise<void> {
    await this.syncLibrary(
      {
        kind: 'teamRules',
        stateKey: TEAM_RULES_STATE_KEY,
        fileName: TEAM_RULES_LIBRARY_FILE_NAME,
        parse: (text) => {
          const parsed = parseSharedRules(text);
          return parsed.ok ? { ok: true, items: parsed.entries } : parsed;
        },
        merge: async (remote, baseIds) => {
          // Read and written in one transaction: a rule saved meanwhile is not overwritten by an older copy.
          const merge = await this.db.transaction('rw', [this.db.teamRules, this.db.projects], async () => {
            const local = checkRows(teamRuleRecordSchema, await this.db.teamRules.toArray(), rowKey).valid;
            const projects = checkRows(projectRecordSchema, await this.db.projects.toArray(), rowKey).valid;
            const m = mergeSharedRules(local, projects, remote, baseIds);
            if (m.putLocal.length) await this.db.teamRules.bulkPut(m.putLocal);
            if (m.deleteLocal.length) await this.db.teamRules.bulkDelete(m.deleteLocal);
            return m;
          });
          if (merge.putLocal.length || merge.deleteLocal.length) await this.options.onTeamRulesPulled?.();
          return merge;
        },
        serialize: serializeSharedRules,
      },
      options,
    );
  }

  async templatesError(): Promise<string | undefined> {
    return (await this.libraryState(TEMPLATES_STATE_KEY)).lastError;
  }

  async teamRulesError(): Promise<string | undefined> {
    return (await this.libraryState(TEAM_RULES_STATE_KEY)).lastError;
  }
}
