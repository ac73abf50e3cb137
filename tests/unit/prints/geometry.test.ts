import { describe, expect, it } from 'vitest';
import {
  captureScale,
  maxCaptures,
  needsStitching,
  outputSize,
  printColumns,
  redactionBoxes,
  scrollDeltaFor,
  sliceFor,
  thumbnailSize,
  type ShotGeometry,
  isOneColour,
} from '../../../lib/capture/geometry';

const viewport = { width: 1280, height: 800 };
const full = { x: 0, y: 0, ...viewport };

function shot(region: ShotGeometry['region'], clip = full): ShotGeometry {
  return { region, clip, viewport };
}

describe('crop of a comment that fits the viewport', () => {
  it('crops exactly the box at dpr 1', () => {
    const g = shot({ x: 100, y: 200, width: 600, height: 120 });
    const scale = captureScale(1280, 1280, 1);
    const cols = printColumns(g)!;
    expect(outputSize(g, scale)).toEqual({ width: 600, height: 120 });
    const slice = sliceFor(g, 0, scale, cols)!;
    expect(slice.src).toEqual({ x: 100, y: 200, width: 600, height: 120 });
    expect(slice.destY).toBe(0);
    expect(slice.coveredTo).toBe(120);
  });

  it('scales by the device pixel ratio and rounds edges, not sizes', () => {
    const g = shot({ x: 10.3, y: 20.6, width: 300.5, height: 80.2 });
    const scale = captureScale(2560, 1280, 2);
    expect(scale).toBe(2);
    const slice = sliceFor(g, 0, scale, printColumns(g)!)!;
    expect(slice.src).toEqual({ x: 21, y: 41, width: 601, height: 160 });
    expect(outputSize(g, scale)).toEqual({ width: 601, height: 160 });
  });

  it('takes the scale from the image, so browser zoom is accounted for', () => {
    // 125% zoom on a 1280 px window: innerWidth is 1024 CSS px, the image is still 1280 px wide.
    const g: ShotGeometry = { region: { x: 100, y: 100, width: 400, height: 100 }, clip: { x: 0, y: 0, width: 1024, height: 640 }, viewport: { width: 1024, height: 640 } };
    const scale = captureScale(1280, 1024, 1.25);
    expect(scale).toBe(1.25);
    expect(sliceFor(g, 0, scale, printColumns(g)!)!.src).toEqual({ x: 125, y: 125, width: 500, height: 125 });
  });

  it('falls back to devicePixelRatio when the image size is unknown', () => {
    expect(captureScale(0, 1280, 1.5)).toBe(1.5);
    expect(captureScale(0, 0, 0)).toBe(1);
  });

  it('cuts a comment wider than the viewport at the viewport edge', () => {
    const g = shot({ x: -50, y: 10, width: 1400, height: 50 });
    const cols = printColumns(g)!;
    expect(cols).toEqual({ left: 50, right: 1330 });
    expect(outputSize(g, 1)).toEqual({ width: 1280, height: 50 });
    expect(sliceFor(g, 0, 1, cols)!.src).toEqual({ x: 0, y: 10, width: 1280, height: 50 });
  });

  it('finds nothing to take from a capture where the comment is off-screen', () => {
    const g = shot({ x: 0, y: 900, width: 500, height: 100 });
    expect(sliceFor(g, 0, 1, { left: 0, right: 500 })).toBeNull();
  });
});

describe('partial visibility and sticky headers', () => {
  it('does not take rows hidden under a sticky header: the capture must scroll first', () => {
    // A 60 px sticky header: the clip starts at y=60; the comment's top 20 px are under it.
    const g = shot({ x: 0, y: 40, width: 500, height: 100 }, { x: 0, y: 60, width: 1280, height: 740 });
    expect(sliceFor(g, 0, 1, { left: 0, right: 500 })).toBeNull();
    expect(scrollDeltaFor(g, 0)).toBe(-20);
  });

  it('is clipped by a scrolling ancestor (a dialog) as well as the viewport', () => {
    const dialog = { x: 300, y: 100, width: 500, height: 400 };
    const g = shot({ x: 320, y: 150, width: 460, height: 500 }, dialog);
    expect(needsStitching(g)).toBe(true);
    const slice = sliceFor(g, 0, 1, printColumns(g)!)!;
    expect(slice.src).toEqual({ x: 320, y: 150, width: 460, height: 350 });
    expect(slice.coveredTo).toBe(350);
  });
});

describe('stitching plan for a comment taller than the viewport', () => {
  it('covers the whole region with slices that meet exactly', () => {
    const clip = { x: 0, y: 64, width: 1280, height: 736 };
    const height = 2000;
    const scale = 2;
    let regionY = 64; // first capture: region top placed at the clip's top
    const first = shot({ x: 100, y: regionY, width: 600, height }, clip);
    const cols = printColumns(first)!;
    const out = outputSize(first, scale);
    expect(out).toEqual({ width: 1200, height: 4000 });
    let covered = 0;
    let destEnd = 0;
    let captures = 0;
    while (covered < height) {
      const g = shot({ x: 100, y: regionY, width: 600, height }, clip);
      const slice = sliceFor(g, covered, scale, cols);
      expect(slice).not.toBeNull();
      expect(slice!.destY).toBe(destEnd);
      destEnd = slice!.destY + slice!.src.height;
      covered = slice!.coveredTo;
      captures++;
      regionY -= scrollDeltaFor(g, covered);
      expect(captures).toBeLessThanOrEqual(maxCaptures(height, clip.height));
    }
    expect(destEnd).toBe(out.height);
    expect(captures).toBe(3);
  });

  it('uses what is on screen when the page cannot scroll as far as asked (end of page)', () => {
    const clip = { x: 0, y: 0, width: 1280, height: 800 };
    // Asked to put offset 700 at the top, but the page stopped scrolling: offset 700 is at y=300.
    const g = shot({ x: 0, y: -400, width: 500, height: 1200 }, clip);
    const slice = sliceFor(g, 700, 1, { left: 0, right: 500 })!;
    expect(slice.src.y).toBe(300);
    expect(slice.destY).toBe(700);
    expect(slice.coveredTo).toBe(1200);
  });

  it('detects a region that does not need stitching', () => {
    expect(needsStitching(shot({ x: 0, y: 0, width: 10, height: 800 }))).toBe(false);
    expect(needsStitching(shot({ x: 0, y: 0, width: 10, height: 801 }))).toBe(true);
  });

  it('bounds the number of captures', () => {
    expect(maxCaptures(2000, 736)).toBe(5);
    expect(maxCaptures(1_000_000, 100)).toBe(40);
  });
});

describe('redaction boxes and thumbnails', () => {
  it('maps name and avatar rects into print pixels with a margin, clipped to the print', () => {
    const g = shot({ x: 100, y: 200, width: 600, height: 120 });
    const boxes = redactionBoxes(g, [{ x: 110, y: 210, width: 32, height: 32 }, { x: 90, y: 190, width: 30, height: 10 }], 2, { left: 0, right: 600 }, { width: 1200, height: 240 });
    expect(boxes[0]).toEqual({ x: 16, y: 16, width: 72, height: 72 });
    // The second rect sticks out above/left of the print: only its inside part remains.
    expect(boxes[1]).toEqual({ x: 0, y: 0, width: 44, height: 4 });
  });

  it('keeps the aspect ratio and never upscales', () => {
    expect(thumbnailSize(1200, 240)).toEqual({ width: 320, height: 64 });
    expect(thumbnailSize(200, 100)).toEqual({ width: 200, height: 100 });
    expect(thumbnailSize(600, 3000)).toEqual({ width: 96, height: 480 });
  });
});

describe('an unpainted frame', () => {
  const px = (...colours: number[][]) => Uint8ClampedArray.from(colours.flat());
  it('is one flat colour; a slice with any text is not', () => {
    expect(isOneColour(px([255, 255, 255, 255], [255, 255, 255, 255], [255, 255, 255, 255]))).toBe(true);
    expect(isOneColour(px([255, 255, 255, 255], [255, 255, 255, 255], [30, 30, 30, 255]))).toBe(false);
    // Alpha counts too, and a single pixel (or none) tells nothing.
    expect(isOneColour(px([0, 0, 0, 255], [0, 0, 0, 0]))).toBe(false);
    expect(isOneColour(px([0, 0, 0, 255]))).toBe(false);
    expect(isOneColour(new Uint8ClampedArray(0))).toBe(false);
  });
});
