/**
 * Hands over the items whose element has come near the viewport, a wide window at a time.
 *
 * Why: building and measuring 2,000 badges at once is a long task (their positions are read from the page),
 * and each change to Ronda's badge layer costs one layout of it. So every comment is read, classified and
 * marked at once, but badges (and hater covers) are drawn first for the comments within a few screens of the
 * viewport, a window of about a hundred at a time, in one write to the layer; the rest are handed over in
 * document order while the page is idle (takeNext).
 *
 * Only every SPACING-th pending element is observed (2,000 IntersectionObserver targets cost several
 * milliseconds a frame); windows reach further than SPACING, and after every change the watch is topped up
 * so that each pending element has a watched one at most SPACING places before it.
 */
export interface NearViewportOptions {
  /** How far beyond the viewport an element counts as near (CSS margin syntax, % of the viewport). */
  rootMargin?: string;
  spacing?: number;
  /** Pending elements handed over before and after the one that came near (in document order). */
  before?: number;
  after?: number;
  /** Tests pass a fake; the page uses IntersectionObserver. */
  createObserver?: (callback: IntersectionObserverCallback, options: IntersectionObserverInit) => Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
}

/** One screen above (scrolling back up) and three below (reading down) are prepared ahead. */
export const NEAR_MARGIN = '100% 0px 300% 0px';

export class NearViewport<T> {
  /** Pending elements, in the order they were watched (document order within a scan). */
  private order: Element[] = [];
  private readonly items = new Map<Element, T>();
  /** The element each item waits in: a comment the site re-renders in a new element waits in that one only. */
  private readonly elements = new Map<T, Element>();
  private readonly sentinels = new Set<Element>();
  private sinceSentinel = 0;
  private readonly observer: Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
  private readonly spacing: number;
  private readonly before: number;
  private readonly after: number;

  constructor(
    private readonly onNear: (batch: { element: Element; item: T }[]) => void,
    options: NearViewportOptions = {},
  ) {
    this.spacing = options.spacing ?? 8;
    this.before = Math.max(options.before ?? 40, this.spacing);
    this.after = Math.max(options.after ?? 80, 2 * this.spacing);
    const create = options.createObserver ?? ((callback, init) => new IntersectionObserver(callback, init));
    this.observer = create((entries) => this.deliver(entries), { rootMargin: options.rootMargin ?? NEAR_MARGIN });
  }

  get pending(): number {
    return this.items.size;
  }

  /**
   * Waits for `element` to come near. A later call for the same element replaces its item; a later call for the
   * same item with another element (the site re-rendered the comment) stops waiting for the old one.
   */
  watch(element: Element, item: T): void {
    const previous = this.elements.get(item);
    if (previous && previous !== element) this.forget(previous);
    const replaced = this.items.get(element);
    if (replaced !== undefined && replaced !== item) this.elements.delete(replaced);
    this.elements.set(item, element);
    if (!this.items.has(element)) {
      this.order.push(element);
      if (this.sinceSentinel === 0) this.observe(element);
      this.sinceSentinel = (this.sinceSentinel + 1) % this.spacing;
    }
    this.items.set(element, item);
  }

  /** The end of a scan: its last element is watched too, so a short late batch is never left uncovered. */
  seal(): void {
    const last = this.order[this.order.length - 1];
    if (last) this.observe(last);
    this.sinceSentinel = 0;
  }

  /**
   * Hands over the first `count` pending elements, near the viewport or not: the page draws the rest of the
   * badges while it is idle, so that reading down a long thread later needs no new drawing at all.
   */
  takeNext(count: number): { element: Element; item: T }[] {
    return count > 0 && this.order.length ? this.handOver(new Set(this.order.slice(0, count))) : [];
  }

  /** Hands over these elements now, if they are pending, wherever they are (a batch drawn in its first frame). */
  take(elements: Iterable<Element>): { element: Element; item: T }[] {
    const taken = new Set<Element>();
    for (const element of elements) if (this.items.has(element)) taken.add(element);
    return taken.size ? this.handOver(taken) : [];
  }

  /** Stops waiting for an element (the site replaced it, or the page changed). */
  forget(element: Element): void {
    const item = this.items.get(element);
    if (item === undefined) return;
    this.items.delete(element);
    this.elements.delete(item);
    this.order.splice(this.order.indexOf(element), 1);
    if (this.sentinels.delete(element)) {
      this.observer.unobserve(element);
      this.topUp();
    }
  }

  clear(): void {
    this.observer.disconnect();
    this.items.clear();
    this.elements.clear();
    this.sentinels.clear();
    this.order = [];
    this.sinceSentinel = 0;
  }

  private observe(element: Element): void {
    if (this.sentinels.has(element)) return;
    this.sentinels.add(element);
    this.observer.observe(element);
  }

  private deliver(entries: IntersectionObserverEntry[]): void {
    const taken = new Set<Element>();
    for (const entry of entries) {
      if (!entry.isIntersecting || !this.items.has(entry.target) || taken.has(entry.target)) continue;
      const index = this.order.indexOf(entry.target);
      const from = Math.max(0, index - this.before);
      for (const element of this.order.slice(from, index + this.after + 1)) taken.add(element);
    }
    if (taken.size) this.onNear(this.handOver(taken));
  }

  /** Removes `taken` from the pending elements and returns them with their items, in document order. */
  private handOver(taken: Set<Element>): { element: Element; item: T }[] {
    const batch: { element: Element; item: T }[] = [];
    for (const element of this.order) {
      if (!taken.has(element)) continue;
      const item = this.items.get(element) as T;
      batch.push({ element, item });
      this.items.delete(element);
      this.elements.delete(item);
      if (this.sentinels.delete(element)) this.observer.unobserve(element);
    }
    this.order = this.order.filter((element) => !taken.has(element));
    // Two windows can take both watched neighbours of a run of pending elements: watch that run again.
    this.topUp();
    return batch;
  }

  /** Makes sure every pending element has a watched one at most `spacing` places before it, and the last is watched. */
  private topUp(): void {
    let gap = this.spacing;
    for (const element of this.order) {
      if (this.sentinels.has(element)) gap = 0;
      else if (++gap >= this.spacing) {
        this.observe(element);
        gap = 0;
      }
    }
    const last = this.order[this.order.length - 1];
    if (last) this.observe(last);
    this.sinceSentinel = 0;
  }
}
