import type { BrowserContext, Page, Worker } from '@playwright/test';
import { FB_PAGE_ID, FB_TIMELINE_URL, IG_PROFILE_POSTS, IG_PROFILE_URL, YT_CHANNEL_URL, YT_CHANNEL_VIDEOS, fbTimelinePosts } from '../fixtures/generate';
import { expect, serveFixture, test, storedCount, tabIdOf } from './fixtures';

/*
 * The daily sweep end to end: two fixture pages (an Instagram post and a YouTube video) go into the sweep list
 * of the side panel (one with "Adicionar esta página", one pasted), their comments are read by the real content
 * scripts, and each item shows its new/pending counts; marking swept clears "new" and keeps "pending";
 * "Concluir e próximo" marks the page and opens the next due item in the same tab.
 */

const IG_URL = 'https://www.instagram.com/p/DRondaFx26a/';
const YT_URL = 'https://www.youtube.com/watch?v=rOnDa2026aB';



/**
 * Opens a fixture page and waits until Ronda has read it: its badges and the comments stored for it (all but the
 * house's answers, which are marked and never stored) hold still on three reads a second apart (the page is scanned
 * in time slices and reported in batches, and some fixtures load a late batch after a scroll or a click, as the real
 * sites do). Returns the stored count, which is what the sweep counts.
 */
async function openSite(context: BrowserContext, worker: Worker, url: string, site: string): Promise<{ page: Page; found: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', site);
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const badges = await page.locator('ronda-badge').count();
        const house = await page.locator('ronda-badge button.badge.house').count();
        const stored = await storedCount(worker, url);
        const now = `${badges}/${stored}`;
        same = stored > 0 && badges === stored + house && now === last ? same + 1 : 0;
        last = now;
        return same >= 2;
      },
      { intervals: [1_000], timeout: 20_000 },
    )
    .toBe(true);
  return { page, found: Number(last.split('/')[1]) };
}

test('sweeping two fixture pages shows their counts, marks them swept and opens the next', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.instagram.com/**', 'instagram/post-page.html');
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/watch.html');
  const ig = await openSite(context, worker, IG_URL, 'instagram');

  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.instagram.com/*')}`);
  // The side panel renders components/sweep/SweepList in its "Varredura" tab.
  await expect(panel.getByRole('tab', { name: 'Varredura' })).toBeVisible();
  await panel.getByRole('tab', { name: 'Varredura' }).click();
  await panel.getByRole('button', { name: '+ Adicionar esta página' }).click();
  await expect(panel.getByText('Página adicionada à varredura.')).toBeVisible();

  const igItem = panel.locator(`li[data-url="${IG_URL}"]`);
  await expect(igItem).toContainText('nunca varrido');
  await expect(igItem.getByTestId('sweep-counts')).toHaveAttribute('data-fresh', String(ig.found));
  await expect(igItem.getByTestId('sweep-counts')).toHaveAttribute('data-pending', String(ig.found));

  // The second page comes from a pasted list, with a bad line reported by number and the good one kept.
  await panel.getByText('Colar ou importar lista de links').click();
  await panel.getByRole('textbox', { name: /Links, um por linha/ }).fill(`https://youtu.be/rOnDa2026aB ; Aula 1\nisto não é link`);
  await panel.getByRole('button', { name: 'Adicionar links' }).click();
  await expect(panel.getByRole('alert')).toContainText('1 adicionado');
  await expect(panel.getByLabel('Linhas com erro')).toContainText('Linha 2');
  const ytItem = panel.locator(`li[data-url="${YT_URL}"]`);
  await expect(ytItem).toContainText('Aula 1');
  await expect(ytItem.getByTestId('sweep-counts')).toHaveAttribute('data-fresh', '0');

  // Visiting the video lets Ronda read its comments; the list counts them.
  const yt = await openSite(context, worker, YT_URL, 'youtube');
  await panel.reload();
  await panel.getByRole('tab', { name: 'Varredura' }).click();
  await expect(ytItem.getByTestId('sweep-counts')).toHaveAttribute('data-fresh', String(yt.found));
  // The comment the channel owner answered on the site is answered: not pending.
  await expect(ytItem.getByTestId('sweep-counts')).toHaveAttribute('data-pending', String(yt.found - 1));
  await yt.page.close();

  // Marking the Instagram post swept: nothing is new since, everything is still pending.
  await igItem.getByRole('button', { name: 'Marcar varrido' }).click();
  await expect(igItem.getByTestId('sweep-counts')).toHaveAttribute('data-fresh', '0');
  await expect(igItem.getByTestId('sweep-counts')).toHaveAttribute('data-pending', String(ig.found));
  await expect(igItem).toContainText('varrido agora');

  // The YouTube item was never swept, so it is due first; "Concluir e próximo" opens it in the panel's tab.
  await expect(panel.locator('li.sweep-item').first()).toHaveAttribute('data-url', YT_URL);
  await panel.getByRole('button', { name: 'Concluir e próximo →' }).click();
  await expect(ig.page).toHaveURL(YT_URL);
});

test("a Page's timeline, a channel's videos and a profile's grid go into the sweep in one click each: every post once, by its own address and title", async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await serveFixture(context, 'https://www.facebook.com/**', 'facebook/page-timeline.html');
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/channel-videos.html');
  await serveFixture(context, 'https://www.instagram.com/**', 'instagram/profile-grid.html');
  const timeline = await context.newPage();
  await timeline.goto(FB_TIMELINE_URL);
  await expect(timeline.locator('html')).toHaveAttribute('data-ronda', 'facebook');
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);
  await panel.getByRole('tab', { name: 'Varredura' }).click();
  await panel.getByRole('button', { name: '+ Adicionar 2 publicações desta página' }).click();
  await expect(panel.getByText('2 publicações adicionadas.')).toBeVisible();
  for (const post of fbTimelinePosts()) {
    const url = `https://www.facebook.com/permalink.php?story_fbid=${post.post}&id=${FB_PAGE_ID}`;
    await expect(panel.locator(`li[data-url="${url}"]`)).toContainText(post.title);
  }

  const closeNotice = () => panel.locator('.notice').getByRole('button', { name: 'Fechar' }).click();
  await closeNotice();

  // The channel's videos tab, in the same panel's tab: its three videos join the two posts.
  await timeline.goto(YT_CHANNEL_URL);
  await expect(timeline.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  await panel.getByRole('button', { name: '+ Adicionar 3 publicações desta página' }).click();
  await expect(panel.getByText('3 publicações adicionadas.')).toBeVisible();
  for (const video of YT_CHANNEL_VIDEOS) await expect(panel.locator(`li[data-url="https://www.youtube.com/watch?v=${video.id}"]`)).toContainText(video.title);
  await expect(panel.locator('li.sweep-item')).toHaveCount(5);
  await closeNotice();

  // The expert's Instagram profile: its posts and reel, by their canonical /p/ and /reel/ addresses.
  await timeline.goto(IG_PROFILE_URL);
  await expect(timeline.locator('html')).toHaveAttribute('data-ronda', 'instagram');
  // Pressed at once, while the button may still count the channel's videos: what is added is what this page lists.
  await panel.getByRole('button', { name: '+ Adicionar 3 publicações desta página' }).click();
  await expect(panel.getByText('3 publicações adicionadas.')).toBeVisible();
  for (const post of IG_PROFILE_POSTS) await expect(panel.locator(`li[data-url="https://www.instagram.com/${post.kind}/${post.code}/"]`)).toContainText(post.alt);
  await expect(panel.locator('li.sweep-item')).toHaveCount(8);

  // "Próximo" opens the first due one in that tab: a post from the timeline, at its own address.
  await panel.getByRole('button', { name: 'Próximo →' }).click();
  await expect(timeline).toHaveURL(/permalink\.php\?story_fbid=|watch\?v=Rda|instagram\.com\/(?:p|reel)\//);
});
