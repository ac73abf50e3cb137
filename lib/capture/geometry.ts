/*
 * Pure geometry of a print: which device pixels of a captureVisibleTab image belong to the comment, and how
 * several captures of a comment taller than the viewport are stitched. Everything is in CSS pixels relative to
 * the viewport (what getBoundingClientRect returns) until the last step, which scales to the image's pixels.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the content script measured, at one scroll position.
 * - `region`: the box to print (the comment, or the comment plus its replies), CSS px, may extend off-screen.
 * - `clip`: where the page actually shows it: the viewport minus sticky/fixed headers and footers, narrowed by
 *   every scrolling ancestor (Instagram's comment list scrolls inside a dialog). CSS px.
 * - `viewport`: window.innerWidth/innerHeight, the CSS size captureVisibleTab's image covers.
 */
export interface ShotGeometry {
  region: Rect;
  clip: Rect;
  viewport: { width: number; height: number };
}

/** A slice to copy: `src` in image pixels of one capture, `destY` in pixels of the final print. */
export interface Slice {
  src: Rect;
  destX: number;
  destY: number;
  /** Region-relative CSS px covered after this slice (where the next capture must start). */
  coveredTo: number;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return null;
  return { x, y, width: right - x, height: bottom - y };
}

export function union(rects: readonly Rect[]): Rect | null {
  const real = rects.filter((r) => r.width > 0 && r.height > 0);
  if (real.length === 0) return null;
  const x = Math.min(...real.map((r) => r.x));
  const y = Math.min(...real.map((r) => r.y));
  const right = Math.max(...real.map((r) => r.x + r.width));
  const bottom = Math.max(...real.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Image pixels per CSS pixel. Taken from the captured image itself rather than trusted from devicePixelRatio:
 * the image is what we crop, and browser zoom, HiDPI screens and odd scaling all end up in its width.
 * devicePixelRatio is the fallback when the image size is unknown.
 */
export function captureScale(imageWidth: number, viewportWidth: number, devicePixelRatio: number): number {
  if (imageWidth > 0 && viewportWidth > 0) return imageWidth / viewportWidth;
  return devicePixelRatio > 0 ? devicePixelRatio : 1;
}

/**
 * Destination edges are rounded in region coordinates (not sizes): consecutive slices meet at the same output
 * row, so a stitched print has neither a gap nor a doubled row, and its height is exactly round(height × scale).
 * Each source is then the same size as its destination, starting at its rounded top edge.
 */
function px(value: number, scale: number): number {
  return Math.round(value * scale);
}

/** The print's final size in image pixels: the region's width as far as it is visible, its full height. */
export function outputSize(first: ShotGeometry, scale: number): { width: number; height: number } {
  const horizontal = visibleColumns(first);
  if (!horizontal) return { width: 0, height: 0 };
  return {
    width: px(horizontal.right - horizontal.left, scale),
    height: px(first.region.height, scale),
  };
}

/** Region-relative horizontal span that is visible (comments wider than the viewport are cut at its sides). */
function visibleColumns(g: ShotGeometry): { left: number; right: number } | null {
  const left = Math.max(g.region.x, g.clip.x, 0);
  const right = Math.min(g.region.x + g.region.width, g.clip.x + g.clip.width, g.viewport.width);
  if (right <= left) return null;
  return { left: left - g.region.x, right: right - g.region.x };
}

/**
 * The slice of one capture that continues a print already covered down to `coveredFrom` (region-relative CSS
 * px). Returns null when the capture shows nothing new: the caller must scroll further or give up.
 * Columns are fixed by `columns` (from the first capture) so every slice has the same width.
 */
export function sliceFor(
  g: ShotGeometry,
  coveredFrom: number,
  scale: number,
  columns: { left: number; right: number },
): Slice | null {
  const viewportRect: Rect = { x: 0, y: 0, width: g.viewport.width, height: g.viewport.height };
  const visible = intersect(intersect(g.region, g.clip) ?? { x: 0, y: 0, width: 0, height: 0 }, viewportRect);
  if (!visible) return null;
  // Region-relative rows visible now.
  const visTop = visible.y - g.region.y;
  const visBottom = visTop + visible.height;
  // Tolerate sub-pixel scroll positions: a gap of under half a CSS pixel is no gap.
  if (visTop > coveredFrom + 0.5) return null;
  const from = Math.max(coveredFrom, visTop);
  if (visBottom <= from + 0.5) return null;
  const to = Math.min(visBottom, g.region.height);
  const destTop = px(from, scale);
  const destBottom = px(to, scale);
  return {
    src: {
      x: px(g.region.x + columns.left, scale),
      y: px(g.region.y + from, scale),
      width: px(columns.right - columns.left, scale),
      height: destBottom - destTop,
    },
    destX: 0,
    destY: destTop,
    coveredTo: to,
  };
}

/** Columns of a print, fixed at its first capture. */
export function printColumns(first: ShotGeometry): { left: number; right: number } | null {
  return visibleColumns(first);
}

/** How tall a slice one capture can give: the clip's height. A region taller than this needs stitching. */
export function needsStitching(g: ShotGeometry): boolean {
  const viewportRect: Rect = { x: 0, y: 0, width: g.viewport.width, height: g.viewport.height };
  const usable = intersect(g.clip, viewportRect);
  return !usable || g.region.height > usable.height + 0.5;
}

/**
 * Where to scroll for the next capture: the region-relative offset `coveredTo` should sit at the clip's top.
 * Returns the scroll delta in CSS px (positive = scroll down) for the region's scrolling ancestor.
 */
export function scrollDeltaFor(g: ShotGeometry, coveredTo: number): number {
  return g.region.y + coveredTo - g.clip.y;
}

/**
 * Whether RGBA pixels are all one colour. A comment's print always holds text; a captured slice of one flat colour is
 * a frame Chrome had not painted yet (seen once in CI right after a zoom change), worth capturing again.
 */
export function isOneColour(rgba: Uint8ClampedArray): boolean {
  if (rgba.length < 8) return false;
  const r = rgba[0];
  const g = rgba[1];
  const b = rgba[2];
  const a = rgba[3];
  for (let i = 4; i + 3 < rgba.length; i += 4) {
    if (rgba[i] !== r || rgba[i + 1] !== g || rgba[i + 2] !== b || rgba[i + 3] !== a) return false;
  }
  return true;
}

/** Upper bound on captures for one print: a runaway page (infinite growth, no scrolling) must not loop. */
export function maxCaptures(regionHeight: number, clipHeight: number): number {
  if (clipHeight <= 0) return 1;
  return Math.min(40, Math.ceil(regionHeight / clipHeight) + 2);
}

/**
 * Rectangles to redact (author name, avatar), mapped into the final print's pixels. `rects` are viewport CSS px
 * measured at the same scroll position as `g`; `regionOffset` is how far down the print that capture starts
 * (0 for the first). A small margin makes sure anti-aliased edges of a name are covered too.
 */
export function redactionBoxes(
  g: ShotGeometry,
  rects: readonly Rect[],
  scale: number,
  columns: { left: number; right: number },
  output: { width: number; height: number },
  margin = 2,
): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const left = r.x - margin - (g.region.x + columns.left);
    const top = r.y - margin - g.region.y;
    const box: Rect = {
      x: Math.floor(left * scale),
      y: Math.floor(top * scale),
      width: Math.ceil((r.width + margin * 2) * scale),
      height: Math.ceil((r.height + margin * 2) * scale),
    };
    const clipped = intersect(box, { x: 0, y: 0, width: output.width, height: output.height });
    if (clipped) out.push(clipped);
  }
  return out;
}

/** Thumbnail size: at most `maxWidth` wide and `maxHeight` tall, aspect kept, never upscaled. */
export function thumbnailSize(
  width: number,
  height: number,
  maxWidth = 320,
  maxHeight = 480,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 1, height: 1 };
  const ratio = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}
