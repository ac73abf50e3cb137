import type { BrowserContext, Page } from '@playwright/test';
import { addBlog, badges, chip, expect, misplacedOnScreen, openFixturePage, openWatchWithTexts, storedCount, test } from './fixtures';

/*
 * Issue 3 end to end: the real content scripts, on fixture copies of each site's markup served at the real
 * URLs, find every comment and mark it inline; late batches, long threads, hostile text, corrections and
 * changed markup.
 */

const SURFACES = [
  { site: 'youtube', url: 'https://www.youtube.com/watch?v=rOnDa2026aB', dir: 'youtube', fixture: 'watch.html', initial: 10, late: 13 },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0RondaFixturePost2026xLaunchAulaUm00000000000000000000000000000&id=100089000000001',
    dir: 'facebook',
    fixture: 'post-ptbr.html',
    initial: 10,
  },
  { site: 'instagram', url: 'https://www.instagram.com/p/DRondaFx26a/', dir: 'instagram', fixture: 'post-page.html', initial: 10 },
  { site: 'blog', url: 'https://blog.rondalancamentos.com.br/2026/11/aula-1-funil-de-lancamento/', dir: 'blog', fixture: 'wp-classic.html', initial: 11 },
] as const;

const BLOG_ORIGIN = 'https://blog.rondalancamentos.com.br';

const scrollToEnd = (page: Page) => page.mouse.wheel(0, 20_000);

function open(context: BrowserContext, dir: string, fixture: string, url: string) {
  return openFixturePage(context, `${dir}/${fixture}`, url);
}

interface FirstFrameThread {
  label: string | null;
  onScreen: boolean;
  badgeShown: boolean;
  covered: boolean;
}

/**
 * Has the site insert `count` comments (the long-thread fixture's fixtureInsert) and reads every thread as the
 * next frame paints it: in that frame's animation callbacks, after Ronda's.
 */
function insertAndReadFirstFrame(page: Page, count: number): Promise<FirstFrameThread[]> {
  return page.evaluate(async (n) => {
    (window as unknown as { fixtureInsert: (n: number) => void }).fixtureInsert(n);
    await Promise.resolve();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const drawn = new Map<string, Element>();
    for (const layer of document.querySelectorAll('ronda-layer'))
      for (const badge of layer.shadowRoot?.querySelectorAll('ronda-badge') ?? []) drawn.set(badge.getAttribute('data-ronda-comment')!, badge);
    const covers = [...document.querySelectorAll('ronda-layer')]
      .flatMap((l) => [...(l.shadowRoot?.querySelectorAll<HTMLElement>('.cover') ?? [])])
      .filter((c) => c.style.visibility !== 'hidden')
      .map((c) => c.firstElementChild!.getBoundingClientRect());
    return [...document.querySelectorAll('ytd-comment-thread-renderer')].map((thread) => {
      const marked = thread.querySelector('[data-ronda-label]');
      const r = thread.getBoundingClientRect();
      const badge = drawn.get(marked?.getAttribute('data-ronda-id') ?? '');
      const text = thread.querySelector('#content-text')!.getBoundingClientRect();
      const [x, y] = [text.left + text.width / 2, text.top + text.height / 2];
      return {
        label: marked?.getAttribute('data-ronda-label') ?? null,
        onScreen: r.bottom > 0 && r.top < innerHeight,
        badgeShown: !!badge && (badge as HTMLElement).style.visibility !== 'hidden',
        covered: covers.some((c) => c.left <= x && x <= c.right && c.top <= y && y <= c.bottom && c.width > 0 && c.height > 0),
      };
    });
  }, count);
}

/** Every thread on screen in that frame is marked and badged, and each hater among them is covered. */
function expectSeenDoneInFirstFrame(threads: FirstFrameThread[]): void {
  const onScreen = threads.filter((c) => c.onScreen);
  expect(onScreen.length).toBeGreaterThan(2);
  expect(onScreen.filter((c) => c.label === null || !c.badgeShown)).toEqual([]);
  const haters = onScreen.filter((c) => c.label === 'hater');
  expect(haters.length).toBeGreaterThan(0);
  expect(haters.filter((c) => !c.covered)).toEqual([]);
}

for (const s of SURFACES) {
  test(`${s.site}: every comment gets one badge, and the page count is shown`, async ({ context, openExtensionPage }) => {
    if (s.site === 'blog') await addBlog(openExtensionPage, BLOG_ORIGIN);
    const page = await open(context, s.dir, s.fixture, s.url);
    await expect(badges(page)).toHaveCount(s.initial);
    await expect(chip(page)).toHaveAttribute('data-found', String(s.initial));
    await expect(chip(page)).toContainText(`${s.initial} comentários`);
    // Each badge names one of the seven classes and explains itself on hover.
    const labels = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    for (const label of labels) expect(['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral']).toContain(label);
    const title = await badges(page).first().locator('button').getAttribute('title');
    expect(title).toMatch(/\d+%/);
    // One badge per comment id: nothing is marked twice.
    const ids = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ronda-comment')));
    expect(new Set(ids).size).toBe(ids.length);
    // Each badge is drawn on its own comment (badges live in Ronda's layer, outside the site's list).
    expect(await misplacedOnScreen(page)).toEqual([]);
    if ('late' in s) {
      // YouTube loads the next comments when the end of the list scrolls into view.
      await scrollToEnd(page);
      await expect(badges(page)).toHaveCount(s.late);
      await expect(chip(page)).toHaveAttribute('data-found', String(s.late));
    }
  });
}

test('comments loaded later by the site ("ver mais comentários") are marked too', async ({ context }) => {
  const page = await open(context, 'instagram', 'post-page.html', 'https://www.instagram.com/p/DRondaFx26a/');
  await expect(badges(page)).toHaveCount(10);
  const more = page.locator('svg[aria-label="Carregar mais comentários"], svg[aria-label="Load more comments"]').first();
  await more.locator('xpath=ancestor::*[self::button or @role="button"][1]').click();
  await expect.poll(async () => badges(page).count()).toBeGreaterThan(10);
  const ids = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ronda-comment')));
  expect(new Set(ids).size).toBe(ids.length);
});

test('a 2,000-comment thread is fully marked, once each; badges are there wherever staff scroll', async ({ context }) => {
  const page = await open(context, 'youtube', 'long-thread.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  // Every comment is read, classified and marked at once…
  await expect(page.locator('[data-ronda-label]')).toHaveCount(2_000, { timeout: 30_000 });
  await expect(chip(page)).toHaveAttribute('data-found', '2000');
  // …and badges come in as comments near the viewport: read the thread down to the end and back.
  const unbadgedOnScreen = async () => (await misplacedOnScreen(page)).length;
  const last = page.locator('[data-ronda-id]').last();
  await last.scrollIntoViewIfNeeded();
  await expect(badges(page).and(page.locator(`[data-ronda-comment="${await last.getAttribute('data-ronda-id')}"]`))).toHaveCount(1);
  await expect.poll(unbadgedOnScreen).toBe(0);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(unbadgedOnScreen).toBe(0);
  // The site lays the thread out again (a long comment above is expanded): badges follow their comments.
  await page.evaluate(() => {
    const above = [...document.querySelectorAll('ytd-comment-thread-renderer')].find((t) => t.getBoundingClientRect().bottom > 0)!;
    const grow = document.createElement('div');
    grow.style.height = '240px';
    above.querySelector('#content-text')!.append(grow);
  });
  await expect.poll(unbadgedOnScreen).toBe(0);
  // The badges of comments the reader skipped were drawn while the page was idle; never two for one comment.
  await expect(badges(page)).toHaveCount(2_000, { timeout: 30_000 });
  const ids = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ronda-comment')));
  expect(new Set(ids).size).toBe(2_000);
});

test('what the reader sees of a batch the site appends is marked, badged and its haters covered in its first frame', async ({ context }) => {
  const page = await open(context, 'youtube', 'long-thread.html', 'https://www.youtube.com/watch?v=rOnDa2026aB&defer=1');
  await page.waitForSelector('html[data-ronda]');
  const insert = (count: number) => page.evaluate((n) => (window as unknown as { fixtureInsert: (n: number) => void }).fixtureInsert(n), count);
  await insert(40);
  await expect(page.locator('[data-ronda-label]')).toHaveCount(40);
  await page.waitForTimeout(300);
  await insert(10); // so that the batch below starts with a hater ("Isso aí é golpe…", comment 50)
  await expect(page.locator('[data-ronda-label]')).toHaveCount(50);
  // The reader is at the end of the thread, where the site's next batch lands on screen.
  await page.evaluate(() => {
    document.documentElement.style.paddingBottom = `${innerHeight}px`;
    const last = [...document.querySelectorAll('ytd-comment-thread-renderer')].at(-1)!;
    scrollTo(0, scrollY + last.getBoundingClientRect().bottom - innerHeight * 0.4);
  });
  await page.waitForTimeout(300); // past the burst window: the next change is a new burst, as when the reader scrolls on
  const firstFrame = await insertAndReadFirstFrame(page, 12);
  // What the reader sees of the batch is done in that frame (the rest, below, may take one more slice).
  expectSeenDoneInFirstFrame(firstFrame.slice(-12));
  await expect(page.locator('[data-ronda-label]')).toHaveCount(62);
});

test('a whole 2,000-comment thread inserted at once: what the reader sees of it is badged and covered in its first frame', async ({ context }) => {
  const page = await open(context, 'youtube', 'long-thread.html', 'https://www.youtube.com/watch?v=rOnDa2026aB&defer=1');
  await page.waitForSelector('html[data-ronda]');
  await page.waitForTimeout(300); // start-up scan of the empty thread done: the insertion below is a new burst
  // The first screen of this thread holds a hater (the third comment, "Isso aí é golpe…"), so covering is checked too.
  expectSeenDoneInFirstFrame(await insertAndReadFirstFrame(page, 2_000));
  await expect(page.locator('[data-ronda-label]')).toHaveCount(2_000, { timeout: 30_000 });
});

test('a badge menu staff opened stays visible while they scroll on through a long thread', async ({ context }) => {
  const page = await open(context, 'youtube', 'long-thread.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  await expect(page.locator('[data-ronda-label]')).toHaveCount(2_000, { timeout: 30_000 });
  const target = badges(page).first();
  await target.locator('button.badge').click();
  const menu = target.locator('[popover]');
  await expect(menu).toBeVisible();
  // Far beyond the band of drawn badges: the badge's neighbours are hidden, the one with the open menu is not.
  await page.evaluate(() => scrollBy(0, innerHeight * 8));
  await expect.poll(() => target.evaluate((b) => b.getRootNode() instanceof ShadowRoot && b.parentElement!.querySelectorAll('ronda-badge[style*="hidden"]').length)).toBeGreaterThan(0);
  expect(await menu.evaluate((m) => m.matches(':popover-open') && getComputedStyle(m).visibility)).toBe('visible');
});

test('moving to another video without a reload marks the new comments and files each under its own video', async ({ context, worker }) => {
  const first = 'https://www.youtube.com/watch?v=rOnDa2026aB';
  const page = await open(context, 'youtube', 'watch.html', first);
  await expect(badges(page)).toHaveCount(10);
  await scrollToEnd(page);
  await expect(chip(page)).toHaveAttribute('data-found', '13');
  // The channel owner's reply is the house's answer: marked, not stored.
  await expect.poll(() => storedCount(worker, first)).toBe(12);
  // What YouTube does on a click to the next video: pushState, then the comment section is rendered anew.
  await page.evaluate(() => {
    history.pushState({}, '', '/watch?v=rOnDaNext01');
    const threads = [...document.querySelectorAll('ytd-comment-thread-renderer')];
    const list = threads[0]!.parentElement!;
    threads.forEach((thread) => thread.remove());
    threads.slice(0, 4).forEach((thread, i) => {
      const copy = thread.cloneNode(true) as Element;
      copy.querySelectorAll('ronda-badge, #replies').forEach((b) => b.remove());
      copy.removeAttribute('data-ronda-label');
      copy.removeAttribute('data-ronda-id');
      copy.querySelectorAll('a[href*="lc="]').forEach((a) => a.setAttribute('href', `/watch?v=rOnDaNext01&lc=UgxNextVideoComment${i}AaBbCc`));
      const text = copy.querySelector('#content-text');
      if (text) text.textContent = `Comentário ${i} do vídeo seguinte: quanto custa o curso?`;
      list.prepend(copy);
    });
  });
  await expect(chip(page)).toHaveAttribute('data-found', '4', { timeout: 10_000 });
  await expect(badges(page)).toHaveCount(4);
  const ids = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ronda-comment')).sort());
  expect(ids).toEqual([0, 1, 2, 3].map((i) => `UgxNextVideoComment${i}AaBbCc`));
  await expect.poll(() => storedCount(worker, 'https://www.youtube.com/watch?v=rOnDaNext01')).toBe(4);
  expect(await storedCount(worker, first)).toBe(12);
});

test('hostile comment text stays text, haters are blurred, and nothing runs', async ({ context }) => {
  const page = await open(context, 'youtube', 'hostile.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect(badges(page)).toHaveCount(9);
  // Badge tooltips carry evidence as text: no element was created from comment text inside Ronda's badges.
  const injected = await badges(page).evaluateAll((els) => els.filter((e) => e.querySelector('img, script, iframe')).length);
  expect(injected).toBe(0);
  const blurred = page.locator('[data-ronda-hidden="blur"]');
  const haters = await badges(page).evaluateAll((els) => els.filter((e) => e.getAttribute('data-label') === 'hater').length);
  expect(haters).toBeGreaterThan(0);
  await expect(blurred).toHaveCount(haters);
  // Each hater's text is hidden under an opaque cover drawn by Ronda's layer; the site's element keeps its styles.
  const uncovered = await page.evaluate(() => {
    const covers = [...document.querySelectorAll('ronda-layer')].flatMap((l) => [...(l.shadowRoot?.querySelectorAll('.cover > div') ?? [])]);
    const boxes = covers.map((c) => c.getBoundingClientRect());
    return [...document.querySelectorAll<HTMLElement>('[data-ronda-hidden="blur"]')].filter((text) => {
      const t = text.getBoundingClientRect();
      const covered = boxes.some((b) => b.left <= t.left + 1 && b.top <= t.top + 1 && b.right >= t.right - 1 && b.bottom >= t.bottom - 1);
      const fill = getComputedStyle(covers[0]!);
      const opaque = fill.backgroundColor !== 'rgba(0, 0, 0, 0)' && fill.backgroundImage.includes('repeating-linear-gradient');
      return !covered || text.style.cssText !== '' || !opaque;
    }).length;
  });
  expect(uncovered).toBe(0);
  expect(dialogs).toEqual([]);
});

test('staff correct a label from the badge menu; the correction wins after a reload', async ({ context }) => {
  const url = 'https://www.youtube.com/watch?v=rOnDa2026aB';
  const page = await open(context, 'youtube', 'watch.html', url);
  await expect(badges(page)).toHaveCount(10);
  const target = badges(page).first();
  const id = await target.getAttribute('data-ronda-comment');
  const before = await target.getAttribute('data-label');
  const next = before === 'complaint' ? 'praise' : 'complaint';
  await target.locator('button.badge').click();
  await target.locator(`.labels button[data-label="${next}"]`).click();
  await expect(target).toHaveAttribute('data-label', next);
  await expect(target.locator('button.badge')).toHaveClass(/staff/);
  await page.reload();
  const again = page.locator(`ronda-badge[data-ronda-comment="${id}"]`);
  await expect(again).toHaveAttribute('data-label', next);
  await expect(again.locator('button.badge')).toHaveClass(/staff/);
});

test("the page's own scripts cannot relabel through Ronda's badge; staff clicks can", async ({ context }) => {
  const page = await open(context, 'youtube', 'watch.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  await expect(badges(page)).toHaveCount(10);
  const target = badges(page).first();
  const before = await target.getAttribute('data-label');
  const next = before === 'complaint' ? 'praise' : 'complaint';
  await target.locator('button.badge').click();
  // A site script reaching into the badge's shadow root (open, so Playwright can see it) and clicking for the
  // user: evaluate runs in the page's own world, and its click is untrusted.
  await target.locator(`.labels button[data-label="${next}"]`).evaluate((b: HTMLButtonElement) => b.click());
  await page.waitForTimeout(300);
  await expect(target).toHaveAttribute('data-label', before!);
  await target.locator(`.labels button[data-label="${next}"]`).click();
  await expect(target).toHaveAttribute('data-label', next);
});

test('staff corrections teach the page: a pasted copy follows the first one, a word three corrections agree on the rest', async ({ context }) => {
  // The watch fixture with its first five comments rewritten: an audience that swears in excitement, which the
  // shipped model reads as hostile (unit tests check that premise on the same texts).
  const texts = ['caralho esse vídeo', 'CARALHO ESSE VÍDEOOO!!', 'caralho olha essa entrevista', 'caralho essa live', 'caralho esse livro'];
  const page = await openWatchWithTexts(context, texts);
  await expect(badges(page)).toHaveCount(10);
  const byText = (t: string) => badges(page).nth(texts.indexOf(t));
  for (const t of texts) await expect(byText(t), t).toHaveAttribute('data-label', 'hater');

  const correct = async (t: string) => {
    const badge = byText(t);
    await badge.locator('button.badge').click();
    await badge.locator('.labels button[data-label="praise"]').click();
    await expect(badge).toHaveAttribute('data-label', 'praise');
  };
  await correct('caralho esse vídeo');
  // The shouted copy is the same comment to the memory: it follows at once, without a reload.
  await expect(byText('CARALHO ESSE VÍDEOOO!!')).toHaveAttribute('data-label', 'praise');
  await expect(byText('CARALHO ESSE VÍDEOOO!!').locator('button.badge')).not.toHaveClass(/staff/);
  await correct('caralho olha essa entrevista');
  await expect(byText('caralho esse livro')).toHaveAttribute('data-label', 'hater');
  await correct('caralho essa live');
  // Three corrections agree on "caralho": the comment nobody corrected is praise now, and says why.
  const learned = byText('caralho esse livro');
  await expect(learned).toHaveAttribute('data-label', 'praise');
  await learned.locator('button.badge').click();
  await expect(learned).toContainText('palavra aprendida das correções: "caralho"');
  // Comments with other words are left alone.
  await expect(badges(page).nth(texts.length)).not.toHaveAttribute('data-label', 'praise');

  // After a reload the memory comes from the background: the same labels, before anyone touches anything.
  await page.reload();
  await expect(badges(page)).toHaveCount(10);
  for (const t of texts) await expect(byText(t), t).toHaveAttribute('data-label', 'praise');
});

for (const site of ['youtube', 'facebook', 'instagram'] as const) {
  test(`${site}: changed markup says "no comments found" instead of failing silently`, async ({ context }) => {
    const url = SURFACES.find((s) => s.site === site)!.url;
    const page = await open(context, site, 'changed-markup.html', url);
    await expect(chip(page)).toContainText('Nenhum comentário encontrado aqui: o layout da página pode ter mudado.', { timeout: 15_000 });
    await expect(badges(page)).toHaveCount(0);
  });
}

test('the replies in a hater’s thread are hidden with it; showing the hater shows them; the setting turns it off', async ({ context, openExtensionPage }) => {
  const page = await open(context, 'youtube', 'hater-thread.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  await expect(badges(page)).toHaveCount(7);
  const hater = 'UgzRonda0401Fx_Qw4AaABAg';
  const reply = (n: number) => `${hater}.UgzRonda0${n}Fx_Qw4AaABAg`;
  const hidden = () =>
    page.evaluate(() => [...document.querySelectorAll('[data-ronda-hidden]')].map((t) => t.closest('[data-ronda-id]')!.getAttribute('data-ronda-id')).sort());
  const badgeOf = (id: string) => page.locator(`ronda-badge[data-ronda-comment="${id}"]`);
  const press = async (id: string, name: string) => {
    await badgeOf(id).locator('button.badge').click();
    await badgeOf(id).getByRole('button', { name, exact: true }).click();
    await page.keyboard.press('Escape');
  };

  // The hater, the fan defending the expert, the curious reader and the hater again; the ordinary thread's reply is not.
  await expect.poll(hidden).toEqual([hater, reply(411), reply(412), reply(413)].sort());
  await expect(badgeOf(reply(411))).toHaveAttribute('data-label', 'praise');
  const covers = () => page.evaluate(() => [...document.querySelectorAll('ronda-layer')].reduce((n, l) => n + (l.shadowRoot?.querySelectorAll('.cover').length ?? 0), 0));
  await expect.poll(covers).toBe(4);

  // One reply shown on its own; its menu says why it was hidden.
  await badgeOf(reply(411)).locator('button.badge').click();
  await expect(badgeOf(reply(411)).getByText('Resposta na thread de um hater: fica oculta com ele.')).toBeVisible();
  await page.keyboard.press('Escape');
  await press(reply(411), 'Mostrar resposta');
  await expect.poll(hidden).toEqual([hater, reply(412), reply(413)].sort());
  // Showing the hater shows its thread, except a reply that is a hater itself.
  await press(hater, 'Mostrar comentário');
  await expect.poll(hidden).toEqual([reply(413)]);
  await press(hater, 'Ocultar comentário');
  await expect.poll(hidden).toEqual([hater, reply(412), reply(413)].sort());

  // The setting: off, only haters are hidden; on pages already open too.
  const options = await openExtensionPage('options.html');
  const setting = options.getByRole('checkbox', { name: /Esconder também as respostas aos haters/ });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect(options.getByTestId('hater-display-status')).toContainText('Salvo e aplicado às páginas abertas (1)');
  await expect.poll(hidden).toEqual([hater, reply(413)].sort());
  await page.reload();
  await expect(badges(page)).toHaveCount(7);
  await expect.poll(hidden).toEqual([hater, reply(413)].sort());
  await setting.check();
  await expect.poll(hidden).toEqual([hater, reply(411), reply(412), reply(413)].sort());
});

test('staff choose on the options page to collapse haters instead of covering them; open pages follow at once', async ({ context, openExtensionPage }) => {
  const page = await open(context, 'youtube', 'hostile.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  await expect(badges(page)).toHaveCount(9);
  const haters = await badges(page).evaluateAll((els) => els.filter((e) => e.getAttribute('data-label') === 'hater').length);
  expect(haters).toBeGreaterThan(0);
  const covers = () => page.evaluate(() => [...document.querySelectorAll('ronda-layer')].reduce((n, l) => n + (l.shadowRoot?.querySelectorAll('.cover').length ?? 0), 0));
  const collapsed = page.locator('[data-ronda-hidden="collapse"]');
  await expect.poll(covers).toBe(haters);

  const options = await openExtensionPage('options.html');
  const choice = options.getByTestId('hater-display');
  await expect(choice.getByRole('radio', { name: /Cobrir com uma tarja/ })).toBeChecked();
  await choice.getByRole('radio', { name: /Recolher o texto/ }).check();
  await expect(options.getByTestId('hater-display-status')).toContainText('Salvo e aplicado às páginas abertas (1)');
  // The open page follows without a reload: collapsed, not covered.
  await expect(collapsed).toHaveCount(haters);
  for (const text of await collapsed.all()) await expect(text).toBeHidden();
  await expect.poll(covers).toBe(0);
  // And back: covered again, the text no longer collapsed.
  await choice.getByRole('radio', { name: /Cobrir com uma tarja/ }).check();
  await expect(collapsed).toHaveCount(0);
  await expect.poll(covers).toBe(haters);
  await choice.getByRole('radio', { name: /Recolher o texto/ }).check();
  await expect(collapsed).toHaveCount(haters);

  // The choice is kept, and pages opened later start with it.
  await options.reload();
  await expect(options.getByTestId('hater-display').getByRole('radio', { name: /Recolher o texto/ })).toBeChecked();
  await page.reload();
  await expect(badges(page)).toHaveCount(9);
  await expect(collapsed).toHaveCount(haters);
  await expect.poll(covers).toBe(0);
});
