import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, FIXTURES_DIR } from '../tests/e2e/fixtures';

/*
 * Marking a 2,000-comment page (issue 3): the same fixture is loaded with and without Ronda in one run, the
 * comments are inserted on demand (?defer=1), and the page is measured from insertion until every comment is
 * marked: time, main-thread time added, longest task, JS heap added. Needs `npm run build:e2e` first.
 */

const SITES = [
  { site: 'youtube', url: 'https://www.youtube.com/watch?v=rOnDa2026aB&defer=1', file: 'youtube/long-thread.html' },
  { site: 'instagram', url: 'https://www.instagram.com/p/DRondaFx26a/?defer=1', file: 'instagram/long-thread.html' },
];
const COUNT = 2_000;

interface Run {
  markedMs: number | null;
  taskMs: number;
  longestTaskMs: number;
  heapMb: number;
}

async function measure(withExtension: boolean, site: (typeof SITES)[number]): Promise<Run> {
  const { context, cleanup } = await launchWithExtension({ withExtension });
  try {
    const html = readFileSync(path.join(FIXTURES_DIR, site.file));
    await context.route(`https://${new URL(site.url).host}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    if (withExtension) {
      const [sw] = context.serviceWorkers();
      if (!sw) await context.waitForEvent('serviceworker');
    }
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForLoadState('load');
    if (withExtension) await page.waitForSelector('html[data-ronda]');
    await page.waitForTimeout(2_000); // let start-up work (config, first scan of the empty page) finish
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const metric = async (name: string) =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0);
    const heapBefore = await metric('JSHeapUsedSize');
    const taskBefore = await metric('TaskDuration');
    await page.evaluate(`(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
      window.fixtureInsert();
    })()`);
    let markedMs: number | null = null;
    if (withExtension) {
      // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
      markedMs = (await page.evaluate(`new Promise((resolve, reject) => {
        const start = window.__fixtureInsertStart;
        const check = () => {
          if (document.querySelectorAll('ronda-badge').length >= ${COUNT}) resolve(performance.now() - start);
          else if (performance.now() - start > 30000) reject(new Error('not all comments marked within 30 s'));
          else requestAnimationFrame(check);
        };
        check();
      })`)) as number;
    }
    await page.waitForTimeout(1_500); // reports to the background and badge updates settle
    const longestTaskMs = (await page.evaluate('window.__longest')) as number;
    const taskMs = ((await metric('TaskDuration')) - taskBefore) * 1_000;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = ((await metric('JSHeapUsedSize')) - heapBefore) / 1024 / 1024;
    return { markedMs, taskMs, longestTaskMs, heapMb };
  } finally {
    await cleanup();
  }
}

export async function run(): Promise<void> {
  for (const site of SITES) {
    const without = await measure(false, site);
    const withRonda = await measure(true, site);
    const f = (n: number) => n.toFixed(1);
    console.log(`  ${site.site}, ${COUNT} comments inserted at once:`);
    console.log(`    all marked after insertion:        ${withRonda.markedMs === null ? 'n/a' : f(withRonda.markedMs)} ms   (target < 500 ms)`);
    console.log(`    main-thread time, page alone:      ${f(without.taskMs)} ms`);
    console.log(`    main-thread time, with Ronda:      ${f(withRonda.taskMs)} ms   (added ${f(withRonda.taskMs - without.taskMs)} ms)`);
    console.log(`    longest task, page alone / Ronda:  ${f(without.longestTaskMs)} / ${f(withRonda.longestTaskMs)} ms   (target: Ronda adds none over 50 ms)`);
    console.log(`    JS heap added, page alone / Ronda: ${f(without.heapMb)} / ${f(withRonda.heapMb)} MB   (added ${f(withRonda.heapMb - without.heapMb)} MB, target < 15 MB)`);
  }
}
