import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { DEFAULT_ROOT_FOLDER_NAME } from '../../lib/drive/naming';
import type { DriveStatus } from '../../lib/drive/state';
import { isConfigured, signIn, signOut } from './auth';
import { buildEngine, isRunning, kick, whileSyncHeld } from './loop';

/*
 * The bg.drive.* messages. All are privileged (protocol.ts): only Ronda's own pages may sign in, pick the
 * folder or start a sync; a content script running inside Instagram never reaches Drive.
 */

type DriveMessage = 'bg.drive.status' | 'bg.drive.signIn' | 'bg.drive.signOut' | 'bg.drive.folders' | 'bg.drive.setRoot' | 'bg.drive.syncNow' | 'bg.drive.fetchImage';

export async function driveStatus(): Promise<DriveStatus> {
  const engine = await buildEngine();
  const state = await engine.state();
  const status: DriveStatus = {
    configured: await isConfigured(),
    signedIn: state.signedIn,
    pending: await getDb().outbox.count(),
    stopped: state.stopped,
    running: isRunning(),
    conflicts: state.conflicts,
    rejected: await engine.rejected(),
  };
  if (state.rootFolderId) status.rootFolderId = state.rootFolderId;
  if (state.rootFolderName) status.rootFolderName = state.rootFolderName;
  if (state.lastSyncAt) status.lastSyncAt = state.lastSyncAt;
  if (state.lastPullAt) status.lastPullAt = state.lastPullAt;
  if (state.lastError) status.lastError = state.lastError;
  if (state.pausedUntil) status.pausedUntil = state.pausedUntil;
  const templatesError = await engine.templatesError();
  if (templatesError) status.templatesError = templatesError;
  const teamRulesError = await engine.teamRulesError();
  if (teamRulesError) status.teamRulesError = teamRulesError;
  return status;
}

export const driveHandlers: Handlers<DriveMessage> = {
  'bg.drive.status': () => driveStatus(),
  'bg.drive.signIn': async () => {
    await signIn();
    const engine = await buildEngine();
    await engine.saveState({ signedIn: true, stopped: false, lastError: undefined, pausedUntil: undefined, pauseAttempts: 0 });
    void kick({ forcePull: true });
    return driveStatus();
  },
  'bg.drive.signOut': async () => {
    await signOut();
    const engine = await buildEngine();
    await engine.saveState({ signedIn: false, stopped: false, pausedUntil: undefined, lastError: undefined });
    return driveStatus();
  },
  'bg.drive.folders': async () => {
    const engine = await buildEngine();
    const folders = await engine.listRootFolders();
    return { folders: folders.map((f) => ({ id: f.id, name: f.name })) };
  },
  'bg.drive.setRoot': async ({ folderId, createName }) => {
    const engine = await buildEngine();
    await whileSyncHeld(async () => {
      if (folderId) await engine.useRootFolder(folderId);
      else await engine.createRootFolder(createName?.trim() || DEFAULT_ROOT_FOLDER_NAME);
    });
    void kick({ forcePull: true });
    return driveStatus();
  },
  'bg.drive.syncNow': async () => {
    const engine = await buildEngine();
    // "Tentar de novo": the user fixed what stopped the loop (or wants no more waiting): everything is due now.
    await engine.saveState({ stopped: false, pausedUntil: undefined, pauseAttempts: 0 });
    const now = Date.now();
    await getDb().outbox.toCollection().modify((e) => {
      e.nextAttemptAt = Math.min(e.nextAttemptAt, now);
    });
    await kick({ forcePull: true });
    return driveStatus();
  },
  'bg.drive.fetchImage': async ({ printId }) => {
    const engine = await buildEngine();
    return { ok: await engine.fetchFullImage(printId) };
  },
};
