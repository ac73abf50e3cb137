import { buildSync } from 'esbuild';
import type { CDPSession, Page } from '@playwright/test';
import path from 'node:path';
import { expect, serveFixture, test } from './fixtures';

/*
 * Reply insertion against pages that behave like each site's editor (tests/fixtures/editors/). The insertion
 * module runs in an isolated world, as it does in Ronda's content script: the page's own JS cannot see it and
 * it cannot see the page's JS wrappers (React's value tracker, Lexical's listeners), only the shared DOM.
 */

const BUNDLE = buildSync({
  entryPoints: [path.resolve('content/reply/insert.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'RondaInsert',
  platform: 'browser',
  target: 'chrome120',
  write: false,
}).outputFiles[0]!.text;

const ORIGIN = 'https://editores.ronda.test';
const REPLY = 'Oi, Maria! Já estamos verificando o seu acesso.\nTe chamamos no direct em até 2 horas.\n— Equipe de Suporte da Ana';

interface World {
  run<T>(expression: string): Promise<T>;
  insert(selector: string, kind: string, text: string): Promise<{ ok: boolean; via?: string }>;
}

async function isolatedWorld(page: Page): Promise<World> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'ronda-reply-test',
  });
  const run = async <T>(expression: string): Promise<T> => {
    const r = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  };
  await run(BUNDLE);
  return {
    run,
    insert: (selector, kind, text) =>
      run(`RondaInsert.insertIntoEditor({ element: document.querySelector(${JSON.stringify(selector)}), kind: ${JSON.stringify(kind)} }, ${JSON.stringify(text)})`),
  };
}

async function open(page: Page, file: string, query = ''): Promise<World> {
  await page.goto(`${ORIGIN}/${file}${query}`);
  return isolatedWorld(page);
}

test.beforeEach(async ({ context }) => {
  await serveFixture(context, `${ORIGIN}/**`, (url) => `editors${url.pathname}`);
});

test.describe('React-controlled textarea (Instagram composer)', () => {
  test('a plain .value write is not registered (the fixture is as strict as React)', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'react-textarea.html');
    await world.run(`document.querySelector('#composer').value = 'escrito por fora'; document.querySelector('#composer').blur()`);
    await expect(page.locator('#state')).toHaveText('');
    await expect(page.locator('#post')).toBeDisabled();
  });

  test('inserted text reaches the component state and enables Publicar', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'react-textarea.html');
    expect((await world.insert('#composer', 'textarea', REPLY)).ok).toBe(true);
    await page.locator('#composer').blur();
    await expect(page.locator('#state')).toHaveText(REPLY);
    await expect(page.locator('#composer')).toHaveValue(REPLY);
    await expect(page.locator('#post')).toBeEnabled();
    await expect(page.locator('#posted')).toHaveText('');
  });

  test('keeps the @mention Instagram prefilled and replaces an earlier insertion', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'react-textarea.html', '?prefill=@maria.souza');
    await expect(page.locator('#state')).toHaveText('@maria.souza');
    await world.insert('#composer', 'textarea', 'primeira versão');
    expect((await world.insert('#composer', 'textarea', REPLY)).ok).toBe(true);
    await page.locator('#composer').blur();
    await expect(page.locator('#state')).toHaveText(`@maria.souza ${REPLY}`);
  });
});

test.describe('Lexical contenteditable (Facebook, Instagram DMs)', () => {
  test('DOM edits are reverted (the fixture is as strict as Lexical)', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html');
    await world.run(`document.querySelector('#editor').textContent = 'escrito por fora'`);
    await expect(page.locator('#editor')).toHaveText('');
    await expect(page.locator('#state')).toHaveText('');
  });

  test('a multi-line insertText at once keeps only its first line (why Ronda inserts per line)', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html');
    await world.run(`document.querySelector('#editor').focus(); document.execCommand('insertText', false, 'linha 1\\nlinha 2')`);
    await expect(page.locator('#state')).toHaveText('linha 1');
  });

  test('multi-line text lands whole, line by line, once', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html');
    const outcome = await world.insert('#editor', 'lexical', REPLY);
    expect(outcome).toEqual({ ok: true, via: 'execCommand' });
    await expect(page.locator('#state')).toHaveText(REPLY);
    await expect(page.locator('#editor p')).toHaveCount(3);
    await expect(page.locator('#send')).toHaveAttribute('aria-disabled', 'false');
  });

  test('falls back to a synthetic paste when the editor ignores execCommand, without doubling the text', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html', '?mode=noexec');
    const outcome = await world.insert('#editor', 'lexical', REPLY);
    expect(outcome).toEqual({ ok: true, via: 'paste' });
    await expect(page.locator('#state')).toHaveText(REPLY);
    await expect(page.locator('#events')).toHaveText('1');
  });

  test('keeps the mention chip of a reply to a reply', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html', '?prefill=@Maria%20Souza');
    expect((await world.insert('#editor', 'lexical', 'Valeu!')).ok).toBe(true);
    await expect(page.locator('#state')).toHaveText('@Maria Souza Valeu!');
    expect((await world.insert('#editor', 'lexical', 'Obrigado!')).ok).toBe(true);
    await expect(page.locator('#state')).toHaveText('@Maria Souza Obrigado!');
    await expect(page.locator('#editor .mention')).toHaveCount(1);
  });

  test('inserting twice replaces instead of piling up', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'lexical.html');
    await world.insert('#editor', 'lexical', 'primeira versão');
    await world.insert('#editor', 'lexical', REPLY);
    await expect(page.locator('#state')).toHaveText(REPLY);
  });
});

test.describe("YouTube's #contenteditable-root", () => {
  test('text lands with its line breaks and the Responder button enables', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'youtube.html');
    await expect(page.locator('#submit-button button')).toBeDisabled();
    expect((await world.insert('#contenteditable-root', 'contenteditable', REPLY)).ok).toBe(true);
    await expect(page.locator('#state')).toHaveText(REPLY);
    await expect(page.locator('#submit-button button')).toBeEnabled();
  });
});

test.describe('Quill (wpDiscuz)', () => {
  test('text reaches the model and the field wpDiscuz submits', async ({ context }) => {
    const page = await context.newPage();
    const world = await open(page, 'quill.html');
    expect((await world.insert('.ql-editor', 'quill', REPLY)).ok).toBe(true);
    await expect(page.locator('#state')).toHaveText(REPLY);
    await expect(page.locator('#wc-textarea-0_0')).toHaveValue(REPLY);
  });
});
