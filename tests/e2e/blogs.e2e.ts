import type { Page, Worker } from '@playwright/test';
import { blogId, normalThread } from '../fixtures/generate';
import { addBlog, badges, expect, serveFixture, storedComments, tabIdOf, test } from './fixtures';

const FIXTURE = 'blog/wp-classic.html';
/** Comments in the WordPress fixture. */
const COMMENTS = 11;
/** Of those, the team's replies as the post's author (WordPress's bypostauthor): marked, never stored. */
const HOUSE = 2;

async function openBlog(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#comments')).toBeVisible();
}

const registeredMatches = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));

test('options: a blog added by its post address is marked in its open tab at once, listed, and removed', async ({ context, worker, openExtensionPage }) => {
  const origin = 'https://blog.especialista-exemplo.com.br';
  await serveFixture(context, `${origin}/**`, FIXTURE);
  const blog = await context.newPage();
  await openBlog(blog, `${origin}/2026/11/aula-2-oferta/`);
  // Not added yet: Ronda reads nothing on the blog.
  expect(await registeredMatches(worker)).toEqual([]);
  await expect(blog.locator('html')).not.toHaveAttribute('data-ronda', 'blog');

  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('blogs');
  await expect(section).toContainText('Nenhum blog adicionado ainda.');
  const address = section.getByLabel('Endereço do blog');

  // Addresses that are not a blog are refused with the reason, and nothing is added.
  await address.fill('www.instagram.com/p/abc');
  await section.getByRole('button', { name: 'Adicionar blog' }).click();
  await expect(section.getByRole('alert')).toContainText('Instagram, Facebook e YouTube o Ronda já acompanha');
  await address.fill('ftp://arquivos.exemplo.com');
  await section.getByRole('button', { name: 'Adicionar blog' }).click();
  await expect(section.getByRole('alert')).toContainText('Só endereços http(s)');
  expect(await registeredMatches(worker)).toEqual([]);

  // Staff paste the post's address: the blog is its origin.
  await address.fill(`${origin}/2026/11/aula-2-oferta/#comments`);
  await section.getByRole('button', { name: 'Adicionar blog' }).click();
  await expect(section.getByTestId('blogs-status')).toContainText(`Blog adicionado: ${origin}. As abas abertas dele já estão sendo marcadas (1).`);
  await expect(address).toHaveValue('');
  await expect(section.getByTestId('blog-list').locator('li')).toHaveText([`${origin} — ativo Remover`]);
  expect(await registeredMatches(worker)).toEqual([`${origin}/*`]);

  // The tab that was open before is marked without a reload; a page opened now is marked by the registration.
  await expect(blog.locator('html')).toHaveAttribute('data-ronda', 'blog');
  await expect(badges(blog)).toHaveCount(COMMENTS);
  const another = await context.newPage();
  await openBlog(another, `${origin}/2026/11/aula-3-carrinho/`);
  await expect(badges(another)).toHaveCount(COMMENTS);

  // Adding it again starts nothing twice: the open tabs already run Ronda.
  await address.fill(origin);
  await section.getByRole('button', { name: 'Adicionar blog' }).click();
  await expect(section.getByTestId('blogs-status')).toContainText('Os comentários dele são marcados ao abrir uma página do blog.');
  await expect(section.getByTestId('blog-list').locator('li')).toHaveCount(1);
  await expect(badges(blog)).toHaveCount(COMMENTS);

  // Removed: the list, the registration and new page loads all let the blog go.
  await section.getByRole('button', { name: `Remover ${origin}` }).click();
  await expect(section.getByTestId('blogs-status')).toContainText(`${origin} removido.`);
  await expect(section).toContainText('Nenhum blog adicionado ainda.');
  expect(await registeredMatches(worker)).toEqual([]);
  await options.reload();
  await expect(options.getByTestId('blogs')).toContainText('Nenhum blog adicionado ainda.');
});

test('side panel: on a blog Ronda does not follow yet, one click turns it on there', async ({ context, worker, openExtensionPage }) => {
  const origin = 'https://lancamento.outro-especialista.com';
  await serveFixture(context, `${origin}/**`, FIXTURE);
  const blog = await context.newPage();
  await openBlog(blog, `${origin}/2026/12/live-de-abertura/`);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, `${origin}/*`)}`);

  await expect(panel.getByText('O Ronda não está ativo nesta aba.')).toBeVisible();
  const offer = panel.getByTestId('activate-blog');
  await expect(offer).toContainText(`O Ronda pode marcar os comentários de ${origin}.`);
  await offer.getByRole('button', { name: 'Ativar o Ronda neste blog' }).click();

  // The page is marked and the panel turns into its queue, with no reload.
  await expect(badges(blog)).toHaveCount(COMMENTS);
  await expect(panel.getByRole('option').filter({ hasText: 'Tem parcelamento no cartão?' })).toBeVisible();
  await expect(panel.getByTestId('health')).toContainText(`${COMMENTS} comentários encontrados`);
  await expect(offer).toHaveCount(0);
  expect(await registeredMatches(worker)).toEqual([`${origin}/*`]);

  // A reload keeps it on: the blog is registered, not only started in this tab.
  await blog.reload();
  await expect(badges(blog)).toHaveCount(COMMENTS);
});

test('two blogs numbering their comments alike keep them apart: each stored under its own host, a label on one leaves the other', async ({ context, worker, openExtensionPage }) => {
  const origins = ['https://blog.especialista-um.com.br', 'https://blog.especialista-dois.com.br'];
  for (const origin of origins) {
    await serveFixture(context, `${origin}/**`, FIXTURE);
    await addBlog(openExtensionPage, origin);
  }
  // The same WordPress page (comment-4101, comment-4102…) on both blogs.
  for (const origin of origins) {
    const page = await context.newPage();
    await openBlog(page, `${origin}/2026/11/aula-1/`);
    await expect(badges(page)).toHaveCount(COMMENTS);
  }
  const storedKeys = async () => (await storedComments(worker)).map((c) => c.key);
  await expect.poll(async () => (await storedKeys()).length).toBe(2 * (COMMENTS - HOUSE));
  const keys = await storedKeys();
  for (const origin of origins) expect(keys.filter((k) => k.startsWith(`blog:${new URL(origin).host}/`))).toHaveLength(COMMENTS - HOUSE);
  expect(keys).toContain('blog:blog.especialista-um.com.br/4101');
  expect(keys).toContain('blog:blog.especialista-dois.com.br/4101');

  // Staff correct comment 4101 on the first blog; the second blog's 4101 keeps its own label.
  const label = async (key: string) => {
    const row = (await storedComments(worker)).find((c) => c.key === key);
    return `${row?.label}/${row?.labelSource}`;
  };
  const other = await label('blog:blog.especialista-dois.com.br/4101');
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, `${origins[0]}/*`)}`);
  await panel.getByRole('option').filter({ hasText: normalThread(blogId)[0]!.text }).click();
  await panel.keyboard.press('1'); // 1 = Hater
  await expect.poll(() => label('blog:blog.especialista-um.com.br/4101')).toBe('hater/staff');
  expect(await label('blog:blog.especialista-dois.com.br/4101')).toBe(other);
});
