import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, badges, chip, expect, fillProfile, storedCount, tabIdOf, test } from './fixtures';
import { STUDIO_RECYCLED, YT_STUDIO_INBOX_URL, YT_STUDIO_VIDEO_TITLE, YT_STUDIO_VIDEO_URL, YT_VIDEO, flatten, normalThread, studioInboxThreads, ytId } from '../fixtures/generate';

/*
 * YouTube Studio's comment pages, served at studio.youtube.com: the YouTube content script runs there with
 * Studio's own adapter; comments are marked and filed, the reply template lands in Studio's textarea, the
 * replies behind "N respostas" are loaded, and a row the virtualised list reuses is read as its new comment.
 */

const WATCH_URL = `https://www.youtube.com/watch?v=${YT_VIDEO}`;
/** Comments the inbox shows at first: every thread's own and its open replies (the praised one's is collapsed). */
const INBOX_SHOWN = studioInboxThreads().reduce((n, { thread }, i) => n + 1 + (i === 1 ? 0 : (thread.replies?.length ?? 0)), 0);
/** The channel's own replies (Studio's creator badge) are the house's: marked, never stored. */
const isHouse = (c: { handle: string }) => c.handle === 'equipe.ronda';
const INBOX_HOUSE = studioInboxThreads().reduce((n, { thread }, i) => n + (i === 1 ? 0 : (thread.replies ?? []).filter(isHouse).length), 0);
/** …and the collapsed reply "Carregar todos" opens. */
const COLLAPSED_HOUSE = (studioInboxThreads()[1]!.thread.replies ?? []).filter(isHouse).length;
/** The video's page shows the watch page's thread, with the channel's two replies. */
const VIDEO_HOUSE = flatten(normalThread(ytId)).filter(isHouse).length;

/**
 * Opens a Studio fixture at its real URL, served as Studio serves its pages: with Trusted Types enforced, so any
 * string written into an HTML sink by Ronda would throw there (one public tool had to create a policy on Studio).
 */
async function openStudio(context: BrowserContext, fixture: string, url: string): Promise<Page> {
  await context.route('https://studio.youtube.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: readFileSync(path.join(FIXTURES_DIR, fixture)),
    }),
  );
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => void (/Trusted ?Type/i.test(m.text()) && violations.push(m.text())));
  page.on('pageerror', (e) => void (/Trusted ?Type/i.test(e.message) && violations.push(e.message)));
  trustedTypesViolations.set(page, violations);
  await page.goto(url);
  return page;
}
const trustedTypesViolations = new WeakMap<Page, string[]>();

const labelOf = (page: Page, text: string) =>
  page.locator('ytcp-comment').filter({ has: page.locator('#content-text', { hasText: text }) }).first().getAttribute('data-ronda-label');

test('the channel inbox: every comment marked, the hater’s thread hidden, all filed under the inbox', async ({ context, worker }) => {
  const page = await openStudio(context, 'youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  await expect(badges(page)).toHaveCount(INBOX_SHOWN);
  await expect(chip(page)).toHaveAttribute('data-found', String(INBOX_SHOWN));
  const [hater] = studioInboxThreads();
  expect(await labelOf(page, hater!.thread.text)).toBe('hater');
  // Each hater is blurred, and so is every reply under the first one (its thread is hidden with it); nothing else.
  const haters = page.locator('ytcp-comment[data-ronda-label="hater"]');
  const outsideFirstThread = await page.locator('ytcp-comment-thread').evaluateAll(
    (threads) => threads.slice(1).flatMap((t) => [...t.querySelectorAll('ytcp-comment[data-ronda-label="hater"]')]).length,
  );
  expect(outsideFirstThread).toBeGreaterThan(0);
  await expect(page.locator('[data-ronda-hidden="blur"]')).toHaveCount(1 + hater!.thread.replies!.length + outsideFirstThread);
  await expect(page.locator('ytcp-comment-thread').first().locator('[data-ronda-hidden="blur"]')).toHaveCount(1 + hater!.thread.replies!.length);
  expect(await haters.evaluateAll((els) => els.filter((e) => e.querySelector('#content-text')?.getAttribute('data-ronda-hidden') !== 'blur').length)).toBe(0);
  expect(INBOX_HOUSE).toBeGreaterThan(0);
  await expect(page.locator('ronda-badge button.badge.house')).toHaveCount(INBOX_HOUSE);
  await expect.poll(() => storedCount(worker, YT_STUDIO_INBOX_URL)).toBe(INBOX_SHOWN - INBOX_HOUSE);
  // Trusted Types are enforced on the page (a plain string as a script's text throws), and nothing of Ronda's tripped them.
  expect(await page.evaluate(() => {
    try {
      document.createElement('script').textContent = 'void 0';
      return false;
    } catch {
      return true;
    }
  })).toBe(true);
  expect(trustedTypesViolations.get(page)).toEqual([]);
});

test('a row Studio reuses while scrolling is read as the comment it shows now, and unblurred if it is no hater', async ({ context, worker }) => {
  const page = await openStudio(context, 'youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
  await expect(badges(page)).toHaveCount(INBOX_SHOWN);
  const firstRow = page.locator('ytcp-comment-thread').first().locator('ytcp-comment#comment');
  await expect(firstRow).toHaveAttribute('data-ronda-label', 'hater');
  await page.evaluate(() => (window as unknown as { fixtureRecycle: () => void }).fixtureRecycle());
  // Row 1 was the hater (with three replies), row 2 the praised comment: now a thank-you and a question.
  await expect(firstRow.locator('#content-text')).toHaveText(STUDIO_RECYCLED[0]!.comment.text);
  await expect(firstRow).toHaveAttribute('data-ronda-label', 'praise');
  await expect(page.locator('ytcp-comment-thread').nth(1).locator('ytcp-comment#comment')).toHaveAttribute('data-ronda-label', 'doubt');
  // The hater's row and the replies it held are not blurred any more; the other hater further down still is.
  await expect(page.locator('ytcp-comment-thread').first().locator('[data-ronda-hidden="blur"]')).toHaveCount(0);
  await expect(page.locator('[data-ronda-hidden="blur"]')).toHaveCount(1);
  // Both new comments are filed; the ones the rows showed before stay filed.
  await expect.poll(() => storedCount(worker, YT_STUDIO_INBOX_URL)).toBe(INBOX_SHOWN + STUDIO_RECYCLED.length - INBOX_HOUSE);
});

test('one video’s comments are filed under its watch URL and titled after it', async ({ context, worker, openExtensionPage }) => {
  const page = await openStudio(context, 'youtube/studio-video.html', YT_STUDIO_VIDEO_URL);
  await expect(badges(page)).toHaveCount(11);
  await expect.poll(() => storedCount(worker, WATCH_URL)).toBe(11 - VIDEO_HOUSE);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://studio.youtube.com/*')}`);
  await expect(panel.getByText(YT_STUDIO_VIDEO_TITLE).first()).toBeVisible();
  await expect(panel.getByTestId('health')).toContainText(`11 comentários encontrados nesta página, ${VIDEO_HOUSE} respostas da casa fora da fila.`);
});

test('from the panel: a template lands in Studio’s reply textarea; "Carregar todos" opens "N respostas" and counts what the reused rows bring', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await openStudio(context, 'youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
  await expect(badges(page)).toHaveCount(INBOX_SHOWN);
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://studio.youtube.com/*')}`);

  const question = 'Qual a diferença entre o plano básico e o premium?';
  const item = panel.getByRole('option').filter({ hasText: question });
  // The inbox mixes every video's comments: each row names the video it is under.
  const video = studioInboxThreads().find(({ thread }) => thread.text === question)!.video;
  await expect(item.locator('.post-title')).toHaveText(`em ${video}`);
  await item.click();
  await panel.keyboard.press('4');
  await panel.getByLabel('Modelo de resposta').selectOption({ label: 'Dúvida: detalhes no link' });
  await panel.getByRole('button', { name: /Inserir resposta/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta inserida');
  const comment = page.locator('ytcp-comment').filter({ has: page.locator('#content-text', { hasText: question }) });
  const box = comment.locator('#reply-dialog-container ytcp-commentbox textarea');
  await expect(box).toHaveValue(/Ótima pergunta, .+! Você encontra todos os detalhes aqui: https:\/\/anasouza\.com\.br\/curso/);
  await expect(box).toHaveValue(/— Equipe de Suporte da Ana/);
  // Studio's own Reply enables: its listeners saw the text. Nothing was posted, and no other comment got a box.
  await expect(comment.locator('ytcp-commentbox button[aria-label="Responder"]')).toBeEnabled();
  await expect(page.locator('ytcp-commentbox')).toHaveCount(1);

  const openReplies = await page.locator('ytcp-comment[is-reply]').count();
  await panel.getByRole('button', { name: 'Carregar todos os comentários' }).click();
  await expect(page.locator('ytcp-comment[is-reply]')).toHaveCount(openReplies + 1);
  await expect(badges(page)).toHaveCount(INBOX_SHOWN + 1);
  // Then the run scrolls to the list's end, and iron-list shows the next two comments in the first two rows (the
  // fixture does it: this page is too short to scroll a row away). The page holds fewer comments than before
  // (those rows' replies went with them), yet two more came in: the run counts what it read.
  await page.evaluate(() => (window as unknown as { fixtureRecycle: () => void }).fixtureRecycle());
  const status = panel.getByTestId('expand').getByRole('status');
  await expect(status).toContainText(`Todos carregados: mais ${1 + STUDIO_RECYCLED.length} comentários.`, { timeout: 30_000 });
  await expect.poll(() => storedCount(worker, YT_STUDIO_INBOX_URL)).toBe(INBOX_SHOWN + 1 + STUDIO_RECYCLED.length - INBOX_HOUSE - COLLAPSED_HOUSE);
  await expect(panel.getByRole('option').filter({ hasText: STUDIO_RECYCLED[1]!.comment.text })).toHaveCount(1);
  expect(trustedTypesViolations.get(page)).toEqual([]);
});
