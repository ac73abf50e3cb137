import type { ExpandStatus } from '../../messaging/protocol';

/**
 * "Carregar todos os comentários": the sites show a post's first comments and load the rest behind their own
 * controls ("Ver mais comentários", "Ver respostas (3)", the "+" under an Instagram list) or when the end of the
 * list scrolls into view (YouTube). Staff sweeping a post want every comment in the queue, so the expander presses
 * those controls one at a time, the way a person would: it waits for each click to bring comments (or for the
 * control to go), pauses between clicks, and gives up on a control that brought nothing twice. It stops when
 * nothing is left to load, when staff stop it, or at its limits.
 *
 * No DOM here: the page is reached through `ExpandPage`, so the loop is tested against a simulated site.
 */
export interface ExpandPage {
  /** The site's load-more and show-replies controls on the page now, rendered and not yet given up on. */
  controls(): HTMLElement[];
  /** How many comments the page shows now. */
  count(): number;
  press(control: HTMLElement): void;
  /** Whether the control is still on the page (most disappear once what they load is in). */
  present(control: HTMLElement): boolean;
  /** Brings the end of the comment list into view (lists that load as they scroll); false when there is none. */
  scrollToEnd(): boolean;
  /** Switches the site's comment filter to show every comment, when it hides some; true when it switched. */
  showAll?(): Promise<boolean>;
  /** True once the tab moved to another post without a reload (the sites are single-page apps): the run stops. */
  left?(): boolean;
  /** The run is over: put the page back where staff had it. */
  finished?(): void;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface ExpandLimits {
  maxClicks: number;
  maxMs: number;
  /** How long a click (or a scroll to the end) gets to bring comments. */
  settleMs: number;
  /** The pause between two clicks: the sites throttle clients that page too fast. */
  paceMs: number;
  pollMs: number;
}

export const EXPAND_LIMITS: ExpandLimits = { maxClicks: 300, maxMs: 10 * 60_000, settleMs: 5_000, paceMs: 700, pollMs: 100 };

/** A control that brought nothing this many times is left alone (a "Ver mais" the site no longer answers). */
const FRUITLESS_PRESSES = 2;

export class CommentExpander {
  private status: ExpandStatus = { state: 'idle', clicks: 0, added: 0 };
  private stopRequested = false;
  private running: Promise<ExpandStatus> | undefined;
  private readonly fruitless = new Map<HTMLElement, number>();

  constructor(
    private readonly page: ExpandPage,
    private readonly limits: ExpandLimits = EXPAND_LIMITS,
  ) {}

  current(): ExpandStatus {
    return { ...this.status };
  }

  /** Starts (or keeps running) the expansion; resolves when it ends. */
  run(): Promise<ExpandStatus> {
    if (this.status.state === 'running') return this.running ?? Promise.resolve(this.current());
    this.stopRequested = false;
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  stop(): void {
    if (this.status.state === 'running') this.stopRequested = true;
  }

  private async loop(): Promise<ExpandStatus> {
    const { page, limits } = this;
    const start = page.now();
    const base = page.count();
    this.status = { state: 'running', clicks: 0, added: 0 };
    const update = () => {
      this.status.added = Math.max(0, page.count() - base);
    };
    let end: ExpandStatus['state'] = 'done';
    // Loading more under a filter that hides comments would still leave them out: show every comment first.
    if (page.showAll && (await page.showAll().catch(() => false))) {
      this.status.showedAll = true;
      await this.settle(() => page.count() > base);
      update();
    }
    for (;;) {
      if (this.stopRequested || page.left?.()) {
        end = 'stopped';
        break;
      }
      if (this.status.clicks >= limits.maxClicks || page.now() - start >= limits.maxMs) {
        end = 'limit';
        break;
      }
      const before = page.count();
      const control = page.controls().find(this.worthPressing);
      if (control) {
        page.press(control);
        this.status.clicks++;
        await this.settle(() => page.count() > before || !page.present(control));
        if (page.count() <= before && page.present(control)) this.fruitless.set(control, (this.fruitless.get(control) ?? 0) + 1);
        update();
        await page.sleep(limits.paceMs);
        continue;
      }
      // No control left: a list that loads as it scrolls may still have more below its end.
      if (page.scrollToEnd()) {
        await this.settle(() => page.count() > before || page.controls().length > 0);
        update();
        if (page.count() > before || page.controls().some(this.worthPressing)) continue;
      }
      break;
    }
    update();
    this.status.state = end;
    page.finished?.();
    return this.current();
  }

  /** A control not yet given up on. */
  private readonly worthPressing = (control: HTMLElement): boolean => (this.fruitless.get(control) ?? 0) < FRUITLESS_PRESSES;

  /** Waits until `done()` or settleMs, whichever is first; a stop request cuts the wait short. */
  private async settle(done: () => boolean): Promise<void> {
    const deadline = this.page.now() + this.limits.settleMs;
    while (!done() && !this.stopRequested && !this.page.left?.() && this.page.now() < deadline) await this.page.sleep(this.limits.pollMs);
  }
}
