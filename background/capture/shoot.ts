import { browser } from 'wxt/browser';
import {
  captureScale,
  isOneColour,
  maxCaptures,
  outputSize,
  printColumns,
  redactionBoxes,
  scrollDeltaFor,
  sliceFor,
  thumbnailSize,
  type Rect,
} from '../../lib/capture/geometry';
import { CaptureGate } from '../../lib/capture/pace';
import type { PrintShot } from '../../messaging/protocol';
import { errorText } from '../../lib/error-text';
import { tr } from '../../lib/i18n';

/*
 * Pixels of a print, in the service worker: captureVisibleTab, decode with createImageBitmap, crop and stitch on
 * an OffscreenCanvas, blur names/avatars on a copy, encode PNG + a WebP thumbnail. No DOM is needed.
 */

/** One gate for the whole extension: Chrome's 2-captures-a-second quota is per extension, not per tab. */
const gate = new CaptureGate();

export class CaptureError extends Error {
  override name = 'CaptureError';
  /** The page was already told (storage full): do not show a second notice. */
  notified = false;
}

async function captureWindow(windowId: number): Promise<ImageBitmap> {
  const dataUrl = await gate.run(async () => {
    try {
      return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    } catch (error) {
      const message = errorText(error);
      if (/activeTab|all_urls|permission/i.test(message)) {
        throw new CaptureError(
          tr('o Chrome só deixa o Ronda fotografar a aba depois de um clique no ícone do Ronda, no menu do botão direito ou no atalho Alt+Shift+P nesta aba. Use um deles e tente de novo.', 'Chrome lets Ronda capture the tab only after a click on Ronda’s icon, its right-click menu item or the Alt+Shift+P shortcut in this tab. Use one of them and try again.'),
        );
      }
      throw new CaptureError(tr(`o Chrome recusou a captura da aba: ${message}`, `Chrome refused to capture the tab: ${message}`));
    }
  });
  const blob = await (await fetch(dataUrl)).blob();
  return createImageBitmap(blob);
}

export interface ShotImages {
  /** The print as captured. */
  original: OffscreenCanvas;
  /** Author names/avatars inside the print, in its pixels (empty when none were found). */
  redactBoxes: Rect[];
  captures: number;
}

/**
 * Captures the region described by `first`, scrolling with `rescroll` (which scrolls the page by a CSS delta
 * and measures again) as many times as a region taller than the visible area needs.
 */
export async function shootRegion(
  windowId: number,
  first: PrintShot,
  rescroll: (delta: number) => Promise<PrintShot | undefined>,
): Promise<ShotImages> {
  let g = first;
  let bitmap = await captureWindow(windowId);
  const scale = captureScale(bitmap.width, first.viewport.width, first.devicePixelRatio);
  const columns = printColumns(first);
  const size = outputSize(first, scale);
  if (!columns || size.width <= 0 || size.height <= 0) {
    bitmap.close();
    throw new CaptureError(tr('o comentário não está visível na tela (está escondido ou fora da área da página).', 'the comment is not visible on screen (it is hidden or outside the page’s area).'));
  }
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new CaptureError(tr('o navegador não deu um canvas para montar o print.', 'the browser gave no canvas to build the print.'));
  const boxes: Rect[] = [];
  let covered = 0;
  let captures = 1;
  const limit = maxCaptures(first.region.height, first.clip.height);
  let repaintWaits = 0;
  try {
    for (;;) {
      const slice = sliceFor(g, covered, scale, columns);
      if (slice && repaintWaits < UNPAINTED_RETRIES && isOneColour(pixelsOf(bitmap, slice.src))) {
        // An unpainted frame: give the compositor a moment and take the same slice again.
        repaintWaits++;
        await new Promise((resolve) => setTimeout(resolve, UNPAINTED_WAIT_MS));
        bitmap.close();
        bitmap = await captureWindow(windowId);
        continue;
      }
      if (slice) {
        ctx.drawImage(bitmap, slice.src.x, slice.src.y, slice.src.width, slice.src.height, slice.destX, slice.destY, slice.src.width, slice.src.height);
        const seen = g.redact.filter((r) => r.y + r.height > g.clip.y && r.y < g.clip.y + g.clip.height);
        boxes.push(...redactionBoxes(g, seen, scale, columns, size));
        covered = slice.coveredTo;
      }
      if (covered >= first.region.height - 0.5) break;
      if (captures >= limit) throw new CaptureError(tr('o comentário é alto demais ou a página não rolou até o fim dele.', 'the comment is too tall, or the page did not scroll to its end.'));
      const next = await rescroll(scrollDeltaFor(g, covered));
      if (!next) throw new CaptureError(tr('o comentário sumiu da página durante a captura.', 'the comment left the page during the capture.'));
      g = next;
      bitmap.close();
      bitmap = await captureWindow(windowId);
      captures++;
    }
  } finally {
    bitmap.close();
  }
  return { original: canvas, redactBoxes: dedupe(boxes), captures };
}

/** Captures of a flat-colour slice taken again per print, and the wait before each (under the 2-a-second quota anyway). */
const UNPAINTED_RETRIES = 2;
const UNPAINTED_WAIT_MS = 300;

/** The pixels of `src` in `bitmap`, scaled down to at most 64 × 64 (enough to tell text from a flat frame). */
function pixelsOf(bitmap: ImageBitmap, src: Rect): Uint8ClampedArray {
  const w = Math.max(1, Math.min(64, Math.round(src.width)));
  const h = Math.max(1, Math.min(64, Math.round(src.height)));
  const ctx = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
  if (!ctx) return new Uint8ClampedArray(0);
  ctx.drawImage(bitmap, src.x, src.y, src.width, src.height, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h).data;
}

function dedupe(boxes: Rect[]): Rect[] {
  const key = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;
  return [...new Map(boxes.map((b) => [key(b), b])).values()];
}

/**
 * A copy with each box made unreadable: pixelated (which cannot be undone, unlike a light blur) and then
 * softened so it reads as a blur.
 */
export function redactedCopy(source: OffscreenCanvas, boxes: readonly Rect[]): OffscreenCanvas {
  const out = new OffscreenCanvas(source.width, source.height);
  const ctx = out.getContext('2d')!;
  ctx.drawImage(source, 0, 0);
  for (const b of boxes) {
    const cell = Math.max(6, Math.round(Math.min(b.width, b.height) / 4));
    const small = new OffscreenCanvas(Math.max(1, Math.ceil(b.width / cell)), Math.max(1, Math.ceil(b.height / cell)));
    const sctx = small.getContext('2d')!;
    sctx.imageSmoothingEnabled = true;
    sctx.drawImage(source, b.x, b.y, b.width, b.height, 0, 0, small.width, small.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(b.x, b.y, b.width, b.height);
    ctx.clip();
    ctx.imageSmoothingEnabled = true;
    ctx.filter = `blur(${Math.max(2, Math.round(cell / 2))}px)`;
    ctx.drawImage(small, 0, 0, small.width, small.height, b.x, b.y, b.width, b.height);
    ctx.restore();
  }
  return out;
}

export async function encodePng(canvas: OffscreenCanvas): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** Small WebP for the gallery grid (10,000 of them must stay light). */
export async function encodeThumbnail(canvas: OffscreenCanvas): Promise<Uint8Array<ArrayBuffer>> {
  const size = thumbnailSize(canvas.width, canvas.height);
  const thumb = new OffscreenCanvas(size.width, size.height);
  const ctx = thumb.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(canvas, 0, 0, size.width, size.height);
  return new Uint8Array(await (await thumb.convertToBlob({ type: 'image/webp', quality: 0.8 })).arrayBuffer());
}
