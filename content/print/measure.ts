import { intersect, union, type Rect } from '../../lib/capture/geometry';
import type { PrintShot } from '../../messaging/protocol';

/*
 * Measuring what a print must contain, in the page: the region (comment, or comment + replies), where the page
 * shows it (viewport minus sticky/fixed headers and footers, narrowed by scrolling ancestors), and the author
 * names/avatars to blur. All in CSS px of the viewport, as getBoundingClientRect gives them.
 */

function toRect(r: DOMRect | DOMRectReadOnly): Rect {
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

function isScroller(el: Element): boolean {
  const style = getComputedStyle(el);
  return /(auto|scroll|overlay|hidden|clip)/.test(style.overflowY + style.overflowX) && el !== document.documentElement && el !== document.body;
}

function viewportRect(): Rect {
  return { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight };
}

/** Viewport narrowed by every ancestor that clips its content (scrolling lists, dialogs). */
function ancestorClip(el: Element): Rect {
  let clip = viewportRect();
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (!isScroller(node)) continue;
    const box = node.getBoundingClientRect();
    // clientWidth/Height leave out scrollbars and borders: the part of the box that actually shows content.
    const inner: Rect = { x: box.left + node.clientLeft, y: box.top + node.clientTop, width: node.clientWidth, height: node.clientHeight };
    clip = intersect(clip, inner) ?? { x: clip.x, y: clip.y, width: 0, height: 0 };
  }
  return clip;
}

/** The fixed or sticky element covering a point, unless it is (inside) one of the printed elements. */
function overlayAt(x: number, y: number, targets: readonly Element[]): Element | null {
  const top = document.elementFromPoint(x, y);
  for (let node: Element | null = top; node; node = node.parentElement) {
    if (targets.some((t) => node!.contains(t) || t.contains(node!))) return null;
    const position = getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/**
 * Removes sticky/fixed bars from the top and bottom of the clip: a site header over the comment would
 * otherwise end up in the print (and a stitched print would show it several times).
 */
function trimOverlays(clip: Rect, region: Rect, targets: readonly Element[]): Rect {
  const result = { ...clip };
  const left = Math.max(region.x, result.x) + 2;
  const right = Math.min(region.x + region.width, result.x + result.width) - 2;
  if (right <= left) return result;
  const xs = [left, (left + right) / 2, right];
  for (let round = 0; round < 6 && result.height > 0; round++) {
    let newTop = result.y;
    for (const x of xs) {
      const bar = overlayAt(x, result.y + 1, targets);
      if (!bar) continue;
      const r = bar.getBoundingClientRect();
      if (r.bottom > result.y && r.bottom < result.y + result.height / 2) newTop = Math.max(newTop, r.bottom);
    }
    if (newTop <= result.y) break;
    result.height -= newTop - result.y;
    result.y = newTop;
  }
  for (let round = 0; round < 6 && result.height > 0; round++) {
    const bottom = result.y + result.height;
    let newBottom = bottom;
    for (const x of xs) {
      const bar = overlayAt(x, bottom - 1, targets);
      if (!bar) continue;
      const r = bar.getBoundingClientRect();
      if (r.top < bottom && r.top > result.y + result.height / 2) newBottom = Math.min(newBottom, r.top);
    }
    if (newBottom >= bottom) break;
    result.height = newBottom - result.y;
  }
  return result;
}

export interface RegionParts {
  /** The comment's element first, then its replies' elements. */
  elements: Element[];
  /** Names and handles to blur, per element (same order). */
  authors: { names: string[] }[];
}

export function measureShot(parts: RegionParts, redact: boolean): PrintShot | undefined {
  const main = parts.elements[0];
  if (!main) return undefined;
  const region = union(parts.elements.map((e) => toRect(e.getBoundingClientRect())));
  if (!region) return undefined;
  const clip = trimOverlays(ancestorClip(main), region, parts.elements);
  return {
    region,
    clip,
    viewport: { width: window.innerWidth, height: window.innerHeight },
    devicePixelRatio: window.devicePixelRatio || 1,
    redact: redact ? parts.elements.flatMap((el, i) => authorRects(el, parts.authors[i]?.names ?? [])) : [],
  };
}

function normaliseName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^@/, '').toLowerCase();
}

/**
 * Where an author's name/handle and avatar are drawn inside a comment element: text nodes whose text is the
 * name or handle (with or without @), and the first small square image (the avatar).
 */
export function authorRects(el: Element, names: readonly string[]): Rect[] {
  const wanted = new Set(names.map(normaliseName).filter(Boolean));
  const rects: Rect[] = [];
  if (wanted.size) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!wanted.has(normaliseName(node.textContent ?? ''))) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) rects.push(toRect(r));
    }
  }
  for (const img of el.querySelectorAll('img, svg image, [role="img"]')) {
    const r = img.getBoundingClientRect();
    if (r.width >= 12 && r.width <= 96 && Math.abs(r.width - r.height) <= 4) {
      rects.push(toRect(r));
      break;
    }
  }
  return rects;
}

/** What is printable on screen now: true when every part of the region is inside the clip. */
export function fitsInClip(shot: PrintShot): boolean {
  return shot.region.height <= shot.clip.height;
}
