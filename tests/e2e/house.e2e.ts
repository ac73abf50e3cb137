import type { Page, Worker } from '@playwright/test';
import { FB_AD_PAGE_NAME, FB_AD_URL, fbAdCommentId } from '../fixtures/generate';
import { badges, chip, expect, openFixturePage, storedCount, tabIdOf, test } from './fixtures';

/*
 * "A casa": the expert and the team answering on the expert's own posts. The site's own mark (Facebook's "Autor"
 * on the Page's replies) or the profile's house accounts make a comment the house's: its badge says so, it is never
 * covered, stored or queued, and the comment it answers is answered on the site (replied, in the panel and in the
 * store), also when the answer is loaded later or the accounts change while the page is open.
 */

const IG_URL = 'https://www.instagram.com/p/DRondaFx26a/';

/** The stored status of each comment of a post, by comment id, read from Ronda's IndexedDB in the service worker. */
function storedStatuses(worker: Worker, postUrl: string): Promise<Record<string, string>> {
  return worker.evaluate(
    (url) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('ronda');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('comments').objectStore('comments').index('postUrl').getAll(url);
          all.onsuccess = () => {
            resolve(Object.fromEntries((all.result as { commentId: string; status: string }[]).map((c) => [c.commentId, c.status])));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    postUrl,
  );
}

/** The badge Ronda drew for the comment whose words include `text`. */
async function badgeOf(page: Page, text: string) {
  const id = await page.locator('[data-ronda-id]').filter({ hasText: text }).last().getAttribute('data-ronda-id');
  return page.locator(`ronda-badge[data-ronda-comment="${id}"] button.badge`);
}

test("Facebook: the Page's own replies ('Autor') are the house's, out of the queue, and what they answer is answered", async ({ context, worker, openExtensionPage }) => {
  const page = await openFixturePage(context, 'facebook/ad-post.html', FB_AD_URL);
  const answer = await badgeOf(page, 'Aceita sim, Carla!');
  await expect(answer).toHaveText('Da casa');
  await expect(answer).toHaveAttribute('title', /^Da casa \(Autor\): resposta do especialista ou da equipe/);
  // The question it answers is classified as usual.
  await expect(await badgeOf(page, 'Quero! Como faço pra comprar?')).not.toHaveText('Da casa');

  const postUrl = FB_AD_URL.replace(/\/$/, '');
  await expect.poll(() => storedStatuses(worker, postUrl).then((s) => s[fbAdCommentId(1)])).toBe('replied');
  const stored = await storedStatuses(worker, postUrl);
  expect(stored[fbAdCommentId(101)]).toBeUndefined();
  expect(stored[fbAdCommentId(4)]).toBe('new'); // its answer is still collapsed behind "2 respostas"

  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);
  const rows = panel.locator('.queue [role="option"]');
  await expect(rows.filter({ hasText: 'Carla Menezes' })).toBeVisible();
  await expect(rows.filter({ hasText: FB_AD_PAGE_NAME })).toHaveCount(0);
  await expect(panel.getByTestId('health')).toContainText('1 resposta da casa fora da fila.');
  const carla = rows.filter({ hasText: 'Carla Menezes' });
  await expect(carla.locator('.pill.answered')).toHaveText('↩ respondido no site');
  await expect(carla.locator('.pill.answered')).toHaveAttribute('title', `${FB_AD_PAGE_NAME} já respondeu no site`);
  await expect(carla).toContainText('Respondido');
  await carla.click();
  await expect(panel.getByTestId('answered-note')).toContainText(`${FB_AD_PAGE_NAME} já respondeu no site`);

  // The Page's answer to Rogério comes in when his replies are opened on the site: he is answered then.
  const rogerio = rows.filter({ hasText: 'Rogério Pinto' }).first();
  await expect(rogerio.locator('.pill.answered')).toHaveCount(0);
  await page.getByRole('button', { name: /Ronda Lançamentos respondeu/ }).click();
  await expect(await badgeOf(page, 'te chamamos no privado')).toHaveText('Da casa');
  await expect(rogerio.locator('.pill.answered')).toBeVisible();
  await expect.poll(() => storedStatuses(worker, postUrl).then((s) => s[fbAdCommentId(4)])).toBe('replied');
  await expect(panel.getByTestId('health')).toContainText('2 respostas da casa fora da fila.');
  // His own thanks under it is his, not the house's.
  await expect(await badgeOf(page, 'Recebi aqui, obrigado')).not.toHaveText('Da casa');
});

test("Instagram: the team's account named in the profile is the house's on the open page at once, and stops being it", async ({ context, worker, openExtensionPage }) => {
  const page = await openFixturePage(context, 'instagram/post-page.html', IG_URL);
  const team = await badgeOf(page, 'Obrigada, Ana! Na aula 2 tem mais');
  await expect(team).not.toHaveText('Da casa');
  // Every comment the page holds is badged before counting: the team's badge can come before the last ones.
  await expect(chip(page)).toHaveAttribute('data-found', /^[1-9]\d*$/);
  const all = Number(await chip(page).getAttribute('data-found'));
  await expect(badges(page)).toHaveCount(all);
  await expect.poll(() => storedCount(worker, IG_URL)).toBe(all);

  const options = await openExtensionPage('options.html');
  await options.getByLabel('Nome do especialista').fill('Ana Souza');
  await options.getByLabel(/Contas da casa/).fill('https://www.instagram.com/equipe.ronda/\n@anasouza');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await expect(options.getByRole('status')).toHaveText('Perfil salvo.');

  // Without a reload: the team's reply is the house's, and the comment it answers is answered.
  await expect(team).toHaveText('Da casa');
  await expect(team).toHaveAttribute('title', /^Da casa \(@equipe\.ronda\)/);
  const statuses = () => storedStatuses(worker, IG_URL);
  await expect.poll(async () => Object.values(await statuses()).filter((s) => s === 'replied').length).toBe(1);
  // Stored before the profile named the account, with nothing done on it: let go, so nothing counts it as waiting.
  await expect.poll(() => storedCount(worker, IG_URL)).toBe(all - 1);

  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.instagram.com/*')}`);
  const rows = panel.locator('.queue [role="option"]');
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Obrigada, Ana!' })).toHaveCount(0);
  await expect(rows.locator('.pill.answered')).toHaveCount(1);
  await expect(rows.filter({ has: panel.locator('.pill.answered') })).toContainText('Que aula incrível!');

  // The profile's field reads back as saved (the address became its handle), and emptying it gives the comments back.
  await options.reload();
  await expect(options.getByLabel(/Contas da casa/)).toHaveValue('@equipe.ronda\n@anasouza');
  await options.getByLabel(/Contas da casa/).fill('');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await expect(options.getByRole('status')).toHaveText('Perfil salvo.');
  await expect(team).not.toHaveText('Da casa');
  await expect(rows.filter({ hasText: 'Obrigada, Ana!' })).toHaveCount(1);
  // What only that account had answered is open again on the page; the stored "Respondido" is history, kept.
  await expect(rows.locator('.pill.answered')).toHaveCount(0);
  await expect.poll(() => storedCount(worker, IG_URL)).toBe(all);
  expect(Object.values(await statuses()).filter((s) => s === 'replied')).toHaveLength(1);
});
