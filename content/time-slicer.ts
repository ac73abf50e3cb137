/**
 * Runs queued work in slices of a few milliseconds, yielding to the page in between, so a 2,000-comment thread
 * is marked without a long task (the site stays scrollable and typing in its reply box stays smooth).
 */
export interface TimeSlicerOptions {
  /** Work budget per slice. Well under the 50 ms long-task threshold. */
  budgetMs?: number;
  /** How to wait between slices (tests pass a synchronous one). */
  yieldFn?: (resume: () => void) => void;
  now?: () => number;
}

const defaultYield = (resume: () => void) => {
  // A message-channel hop runs before timers clamp (setTimeout nests to ≥4 ms) and after input handling.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resume();
  };
  channel.port2.postMessage(null);
};

export class TimeSlicer<T> {
  private queue: T[] = [];
  private readonly queued = new Set<T>();
  private head = 0;
  private running = false;
  private readonly budgetMs: number;
  private readonly yieldFn: (resume: () => void) => void;
  private readonly now: () => number;

  constructor(
    private readonly work: (item: T) => void,
    private readonly onDrained: () => void = () => undefined,
    options: TimeSlicerOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? 8;
    this.yieldFn = options.yieldFn ?? defaultYield;
    this.now = options.now ?? (() => performance.now());
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  /**
   * Queues items; the first slice waits for the next task, unless `nowMs` is given: then a first slice of at most
   * that long runs before push returns (a small batch the site just appended is marked before it is painted).
   */
  push(items: Iterable<T>, nowMs?: number): void {
    for (const item of items) {
      // An item still waiting is not queued twice (a scan may find what an earlier pass already queued).
      if (this.queued.has(item)) continue;
      this.queued.add(item);
      this.queue.push(item);
    }
    if (this.running || this.pending === 0) return;
    this.running = true;
    if (nowMs === undefined) this.yieldFn(() => this.slice());
    else this.slice(nowMs);
  }

  clear(): void {
    this.queue = [];
    this.queued.clear();
    this.head = 0;
  }

  private slice(budgetMs = this.budgetMs): void {
    const deadline = this.now() + budgetMs;
    while (this.head < this.queue.length) {
      const item = this.queue[this.head++] as T;
      this.queued.delete(item);
      try {
        this.work(item);
      } catch (error) {
        // One unreadable comment must not stop the others from being marked.
        console.warn('[Ronda]', error);
      }
      if (this.now() >= deadline) break;
    }
    if (this.head >= this.queue.length) {
      this.clear();
      this.running = false;
      this.onDrained();
    } else {
      this.yieldFn(() => this.slice());
    }
  }
}
