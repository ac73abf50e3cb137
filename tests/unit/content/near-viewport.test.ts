// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { NearViewport } from '../../../content/near-viewport';

/** A stand-in for IntersectionObserver: the test says which elements are near. */
class FakeObserver {
  readonly watched = new Set<Element>();
  disconnected = 0;
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
    this.disconnected++;
  }
  near(...els: Element[]) {
    const entries = els.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
  far(...els: Element[]) {
    const entries = els.map((target) => ({ target, isIntersecting: false }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function elements(n: number): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('div');
    el.id = `c${i}`;
    return el;
  });
}

describe('NearViewport', () => {
  let observer: FakeObserver;
  let delivered: string[][];
  let near: NearViewport<string>;

  beforeEach(() => {
    delivered = [];
    near = new NearViewport<string>((batch) => delivered.push(batch.map((b) => b.item)), {
      spacing: 4,
      before: 4,
      after: 8,
      createObserver: (callback) => (observer = new FakeObserver(callback)),
    });
  });

  it('observes only every spacing-th element, plus the last one of a scan', () => {
    const els = elements(10);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.seal();
    expect([...observer.watched].map((e) => e.id)).toEqual(['c0', 'c4', 'c8', 'c9']);
    expect(near.pending).toBe(10);
  });

  it('hands over a window around the element that came near, in document order, once', () => {
    const els = elements(30);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.seal();
    observer.far(els[12]!);
    expect(delivered).toEqual([]);
    observer.near(els[12]!);
    expect(delivered).toEqual([[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((i) => `item${i}`)]);
    // Sentinels inside the window are no longer watched; the others still are, and c21 (now four pending
    // places after c4) is watched so that the run 21–23 stays covered.
    expect([...observer.watched].map((e) => e.id).sort()).toEqual(['c0', 'c21', 'c24', 'c28', 'c29', 'c4'].sort());
    observer.near(els[12]!);
    expect(delivered).toHaveLength(1);
    expect(near.pending).toBe(30 - 13);
  });

  it('leaves no pending element out of reach of a watched one, whichever comes near first', () => {
    for (let start = 0; start < 30; start++) {
      const els = elements(30);
      const local = new NearViewport<number>(() => undefined, { spacing: 4, before: 4, after: 8, createObserver: (cb) => (observer = new FakeObserver(cb)) });
      els.forEach((el, i) => local.watch(el, i));
      local.seal();
      // Windows come in from wherever the reader starts; after each, the rest must stay covered.
      const sentinel = [...observer.watched].sort((a, b) => Math.abs(els.indexOf(a) - start) - Math.abs(els.indexOf(b) - start))[0]!;
      observer.near(sentinel);
      let guard = 0;
      while (local.pending > 0 && guard++ < 30) {
        expect(observer.watched.size).toBeGreaterThan(0);
        observer.near([...observer.watched][0]!);
      }
      expect(local.pending).toBe(0);
    }
  });

  it('take hands over just the given pending elements, in document order; the others stay watched', () => {
    const els = elements(12);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.seal();
    const stranger = elements(1)[0]!; // never watched: ignored
    expect(near.take([els[9]!, els[4]!, stranger]).map((t) => t.item)).toEqual(['item4', 'item9']);
    expect(near.pending).toBe(10);
    expect(near.take([els[4]!])).toEqual([]); // already handed over
    // c4 was watched and is gone: c5 now covers the run after c0 (c8 and the last, c11, still cover the rest).
    expect([...observer.watched].map((e) => e.id).sort()).toEqual(['c0', 'c11', 'c5', 'c8']);
    observer.near(els[5]!);
    expect(delivered.flat()).not.toContain('item4');
    expect(delivered.flat()).not.toContain('item9');
  });

  it('takeNext hands over the first pending elements, near or not, and the rest stay covered', () => {
    const els = elements(20);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.seal();
    observer.near(els[8]!);
    const taken = near.takeNext(6);
    // 4–16 went with the window around c8: the first six still pending are 0–3 and 17–18, in that order.
    expect(taken.map((t) => t.item)).toEqual(['item0', 'item1', 'item2', 'item3', 'item17', 'item18']);
    expect(taken.map((t) => t.element)).toEqual([els[0], els[1], els[2], els[3], els[17], els[18]]);
    expect(near.pending).toBe(1);
    expect([...observer.watched].map((e) => e.id)).toEqual(['c19']);
    // Nothing is handed over twice, and an empty queue hands over nothing.
    expect(near.takeNext(5).map((t) => t.item)).toEqual(['item19']);
    expect(near.takeNext(5)).toEqual([]);
    observer.near(els[0]!, els[19]!);
    expect(delivered).toHaveLength(1);
  });

  it('a late short batch is covered once sealed', () => {
    const els = elements(6);
    els.slice(0, 4).forEach((el, i) => near.watch(el, `a${i}`));
    near.seal();
    observer.near(els[0]!);
    expect(delivered).toEqual([['a0', 'a1', 'a2', 'a3']]);
    near.watch(els[4]!, 'b0');
    near.watch(els[5]!, 'b1');
    near.seal();
    observer.near(els[5]!);
    expect(delivered[1]).toEqual(['b0', 'b1']);
  });

  it('a forgotten sentinel hands its watch to its neighbour; watching again replaces the item', () => {
    const els = elements(6);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.watch(els[1]!, 'item1-edited');
    near.forget(els[0]!);
    expect(observer.watched.has(els[0]!)).toBe(false);
    expect(observer.watched.has(els[1]!)).toBe(true);
    observer.near(els[1]!);
    expect(delivered).toEqual([['item1-edited', 'item2', 'item3', 'item4', 'item5']]);
  });

  it('an item watched again in a new element (the site re-rendered it) waits only in the new one', () => {
    const els = elements(3);
    const rerendered = document.createElement('div');
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.seal();
    near.watch(rerendered, 'item0');
    near.seal();
    expect(near.pending).toBe(3);
    expect(observer.watched.has(els[0]!)).toBe(false);
    observer.near(rerendered);
    expect(delivered).toEqual([['item1', 'item2', 'item0']]);
    expect(delivered[0]!.filter((i) => i === 'item0')).toHaveLength(1);
  });

  it('clear() stops everything (navigation to another post)', () => {
    const els = elements(5);
    els.forEach((el, i) => near.watch(el, `item${i}`));
    near.clear();
    expect(observer.disconnected).toBe(1);
    expect(near.pending).toBe(0);
    observer.near(els[0]!);
    expect(delivered).toEqual([]);
  });
});
