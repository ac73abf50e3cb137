import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, FIXTURES_DIR } from '../tests/e2e/fixtures';
import { SITES } from './content.bench';

/*
 * Comments the site changes in place after Ronda marked them: YouTube re-sorting a thread reuses its elements
 * for other comments, "See more" and edits change a comment's words. Each change reaches Ronda as a mutation
 * deep inside a marked comment, which it walks up to the comment, reads again and, when its words changed,
 * classifies and marks again (runtime.ts onMutations, tracker.refresh). The bench marks a 2,000-comment thread,
 * then has the page rewrite the words of `n` comments in one task and times, from that task, when every one of
 * them carries its new label, with the longest task after it. Needs `npm run build:e2e`.
 */

const COUNT = 2_000;
const CHANGED = [20, 200, 2_000];
/** Words the classifier marks as a hater whatever the comment said before: the new label shows it was re-read. */
const HOSTILE = 'isso é golpe, bando de ladrão';

async function measure(site: (typeof SITES)[number], withExtension: boolean): Promise<{ n: number; remarkedMs: number | null; longestMs: number }[]> {
  const { context, cleanup } = await launchWithExtension({ withExtension });
  try {
    const html = readFileSync(path.join(FIXTURES_DIR, site.file));
    await context.route(`https://${new URL(site.url).host}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(site.url);
    if (withExtension) await page.waitForSelector('html[data-ronda]');
    await page.waitForTimeout(1_500);
    await page.evaluate(`window.fixtureInsert(${COUNT})`);
    if (withExtension) await page.waitForFunction(`document.querySelectorAll('[data-ronda-label]').length >= ${COUNT}`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1_500);
    const out = [];
    let from = 0;
    for (const n of CHANGED) {
      // Rounds: the first 20, the next 200, then all 2,000 (each gets new words again, so each is read again).
      out.push(
        (await page.evaluate(`new Promise((resolve) => {
          const items = [...document.querySelectorAll(${JSON.stringify(site.comment)})].slice(${from}, ${from} + ${n});
          const marked = (el) => (el.matches('[data-ronda-label]') ? el : el.querySelector('[data-ronda-label]'));
          const texts = items.map((el) => {
            const label = marked(el);
            const leaves = [...(label ?? el).querySelectorAll('span, p, div')].filter((x) => !x.children.length && (x.textContent ?? '').trim().length > 3);
            return leaves.sort((a, b) => b.textContent.length - a.textContent.length)[0];
          });
          let longest = 0;
          const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
          observer.observe({ type: 'longtask' });
          const start = performance.now();
          texts.forEach((t, i) => { if (t) t.textContent = '${HOSTILE} ' + i; });
          const deadline = start + ${withExtension ? 20_000 : 1_500};
          const check = () => {
            const done = items.every((el) => marked(el)?.getAttribute('data-ronda-label') === 'hater');
            if (done || performance.now() > deadline) {
              const remarkedMs = done ? performance.now() - start : null;
              setTimeout(() => { observer.disconnect(); resolve({ n: ${n}, remarkedMs, longestMs: longest }); }, 300);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        })`)) as { n: number; remarkedMs: number | null; longestMs: number },
      );
      from = n === CHANGED[0] ? n : 0;
      await page.waitForTimeout(800);
    }
    return out;
  } finally {
    await cleanup();
  }
}

export async function run(): Promise<void> {
  for (const site of SITES) {
    console.log(`  ${site.site}, ${COUNT.toLocaleString('en')} marked comments, words rewritten in place in one task:`);
    // The page's own work on the change (its task, its layout) without Ronda, for the longest-task comparison.
    const alone = await measure(site, false);
    for (const [i, r] of (await measure(site, true)).entries()) {
      console.log(
        `    ${String(r.n).padStart(5)} changed: all re-read and marked again ${r.remarkedMs === null ? 'NOT within 20 s' : `in ${r.remarkedMs.toFixed(0)} ms`}; longest task from the change ${alone[i]!.longestMs.toFixed(0)} ms alone, ${r.longestMs.toFixed(0)} ms with Ronda`,
      );
    }
  }
}
