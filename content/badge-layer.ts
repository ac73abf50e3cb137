import { badgeStyleSheet } from './badge-styles';

/**
 * Draws badges in an overlay layer instead of inside the site's comment list.
 *
 * Why: on a long thread, any element added inside a comment makes the browser lay out the whole list again.
 * On the 2,000-comment YouTube fixture that cost 180 ms per frame (an inline badge, a zero-height one or an
 * absolutely positioned one: all the same). The same badges added to a layer that the site's layout never
 * sees cost 25–35 ms a frame, one badge or a hundred, most of it the page's own repaint. Measured in that page:
 * - the layer is a zero-size box with `contain: layout size style`, so the browser lays out only the layer;
 * - its badges are in normal flow, moved with `transform`: out-of-flow children would make the browser lay
 *   out their containing block again;
 * - all its badges share the layer's one shadow root, which keeps the site's CSS out: a shadow root per badge
 *   made drawing each new window of badges about twice as slow.
 *
 * Scrolling: one layer per scroll container. A comment in the page scrolls with the page, so its badge goes
 * in a layer at the top of the document. A comment in an inner scroller (Instagram's post modal, a Facebook
 * dialog) gets a layer inside that scroller, so its badge scrolls with it, on the compositor, with no lag,
 * and is clipped with it. A comment in a fixed panel gets a layer inside that panel.
 *
 * Positions are re-measured after the site lays out again: a ResizeObserver on the document, on each
 * container's content and on each list of comments fires after layout and before paint, so badges never
 * show in the wrong place for a frame.
 */

export const LAYER_TAG = 'ronda-layer';
/** Space between the end of the anchor (author line, time) and the badge. */
const GAP_PX = 6;

const LAYER_CSS = `
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; contain: layout size style; }
.layer > * { pointer-events: auto; }
.layer > .cover { display: block; width: 0; height: 0; pointer-events: none; }
.cover > div {
  border-radius: 4px;
  background: repeating-linear-gradient(135deg, rgba(128, 128, 128, 0.16) 0 6px, rgba(128, 128, 128, 0.32) 6px 12px), var(--page-bg, #fff);
}
`;

let layerSheet: CSSStyleSheet | undefined;

function layerStyleSheet(): CSSStyleSheet {
  if (!layerSheet) {
    layerSheet = new CSSStyleSheet();
    layerSheet.replaceSync(LAYER_CSS);
  }
  return layerSheet;
}

export interface Placement {
  /** The badge's element (its pill and menu); drawn inside the layer's shadow root. */
  badge: HTMLElement;
  /** The comment the badge belongs to: the layer is chosen by where it scrolls. */
  comment: Element;
  /** The element the badge is drawn right after (the end of its last line). */
  anchor: Element;
  /** An element to hide under a cover (a hater's text), if any. */
  cover?: Element | null;
}

interface Layer {
  host: HTMLElement;
  root: HTMLElement;
  /** Where the layer's origin was when the drawn band was last moved. */
  culledAt?: number;
  /** The covers' fill: the page's background under this layer's comments, read once. */
  background?: string;
}

interface Placed extends Omit<Placement, 'cover'> {
  layer: Layer;
  /** Its transform in the layer ('' when the anchor is not rendered): unchanged positions cost no style work. */
  at: string;
  /** Vertical position in the layer, to tell whether it is near the viewport; null when not rendered. */
  y: number | null;
  /** Drawn only when near the viewport (see cull). */
  near: boolean;
  /** Written to the page at least once (a new badge is always written, even with nothing to show). */
  drawn: boolean;
  cover?: Cover;
}

/**
 * A hater's text, hidden under a box drawn in the layer: the page's own background, hatched grey, so staff see
 * that something is hidden but cannot read it. Covers come first in the layer, so badges are drawn over them.
 * The site's own elements are not restyled (see HaterDisplayController). Not a real blur: `backdrop-filter`
 * makes every box a compositing layer, and with a few hundred of them the browser spent most of each scrolling
 * frame sorting layers (8 s over one read-through).
 */
interface Cover {
  target: Element;
  node: HTMLElement;
  box: HTMLElement;
  /** Transform and size in the layer ('' when the target is not rendered). */
  at: string;
  width: number;
  height: number;
}

/**
 * Badges are drawn only from 3 screens above the viewport to 5 below, and that band is moved only after the
 * viewport has moved 2 screens, so the viewport is always covered (NearViewport places badges from 1 screen
 * above to 3 below). Why: every drawn badge is one more piece the browser paints and sorts on each scrolling
 * frame. On the 2,000-comment fixture, 2,000 drawn badges gave 160–350 tasks over 50 ms in one read-through,
 * 200 gave 3, the page alone 4–23.
 */
const DRAWN_ABOVE = 3;
const DRAWN_BELOW = 5;
const CULL_STEP = 2;

/**
 * Badges and covers outside the drawn band (or whose target is not rendered) are hidden with `visibility`,
 * and moved even while hidden, so that culling changes nothing that needs a layout. Why: after the user
 * scrolls, the first layout makes Chromium look for a new scroll anchor by walking the site's list from its
 * start (ScrollAnchor::FindAnchor): 14 ms a layout at the end of the 2,000-comment thread, 90% of Ronda's
 * layout time while scrolling when culling used `display: none`. Giving a transform to an element that had
 * none needs a layout too; changing it does not.
 */
function show(node: HTMLElement, shown: boolean): void {
  if (shown) node.style.removeProperty('visibility');
  // A badge whose menu staff have open stays: the menu would vanish with it as the page scrolls on.
  else if (!node.querySelector(':popover-open')) node.style.setProperty('visibility', 'hidden', 'important');
}

/** Culling only shows or hides: positions are already written. */
function showEntry(entry: Placed): void {
  show(entry.badge, entry.near && entry.at !== '');
  if (entry.cover) show(entry.cover.node, entry.near && entry.cover.at !== '');
}

function drawEntry(entry: Placed): void {
  if (entry.at) entry.badge.style.transform = entry.at;
  const cover = entry.cover;
  if (cover?.at) {
    cover.node.style.transform = cover.at;
    cover.box.style.width = `${cover.width}px`;
    cover.box.style.height = `${cover.height}px`;
  }
  showEntry(entry);
}

/** Where a badge goes, relative to its layer's origin; null when its anchor is not rendered. */
export function badgePosition(
  anchorRects: ArrayLike<Pick<DOMRect, 'top' | 'right' | 'width' | 'height'>>,
  origin: Pick<DOMRect, 'left' | 'top'>,
): { x: number; y: number } | null {
  for (let i = anchorRects.length - 1; i >= 0; i--) {
    const rect = anchorRects[i]!;
    if (rect.width === 0 && rect.height === 0) continue;
    return { x: Math.round(rect.right - origin.left + GAP_PX), y: Math.round(rect.top + rect.height / 2 - origin.top) };
  }
  return null;
}

export class BadgeLayer {
  private readonly layers = new Map<Element, Layer>();
  private readonly placed = new Map<HTMLElement, Placed>();
  /** Which container each element scrolls in; cached, since every comment of a list shares its ancestors. */
  private containerCache = new WeakMap<Element, Element>();
  private readonly watched = new WeakSet<Element>();
  /** Last size reported for each watched element. */
  private readonly sizes = new WeakMap<Element, string>();
  private readonly resizes: ResizeObserver;
  private readonly range: Range;

  private cullPending = false;
  private readonly onScroll = () => {
    if (this.cullPending) return;
    this.cullPending = true;
    requestAnimationFrame(() => {
      this.cullPending = false;
      this.cull();
    });
  };

  constructor(private readonly doc: Document = document) {
    this.range = doc.createRange();
    this.resizes = new ResizeObserver((entries) => {
      if (this.resized(entries)) this.refresh();
    });
    this.watch(doc.documentElement);
    // Capturing on the window sees inner scrollers too (scroll events do not bubble, but they are captured).
    doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  get size(): number {
    return this.placed.size;
  }

  /** Draws (or moves) badges next to their anchors: all measured first, then all written, one layout. */
  place(items: Placement[]): void {
    const todo: Placed[] = [];
    for (const item of items) {
      const layer = this.layerFor(item.comment);
      const previous = this.placed.get(item.badge);
      const same = previous?.layer === layer;
      const entry: Placed = {
        badge: item.badge,
        comment: item.comment,
        anchor: item.anchor,
        layer,
        at: same ? previous.at : '',
        y: same ? previous.y : null,
        near: same ? previous.near : false,
        drawn: same ? previous.drawn : false,
        cover: previous?.cover,
      };
      this.placed.set(item.badge, entry);
      this.setCover(entry, item.cover ?? null);
      todo.push(entry);
      if (item.comment.parentElement) this.watch(item.comment.parentElement);
    }
    const writes = this.measure(todo);
    for (const entry of todo) {
      if (entry.cover) this.paintBackground(entry.layer, entry.cover.target);
      if (entry.badge.parentNode !== entry.layer.root) entry.layer.root.append(entry.badge);
      if (entry.cover && entry.cover.node.parentNode !== entry.layer.root) entry.layer.root.prepend(entry.cover.node);
    }
    for (const write of writes) write();
  }

  /** Hides `target` (a hater's text) of a placed badge's comment under a cover, or removes the cover (null). */
  cover(badge: HTMLElement, target: Element | null): void {
    const entry = this.placed.get(badge);
    if (!entry || (entry.cover?.target ?? null) === target) return;
    this.place([{ badge, comment: entry.comment, anchor: entry.anchor, cover: target }]);
  }

  remove(badge: HTMLElement): void {
    const entry = this.placed.get(badge);
    this.placed.delete(badge);
    entry?.cover?.node.remove();
    badge.remove();
  }

  /** Re-measures every badge (the site laid out again); badges whose comment left the page are removed. */
  refresh(): void {
    const live: Placed[] = [];
    for (const entry of this.placed.values()) {
      const shown = entry.badge.parentNode === entry.layer.root && entry.layer.host.isConnected;
      if (shown && entry.comment.isConnected && entry.anchor.isConnected) live.push(entry);
      else this.remove(entry.badge);
    }
    for (const write of this.measure(live)) write();
    for (const [container, layer] of this.layers) {
      if (!layer.host.isConnected && container !== this.doc.documentElement) this.layers.delete(container);
    }
  }

  /** Draws the badges near the viewport and hides the others (the page or an inner scroller scrolled). */
  cull(): void {
    const screen = this.doc.defaultView?.innerHeight ?? 800;
    const ranges = this.nearRanges();
    for (const [layer, range] of ranges) {
      if (layer.culledAt !== undefined && Math.abs(range.origin.top - layer.culledAt) < CULL_STEP * screen) ranges.delete(layer);
      else layer.culledAt = range.origin.top;
    }
    if (!ranges.size) return;
    for (const entry of this.placed.values()) {
      const range = ranges.get(entry.layer);
      if (!range) continue;
      const near = entry.y !== null && entry.y >= range.top && entry.y <= range.bottom;
      if (near === entry.near) continue;
      entry.near = near;
      showEntry(entry);
    }
  }

  /** Removes every layer (the content script is going away). */
  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.resizes.disconnect();
    for (const layer of this.layers.values()) layer.host.remove();
    this.layers.clear();
    this.placed.clear();
  }

  private setCover(entry: Placed, target: Element | null): void {
    if ((entry.cover?.target ?? null) === target) return;
    entry.cover?.node.remove();
    entry.cover = undefined;
    if (!target) return;
    const node = this.doc.createElement('div');
    node.className = 'cover';
    const box = this.doc.createElement('div');
    node.append(box);
    entry.cover = { target, node, box, at: '', width: 0, height: 0 };
  }

  /** Covers hide text with the page's own background: the first opaque one behind the comment (white if none). */
  private paintBackground(layer: Layer, target: Element): void {
    if (layer.background !== undefined) return;
    const view = this.doc.defaultView;
    layer.background = '#fff';
    for (let el: Element | null = target; el && view; el = el.parentElement) {
      const color = view.getComputedStyle(el).backgroundColor;
      if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) {
        layer.background = color;
        break;
      }
    }
    layer.root.style.setProperty('--page-bg', layer.background);
  }

  /** Which part of each layer is near the viewport, in the layer's own coordinates. */
  private nearRanges(): Map<Layer, { origin: DOMRect; top: number; bottom: number }> {
    const screen = this.doc.defaultView?.innerHeight ?? 800;
    const ranges = new Map<Layer, { origin: DOMRect; top: number; bottom: number }>();
    for (const layer of this.layers.values()) {
      const origin = layer.root.getBoundingClientRect();
      ranges.set(layer, { origin, top: -origin.top - DRAWN_ABOVE * screen, bottom: -origin.top + (1 + DRAWN_BELOW) * screen });
    }
    return ranges;
  }

  /** Reads every position (one layout at most) and returns the style writes to make, to run after all reads. */
  private measure(entries: Placed[]): (() => void)[] {
    const ranges = this.nearRanges();
    const writes: (() => void)[] = [];
    for (const entry of entries) {
      const range = ranges.get(entry.layer);
      if (!range) continue;
      const position = badgePosition(this.rectsOf(entry.anchor), range.origin);
      const at = position ? `translate(${position.x}px, ${position.y}px)` : '';
      const y = position?.y ?? null;
      const near = y !== null && y >= range.top && y <= range.bottom;
      const cover = entry.cover;
      const box = cover ? coverBox(cover.target.getBoundingClientRect(), range.origin) : null;
      const coverAt = box ? `translate(${box.x}px, ${box.y}px)` : '';
      const coverChanged = cover !== undefined && (coverAt !== cover.at || box?.width !== cover.width || box?.height !== cover.height);
      entry.y = y;
      if (entry.drawn && at === entry.at && near === entry.near && !coverChanged) continue;
      writes.push(() => {
        entry.at = at;
        entry.drawn = true;
        entry.near = near;
        if (cover) Object.assign(cover, { at: coverAt, width: box?.width ?? 0, height: box?.height ?? 0 });
        drawEntry(entry);
      });
    }
    return writes;
  }

  /** The boxes of the anchor's content: the badge goes after the last one (after the text, not the block). */
  private rectsOf(anchor: Element): ArrayLike<DOMRect> {
    this.range.selectNodeContents(anchor);
    const rects = this.range.getClientRects();
    return rects.length ? rects : [anchor.getBoundingClientRect()];
  }

  /**
   * Whether a watched element changed size. The first report for a newly watched element is not a relayout:
   * taken as one, drawing 2,000 badges a window at a time re-measured every drawn badge per window (on YouTube
   * each comment has its own parent), 0.8 s of main-thread time in all.
   */
  private resized(entries: ResizeObserverEntry[]): boolean {
    let changed = false;
    for (const entry of entries) {
      const size = `${entry.contentRect.width}x${entry.contentRect.height}`;
      const before = this.sizes.get(entry.target);
      this.sizes.set(entry.target, size);
      if (before !== undefined && before !== size) changed = true;
    }
    return changed;
  }

  private watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.resizes.observe(element);
  }

  private layerFor(comment: Element): Layer {
    const container = this.containerOf(comment);
    let layer = this.layers.get(container);
    if (!layer || !layer.host.isConnected) {
      layer = this.createLayer(container);
      this.layers.set(container, layer);
    }
    return layer;
  }

  private createLayer(container: Element): Layer {
    const host = this.doc.createElement(LAYER_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [layerStyleSheet(), badgeStyleSheet()];
    const root = this.doc.createElement('div');
    root.className = 'layer';
    shadow.append(root);
    const page = container === this.doc.documentElement;
    const view = this.doc.defaultView;
    const positioned = page || POSITIONED.has(view?.getComputedStyle(container).position ?? '');
    // Out of flow when the container can hold it (the page, a positioned scroller); otherwise a zero-size box
    // in flow, at the end, so it scrolls with the content. Either way the site's layout does not change.
    // Inline and important: the site's stylesheets (`* { … }`, `body > * { … }`) cannot move or size it.
    host.style.cssText = [
      'all: initial',
      'display: block',
      'width: 0',
      'height: 0',
      'pointer-events: none',
      `position: ${positioned ? 'absolute' : 'relative'}`,
      ...(positioned ? ['top: 0', 'left: 0'] : []),
    ].map((rule) => `${rule} !important`).join('; ');
    (page ? (this.doc.body ?? this.doc.documentElement) : container).append(host);
    if (!page) for (const child of container.children) if (child !== host) this.watch(child);
    return { host, root };
  }

  /** The nearest ancestor the comment scrolls with: an inner scroller, a fixed panel, or the page. */
  private containerOf(element: Element): Element {
    const view = this.doc.defaultView;
    const chain: Element[] = [];
    let found: Element = this.doc.documentElement;
    for (let el = element.parentElement; el && el !== this.doc.body && el !== this.doc.documentElement; el = el.parentElement) {
      const cached = this.containerCache.get(el);
      if (cached) {
        found = cached;
        break;
      }
      chain.push(el);
      const style = view?.getComputedStyle(el);
      if (style && (isScroller(style.overflowY) || style.position === 'fixed')) {
        found = el;
        break;
      }
    }
    for (const el of chain) this.containerCache.set(el, found);
    return found;
  }
}

/** Glyphs overflow their inline box (descenders, stacked diacritics in hostile text): covers reach a bit beyond. */
const COVER_BLEED_PX = 4;

/** Where a cover goes over `rect`, relative to the layer's origin; null when the target is not rendered. */
export function coverBox(rect: Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>, origin: Pick<DOMRect, 'left' | 'top'>) {
  if (rect.width === 0 || rect.height === 0) return null;
  const bleed = COVER_BLEED_PX;
  return {
    x: Math.round(rect.left - origin.left - bleed),
    y: Math.round(rect.top - origin.top - bleed),
    width: Math.ceil(rect.width + 2 * bleed),
    height: Math.ceil(rect.height + 2 * bleed),
  };
}

/** A container with one of these holds an absolutely positioned layer, which then scrolls with its content. */
const POSITIONED = new Set(['relative', 'absolute', 'fixed', 'sticky']);

function isScroller(overflow: string): boolean {
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}
