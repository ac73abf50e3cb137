import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, fillProfile, serveFixture, test, tabIdOf } from './fixtures';
import { FB_AD_URL } from '../fixtures/generate';

/*
 * The side panel end to end: opened as sidepanel.html?tab=<id> for a fixture tab (as a pop-out would be), it
 * lists the comments Ronda found, relabels with the keyboard, inserts an approved template into the reply box
 * of the right comment, and moves a complaint to the Instagram direct (public reply, DM thread opened, private
 * message put in the DM composer, status and history recorded).
 */

const YT_URL = 'https://www.youtube.com/watch?v=rOnDa2026aB';
const IG_URL = 'https://www.instagram.com/p/DRondaFx26a/';
const IG_THREAD = 'https://www.instagram.com/direct/t/340282366841710300949128/';

/**
 * Records the first URL of each tab opened from now on, as Chrome sees it when the tab is created: by the time
 * a test looks at the tab, it may have failed over to an error page or already followed a redirect.
 */
async function recordOpenedTabs(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const opened = new Map<number, string>();
    (globalThis as unknown as { __opened: Map<number, string> }).__opened = opened;
    chrome.tabs.onCreated.addListener((tab) => void (tab.id !== undefined && opened.set(tab.id, tab.pendingUrl || tab.url || '')));
    chrome.tabs.onUpdated.addListener((id, change) => void (change.url && !opened.get(id) && opened.set(id, change.url)));
  });
  return () => worker.evaluate(() => [...(globalThis as unknown as { __opened: Map<number, string> }).__opened.values()]);
}

async function openSite(context: BrowserContext, url: string, site: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', site);
  return page;
}

test('a template picked in the panel lands in the reply box of the right YouTube comment', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/watch.html');
  const page = await openSite(context, YT_URL, 'youtube');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);

  const question = 'Qual a diferença entre o plano básico e o premium?';
  const item = panel.getByRole('option').filter({ hasText: question });
  await expect(item).toBeVisible();
  await expect(panel.getByTestId('health')).toContainText(/\d+ comentários encontrados nesta página, 1 resposta da casa fora da fila\./);
  await item.click();
  // Keyboard relabel: 4 = Dúvida (whatever the classifier said), recorded through the background.
  await panel.keyboard.press('4');
  await expect(item.locator('.pill').first()).toHaveText('Dúvida');
  await panel.getByLabel('Modelo de resposta').selectOption({ label: 'Dúvida: detalhes no link' });
  await expect(panel.getByLabel(/Resposta \(pode editar/)).toHaveValue(/Ótima pergunta, .+! Você encontra todos os detalhes aqui: https:\/\/anasouza\.com\.br\/curso/);
  await panel.getByRole('button', { name: /Inserir resposta/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta inserida');

  const thread = page.locator('ytd-comment-thread-renderer').filter({ hasText: question });
  const box = thread.locator('#reply-dialog #contenteditable-root');
  await expect(box).toContainText('Ótima pergunta');
  await expect(box).toContainText('— Equipe de Suporte da Ana');
  await expect(thread.locator('#reply-dialog button[aria-label="Responder"]')).toBeEnabled();
  // Only that comment got a reply box; nothing was posted.
  await expect(page.locator('#reply-dialog #contenteditable-root')).toHaveCount(1);
  await expect(item.locator('.pill', { hasText: 'Respondido' })).toBeVisible();
});

test('an open panel signs with the profile as the options page leaves it: edited, then switched to another expert', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/watch.html');
  await openSite(context, YT_URL, 'youtube');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  await panel.getByRole('option').filter({ hasText: 'Qual a diferença entre o plano básico e o premium?' }).click();
  await panel.getByLabel('Modelo de resposta').selectOption({ label: 'Dúvida: detalhes no link' });
  const reply = panel.getByLabel(/Resposta \(pode editar/);
  await expect(reply).toHaveValue(/— Equipe de Suporte da Ana$/);

  // The panel stays open while the options page changes the profile; so do the expert's view, the metrics and the gallery.
  const others = await Promise.all(['peek.html', 'metrics.html', 'gallery.html'].map((p) => openExtensionPage(p)));
  for (const other of others) await expect(other.locator('option', { hasText: 'Ana Souza' }).first()).toBeAttached();
  const options = await openExtensionPage('options.html');
  await options.getByLabel(/Assinatura do suporte/).fill('Time de Suporte da Ana Souza');
  await options.getByLabel('Link do produto').fill('https://anasouza.com.br/turma-2');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await expect(options.getByRole('status')).toHaveText('Perfil salvo.');
  await expect(reply).toHaveValue(/https:\/\/anasouza\.com\.br\/turma-2.*— Time de Suporte da Ana Souza$/s);

  await options.getByRole('button', { name: 'Novo perfil' }).click();
  await expect(options.getByRole('status')).toHaveText('Novo perfil criado: preencha abaixo.');
  await options.getByLabel('Nome do especialista').fill('Rui Lança');
  await options.getByLabel(/Assinatura do suporte/).fill('Equipe de Suporte do Rui');
  await options.getByLabel('Link do produto').fill('https://ruilanca.com.br/mentoria');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await expect(options.getByRole('status')).toHaveText('Perfil salvo.');
  await expect(reply).toHaveValue(/https:\/\/ruilanca\.com\.br\/mentoria.*— Equipe de Suporte do Rui$/s);
  // The other pages' expert pickers list the new expert without a reload.
  for (const other of others) await expect(other.locator('option', { hasText: 'Rui Lança' }), other.url()).toBeAttached();
});

test('move to DM on a Facebook ad: the private message goes into the comment’s own "Enviar mensagem" window, no Messenger tab', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.facebook.com/**', 'facebook/ad-post.html');
  const page = await openSite(context, FB_AD_URL, 'facebook');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);

  const item = panel.getByRole('option').filter({ hasText: 'Comprei ontem pelo anúncio' });
  await item.click();
  await panel.keyboard.press('2');
  await expect(item.locator('.pill').first()).toHaveText('Reclamação');
  const openedTabs = await recordOpenedTabs(worker);
  await panel.getByRole('button', { name: /Levar ao direct/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta pública inserida');
  await expect(panel.getByRole('status')).toContainText('Mensagem privada pronta na janela "Enviar mensagem" do Facebook');

  // The public reply waits in the comment's public box; the private one in the window the Page's "Enviar mensagem"
  // opened for Rogério, quoting his comment. Neither is sent.
  await expect(page.locator('[role="textbox"][aria-label="Responder a Rogério Pinto"]')).toContainText('Rogério, já te chamei no direct');
  const privateWindow = page.locator('[role="dialog"][aria-label="Mensagem para Rogério Pinto"]');
  await expect(privateWindow).toContainText('Comprei ontem pelo anúncio');
  await expect(privateWindow.locator('[role="textbox"]')).toContainText(/^Oi, Rogério! Aqui é da Equipe de Suporte da Ana/);
  await expect(page.locator('[role="dialog"][aria-label^="Mensagem para"]')).toHaveCount(1);
  await expect(item.locator('.pill', { hasText: 'Levado ao direct' })).toBeVisible();
  // A Page cannot start a Messenger conversation with a stranger: nothing else was opened.
  expect(await openedTabs()).toEqual([]);
});

test('move to DM: public reply inserted, Instagram thread opened with the private message, status recorded', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  // ig.me sends the browser on to the thread; the thread page has a Lexical composer (editor emulation fixture).
  await context.route('https://ig.me/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<script>location.replace(${JSON.stringify(IG_THREAD)})</script>` }),
  );
  await serveFixture(context, 'https://www.instagram.com/**', (url) =>
    url.pathname.startsWith('/direct/') ? 'editors/lexical.html' : 'instagram/post-page.html',
  );
  const page = await openSite(context, IG_URL, 'instagram');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.instagram.com/*')}`);

  const complaint = 'Comprei e até agora não recebi o acesso';
  const item = panel.getByRole('option').filter({ hasText: complaint });
  await item.click();
  await panel.keyboard.press('2');
  await expect(item.locator('.pill').first()).toHaveText('Reclamação');
  const dmTab = context.waitForEvent('page');
  const openedTabs = await recordOpenedTabs(worker);
  await panel.getByRole('button', { name: /Levar ao direct/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta pública inserida');

  const composer = page.locator('textarea[aria-label="Adicione um comentário…"]');
  await expect(composer).toHaveValue(/^@\S+ .+, já te chamei no direct para cuidarmos disso com calma! 💬\n— Equipe de Suporte da Ana$/);

  // The extension opened ig.me/m/<author> in a new tab. Playwright attaches to a tab the extension creates only
  // after its first request has gone out (to the real, unreachable network), so load it again now that the
  // fixture routes apply; the panel keeps offering the message until Ronda answers on the thread page.
  const thread = await dmTab;
  const igMe = async () => (await openedTabs()).filter((u) => u.startsWith('https://ig.me/'));
  await expect.poll(igMe).toHaveLength(1);
  const [opened] = await igMe();
  expect(opened).toMatch(/^https:\/\/ig\.me\/m\/[\w.]+$/);
  await thread.goto(opened!);
  await expect(thread).toHaveURL(IG_THREAD);
  await expect(thread.locator('#state')).toHaveText(/^Oi, .+! Aqui é da Equipe de Suporte da Ana\. Vi o seu comentário/);
  await expect(panel.getByRole('status')).toContainText('Oi, ');
  await expect(item.locator('.pill', { hasText: 'Levado ao direct' })).toBeVisible();

  const history = await worker.evaluate(
    () =>
      new Promise<{ kind: string; templateId?: string; user: string }[]>((resolve, reject) => {
        const open = indexedDB.open('ronda');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('actions').objectStore('actions').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
  const moved = history.filter((a) => a.kind === 'moved_to_dm');
  expect(moved).toHaveLength(1);
  expect(moved[0]).toMatchObject({ templateId: 'seed-direct-ig-fb', user: 'Equipe' });
});

test('Facebook: an expert-voice praise reply lands in the Lexical reply box of that thread; move to DM where no private reply is offered opens m.me, saying why', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.facebook.com/**', 'facebook/post-ptbr.html');
  await context.route('https://m.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Messenger</title>' }));
  const page = await openSite(context, 'https://www.facebook.com/ronda.teste/posts/pfbid0abc', 'facebook');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);

  const praise = panel.getByRole('option').filter({ hasText: 'Que aula incrível!' });
  await praise.click();
  await panel.keyboard.press('5');
  await panel.getByLabel('Modelo de resposta').selectOption({ label: 'Elogio: agradecimento do especialista' });
  await panel.getByRole('button', { name: /Inserir resposta/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta inserida');
  const thread = page.locator('.fx-comment-list > *').filter({ hasText: 'Que aula incrível!' });
  await expect(thread.locator('.fx-reply-composer [role="textbox"]')).toContainText('Fico muito feliz em ler isso');
  await expect(page.locator('.fx-reply-composer')).toHaveCount(1);

  // A reply has no "Enviar mensagem" under it: the Page cannot answer it in private, so Messenger is the way out.
  const complaint = panel.getByRole('option').filter({ hasText: 'Concordo demais, a parte do funil' });
  await complaint.click();
  await panel.keyboard.press('2');
  const dmTab = context.waitForEvent('page');
  const openedTabs = await recordOpenedTabs(worker);
  await panel.getByRole('button', { name: /Levar ao direct/ }).click();
  await expect(panel.getByRole('status')).toContainText('Este comentário não oferece "Enviar mensagem"');
  await expect(panel.getByRole('status')).toContainText('Messenger');
  await expect(page.locator('[role="dialog"][aria-label^="Mensagem para"]')).toHaveCount(0);
  await dmTab;
  await expect.poll(async () => (await openedTabs()).filter((u) => /^https:\/\/m\.me\/[\w.]+$/.test(u))).toHaveLength(1);
});

test('a 2,000-comment thread: the queue renders only the rows in view and j/k still reach every comment', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/long-thread.html');
  await openSite(context, YT_URL, 'youtube');
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  const all = panel.getByRole('button', { name: /^Todos\d+$/ });
  // The fixture renders 2,000 comments; wait until the page's scanner has read them all.
  await expect(all).toHaveText('Todos2000', { timeout: 45_000 });
  const total = 2_000;
  expect(await panel.getByRole('option').count()).toBeLessThan(100);

  // k from nothing selected goes to the last comment: it is scrolled into view, selected and focused on the page.
  await panel.locator('body').press('k');
  const selected = panel.locator('[role="option"][aria-selected="true"]');
  await expect(selected).toBeVisible();
  await expect(selected).toHaveAttribute('data-index', String(total - 1));
  await panel.locator('body').press('k');
  await expect(selected).toHaveAttribute('data-index', String(total - 2));
  await expect(selected).toBeVisible();
  expect(await panel.getByRole('option').count()).toBeLessThan(100);
});

test('WordPress: the reply goes into the core comment form, moved under the right comment', async ({ context, worker, openExtensionPage }) => {
  const origin = 'https://blog.lancamento-teste.com.br';
  await serveFixture(context, `${origin}/**`, 'blog/wp-classic.html');
  const options = await openExtensionPage('options.html');
  const registered = await options.evaluate(
    (o) => chrome.runtime.sendMessage({ ronda: 1, type: 'bg.blog.register', payload: { origin: o } }),
    origin,
  );
  expect(registered).toMatchObject({ ok: true });
  await options.close();
  const page = await openSite(context, `${origin}/2026/11/aula-1/`, 'blog');
  await fillProfile(openExtensionPage);
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, `${origin}/*`)}`);

  const question = panel.getByRole('option').filter({ hasText: 'Tem parcelamento no cartão?' });
  await question.click();
  await panel.keyboard.press('4');
  await panel.getByLabel('Modelo de resposta').selectOption({ label: 'Dúvida: detalhes no link' });
  await panel.getByRole('button', { name: /Inserir resposta/ }).click();
  await expect(panel.getByRole('status')).toContainText('Resposta inserida');

  const textarea = page.locator('#respond textarea#comment');
  await expect(textarea).toHaveValue(/^Ótima pergunta, .+! Você encontra todos os detalhes aqui: https:\/\/anasouza\.com\.br\/curso/);
  const li = page.locator('li.comment').filter({ hasText: 'Tem parcelamento no cartão?' }).first();
  const id = (await li.getAttribute('id'))!.replace('comment-', '');
  await expect(page.locator('#comment_parent')).toHaveValue(id);
});

test('a hater’s thread: the queue marks the replies in it and warns before answering there, hiding the hater can take them out of the queue, and the expert’s peek keeps them with the haters', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/hater-thread.html');
  await openSite(context, YT_URL, 'youtube');
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  const fan = panel.getByRole('option').filter({ hasText: 'Fiz o curso e recomendo demais' });
  await expect(fan.locator('.pill.thread')).toHaveText('↳ thread de hater');
  await expect(fan.locator('.pill.thread')).toHaveAttribute('title', 'Responde ao hater @perfil.sem.foto.2026');
  // Three replies under the hater (the hater's own among them); the ordinary thread's reply is not marked.
  await expect(panel.locator('.pill.thread')).toHaveCount(3);
  // The ordinary thread's reply is the channel owner's (the house's): out of the queue, and what it answers is answered.
  await expect(panel.getByRole('option').filter({ hasText: 'Na aula 3 tem mais' })).toHaveCount(0);
  await expect(panel.getByRole('option').filter({ hasText: 'Que aula incrível!' }).locator('.pill.answered')).toBeVisible();
  await fan.click();
  await expect(panel.getByTestId('hater-thread-note')).toContainText('Na thread do hater @perfil.sem.foto.2026');
  await panel.getByRole('option').filter({ hasText: 'Que aula incrível!' }).click();
  await expect(panel.getByTestId('hater-thread-note')).toHaveCount(0);

  // Staff delete the hater on the site and mark it hidden: the thread's replies can leave the queue with it.
  const hater = panel.getByRole('option').filter({ hasText: 'Isso aí é golpe' });
  await hater.click();
  await hater.getByLabel('Situação').selectOption('hidden');
  await panel.getByRole('button', { name: 'Marcar 3 respostas como ocultas' }).click();
  await expect(panel.getByRole('status')).toContainText('3 respostas marcadas como ocultas.');
  await expect(fan.locator('.pill', { hasText: 'Oculto' })).toBeVisible();

  const peek = await openExtensionPage('peek.html');
  await expect(peek.getByTestId('peek-praise')).toContainText('Que aula incrível!');
  // The team's own thanks is no praise for the expert to see.
  await expect(peek.getByTestId('peek-praise')).not.toContainText('Na aula 3 tem mais');
  await expect(peek.getByText('Fiz o curso e recomendo demais')).toHaveCount(0);
  await expect(peek.getByTestId('peek-hater-replies-count')).toHaveText('2 respostas nas threads deles, ocultas com eles.');
  await peek.getByLabel('Mostrar os comentários dos haters').check();
  await expect(peek.getByTestId('peek-hater-replies')).toContainText('Fiz o curso e recomendo demais');
  await expect(peek.getByTestId('peek-hater-replies')).toContainText('Alguém que fez pode contar como foi?');
  await expect(peek.getByTestId('peek-hater-list')).toContainText('Bando de ladrão');
});
