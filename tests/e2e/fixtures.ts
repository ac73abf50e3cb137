import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The build the tests load: `npm run build:e2e` writes it (RONDA_OUTDIR overrides, as in wxt.config.ts). */
export const EXTENSION_DIR = path.resolve(process.env.RONDA_OUTDIR ?? '.output/e2e', 'chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Launches Chromium with Ronda loaded, in a fresh profile. Exported for benchmarks and multi-profile tests. */
export async function launchWithExtension(options: { withExtension?: boolean; userDataDir?: string } = {}) {
  const withExtension = options.withExtension ?? true;
  // Without the build Chromium starts without Ronda and the caller waits 30 s for a service worker that never comes.
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Ronda não está compilado em ${EXTENSION_DIR}: rode "npm run build:e2e" antes / no build there: run "npm run build:e2e" first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'ronda-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  // The real sites are unreachable here: anything not routed to a fixture fails fast instead of hanging.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const cleanup = async () => {
    await context.close();
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, userDataDir, cleanup };
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * Serves a fixture file at a real site URL (glob or regex), so the extension's real content-script matching
 * runs on it. Later routes win in Playwright, so this overrides the catch-all abort.
 */
export async function serveFixture(
  context: BrowserContext,
  url: string | RegExp,
  fixture: string | ((requestUrl: URL) => string),
  contentType = 'text/html; charset=utf-8',
): Promise<void> {
  await context.route(url, (route) => {
    const file = typeof fixture === 'string' ? fixture : fixture(new URL(route.request().url()));
    return route.fulfill({ status: 200, contentType, body: readFileSync(path.join(FIXTURES_DIR, file)) });
  });
}

/** Serves `fixture` at its real URL's host and opens `url` in a new tab (the content scripts match as on the site). */
export async function openFixturePage(context: BrowserContext, fixture: string, url: string): Promise<Page> {
  await serveFixture(context, `https://${new URL(url).host}/**`, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Opens an Instagram page with Ronda's content script on it and returns a sender of messages from inside that
 * script's isolated world (where chrome.runtime is available): what a compromised or hostile page context could
 * ask the background for. Resolves with the background's reply ({ ok, data } or { ok: false, error }).
 */
export async function contentScriptSender(context: BrowserContext): Promise<(type: string, payload: unknown) => Promise<{ ok: boolean; error?: string; data?: unknown }>> {
  await serveFixture(context, 'https://www.instagram.com/**', 'harness/plain.html');
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/p/C0ronda123/');
  await base.expect(page.locator('html')).toHaveAttribute('data-ronda', 'instagram');
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Ronda');
  if (!world) throw new Error(`no Ronda isolated world among: ${contexts.map((c) => c.name).join(', ')}`);
  return async (type, payload) =>
    (
      await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage({ ronda: 1, type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} })`,
      })
    ).result.value as { ok: boolean; error?: string; data?: unknown };
}

/** One request on a store of Ronda's IndexedDB, made in the service worker (the extension's origin). */
function storeRequest<T>(worker: Worker, store: string, method: 'count' | 'get' | 'getAll', arg?: unknown, index?: string): Promise<T> {
  return worker.evaluate(
    ({ store, method, arg, index }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('ronda');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const source = db.transaction(store).objectStore(store);
          const target = index ? source.index(index) : source;
          const request = method === 'getAll' ? target.getAll() : target[method](arg as IDBValidKey);
          request.onsuccess = () => {
            resolve(request.result as T);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { store, method, arg, index },
  );
}

/** Comments Ronda stored under a post URL, read from its IndexedDB in the service worker. */
export function storedCount(worker: Worker, postUrl: string): Promise<number> {
  return storeRequest<number>(worker, 'comments', 'count', postUrl, 'postUrl');
}

/** Adds a launch blog the way a user does: its address in the options page's Blogs section. */
export async function addBlog(openExtensionPage: (page: string) => Promise<Page>, origin: string): Promise<void> {
  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('blogs');
  await section.getByLabel('Endereço do blog').fill(origin);
  await section.getByRole('button', { name: 'Adicionar blog' }).click();
  await base.expect(section.getByTestId('blogs-status')).toContainText(`Blog adicionado: ${origin}.`);
  await options.close();
}

/** The expert profile the reply templates sign with, filled in the options page as staff do. */
export async function fillProfile(openExtensionPage: (p: string) => Promise<Page>): Promise<void> {
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Nome do especialista').fill('Ana Souza');
  await options.getByLabel(/Assinatura do suporte/).fill('Equipe de Suporte da Ana');
  await options.getByLabel('Link do produto').fill('https://anasouza.com.br/curso');
  await options.getByLabel('Link do checkout').fill('https://pay.anasouza.com.br/lote1');
  await options.getByLabel(/WhatsApp do suporte/).fill('(11) 98765-4321');
  await options.getByLabel('E-mail do suporte').fill('suporte@anasouza.com.br');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await base.expect(options.getByRole('status')).toHaveText('Perfil salvo.');
  await options.close();
}

/** Every comment row Ronda stored (key, label and who gave it), read from its IndexedDB in the service worker. */
export async function storedComments(worker: Worker): Promise<{ key: string; label: string; labelSource: string }[]> {
  const rows = await storeRequest<{ key: string; label: string; labelSource: string }[]>(worker, 'comments', 'getAll');
  return rows.map(({ key, label, labelSource }) => ({ key, label, labelSource }));
}

/** A setting as the worker stored it (Dexie's settings table in the extension's IndexedDB). */
export async function storedSetting(worker: Worker, key: string): Promise<unknown> {
  return (await storeRequest<{ value?: unknown } | undefined>(worker, 'settings', 'get', key))?.value;
}

/** The id of the (first) tab whose URL matches a Chrome match pattern. */
export async function tabIdOf(worker: Worker, pattern: string): Promise<number> {
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }, pattern);
}

interface RondaFixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of Ronda's pages (e.g. "sidepanel.html") in a tab. */
  openExtensionPage: (page: string) => Promise<Page>;
}

export const test = base.extend<RondaFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, cleanup } = await launchWithExtension();
    await use(context);
    await cleanup();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Ronda's badges and status chip on a site page. */
export const badges = (page: Page) => page.locator('ronda-badge');
export const chip = (page: Page) => page.locator('ronda-status');

/**
 * Marked comments on screen whose badge is missing, hidden or not drawn on the comment's own line: badges live
 * in Ronda's layer, so this checks where they are drawn, not where they sit in the DOM.
 */
export const misplacedOnScreen = (page: Page) =>
  page.evaluate(() => {
    const byId = new Map<string, Element>();
    for (const layer of document.querySelectorAll('ronda-layer')) {
      for (const badge of layer.shadowRoot?.querySelectorAll('ronda-badge') ?? []) byId.set(badge.getAttribute('data-ronda-comment')!, badge);
    }
    const bad: string[] = [];
    for (const el of document.querySelectorAll('[data-ronda-id]')) {
      const r = el.getBoundingClientRect();
      if (!(r.bottom > 0 && r.top < innerHeight && r.height > 0)) continue;
      const id = el.getAttribute('data-ronda-id')!;
      const pill = byId.get(id)?.querySelector('button.badge')?.getBoundingClientRect();
      const y = pill ? pill.top + pill.height / 2 : NaN;
      const x = pill ? pill.left : NaN;
      if (!pill || !pill.width || !(y >= r.top && y <= r.bottom && x >= r.left && x <= r.right + 40)) bad.push(id);
    }
    return bad;
  });

/**
 * The YouTube watch fixture with its first comments' texts replaced (served at the real URL): for tests about what
 * particular comments teach the memory. `edit` changes the markup first (e.g. one author writing twice).
 */
export async function openWatchWithTexts(context: BrowserContext, texts: readonly string[], edit: (html: string) => string = (html) => html): Promise<Page> {
  let i = 0;
  // Every rewritten comment is someone's to label: the channel owner's pill goes, or those would be the house's answers.
  const html = edit(readFileSync(path.join(FIXTURES_DIR, 'youtube/watch.html'), 'utf8').replace(/(<ytd-author-comment-badge-renderer [^>]*?) creator=""/g, '$1')).replace(
    /(<yt-attributed-string id="content-text"[^>]*><span[^>]*>)[^<]*(<\/span>)/g,
    (whole, open: string, close: string) => (i < texts.length ? `${open}${texts[i++]}${close}` : whole),
  );
  await context.route('https://www.youtube.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto('https://www.youtube.com/watch?v=rOnDa2026aB');
  return page;
}
