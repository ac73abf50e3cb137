import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads a site fixture into the happy-dom document at the URL it represents and runs its inline scripts (the
 * fixtures imitate the sites' own behaviour: reply boxes, late batches, client-rendered long threads). happy-dom
 * does not evaluate page scripts itself; here they run in the test's global scope, where `document` is the page.
 * happy-dom does not load iframes (it logs that it would not): the Jetpack frame stays an empty element.
 */
// Timers started by the previous fixture's scripts: cancelled when the next fixture loads, so a late batch meant
// for one page never lands in the next test's page.
const pending = new Set<ReturnType<typeof setTimeout>>();
function fixtureSetTimeout(fn: () => void, ms?: number): ReturnType<typeof setTimeout> {
  const id = setTimeout(() => {
    pending.delete(id);
    fn();
  }, ms);
  pending.add(id);
  return id;
}

// Listeners the previous fixture's scripts put on `document` and `window` (which outlive the page's elements here).
type Listener = [EventTarget, string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];
const listeners: Listener[] = [];

/** Runs `body` with `target.addEventListener` recording what it adds, so the next fixture can take it off. */
function recordingListeners<T>(targets: EventTarget[], body: () => T): T {
  const originals = targets.map((t) => t.addEventListener);
  targets.forEach((target, i) => {
    target.addEventListener = function (type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      listeners.push([target, type, fn, options]);
      (originals[i] as EventTarget['addEventListener']).call(target, type, fn, options);
    } as EventTarget['addEventListener'];
  });
  try {
    return body();
  } finally {
    targets.forEach((target, i) => (target.addEventListener = originals[i] as EventTarget['addEventListener']));
  }
}

export function loadFixture(file: string, url: string): Document {
  for (const id of pending) clearTimeout(id);
  pending.clear();
  for (const [target, type, fn, options] of listeners.splice(0)) target.removeEventListener(type, fn, options);
  const html = readFileSync(path.resolve('tests/fixtures', file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts: string[] = [];
  for (const s of parsed.querySelectorAll('script')) {
    scripts.push(s.textContent ?? '');
    s.remove();
  }
  const next = document.adoptNode(parsed.documentElement);
  document.removeChild(document.documentElement);
  document.appendChild(next);
  recordingListeners([document, window], () => {
    for (const code of scripts) new Function('setTimeout', code)(fixtureSetTimeout);
  });
  return document;
}

/** Lets the fixture's timers (reply boxes, batches) and the adapters' waits run. */
export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
