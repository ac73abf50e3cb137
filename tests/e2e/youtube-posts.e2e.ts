import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, badges, chip, expect, openFixturePage, serveFixture, storedCount, tabIdOf, test } from './fixtures';
import { YT_CHANNEL_ID, YT_CHANNEL_POSTS_URL, YT_POST, YT_POST_URL, YT_POSTS, normalThread, ytPostCommentId } from '../fixtures/generate';

/*
 * YouTube community posts ("Postagens"), served at their real addresses: a post's page, where its comments are
 * marked and filed under /post/<id> whichever address opened it, and the channel's posts tab, which the sweep
 * takes in one click.
 */

/** The post page shows every comment but the one reply behind "1 resposta". */
const SHOWN = 10;
/** Of those, the channel owner's reply (the house's answer): marked, not stored. */
const HOUSE = 1;
const [, , hater] = normalThread(ytPostCommentId);

test("a post's comments are marked, its hater hidden, filed under the post and titled by its first words; its collapsed reply loads", async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await openFixturePage(context, 'youtube/post.html', YT_POST_URL);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  await expect(badges(page)).toHaveCount(SHOWN);
  await expect(chip(page)).toHaveAttribute('data-found', String(SHOWN));
  const haterComment = page.locator('ytd-comment-view-model').filter({ has: page.locator('#content-text', { hasText: hater!.text }) });
  await expect(haterComment).toHaveAttribute('data-ronda-label', 'hater');
  await expect(haterComment.locator('#content-text')).toHaveAttribute('data-ronda-hidden', 'blur');
  // The post itself is no comment: never marked.
  await expect(page.locator('ytd-backstage-post-renderer [data-ronda-label], ytd-backstage-post-renderer[data-ronda-label]')).toHaveCount(0);
  await expect.poll(() => storedCount(worker, YT_POST_URL)).toBe(SHOWN - HOUSE);

  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  await expect(panel.locator('header .page')).toContainText('Amanhã às 20h abro as inscrições da turma 7');
  await expect(panel.getByTestId('health')).toContainText(`${SHOWN} comentários encontrados nesta página, 1 resposta da casa fora da fila.`);
  await panel.getByRole('button', { name: 'Carregar todos os comentários' }).click();
  await expect(panel.getByTestId('expand').getByRole('status')).toContainText('Todos carregados: mais 1 comentário.', { timeout: 30_000 });
  await expect(badges(page)).toHaveCount(SHOWN + 1);
  // The reply it loaded is the channel owner's too: the house's, not stored.
  await expect(panel.getByTestId('health')).toContainText('2 respostas da casa fora da fila.');
  await expect.poll(() => storedCount(worker, YT_POST_URL)).toBe(SHOWN + 1 - 2);
});

test("the post's older address (its channel's community tab with ?lb=) files its comments under the same post; a card drawn late still names it", async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const old = `https://www.youtube.com/channel/${YT_CHANNEL_ID}/community?lb=${YT_POST}`;
  // YouTube draws the page shell first: here the post's card comes 800 ms after Ronda has read the page.
  const late = `<script>(function () {
  var card = document.querySelector('ytd-backstage-post-thread-renderer'), home = card.parentNode;
  card.remove();
  setTimeout(function () { home.appendChild(card); }, 800);
})();</script></body>`;
  const html = readFileSync(path.join(FIXTURES_DIR, 'youtube/post.html'), 'utf8').replace('</body>', late);
  await context.route('https://www.youtube.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(old);
  await expect(badges(page)).toHaveCount(SHOWN);
  await expect.poll(() => storedCount(worker, YT_POST_URL)).toBe(SHOWN - HOUSE);
  expect(await storedCount(worker, old)).toBe(0);
  await expect(page.locator('ytd-backstage-post-renderer')).toHaveCount(1);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  await expect(panel.locator('header .page')).toContainText('Amanhã às 20h abro as inscrições da turma 7');
});

test("the channel's posts tab goes into the sweep in one click: each post once, by /post/<id> and its first words; Próximo opens one", async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.youtube.com/**', (url) => (url.pathname.startsWith('/post/') ? 'youtube/post.html' : 'youtube/channel-posts.html'));
  const tab = await context.newPage();
  await tab.goto(YT_CHANNEL_POSTS_URL);
  await expect(tab.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  // A listing has no comments of its own to mark.
  await expect(badges(tab)).toHaveCount(0);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  await panel.getByRole('tab', { name: 'Varredura' }).click();
  await panel.getByRole('button', { name: `+ Adicionar ${YT_POSTS.length} publicações desta página` }).click();
  await expect(panel.getByText(`${YT_POSTS.length} publicações adicionadas.`)).toBeVisible();
  await expect(panel.locator('li.sweep-item')).toHaveCount(YT_POSTS.length);
  for (const post of YT_POSTS) {
    await expect(panel.locator(`li[data-url="https://www.youtube.com/post/${post.id}"]`)).toContainText([...post.text].slice(0, 30).join(''));
  }
  await panel.getByRole('button', { name: 'Próximo →' }).click();
  await expect(tab).toHaveURL(/^https:\/\/www\.youtube\.com\/post\/Ugkx/);
  await expect(badges(tab)).toHaveCount(SHOWN);
});
