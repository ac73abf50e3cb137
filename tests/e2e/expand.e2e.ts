import { addBlog, expect, serveFixture, tabIdOf, test } from './fixtures';

/*
 * "Carregar todos os comentários" from the side panel, on the sites' real markup: the content script presses the
 * site's own controls (Facebook's "Ver mais comentários" after switching "Mais relevantes" to "Todos os
 * comentários", Instagram's "+" under the list, YouTube's "N respostas" and its list that loads as it scrolls,
 * wpDiscuz's "Carregar mais comentários") until the whole thread is on the page, and the queue lists it.
 */

const SURFACES = [
  { site: 'youtube', url: 'https://www.youtube.com/watch?v=rOnDa2026aB', fixture: 'youtube/watch.html', pattern: 'https://www.youtube.com/*' },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0RondaFixturePost2026xLaunchAulaUm00000000000000000000000000000&id=100089000000001',
    fixture: 'facebook/post-ptbr.html',
    pattern: 'https://www.facebook.com/*',
  },
  { site: 'instagram', url: 'https://www.instagram.com/p/DRondaFx26a/', fixture: 'instagram/post-page.html', pattern: 'https://www.instagram.com/*' },
  // wpDiscuz's "Carregar mais comentários" on a launch blog the user added.
  { site: 'blog', url: 'https://blog.rondalancamentos.com.br/2026/11/aula-1-funil-de-lancamento/', fixture: 'blog/wpdiscuz.html', pattern: 'https://blog.rondalancamentos.com.br/*' },
] as const;

const found = async (panel: import('@playwright/test').Page) => Number(/(\d+) comentários? encontrados?/.exec((await panel.getByTestId('health').textContent()) ?? '')?.[1] ?? NaN);

for (const surface of SURFACES) {
  test(`${surface.site}: the panel loads every comment of the post through the site's own controls`, async ({ context, worker, openExtensionPage }) => {
    await serveFixture(context, `${new URL(surface.url).origin}/**`, surface.fixture);
    if (surface.site === 'blog') await addBlog(openExtensionPage, new URL(surface.url).origin);
    const page = await context.newPage();
    await page.goto(surface.url);
    await expect(page.locator('html')).toHaveAttribute('data-ronda', surface.site);
    const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, surface.pattern)}`);
    await expect(panel.getByTestId('health')).toContainText('encontrados nesta página');
    // The first count can come while the page is still being read: wait until it counts every comment marked on it.
    await expect.poll(async () => (await found(panel)) === (await page.locator('[data-ronda-id]').count())).toBe(true);
    const before = await found(panel);
    const scrolledAt = await page.evaluate(() => window.scrollY);
    await expect(panel.getByRole('option').filter({ hasText: '(lote tardio)' })).toHaveCount(0);

    await panel.getByRole('button', { name: 'Carregar todos os comentários' }).click();
    const status = panel.getByTestId('expand').getByRole('status');
    await expect(status).toContainText(/Todos carregados: mais \d+ comentários?\./, { timeout: 30_000 });
    const added = Number(/mais (\d+)/.exec((await status.textContent()) ?? '')![1]);
    // The late batch the site held back is in the queue now, with everything else it loaded.
    expect(added).toBeGreaterThanOrEqual(3);
    await expect(panel.getByRole('option').filter({ hasText: '(lote tardio)' })).toHaveCount(3);
    await expect.poll(() => found(panel)).toBe(before + added);
    // The run scrolled the page to each control and to the end of the list; staff get it back where they had it.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledAt);
    if (surface.site === 'facebook') {
      // "Mais relevantes" hid two comments: the filter was switched to show them, and the panel says so.
      await expect(status).toContainText('Filtro do site trocado para "Todos os comentários".');
      await expect(panel.getByRole('option').filter({ hasText: '(filtrado)' })).toHaveCount(2);
    }
    // Pressed again, there is nothing left to load.
    await panel.getByRole('button', { name: 'Carregar todos os comentários' }).click();
    await expect(status).toHaveText('Não havia mais comentários para carregar.', { timeout: 30_000 });
  });
}

test('staff can stop a long load, and the panel says how far it got', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.facebook.com/**', 'facebook/post-ptbr.html');
  const page = await context.newPage();
  await page.goto(SURFACES[1].url);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', 'facebook');
  // A post with thousands of comments: every "Ver mais comentários" brings more and the control comes back.
  await page.evaluate(() => {
    const list = document.querySelector('.fx-comment-list')!;
    const control = document.querySelector('.fx-more-comments')!.cloneNode(true);
    document.addEventListener('click', (e) => {
      if (!(e.target as Element).closest('.fx-more-comments')) return;
      setTimeout(() => {
        list.append(list.firstElementChild!.cloneNode(true));
        if (!document.querySelector('.fx-more-comments')) list.after(control.cloneNode(true));
      }, 400);
    });
  });
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);
  await panel.getByRole('button', { name: 'Carregar todos os comentários' }).click();
  const status = panel.getByTestId('expand').getByRole('status');
  await expect(status).toContainText(/Carregando… [3-9] cliques/, { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Parar' }).click();
  await expect(status).toContainText(/Parado: mais \d+ comentários carregados\.$/, { timeout: 15_000 });
  const stoppedAt = await status.textContent();
  // Stopped means stopped: no more presses come after it.
  const clones = () => page.locator('.fx-comment-list').evaluate((l) => l.childElementCount);
  const now = await clones();
  await page.waitForTimeout(2_500);
  expect(await clones()).toBe(now);
  await expect(status).toHaveText(stoppedAt!);
  await expect(panel.getByRole('button', { name: 'Carregar todos os comentários' })).toBeVisible();
});
