import { browser } from 'wxt/browser';
import Dexie from 'dexie';
import { getDb } from '../../storage/db';
import { DB_NAME } from '../../storage/db';
import { apiBaseUrl, readTestConfig, tokenSource } from './auth';
import { DriveClient } from './client';
import { SyncEngine } from './engine';
import { makeThumbnail } from './thumbs';
import { errorText } from '../../lib/error-text';
import { teamRulesChanged } from '../team-rules';

/*
 * The background loop. A service worker may be stopped at any moment, so nothing here is the source of truth:
 * the outbox and the sync state are in IndexedDB, and the loop is woken by
 *   - a periodic chrome.alarms alarm (survives worker shutdowns and browser restarts),
 *   - the worker starting up, and any local change to the outbox (Dexie's cross-context change event),
 *   - the options page ("sincronizar agora", "tentar de novo").
 * Waits shorter than the alarm period (a backoff of a few seconds) use a timer while the worker is alive; if
 * the worker dies first, the alarm picks the work up.
 */

export const SYNC_ALARM = 'ronda-drive-sync';
const ALARM_PERIOD_MINUTES = 1;
const TIMER_LIMIT_MS = 55_000;

let running: Promise<void> | undefined;
let again = false;
/** Tasks that must not overlap a run (switching the acervo): while any is held, runs wait. */
let held = 0;
let afterHold: Promise<void> = Promise.resolve();
let forcePullNext = false;
let timer: ReturnType<typeof setTimeout> | undefined;

export async function buildEngine(): Promise<SyncEngine> {
  const test = await readTestConfig();
  const client = new DriveClient({ baseUrl: apiBaseUrl(test), tokens: tokenSource });
  return new SyncEngine({
    db: getDb(),
    client,
    makeThumbnail,
    resumableThreshold: test?.resumableThreshold,
    chunkSize: test?.chunkSize,
    pullIntervalMs: test?.pullIntervalMs,
    onTeamRulesPulled: teamRulesChanged,
  });
}

export function isRunning(): boolean {
  return running !== undefined;
}

/** Runs the engine now (or right after the run in progress). Resolves when the loop is idle again. */
export function kick(options: { forcePull?: boolean } = {}): Promise<void> {
  if (options.forcePull) forcePullNext = true;
  if (held) return afterHold.then(() => kick());
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        const forcePull = forcePullNext;
        forcePullNext = false;
        const engine = await buildEngine();
        const result = await engine.run({ forcePull });
        schedule(result.nextWakeAt);
      } while (again && !held);
    } catch (error) {
      // Only local failures get here (the engine records Drive ones): the alarm tries again.
      console.warn('Ronda Drive: sync run failed', errorText(error));
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/**
 * Runs `task` with no sync run under way: it waits for the one in progress and holds later ones off until it
 * ends. A run that went on while the acervo changed would finish an upload or a move into the old one and
 * record it as the new one's.
 */
export function whileSyncHeld<T>(task: () => Promise<T>): Promise<T> {
  held++;
  const result = afterHold.then(async () => {
    while (running) await running;
    return task();
  });
  const done = result.then(
    () => undefined,
    () => undefined,
  );
  afterHold = done;
  void done.then(() => {
    held--;
    if (!held && (again || forcePullNext)) void kick();
  });
  return result;
}

function schedule(at: number | undefined): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (at === undefined) return;
  const delay = at - Date.now();
  if (delay <= TIMER_LIMIT_MS) timer = setTimeout(() => void kick(), Math.max(250, delay));
}

export function startDriveSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void kick();
  });
  void browser.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: ALARM_PERIOD_MINUTES });
  });
  // A print saved or edited anywhere in the extension (side panel, gallery, this worker) reaches Drive now.
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((k) => k.startsWith(`idb://${DB_NAME}/outbox/`))) void kick();
  });
  void kick();
}
