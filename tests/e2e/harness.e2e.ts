import { contentScriptSender, expect, serveFixture, test } from './fixtures';

/*
 * The harness itself: the built extension loads, its service worker starts, and each content script is
 * injected by Chromium's real matching on the real site URLs (served from fixtures).
 */

const SITES = [
  { site: 'instagram', url: 'https://www.instagram.com/p/C0ronda123/' },
  { site: 'facebook', url: 'https://www.facebook.com/ronda.teste/posts/pfbid0abc' },
  { site: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
] as const;

for (const { site, url } of SITES) {
  test(`the ${site} content script runs on ${new URL(url).host}`, async ({ context }) => {
    await serveFixture(context, `https://${new URL(url).host}/**`, 'harness/plain.html');
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-ronda', site);
  });
}

test('no content script runs on a site the user has not added', async ({ context }) => {
  await serveFixture(context, 'https://blog.nao-adicionado.com.br/**', 'harness/plain.html');
  const page = await context.newPage();
  await page.goto('https://blog.nao-adicionado.com.br/lancamento/');
  // Give a content script every chance to run before asserting it did not.
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(page.locator('html')).not.toHaveAttribute('data-ronda', /.*/);
});

test('a blog added by the user gets the blog content script, registered at run time', async ({ context, openExtensionPage }) => {
  await serveFixture(context, 'https://blog.lancamento-teste.com.br/**', 'harness/plain.html');
  const options = await openExtensionPage('options.html');
  const registered = await options.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ ronda: 1, type: 'bg.blog.register', payload: { origin: 'blog.lancamento-teste.com.br' } });
    return reply;
  });
  // No tab of that blog is open yet, so none was started in place.
  expect(registered).toEqual({ ok: true, data: { registered: ['https://blog.lancamento-teste.com.br'], started: 0 } });
  const page = await context.newPage();
  await page.goto('https://blog.lancamento-teste.com.br/2026/11/aula-1/');
  await expect(page.locator('html')).toHaveAttribute('data-ronda', 'blog');
});

test('the background refuses privileged messages from a content script', async ({ context }) => {
  const send = await contentScriptSender(context);
  expect(await send('bg.blog.register', { origin: 'evil.example.com' })).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
});

test("a content script may relabel only its own site's comments", async ({ context }) => {
  const send = await contentScriptSender(context);
  const relabel = (key: string) => send('bg.comment.relabel', { key, label: 'praise' });
  for (const key of ['youtube:Ugx1', 'blog:blog.exemplo.com.br/42']) {
    expect(await relabel(key)).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
  }
  // Its own site's key passes the check and reaches the store, which has no such comment.
  const own = await relabel('instagram:17900000000000001');
  expect(own.ok).toBe(false);
  expect(own.error).toContain('comentário não encontrado');
});

test("a content script may let go of stored house answers only on its own site", async ({ context }) => {
  const send = await contentScriptSender(context);
  const letGo = (site: string, postUrl: string) => send('bg.comments.seen', { page: { site, postUrl }, comments: [], house: ['Ugx1'] });
  expect(await letGo('youtube', 'https://www.youtube.com/watch?v=rOnDa2026aB')).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
  expect(await letGo('instagram', 'https://www.instagram.com/p/DRondaFx26a/')).toEqual({ ok: true, data: { labels: {} } });
});
