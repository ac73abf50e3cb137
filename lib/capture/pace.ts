/**
 * Chrome refuses more than MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND (2) captures a second, across the whole
 * extension. Stitching a tall comment takes several captures, so they are spaced: this returns how long to wait
 * before the next one, given when the previous ones happened. A margin over the bare 500 ms absorbs clock jitter
 * between the extension and the browser process.
 */
export const CAPTURE_SPACING_MS = 560;

export function waitBeforeCapture(previousAt: number | undefined, now: number, spacing = CAPTURE_SPACING_MS): number {
  if (previousAt === undefined) return 0;
  return Math.max(0, previousAt + spacing - now);
}

/** A serial gate: captures run one after another, each at least `spacing` after the previous one started. */
export class CaptureGate {
  private last: number | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly spacing = CAPTURE_SPACING_MS,
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(async () => {
      const wait = waitBeforeCapture(this.last, this.clock(), this.spacing);
      if (wait > 0) await this.sleep(wait);
      this.last = this.clock();
      return task();
    });
    // A failed capture must not block the ones queued behind it.
    this.chain = next.catch(() => undefined);
    return next;
  }
}
