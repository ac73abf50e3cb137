import type { Page } from '@playwright/test';
import {
  FB_AD_CTA,
  FB_AD_PAGE,
  FB_AD_POST,
  FB_AD_URL,
  FB_GROUP_ID,
  FB_GROUP_POST,
  FB_GROUP_URL,
  FB_PAGE_ID,
  FB_TIMELINE_URL,
  fbAdCommentId,
  fbAdLateBatch,
  fbAdThread,
  fbGroupCommentId,
  fbGroupLateBatch,
  fbGroupThread,
  fbId,
  fbTimelinePosts,
  flatten,
} from '../fixtures/generate';
import { badges, chip, expect, misplacedOnScreen, openFixturePage, storedCount, tabIdOf, test } from './fixtures';

/*
 * The Facebook surfaces besides Page posts, end to end: a group post (group permalinks, member badges next to
 * the names, anonymous participants) and an ad post (sponsored, with its call to action), each served at its
 * real URL. Modelled on "every comment gets one badge" in marking.e2e.ts.
 */

const ids = (comments: { id: string }[]) => comments.map((c) => c.id).sort();
/** The house's answers (the Page's "Autor", a group's admins and moderators): marked, never stored (lib/house.ts). */
const HOUSE_BADGES = new Set(['Autor', 'Administrador', 'Moderador']);
const houseIds = (comments: { id: string; badges?: string[] }[]) => ids(comments.filter((c) => c.badges?.some((b) => HOUSE_BADGES.has(b))));

const SURFACES = [
  {
    name: 'group post',
    url: FB_GROUP_URL,
    fixture: 'facebook/group-post.html',
    postUrl: `https://www.facebook.com/groups/${FB_GROUP_ID}/posts/${FB_GROUP_POST}`,
    // "Marina Couto respondeu · 1 resposta" keeps one reply collapsed until clicked.
    initial: ids(flatten(fbGroupThread()).filter((c) => c.id !== fbGroupCommentId(104))),
    house: houseIds(flatten(fbGroupThread()).filter((c) => c.id !== fbGroupCommentId(104))),
    all: ids([...flatten(fbGroupThread()), ...flatten(fbGroupLateBatch())]),
    collapsed: 'Marina Couto respondeu',
  },
  {
    name: 'ad post',
    url: FB_AD_URL,
    fixture: 'facebook/ad-post.html',
    postUrl: `https://www.facebook.com/${FB_AD_PAGE}/posts/${FB_AD_POST}`,
    initial: ids(flatten(fbAdThread()).filter((c) => c.id !== fbAdCommentId(102) && c.id !== fbAdCommentId(103))),
    house: houseIds(flatten(fbAdThread()).filter((c) => c.id !== fbAdCommentId(102) && c.id !== fbAdCommentId(103))),
    all: ids([...flatten(fbAdThread()), ...flatten(fbAdLateBatch())]),
    collapsed: 'Ronda Lançamentos respondeu',
  },
] as const;

const badgeIds = (page: Page) => badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ronda-comment')!).sort());

for (const s of SURFACES) {
  test(`Facebook ${s.name}: every comment gets one badge, and the page count is shown`, async ({ context, worker }) => {
    const page = await openFixturePage(context, s.fixture, s.url);
    const n = s.initial.length;
    await expect(badges(page)).toHaveCount(n);
    await expect(chip(page)).toHaveAttribute('data-found', String(n));
    await expect(chip(page)).toContainText(`${n} comentários`);
    // Each badge names one of the seven classes and explains itself on hover.
    const labels = await badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    for (const label of labels) expect(['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral']).toContain(label);
    expect(await badges(page).first().locator('button').getAttribute('title')).toMatch(/\d+%/);
    // One badge per comment, under Facebook's own comment ids: nothing marked twice, nothing else marked.
    expect(await badgeIds(page)).toEqual([...s.initial]);
    // Each badge is drawn on its own comment.
    expect(await misplacedOnScreen(page)).toEqual([]);
    // Filed under the post, without tracking parameters; the house's answers are not stored.
    expect(s.house.length).toBeGreaterThan(0);
    await expect.poll(() => storedCount(worker, s.postUrl)).toBe(n - s.house.length);
  });

  test(`Facebook ${s.name}: comments and replies the site loads later are marked once each`, async ({ context }) => {
    const page = await openFixturePage(context, s.fixture, s.url);
    await expect(badges(page)).toHaveCount(s.initial.length);
    await page.getByRole('button', { name: s.collapsed }).click();
    await page.getByRole('button', { name: 'Ver mais comentários' }).click();
    await expect(badges(page)).toHaveCount(s.all.length);
    await expect(chip(page)).toHaveAttribute('data-found', String(s.all.length));
    expect(await badgeIds(page)).toEqual([...s.all]);
  });
}

test('Facebook ad post: the sponsored post and its call to action get no badge', async ({ context }) => {
  const page = await openFixturePage(context, 'facebook/ad-post.html', FB_AD_URL);
  await expect(badges(page)).toHaveCount(SURFACES[1].initial.length);
  // In a browser the CTA link sits inside the card's link, through <object> (happy-dom cannot show this).
  const cta = page.locator(`[data-ad-rendering-role="cta-"] a[aria-label="${FB_AD_CTA}"]`);
  await expect(cta).toHaveCount(1);
  expect(await cta.evaluate((a) => a.parentElement!.closest('a')?.getAttribute('href')?.startsWith('https://l.facebook.com/l.php'))).toBe(true);
  // Only comment articles are marked: not the post, not its link card.
  const marked = await page.locator('[data-ronda-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(marked.length).toBe(SURFACES[1].initial.length);
  for (const label of marked) expect(label).toMatch(/^(Comentário|Resposta) de /);
  await expect(page.locator('[role="dialog"] [role="article"][aria-posinset]')).not.toHaveAttribute('data-ronda-id');
});

test('Facebook ad post: a friend tagged by name (a link, no "@") is read as a tag, not a question to answer', async ({ context }) => {
  const page = await openFixturePage(context, 'facebook/ad-post.html', FB_AD_URL);
  const id = await page.locator('[data-ronda-id]').filter({ hasText: 'olha esse curso que te falei' }).getAttribute('data-ronda-id');
  const badge = page.locator(`ronda-badge[data-ronda-comment="${id}"]`);
  await expect(badge).toHaveAttribute('data-label', 'neutral');
  await expect(badge.locator('button.badge')).toHaveAttribute('title', /marcação de amigos/);
});

test("Facebook Page timeline: a post's window over it is that post's page, filed under its address, and closing it goes back", async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await openFixturePage(context, 'facebook/page-timeline.html', FB_TIMELINE_URL);
  const [launch, other] = fbTimelinePosts();
  const permalink = (post: string) => `https://www.facebook.com/permalink.php?story_fbid=${post}&id=${FB_PAGE_ID}`;
  const previews = ids([...launch!.preview, ...other!.preview]);
  // The timeline itself: its inline previews are marked, but it is no post and nothing is filed.
  await expect(badges(page)).toHaveCount(previews.length);
  expect(await badgeIds(page)).toEqual(previews);
  await expect(chip(page).locator('.chip')).toBeHidden();
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.facebook.com/*')}`);
  await expect(panel.getByTestId('health')).toContainText('são prévias de várias publicações: abra uma publicação');

  // The launch post's comment count opens its window; the address stays the timeline's.
  await page.getByRole('button', { name: `${flatten(launch!.thread).length} comentários` }).click();
  const thread = ids(flatten(launch!.thread));
  await expect(badges(page)).toHaveCount(thread.length);
  expect(await badgeIds(page)).toEqual(thread);
  expect(page.url()).toBe(FB_TIMELINE_URL);
  expect(await misplacedOnScreen(page)).toEqual([]);
  await expect(chip(page)).toHaveAttribute('data-found', String(thread.length));
  await expect.poll(() => storedCount(worker, permalink(launch!.post))).toBe(thread.length);
  // The side panel follows: the window's title, and its comments as the queue.
  await expect(panel.locator('header .page')).toHaveText('Publicação de Ronda Lançamentos');
  await expect(panel.getByRole('listbox', { name: 'Comentários' }).getByRole('option')).toHaveCount(thread.length);

  // Closed: back to the timeline's previews, and the panel says this page is no post.
  await page.locator('[role="dialog"]').getByRole('button', { name: 'Fechar' }).click();
  await expect(badges(page)).toHaveCount(previews.length);
  await expect(chip(page).locator('.chip')).toBeHidden();
  await expect(panel.getByTestId('health')).toContainText('são prévias de várias publicações');

  // Another post's window: a fresh count under its own address; its hater is covered; the first post keeps its own.
  await page.locator('[data-pagelet="TimelineFeedUnit_1"]').getByRole('button', { name: 'Ver mais comentários' }).click();
  // (The timeline has as many previews as this window has comments: wait for one only the window has.)
  await expect(page.locator(`ronda-badge[data-ronda-comment="${fbId(951)}"]`)).toHaveCount(1);
  await expect(badges(page)).toHaveCount(other!.thread.length);
  expect(await badgeIds(page)).toEqual(ids(other!.thread));
  await expect(page.locator(`ronda-badge[data-ronda-comment="${fbId(951)}"]`)).toHaveAttribute('data-label', 'hater');
  // Its words are under a cover of Ronda's layer.
  const haterText = page.locator(`[data-commentid="${fbId(951)}"] div[dir="auto"]`).first();
  await expect
    .poll(async () => {
      const box = (await haterText.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      return page.evaluate(
        ([cx, cy]) =>
          [...document.querySelectorAll('ronda-layer')]
            .flatMap((l) => [...(l.shadowRoot?.querySelectorAll<HTMLElement>('.cover') ?? [])])
            .filter((c) => c.style.visibility !== 'hidden')
            .map((c) => c.firstElementChild!.getBoundingClientRect())
            .some((r) => r.width > 0 && r.left <= cx! && cx! <= r.right && r.top <= cy! && cy! <= r.bottom),
        [x, y],
      );
    })
    .toBe(true);
  await expect.poll(() => storedCount(worker, permalink(other!.post))).toBe(other!.thread.length);
  expect(await storedCount(worker, permalink(launch!.post))).toBe(thread.length);
  await expect(panel.getByRole('listbox', { name: 'Comentários' }).getByRole('option')).toHaveCount(other!.thread.length);
  // The chip's × hides it on this page.
  await expect(chip(page).locator('.chip')).toBeVisible();
  await chip(page).getByRole('button', { name: 'Esconder o aviso do Ronda nesta página' }).click();
  await expect(chip(page).locator('.chip')).toBeHidden();
});
