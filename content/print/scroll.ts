/*
 * Scrolling for captures: instant (a page's `scroll-behavior: smooth` would make the capture show a scroll in
 * progress), innermost scroller first (Instagram's comments scroll inside a dialog), the window for the rest.
 * Every position touched is remembered so the page can be put back as the user had it.
 */

export class ScrollKeeper {
  private readonly saved = new Map<Element | Window, { top: number; left: number }>();

  private remember(target: Element | Window): void {
    if (this.saved.has(target)) return;
    if (target instanceof Window) this.saved.set(target, { top: target.scrollY, left: target.scrollX });
    else this.saved.set(target, { top: target.scrollTop, left: target.scrollLeft });
  }

  /**
   * Remembers the window and every scrolling ancestor of `el` before something else (scrollIntoView) moves
   * them, so restore() puts all of them back.
   */
  rememberAround(el: Element): void {
    for (let node = el.parentElement; node; node = node.parentElement) {
      if (node === document.body || node === document.documentElement) break;
      if (node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth) this.remember(node);
    }
    this.remember(window);
  }

  /** Scrolls so that `el` moves up by `delta` CSS px (negative = down); returns how much actually moved. */
  scrollBy(el: Element, delta: number): number {
    let remaining = delta;
    for (let node = el.parentElement; node && Math.abs(remaining) >= 0.5; node = node.parentElement) {
      if (node === document.body || node === document.documentElement) break;
      if (node.scrollHeight <= node.clientHeight) continue;
      const overflow = getComputedStyle(node).overflowY;
      if (!/(auto|scroll|overlay)/.test(overflow)) continue;
      this.remember(node);
      const before = node.scrollTop;
      node.scrollTo({ top: before + remaining, behavior: 'instant' });
      remaining -= node.scrollTop - before;
    }
    if (Math.abs(remaining) >= 0.5) {
      this.remember(window);
      const before = window.scrollY;
      window.scrollTo({ top: before + remaining, left: window.scrollX, behavior: 'instant' });
      remaining -= window.scrollY - before;
    }
    return delta - remaining;
  }

  restore(): void {
    for (const [target, pos] of this.saved) target.scrollTo({ top: pos.top, left: pos.left, behavior: 'instant' });
    this.saved.clear();
  }
}

/** Resolves after the page painted the current state (two frames), or after a short wait if frames stall. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 150);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
