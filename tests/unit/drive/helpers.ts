import { afterAll, beforeAll, beforeEach } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { savePrint } from '../../../storage/prints';
import type { PrintRecord } from '../../../storage/schema';
import { DriveClient } from '../../../background/drive/client';
import { SyncEngine, type EngineOptions } from '../../../background/drive/engine';
import { DriveTestServer } from '../../drive-server/server';

/** One fake Drive for the file's tests, emptied (files, creates, faults) before each test. */
export function startDriveServer(): DriveTestServer {
  const server = new DriveTestServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    server.files.clear();
    server.creates.length = 0;
    server.clearFaults();
  });
  return server;
}

let dbSeq = 0;
export function freshDb(): RondaDB {
  dbSeq++;
  return new RondaDB(`drive-test-${dbSeq}-${Math.random().toString(36).slice(2)}`);
}

export function makePrint(id: string, overrides: Partial<PrintRecord> = {}): PrintRecord {
  return {
    id,
    site: 'instagram',
    postUrl: 'https://www.instagram.com/p/C0ronda123/',
    permalink: `https://www.instagram.com/p/C0ronda123/c/${id}/`,
    authorName: 'Maria Souza',
    authorHandle: 'maria.souza',
    text: 'Aula incrível, mudou minha forma de ver o lançamento!',
    capturedAt: Date.parse('2026-11-23T14:00:00Z'),
    capturedBy: 'Ana',
    label: 'praise',
    tags: ['depoimento'],
    starred: false,
    notes: '',
    textHash: `t-${id}`,
    imageHash: `i-${id}`,
    width: 400,
    height: 200,
    redacted: false,
    includesReplies: false,
    updatedAt: Date.parse('2026-11-23T14:00:00Z'),
    ...overrides,
  };
}

/** Deterministic pseudo-random bytes (incompressible, like a real screenshot's PNG). */
export function bytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return out;
}

export async function addPrint(db: RondaDB, id: string, size = 2_000, overrides: Partial<PrintRecord> = {}): Promise<PrintRecord> {
  const print = makePrint(id, overrides);
  await savePrint(print, { id, png: bytes(size, id.length + size), thumb: new Uint8Array([1, 2, 3]) }, { db });
  return print;
}

export interface Harness {
  db: RondaDB;
  engine: SyncEngine;
  client: DriveClient;
  clock: { now: number };
  refreshes: number;
}

/** An engine on its own database, talking to `server` with a token the server accepts. */
export function makeEngine(server: DriveTestServer, options: Partial<EngineOptions> & { db?: RondaDB; token?: string } = {}): Harness {
  const db = options.db ?? freshDb();
  const clock = { now: Date.parse('2026-11-23T15:00:00Z') };
  const harness = { db, clock, refreshes: 0 } as Harness;
  let token = options.token ?? 'test-token';
  const client = new DriveClient({
    baseUrl: server.baseUrl,
    timeoutMs: 5_000,
    now: () => clock.now,
    tokens: {
      getToken: async ({ refresh }) => {
        if (refresh) {
          harness.refreshes++;
          token = `refreshed-${harness.refreshes}`;
          server.tokens.add(token);
        }
        return token;
      },
    },
  });
  harness.client = client;
  harness.engine = new SyncEngine({ db, client, now: () => clock.now, random: () => 0.5, ...options });
  return harness;
}

/** Runs the engine like the alarm loop would: again and again, jumping the clock to each wake-up. */
export async function runUntilIdle(h: Harness, maxRuns = 30): Promise<number> {
  for (let i = 0; i < maxRuns; i++) {
    const result = await h.engine.run();
    const pending = await h.db.outbox.count();
    const state = await h.engine.state();
    if (state.stopped) return i + 1;
    if (pending === 0 && !state.pausedUntil) return i + 1;
    h.clock.now = Math.max(h.clock.now + 1, result.nextWakeAt ?? h.clock.now + 60_000);
  }
  throw new Error('sync did not settle');
}

export async function connect(h: Harness, rootName = 'Ronda — Acervo de prints'): Promise<string> {
  await h.engine.saveState({ signedIn: true });
  const root = await h.engine.createRootFolder(rootName);
  return root.id;
}
