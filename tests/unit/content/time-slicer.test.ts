import { describe, expect, it } from 'vitest';
import { TimeSlicer } from '../../../content/time-slicer';

/** A clock the test advances by hand, and a yield that runs queued slices only when the test says so. */
function harness() {
  let clock = 0;
  const waiting: (() => void)[] = [];
  return {
    now: () => clock,
    tick: (ms: number) => (clock += ms),
    yieldFn: (resume: () => void) => waiting.push(resume),
    runNext: () => waiting.shift()?.(),
    get waiting() {
      return waiting.length;
    },
  };
}

/** An 8 ms-budget slicer whose every item takes `itemMs` on the harness clock. */
function timedSlicer(h: ReturnType<typeof harness>, itemMs: number, done: number[], onDrained: () => void) {
  return new TimeSlicer<number>(
    (n) => {
      done.push(n);
      h.tick(itemMs);
    },
    onDrained,
    { budgetMs: 8, now: h.now, yieldFn: h.yieldFn },
  );
}

describe('TimeSlicer', () => {
  it('processes items in slices within the budget, yielding between slices, and reports when drained', () => {
    const h = harness();
    const done: number[] = [];
    let drained = 0;
    const slicer = timedSlicer(h, 3, done, () => drained++);
    slicer.push([1, 2, 3, 4, 5, 6, 7]);
    expect(done).toEqual([]); // unless asked, nothing runs inside the caller (e.g. the site's mutation callback)
    h.runNext();
    expect(done).toEqual([1, 2, 3]); // 3 items × 3 ms reach the 8 ms budget
    expect(drained).toBe(0);
    h.runNext();
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(drained).toBe(1);
    expect(h.waiting).toBe(0);
  });

  it('runs a first slice before push returns when asked, within the shorter budget given, and slices the rest', () => {
    const h = harness();
    const done: number[] = [];
    let drained = 0;
    const slicer = timedSlicer(h, 2, done, () => drained++);
    slicer.push([1, 2, 3, 4, 5, 6, 7], 4);
    expect(done).toEqual([1, 2]); // 2 items × 2 ms reach the 4 ms given, not the 8 ms budget
    expect(h.waiting).toBe(1);
    slicer.push([8], 4); // already running: queued behind the rest, nothing more runs now
    expect(done).toEqual([1, 2]);
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(drained).toBe(1);

    slicer.push([9], 4); // a small batch is done before push returns
    expect(done.at(-1)).toBe(9);
    expect(drained).toBe(2);
    expect(h.waiting).toBe(0);
  });

  it('does not queue an item that is still waiting, and takes it again once it was done', () => {
    const h = harness();
    const done: number[] = [];
    const slicer = timedSlicer(h, 3, done, () => undefined);
    slicer.push([1, 2, 3, 4], 4); // 1 and 2 are done at once; 3 and 4 wait
    slicer.push([3, 4, 5]); // a later scan finds 3 and 4 again, still unread
    h.runNext();
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5]);
    slicer.push([1]); // done earlier: a later change makes it work again
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5, 1]);
  });

  it('keeps going after one item throws', () => {
    const h = harness();
    const done: number[] = [];
    const slicer = new TimeSlicer<number>(
      (n) => {
        if (n === 2) throw new Error('unreadable');
        done.push(n);
      },
      undefined,
      { now: h.now, yieldFn: h.yieldFn },
    );
    const warn = console.warn;
    console.warn = () => undefined;
    slicer.push([1, 2, 3]);
    h.runNext();
    console.warn = warn;
    expect(done).toEqual([1, 3]);
  });

  it('clear() drops queued work', () => {
    const h = harness();
    const done: number[] = [];
    const slicer = new TimeSlicer<number>((n) => done.push(n), undefined, { now: h.now, yieldFn: h.yieldFn });
    slicer.push([1, 2]);
    slicer.clear();
    h.runNext();
    expect(done).toEqual([]);
    expect(slicer.pending).toBe(0);
  });
});
