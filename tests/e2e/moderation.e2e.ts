import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badges, expect, serveFixture, tabIdOf, test } from './fixtures';
import { FB_PAGE_ID, FB_POST, IG_CODE, YT_VIDEO, blogId, normalThread } from '../fixtures/generate';

/*
 * "Ocultar/excluir no site" from the panel, in real Chromium on the served sites: the comment's own menu opens on
 * the page (YouTube's ⋮, Instagram's "…" that only shows under the pointer) or, on a WordPress blog, its wp-admin
 * screen opens in a new tab. Nothing in the menu is chosen by Ronda; staff mark the comment hidden afterwards.
 */

const hater = normalThread((n) => String(n))[2]!.text;

async function openSite(context: BrowserContext, url: string, site: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', site);
  await expect(badges(page).first()).toBeAttached();
  return page;
}

async function panelFor(worker: Worker, openExtensionPage: (p: string) => Promise<Page>, pattern: string): Promise<Page> {
  return openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, pattern)}`);
}

test("YouTube: the hater's ⋮ opens on the page, nothing in it is pressed, and staff then mark it hidden", async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/watch.html');
  const page = await openSite(context, `https://www.youtube.com/watch?v=${YT_VIDEO}`, 'youtube');
  const panel = await panelFor(worker, openExtensionPage, 'https://www.youtube.com/*');
  const item = panel.getByRole('option').filter({ hasText: hater });
  await item.click();
  await panel.keyboard.press('x');
  await expect(panel.getByRole('status')).toContainText('Menu do comentário aberto no site');
  const popup = page.locator('ytd-menu-popup-renderer');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('menuitem')).toHaveText(['Fixar', 'Remover', 'Denunciar', 'Ocultar usuário do canal']);
  // The comment is still there: Ronda opened the menu, staff choose in it.
  await expect(page.locator('ytd-comment-view-model').filter({ hasText: hater })).toHaveCount(1);
  await panel.getByRole('button', { name: 'Marcar como oculto' }).click();
  // Recorded through the background: the queue shows it, and the page's badge follows.
  await expect(item.locator('.pill', { hasText: 'Oculto' })).toBeVisible();
});

test('from the badge on the page: "Ocultar/excluir no site…" opens that comment’s ⋮, for staff clicks only', async ({ context }) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/watch.html');
  const page = await openSite(context, `https://www.youtube.com/watch?v=${YT_VIDEO}`, 'youtube');
  const target = page.locator('ronda-badge').first();
  await target.locator('button.badge').click();
  await target.getByRole('button', { name: 'Ocultar/excluir no site…' }).click();
  await expect(page.locator('ytd-menu-popup-renderer')).toBeVisible();
  await expect(page.locator('ronda-status')).toContainText('Escolha no menu do site');
  // A script of the page clicking the same button opens nothing (only staff clicks count).
  await page.locator('ytd-popup-container').evaluate((e) => e.remove());
  await target.locator('button.badge').click();
  const clicked = await target.evaluate((badge) => {
    const b = [...(badge.shadowRoot ?? badge).querySelectorAll('button')].find((x) => x.textContent === 'Ocultar/excluir no site…');
    b?.click();
    // The site's menu would have opened within that click (the press is synchronous): nothing did.
    return b !== undefined && document.querySelector('ytd-menu-popup-renderer') === null;
  });
  expect(clicked).toBe(true);
});

test('Facebook: the comment’s own "…" opens its menu on the page (a reply’s stays closed)', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.facebook.com/**', 'facebook/post-ptbr.html');
  const page = await openSite(context, `https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}`, 'facebook');
  const panel = await panelFor(worker, openExtensionPage, 'https://www.facebook.com/*');
  await panel.getByRole('option').filter({ hasText: hater }).click();
  await panel.keyboard.press('x');
  await expect(panel.getByRole('status')).toContainText('Menu do comentário aberto no site');
  await expect(page.locator('[data-fx-comment-menu] [role="menuitem"]')).toHaveText(['Editar', 'Excluir', 'Ocultar comentário']);
  // The one pressed is the hater's own: the nearest comment around it is the hater's.
  const pressed = page.locator('[aria-label="Editar ou excluir isto"][aria-expanded="true"]');
  await expect(pressed).toHaveCount(1);
  expect(await pressed.evaluate((b) => b.closest('[role="article"][aria-label^="Comentário de"]')?.textContent ?? '')).toContain(hater);
});

test('Instagram: the "…" a comment shows only under the pointer is brought up and its menu opened', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.instagram.com/**', 'instagram/post-page.html');
  const page = await openSite(context, `https://www.instagram.com/p/${IG_CODE}/`, 'instagram');
  await expect(page.locator('svg[aria-label="Opções de comentário"]')).toHaveCount(0);
  const panel = await panelFor(worker, openExtensionPage, 'https://www.instagram.com/*');
  await panel.getByRole('option').filter({ hasText: hater }).click();
  await panel.getByRole('button', { name: /Ocultar\/excluir no site/ }).click();
  await expect(panel.getByRole('status')).toContainText('Menu do comentário aberto no site');
  await expect(page.locator('[data-fx-comment-menu] button')).toHaveText(['Denunciar', 'Excluir', 'Cancelar']);
  // The "…" came up in that comment's row, and only there.
  await expect(page.locator('svg[aria-label="Opções de comentário"]')).toHaveCount(1);
});

test("WordPress: the comment's moderation screen in wp-admin opens in a new tab beside the post", async ({ context, worker, openExtensionPage }) => {
  const origin = 'https://blog.lancamento-teste.com.br';
  await serveFixture(context, `${origin}/**`, (url) => (url.pathname.startsWith('/wp-admin/') ? 'blog/generic.html' : 'blog/wp-classic.html'));
  const options = await openExtensionPage('options.html');
  expect(await options.evaluate((o) => chrome.runtime.sendMessage({ ronda: 1, type: 'bg.blog.register', payload: { origin: o } }), origin)).toMatchObject({ ok: true });
  await options.close();
  const post = await openSite(context, `${origin}/2026/11/aula-1/`, 'blog');
  const panel = await panelFor(worker, openExtensionPage, `${origin}/*`);
  await panel.getByRole('option').filter({ hasText: hater }).click();
  const opened = context.waitForEvent('page');
  await panel.keyboard.press('x');
  const admin = await opened;
  const li = normalThread(blogId)[2]!;
  await expect(admin).toHaveURL(`${origin}/wp-admin/comment.php?action=editcomment&c=${li.id}`);
  await expect(panel.getByRole('status')).toContainText('Moderação do comentário aberta numa nova aba');
  await admin.close();

  // From the comment's badge on the post, the same screen opens beside it; the post stays where it is.
  const badge = post.locator(`ronda-badge[data-ronda-comment$="/${li.id}"]`);
  await badge.locator('button.badge').click();
  const again = context.waitForEvent('page');
  await badge.getByRole('button', { name: 'Ocultar/excluir no site…' }).click();
  await expect(await again).toHaveURL(`${origin}/wp-admin/comment.php?action=editcomment&c=${li.id}`);
  await expect(post).toHaveURL(`${origin}/2026/11/aula-1/`);
});
