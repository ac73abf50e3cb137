import { describe, expect, it } from 'vitest';
import { CommentExpander, type ExpandLimits, type ExpandPage } from '../../../content/expand/expander';

const LIMITS: ExpandLimits = { maxClicks: 50, maxMs: 60_000, settleMs: 2_000, paceMs: 500, pollMs: 100 };

interface Control {
  /** Comments a press brings, after `delayMs`; the control goes away once `remaining` presses are used. */
  brings: number;
  remaining: number;
  delayMs: number;
  /** A control the site no longer answers: pressing does nothing, and it stays. */
  dead?: boolean;
}

/** A site in simulated time: presses schedule new comments; sleeping moves the clock and delivers them. */
function simulatedSite(controls: Control[], options: { onScroll?: number[]; initial?: number } = {}) {
  let clock = 0;
  let comments = options.initial ?? 20;
  const scrollBatches = [...(options.onScroll ?? [])];
  const pending: { at: number; run: () => void }[] = [];
  const elements = new Map<Control, HTMLElement>(controls.map((c) => [c, {} as HTMLElement]));
  const presses: Control[] = [];
  const live = () => controls.filter((c) => c.remaining > 0);
  const page: ExpandPage = {
    controls: () => live().map((c) => elements.get(c)!),
    count: () => comments,
    present: (el) => live().some((c) => elements.get(c) === el),
    press: (el) => {
      const c = controls.find((x) => elements.get(x) === el)!;
      presses.push(c);
      if (c.dead) return;
      pending.push({ at: clock + c.delayMs, run: () => { comments += c.brings; c.remaining--; } });
    },
    scrollToEnd: () => {
      const batch = scrollBatches.shift();
      if (batch !== undefined) pending.push({ at: clock + 300, run: () => { comments += batch; } });
      return true;
    },
    sleep: async (ms) => {
      clock += ms;
      for (const p of pending.filter((x) => x.at <= clock)) {
        p.run();
        pending.splice(pending.indexOf(p), 1);
      }
    },
    now: () => clock,
  };
  return { page, presses, clock: () => clock, count: () => comments };
}

describe('CommentExpander', () => {
  it('presses each load-more control until it is gone, one at a time, and counts what came', async () => {
    const more = { brings: 15, remaining: 3, delayMs: 800 };
    const replies = { brings: 4, remaining: 1, delayMs: 300 };
    const site = simulatedSite([more, replies]);
    const status = await new CommentExpander(site.page, LIMITS).run();
    expect(status).toEqual({ state: 'done', clicks: 4, added: 49 });
    expect(site.presses).toEqual([more, more, more, replies]);
    // Paced like a person: never two presses closer than the pause.
    expect(site.clock()).toBeGreaterThanOrEqual(4 * LIMITS.paceMs);
  });

  it('gives up on a control that brings nothing twice, and still finishes the others', async () => {
    const dead = { brings: 10, remaining: 1, delayMs: 0, dead: true };
    const more = { brings: 5, remaining: 2, delayMs: 200 };
    const site = simulatedSite([dead, more]);
    const status = await new CommentExpander(site.page, LIMITS).run();
    expect(status).toMatchObject({ state: 'done', added: 10 });
    expect(site.presses.filter((c) => c === dead)).toHaveLength(2);
    expect(site.presses.filter((c) => c === more)).toHaveLength(2);
  });

  it('scrolls the end into view while the list keeps growing (YouTube loads as it scrolls)', async () => {
    const site = simulatedSite([], { onScroll: [20, 20, 7] });
    const status = await new CommentExpander(site.page, LIMITS).run();
    expect(status).toEqual({ state: 'done', clicks: 0, added: 47 });
  });

  it('stops at its click limit and says so', async () => {
    const endless = { brings: 1, remaining: 1_000, delayMs: 10 };
    const site = simulatedSite([endless]);
    const status = await new CommentExpander(site.page, { ...LIMITS, maxClicks: 5 }).run();
    expect(status).toEqual({ state: 'limit', clicks: 5, added: 5 });
  });

  it('stops when staff ask, within one wait', async () => {
    const slow = { brings: 3, remaining: 1_000, delayMs: 1_500 };
    const site = simulatedSite([slow]);
    const expander = new CommentExpander(site.page, LIMITS);
    const done = expander.run();
    expect(expander.current().state).toBe('running');
    // A second start while running is the same run, not a second loop pressing the same controls.
    const again = expander.run();
    expander.stop();
    const status = await done;
    expect(await again).toEqual(status);
    expect(status.state).toBe('stopped');
    expect(status.clicks).toBe(1);
  });

  it("first switches a filter that hides comments to show them all, then loads the rest", async () => {
    const more = { brings: 10, remaining: 1, delayMs: 200 };
    const site = simulatedSite([more]);
    const order: string[] = [];
    const press = site.page.press;
    site.page.press = (el) => {
      order.push('press');
      press(el);
    };
    // Six comments the site's filter keeps out of view until it is switched.
    let hidden = 6;
    const showAll = async () => {
      order.push('showAll');
      if (!hidden) return false;
      await site.page.sleep(300);
      hidden = 0;
      return true;
    };
    const withFilter: ExpandPage = { ...site.page, showAll, count: () => site.count() + (hidden ? 0 : 6) };
    const status = await new CommentExpander(withFilter, LIMITS).run();
    expect(status).toEqual({ state: 'done', clicks: 1, added: 16, showedAll: true });
    expect(order).toEqual(['showAll', 'press']);
    // Nothing left to switch on the next run: the status says nothing of a filter.
    expect(await new CommentExpander(withFilter, LIMITS).run()).toEqual({ state: 'done', clicks: 0, added: 0 });
  });

  it('a filter switch that fails does not stop the loading', async () => {
    const more = { brings: 4, remaining: 1, delayMs: 100 };
    const site = simulatedSite([more]);
    const status = await new CommentExpander({ ...site.page, showAll: () => Promise.reject(new Error('menu mudou')) }, LIMITS).run();
    expect(status).toEqual({ state: 'done', clicks: 1, added: 4 });
  });

  it('stops when the tab moves to another post without a reload', async () => {
    const endless = { brings: 2, remaining: 1_000, delayMs: 200 };
    const site = simulatedSite([endless]);
    let presses = 0;
    const status = await new CommentExpander({ ...site.page, press: (el) => { presses++; site.page.press(el); }, left: () => presses >= 3 }, LIMITS).run();
    expect(status).toMatchObject({ state: 'stopped', clicks: 3 });
  });

  it('puts the page back once, however the run ends', async () => {
    for (const [limits, stopEarly] of [[LIMITS, false], [{ ...LIMITS, maxClicks: 1 }, false], [LIMITS, true]] as const) {
      const site = simulatedSite([{ brings: 1, remaining: 5, delayMs: 100 }]);
      let finished = 0;
      const expander = new CommentExpander({ ...site.page, finished: () => finished++ }, limits);
      const run = expander.run();
      if (stopEarly) expander.stop();
      await run;
      expect(finished).toBe(1);
    }
  });

  it('on a page with nothing to load, ends at once with nothing added', async () => {
    const site = simulatedSite([], { onScroll: [] });
    expect(await new CommentExpander(site.page, LIMITS).run()).toEqual({ state: 'done', clicks: 0, added: 0 });
  });
});
