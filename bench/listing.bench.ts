import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionWorker, FIXTURES_DIR, launchWithExtension } from '../tests/e2e/fixtures';

/*
 * Reading a listing page's posts for the sweep ("Adicionar N publicações desta página"): the side panel asks again
 * every 3 s while its sweep tab is open on a timeline, so a long timeline must stay cheap to read. The fixtures are
 * grown in the page (a Facebook Page timeline to 200 posts with 10 inline comments each, a YouTube channel to 600
 * videos), then the content script is asked as the panel asks it, from the extension. Needs `npm run build:e2e`.
 */

const CASES = [
  {
    name: 'Facebook Page timeline, 200 posts × 10 comments',
    url: 'https://www.facebook.com/rondalancamentos',
    file: 'facebook/page-timeline.html',
    grow: `(() => {
      const unit = document.querySelector('[data-pagelet="TimelineFeedUnit_0"]');
      const comment = unit.querySelector('[data-commentid]');
      for (let i = 0; i < 9; i++) comment.parentElement.append(comment.cloneNode(true));
      const timeline = unit.parentElement;
      for (let i = 2; i < 200; i++) {
        const copy = unit.cloneNode(true);
        copy.setAttribute('data-pagelet', 'TimelineFeedUnit_' + i);
        for (const a of copy.querySelectorAll('a[href*="story_fbid="]')) a.setAttribute('href', a.getAttribute('href').replace(/story_fbid=[^&]+/, 'story_fbid=pfbid0Bench' + i));
        timeline.append(copy);
      }
      return document.querySelectorAll('a[href]').length;
    })()`,
  },
  {
    name: 'YouTube channel videos, 600 videos',
    url: 'https://www.youtube.com/@rondalancamentos/videos',
    file: 'youtube/channel-videos.html',
    grow: `(() => {
      const item = document.querySelector('ytd-rich-item-renderer');
      for (let i = 0; i < 597; i++) {
        const copy = item.cloneNode(true);
        for (const a of copy.querySelectorAll('a[href^="/watch"]')) a.setAttribute('href', '/watch?v=Bench' + String(i).padStart(6, '0'));
        item.parentElement.append(copy);
      }
      return document.querySelectorAll('a[href]').length;
    })()`,
  },
];

export async function run(): Promise<void> {
  for (const c of CASES) {
    const { context, cleanup } = await launchWithExtension();
    try {
      const html = readFileSync(path.join(FIXTURES_DIR, c.file));
      await context.route(`https://${new URL(c.url).host}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      const worker = await extensionWorker(context);
      const page = await context.newPage();
      await page.goto(c.url);
      await page.waitForSelector('html[data-ronda]');
      const links = (await page.evaluate(c.grow)) as number;
      await page.waitForTimeout(6_000); // the grown page's comments are marked first: that work is not the listing's
      const times = (await worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url: `${url}*` });
        const out: number[] = [];
        let posts = 0;
        for (let i = 0; i < 21; i++) {
          const started = performance.now();
          const reply = (await chrome.tabs.sendMessage(tab!.id!, { ronda: 1, type: 'cs.listedPosts', payload: {} }, { frameId: 0 })) as { ok: boolean; data?: { posts: unknown[] } };
          out.push(performance.now() - started);
          posts = reply.data?.posts.length ?? -1;
        }
        return { out, posts };
      }, c.url)) as { out: number[]; posts: number };
      const sorted = times.out.slice(1).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(`  ${c.name} (${links} links): ${times.posts} posts listed, median ${median.toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms (20 reads, round trip from the extension)`);
    } finally {
      await cleanup();
    }
  }
}
