import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badges, contentScriptSender, expect, extensionWorker, launchWithExtension, openWatchWithTexts, test } from './fixtures';
import { DriveTestServer } from '../drive-server/server';

/*
 * Drive sync end to end, in Chromium, against the local Drive server on 127.0.0.1 (no internet): a print is
 * uploaded exactly once despite injected 500/429/dropped connections and a service-worker stop mid-upload; a
 * second browser profile pulls it (thumbnail first); a delete propagates.
 *
 * The e2e build reads the Drive base URL and a test token from chrome.storage.session, set here through the
 * service worker; the store build ignores them.
 */

const TOKEN = 'e2e-token';
let server: DriveTestServer;

test.beforeAll(async () => {
  server = new DriveTestServer({ tokens: [TOKEN] });
  await server.start();
});
test.afterAll(async () => server.stop());
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  // What the Drive server saw is the first thing to read when this test fails.
  if (testInfo.status !== testInfo.expectedStatus) {
    console.log(server.log.map((l) => `${l.method} ${l.path.slice(0, 140)} → ${l.status}${l.fault ? ` [${l.fault}]` : ''}`).join('\n'));
  }
});

async function connectProfile(context: BrowserContext, worker: Worker): Promise<void> {
  // The harness aborts every http(s) request; the local Drive server is the one exception.
  await context.route(`${server.baseUrl}/**`, (route) => route.continue());
  await worker.evaluate(
    async (config) => chrome.storage.session.set({ rondaDriveTest: config }),
    { baseUrl: server.baseUrl, token: TOKEN, resumableThreshold: 100_000, chunkSize: 256 * 1024, pullIntervalMs: 1_000 },
  );
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('drive-section')).toBeVisible();
  return page;
}

/** Writes a print the way storage/prints.ts savePrint does (metadata, image, outbox entry in one transaction). */
async function writePrint(page: Page, id: string): Promise<number> {
  return page.evaluate(async (printId) => {
    // An incompressible 420×420 PNG (~700 kB): big enough for a chunked, resumable upload.
    const canvas = new OffscreenCanvas(420, 420);
    const ctx = canvas.getContext('2d')!;
    const image = ctx.createImageData(420, 420);
    for (let i = 0; i < image.data.length; i += 65_536) crypto.getRandomValues(image.data.subarray(i, i + 65_536));
    for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
    ctx.putImageData(image, 0, 0);
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    const now = Date.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ronda');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['prints', 'printImages', 'outbox'], 'readwrite');
    tx.objectStore('prints').put({
      id: printId,
      site: 'instagram',
      postUrl: 'https://www.instagram.com/p/C0ronda123/',
      authorName: 'Maria Souza',
      authorHandle: 'maria.souza',
      text: 'Aula incrível, mudou minha forma de ver o lançamento!',
      capturedAt: Date.parse('2026-11-23T14:00:00Z'),
      capturedBy: 'Ana',
      label: 'praise',
      tags: ['depoimento'],
      starred: false,
      notes: '',
      textHash: `t-${printId}`,
      imageHash: `i-${printId}`,
      width: 420,
      height: 420,
      redacted: false,
      includesReplies: false,
      updatedAt: now,
    });
    tx.objectStore('printImages').put({ id: printId, png, thumb: png.slice(0, 100) });
    tx.objectStore('outbox').add({ kind: 'print.upsert', entityId: printId, enqueuedAt: now, attempts: 0, nextAttemptAt: now });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return png.length;
  }, id);
}

async function readRow(page: Page, store: string, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    async ({ store, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('ronda');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = await new Promise<unknown>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).get(id);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      if (!row) return undefined;
      // Bytes do not cross evaluate(): report their sizes.
      return Object.fromEntries(Object.entries(row as object).map(([k, v]) => [k, v instanceof Uint8Array ? { bytes: v.length } : v]));
    },
    { store, id },
  );
}

async function markDeleted(page: Page, id: string): Promise<void> {
  await page.evaluate(async (printId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ronda');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['prints', 'outbox'], 'readwrite');
    const prints = tx.objectStore('prints');
    const now = Date.now();
    prints.get(printId).onsuccess = (e) => {
      const row = (e.target as IDBRequest).result as Record<string, unknown>;
      prints.put({ ...row, deletedAt: now, updatedAt: now });
    };
    tx.objectStore('outbox').add({ kind: 'print.delete', entityId: printId, enqueuedAt: now, attempts: 0, nextAttemptAt: now });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);
}

function syncNow(page: Page) {
  return page.evaluate(() => chrome.runtime.sendMessage({ ronda: 1, type: 'bg.drive.syncNow', payload: {} }));
}

test('a print reaches Drive exactly once through faults and a worker stop, a teammate pulls it, a delete propagates', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(180_000);
  await connectProfile(context, worker);
  const options = await openOptions(context, extensionId);
  await options.getByTestId('drive-sign-in').click();
  await options.getByTestId('drive-create-root').click();
  await expect(options.getByTestId('drive-root')).toContainText('Ronda — Acervo de prints');
  const root = [...server.files.values()].find((f) => f.appProperties.rondaKind === 'root')!;

  // Faults on the way: a 500 when the upload session starts, a 429 and a dropped connection on chunks, and a
  // slow chunk during which the service worker is stopped.
  server.inject({ kind: 500, match: /POST \/upload\/drive\/v3\/files\?uploadType=resumable/ });
  server.inject({ kind: 429, match: /PUT \/upload/, retryAfter: 1 });
  server.inject({ kind: 'drop', match: /PUT \/upload/ });
  server.inject({ kind: 'slow', match: /PUT \/upload/, ms: 4_000 });
  const size = await writePrint(options, 'e2e-print-1');
  expect(size).toBeGreaterThan(300_000);
  await syncNow(options).catch(() => undefined);

  // Stop the worker while the slow chunk is in flight.
  await expect.poll(() => server.log.some((l) => l.fault === 'slow'), { timeout: 30_000 }).toBe(true);
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The stopped worker's connection goes down with it: the server sees the slow chunk's answer undelivered.
  await expect.poll(() => server.log.find((l) => l.fault === 'slow')?.status, { timeout: 10_000 }).toBe('dropped');

  // Any message wakes the worker; it finds the stored session and finishes.
  await expect
    .poll(
      async () => {
        await syncNow(options).catch(() => undefined);
        return server.filesWithRondaId('e2e-print-1').length;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(1);
  const restarted = await extensionWorker(context);
  expect(restarted.url()).toContain(extensionId);
  expect(server.createsOf('e2e-print-1')).toHaveLength(1);
  const [file] = server.filesWithRondaId('e2e-print-1');
  expect(file!.size).toBe(size);
  expect(file!.name).toBe('2026-11-23_instagram_@maria.souza_elogio.png');
  expect(server.files.get(file!.parents[0]!)!.parents).toEqual([root.id]);
  await expect(options.getByTestId('drive-pending')).toHaveText('0', { timeout: 15_000 });

  // A teammate's profile pulls it.
  const teammate = await launchWithExtension();
  try {
    const teammateWorker = await extensionWorker(teammate.context);
    await connectProfile(teammate.context, teammateWorker);
    const teammateOptions = await openOptions(teammate.context, new URL(teammateWorker.url()).host);
    await teammateOptions.getByTestId('drive-sign-in').click();
    await teammateOptions.getByTestId('drive-list-roots').click();
    await teammateOptions.getByTestId('drive-roots').getByRole('button', { name: 'Ronda — Acervo de prints' }).click();
    await expect(teammateOptions.getByTestId('drive-root')).toContainText('Ronda — Acervo de prints');
    await expect.poll(async () => (await readRow(teammateOptions, 'printImages', 'e2e-print-1'))?.thumb, { timeout: 30_000 }).toBeTruthy();
    const pulled = await readRow(teammateOptions, 'prints', 'e2e-print-1');
    expect(pulled).toMatchObject({ authorHandle: 'maria.souza', tags: ['depoimento'], label: 'praise' });
    const images = await readRow(teammateOptions, 'printImages', 'e2e-print-1');
    // Thumbnail first (a small WebP made from the download); the full image waits until someone opens it.
    expect(images?.png).toBeUndefined();
    expect((images?.thumb as { bytes: number }).bytes).toBeLessThan(size);
    const full = await teammateOptions.evaluate(() => chrome.runtime.sendMessage({ ronda: 1, type: 'bg.drive.fetchImage', payload: { printId: 'e2e-print-1' } }));
    expect(full).toEqual({ ok: true, data: { ok: true } });
    expect(((await readRow(teammateOptions, 'printImages', 'e2e-print-1'))?.png as { bytes: number }).bytes).toBe(size);
    expect(server.createsOf('e2e-print-1')).toHaveLength(1);

    // A delete here reaches Drive (trash) and the teammate (tombstone).
    await markDeleted(options, 'e2e-print-1');
    await expect
      .poll(
        async () => {
          await syncNow(options).catch(() => undefined);
          return server.filesWithRondaId('e2e-print-1').length;
        },
        { timeout: 30_000, intervals: [1_000] },
      )
      .toBe(0);
    await expect
      .poll(
        async () => {
          await syncNow(teammateOptions).catch(() => undefined);
          return (await readRow(teammateOptions, 'prints', 'e2e-print-1'))?.deletedAt;
        },
        { timeout: 30_000, intervals: [1_000] },
      )
      .toBeDefined();
  } finally {
    await teammate.cleanup();
  }
});

test('a content script cannot reach Drive: bg.drive.* is refused outside Ronda pages', async ({ context }) => {
  const send = await contentScriptSender(context);
  for (const type of ['bg.drive.status', 'bg.drive.syncNow', 'bg.drive.setRoot']) {
    expect(await send(type, {})).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
  }
});

test('without an OAuth client id the options page says Drive must be configured', async ({ extensionId, context }) => {
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('drive-not-configured')).toContainText('O Google Drive não está ativado nesta instalação do Ronda.');
  await expect(options.getByTestId('drive-sign-in')).toHaveCount(0);
});

test('403 insufficient scope stops the sync with a message, and "Tentar de novo" resumes it', async ({ context, worker, extensionId }) => {
  await connectProfile(context, worker);
  const options = await openOptions(context, extensionId);
  await options.getByTestId('drive-sign-in').click();
  await options.getByTestId('drive-create-root').click();
  await expect(options.getByTestId('drive-root')).toBeVisible();
  await expect(options.getByTestId('drive-pending')).toHaveText('0', { timeout: 15_000 });
  server.inject({ kind: 'scope', match: /POST \/upload\/drive\/v3\/files\?uploadType=resumable/ });
  // No message: the running loop (woken each second by the test's pull interval) finds the new outbox entry.
  await writePrint(options, 'e2e-print-scope');
  await expect(options.getByTestId('drive-error')).toContainText('Sincronização parada', { timeout: 15_000 });
  await expect(options.getByTestId('drive-error')).toContainText('permissão');
  await expect(options.getByTestId('drive-sign-in-again')).toBeVisible();
  await expect(options.getByTestId('drive-pending')).not.toHaveText('0');
  expect(server.filesWithRondaId('e2e-print-scope')).toHaveLength(0);
  // The user granted access again: the retry button sends what was waiting, once.
  await options.getByTestId('drive-sync-now').click();
  await expect(options.getByTestId('drive-pending')).toHaveText('0', { timeout: 20_000 });
  await expect(options.getByTestId('drive-error')).toHaveCount(0);
  expect(server.createsOf('e2e-print-scope')).toHaveLength(1);
});

test("the team's rules travel through the acervo folder: a teammate's rule labels the open page here, and one made here goes up", async ({ context, worker, extensionId }) => {
  await connectProfile(context, worker);
  const page = await openWatchWithTexts(context, ['lá vem o rei do dropshipping', 'que aula boa, obrigada', 'vou assistir a aula amanhã cedo']);
  const rei = badges(page).nth(0);
  await expect(rei).toHaveAttribute('data-label', 'neutral');

  const options = await openOptions(context, extensionId);
  await options.getByTestId('drive-sign-in').click();
  await options.getByTestId('drive-create-root').click();
  await expect(options.getByTestId('drive-root')).toBeVisible();
  await expect(options.getByTestId('drive-pending')).toHaveText('0', { timeout: 15_000 });
  const roots = [...server.files.values()].filter((f) => f.appProperties.rondaKind === 'root' && !f.trashed);
  const root = roots[roots.length - 1]!;

  // Connecting shared this Chrome's rules (none yet) in the acervo's team rules file; a teammate's Ronda then
  // writes its rule into that file, as its own sync does: a word rule for everyone.
  // (The Drive server outlives each test: earlier tests' acervos are there too.)
  const teamFiles = () => [...server.files.values()].filter((f) => f.appProperties.rondaKind === 'teamRules' && f.parents.includes(root.id) && !f.trashed);
  await expect.poll(() => teamFiles().length, { timeout: 15_000 }).toBe(1);
  const file = teamFiles()[0]!;
  const at = Date.now();
  const teammate = {
    format: 'ronda-team-rules',
    version: 1,
    exportedAt: new Date(at).toISOString(),
    rules: [{ id: 'rule-caio-1', kind: 'term', pattern: 'rei do dropship*', label: 'hater', note: 'apelido dos trolls', createdBy: 'Caio', createdAt: at, updatedAt: at }],
  };
  expect(file).toMatchObject({ name: 'Ronda — Regras da equipe.json', parents: [root.id] });
  file.content = Buffer.from(JSON.stringify(teammate));
  server.touch(file.id, {});
  await syncNow(options);
  await expect(rei).toHaveAttribute('data-label', 'hater', { timeout: 15_000 });
  await expect(rei.locator('button.badge')).toHaveAttribute('title', /regra da equipe: "rei do dropship\*"/);
  await expect(options.getByTestId('team-rules')).toContainText('rei do dropship*', { timeout: 10_000 });

  // A rule made here goes up into the same file, with the teammate's.
  const section = options.getByTestId('team-rules');
  await section.getByLabel('Palavra, frase ou emoji').fill('golpista');
  await section.getByRole('button', { name: 'Adicionar regra' }).click();
  await expect(section.getByTestId('team-rules-status')).toContainText('Regra adicionada');
  await expect
    .poll(() => (JSON.parse(String(server.files.get(file.id)!.content)) as { rules: { pattern: string }[] }).rules.map((r) => r.pattern).sort(), { timeout: 15_000 })
    .toEqual(['golpista', 'rei do dropship*']);
  expect(teamFiles()).toHaveLength(1);
});
