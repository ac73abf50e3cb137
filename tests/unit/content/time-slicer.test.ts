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

describe('TimeSlicer', () => {
  it('processes items in slices within the budget, yielding between slices, and reports when drained', () => {
    const h = harness();
    const done: number[] = [];
    let drained = 0;
    const slicer = new TimeSlicer<number>(
      (n) => {
        done.push(n);
        h.tick(3);
      },
      () => drained++,
      { budgetMs: 8, now: h.now, yieldFn: h.yieldFn },
    );
    slicer.push([1, 2, 3, 4, 5, 6, 7]);
    expect(done).toEqual([]); // nothing runs synchronously inside the caller (e.g. a MutationObserver callback)
    h.runNext();
    expect(done).toEqual([1, 2, 3]); // 3 items × 3 ms reach the 8 ms budget
    expect(drained).toBe(0);
    h.runNext();
    h.runNext();
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(drained).toBe(1);
    expect(h.waiting).toBe(0);
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
