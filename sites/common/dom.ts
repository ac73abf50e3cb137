import { isWebProtocol } from '../../lib/domain';

/**
 * DOM helpers for the adapters. Nothing here reads layout (no getComputedStyle/getBoundingClientRect): finding
 * and reading comments must stay cheap on threads of thousands.
 */

/**
 * Selectors whose last step names an id take Chrome's id fast path, which on pages where every comment repeats the
 * same ids (YouTube's Polymer templates) walks every element with that id on each call: reading 2,000 comments
 * went from 4 ms to 300 ms. Wrapping that last compound in :is() keeps the plain subtree match (only the last
 * compound: happy-dom mis-evaluates complex selectors inside :is()).
 */
export function scoped(selector: string): string {
  return splitTopLevel(selector, ',')
    .map((complex) => {
      const trimmed = complex.trim();
      const start = lastCompoundStart(trimmed);
      const last = trimmed.slice(start);
      if (!/#|\[id[\]~|^$*=\s]/.test(last) || last.startsWith(':is(')) return trimmed;
      return `${trimmed.slice(0, start)}:is(${last})`;
    })
    .join(', ');
}

/** Indices of the characters of `s` that stand outside brackets, parentheses and quoted strings. */
function* topLevelIndices(s: string): Generator<number> {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0) yield i;
  }
}

/** Splits at `sep` outside brackets, parentheses and quotes. */
function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const i of topLevelIndices(s)) {
    if (s[i] !== sep) continue;
    out.push(s.slice(from, i));
    from = i + 1;
  }
  out.push(s.slice(from));
  return out;
}

const COMBINATORS = new Set([' ', '>', '+', '~']);

/** Index where the last compound of a complex selector starts (after the last top-level combinator). */
function lastCompoundStart(s: string): number {
  let start = 0;
  for (const i of topLevelIndices(s)) if (COMBINATORS.has(s[i]!)) start = i + 1;
  return start;
}

/** Alternatives from a pack ("old and new markup") as one selector list for querySelectorAll. */
export function anyOf(selectors: readonly string[]): string {
  return selectors.map(scoped).join(', ');
}

/** The element matched by the first alternative that matches anything (pack lists are newest markup first). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const found = root.querySelector(scoped(s));
    if (found) return found;
  }
  return null;
}

/**
 * The comment area among several candidates: the first match, in the alternatives' order, that is not hidden and
 * holds a comment. The first match alone is often the wrong one: any dialog (a notifications prompt) matches
 * Instagram's tray selector, and YouTube keeps the watch page's hidden comment section around on Shorts.
 */
export function firstHolding(root: ParentNode, selectors: readonly string[], holds: (candidate: Element) => boolean): Element | null {
  for (const s of selectors) {
    for (const found of root.querySelectorAll(s)) {
      if (!found.closest('[hidden]') && holds(found)) return found;
    }
  }
  return null;
}

const TAG_LIST = /^\s*[a-zA-Z][\w-]*(?:\s*,\s*[a-zA-Z][\w-]*)*\s*$/;

/**
 * Every match under root in document order, plus root itself when it matches (mutation batches hand us the node).
 * A list of bare tag names (YouTube's custom elements) goes through getElementsByTagName, which Chrome answers
 * from a cache: 0.4 ms instead of 6 ms for 2,000 comments in a 160,000-element page.
 */
export function queryAllIncludingSelf(root: ParentNode, selector: string): Element[] {
  if (!selector) return [];
  let found: Element[];
  const byTag = (root as Partial<Element>).getElementsByTagName;
  if (TAG_LIST.test(selector) && typeof byTag === 'function') {
    const lists = selector
      .split(',')
      .map((t) => Array.from((root as Element).getElementsByTagName(t.trim())))
      .filter((l) => l.length > 0);
    found = lists.length <= 1 ? (lists[0] ?? []) : lists.flat().sort((a, b) => (precedes(a, b) ? -1 : 1));
  } else {
    found = Array.from(root.querySelectorAll(selector));
  }
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/**
 * First descendant matching `selector` that belongs to `owner` itself and not to a comment nested in it
 * (classic WordPress and wpDiscuz nest replies inside the parent comment's element).
 */
export function ownFirst(owner: Element, selector: string, commentSelector: string): Element | null {
  if (!selector) return null;
  for (const e of owner.querySelectorAll(scoped(selector))) {
    if (!commentSelector || e.closest(commentSelector) === owner) return e;
  }
  return null;
}

/** Absolute URL of a link's href resolved against its document, or undefined. */
export function absoluteHref(a: Element | null | undefined, base?: string): string | undefined {
  const href = a?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, base ?? a!.ownerDocument?.URL ?? undefined);
    // A page's "javascript:" or "data:" link is not a permalink Ronda would ever open.
    return isWebProtocol(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Is `a` before `b` in document order? */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** A link whose activation leaves the page (not an in-page "#…" or javascript: handler link). */
export function navigates(el: Element): boolean {
  const a = el.closest('a[href]');
  const href = a?.getAttribute('href')?.trim() ?? '';
  return a !== null && href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** Dispatches a real click the way a user's would reach the site's own handlers. */
export function clickLikeUser(el: Element): void {
  (el as HTMLElement).click();
}

/**
 * Resolves with `find()` as soon as it returns something: checked now, on every DOM mutation under `scope`, every
 * 50 ms, and once more at the deadline. The sites open their reply boxes asynchronously (React commit, Polymer stamp,
 * jQuery slide), so a short wait is part of opening one.
 */
export function waitFor<T>(find: () => T | null | undefined, scope: Node, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const check = () => {
      const v = find();
      if (v) finish(v);
    };
    // Deferred to a microtask: the site finishes its update (show the form, then mount the editor) first.
    const observer = new MutationObserver(() => queueMicrotask(check));
    observer.observe(scope, { childList: true, subtree: true, attributes: true });
    // Property changes (a textarea's value set by React) make no mutation: look again every 50 ms as well.
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => finish(find() ?? null), timeoutMs);
  });
}

/** Elements under root matching `selector` whose own caption (collapsed textContent) matches one of `patterns`. */
export function byCaption(root: ParentNode, selector: string, patterns: readonly RegExp[], maxLength = 80): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const e of queryAllIncludingSelf(root, selector)) {
    const raw = e.textContent ?? '';
    if (raw.length > maxLength * 4) continue; // a container, not a control
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > maxLength) continue;
    if (patterns.some((p) => p.test(text))) out.push(e as HTMLElement);
  }
  return out;
}

/** Outermost elements only: drops matches nested in another match (a control and its inner span). */
export function outermost<T extends Element>(els: T[]): T[] {
  const set = new Set<Element>(els);
  return els.filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Keeps document order and removes duplicates. */
export function unique<T>(items: T[]): T[] {
  return Array.from(new Set(items));
}

/**
 * A press as a pointer makes it, then one click: controls that act on pointer events (Studio's ytcp-button) ignore
 * a bare click. One click only, so a control that posts cannot fire twice.
 */
export function pressLikeUser(el: Element): void {
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true, button: 0 };
  const PointerCtor = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new PointerCtor('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new PointerCtor('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  (el as HTMLElement).click();
}

/**
 * A comment's own menu control ("⋮", "…"): the first match of `selectors` inside it that `isOwn` accepts (not a
 * reply's nested in it), as the element a person presses (an icon's button).
 */
export function ownMenuControl(el: Element, selectors: readonly string[], isOwn: (found: Element) => boolean = () => true): HTMLElement | null {
  for (const s of selectors) {
    for (const found of el.querySelectorAll(scoped(s))) {
      if (found.closest('[hidden]') || !isOwn(found)) continue;
      const pressable = found.closest('button, [role="button"]');
      return (pressable && el.contains(pressable) ? pressable : found) as HTMLElement;
    }
  }
  return null;
}

/** Pointer entering an element, for controls a site draws only under the mouse (Instagram's comment "…"). */
export function hoverLikeUser(el: Element): void {
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true };
  const PointerCtor = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new PointerCtor('pointerover', init));
  el.dispatchEvent(new PointerCtor('pointerenter', { ...init, bubbles: false }));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
}
