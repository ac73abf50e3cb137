import { describe, expect, it } from 'vitest';
import { CaptureGate, waitBeforeCapture } from '../../../lib/capture/pace';
import { normaliseForHash, printTextHash, sha256Hex, textHash } from '../../../lib/capture/hash';
import { imageMime, pngSize } from '../../../lib/capture/image-type';

describe('capture pacing (Chrome allows 2 captures a second)', () => {
  it('waits until the spacing since the previous capture has passed', () => {
    expect(waitBeforeCapture(undefined, 1000)).toBe(0);
    expect(waitBeforeCapture(1000, 1100, 560)).toBe(460);
    expect(waitBeforeCapture(1000, 2000, 560)).toBe(0);
  });

  it('runs captures one at a time, spaced, and survives a failed one', async () => {
    let now = 0;
    const started: number[] = [];
    const gate = new CaptureGate(() => now, async (ms) => { now += ms; }, 560);
    const task = (fail = false) => async () => {
      started.push(now);
      now += 50;
      if (fail) throw new Error('boom');
      return started.length;
    };
    const results = await Promise.allSettled([gate.run(task()), gate.run(task(true)), gate.run(task()), gate.run(task())]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(started).toEqual([0, 560, 1120, 1680]);
    for (let i = 1; i < started.length; i++) expect(started[i]! - started[i - 1]!).toBeGreaterThanOrEqual(500);
  });
});

describe('content hashes', () => {
  it('ignores case, accents and spacing, but not words', async () => {
    expect(normaliseForHash('  Amei  o CURSO, obrigada!\n')).toBe('amei o curso, obrigada!');
    expect(normaliseForHash('Ação')).toBe('acao');
    const a = await textHash('instagram', 'Maria', 'Amei o curso!');
    expect(await textHash('instagram', 'maria', '  amei o  Curso!')).toBe(a);
    expect(await textHash('youtube', 'Maria', 'Amei o curso!')).not.toBe(a);
    expect(await textHash('instagram', 'Maria', 'Odiei o curso!')).not.toBe(a);
  });

  it('a blurred print’s hash cannot be checked against a guessed author name; a clear one still tells authors apart', async () => {
    const subject = { site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', authorName: 'maria.souza', text: 'Amei o curso!' };
    const blurred = await printTextHash({ ...subject, redacted: true });
    for (const guess of ['maria.souza', 'Maria Souza', '@maria.souza']) expect(blurred).not.toBe(await textHash('instagram', guess, subject.text));
    expect(blurred).toBe(await printTextHash({ ...subject, authorName: 'outra.pessoa', redacted: true }));
    expect(await printTextHash({ ...subject, redacted: false })).toBe(await textHash('instagram', 'maria.souza', subject.text));
    expect(await printTextHash({ ...subject, redacted: false })).not.toBe(await printTextHash({ ...subject, authorName: 'outra.pessoa', redacted: false }));
    // A free area: the page and the place on it, never a name when blurred.
    const area = { x: 10.4, y: 20, width: 300, height: 120.6 };
    const areaHash = await printTextHash({ ...subject, redacted: true, area });
    expect(areaHash).toBe(await textHash('area:instagram', '', `${subject.postUrl}#10,20,300x121 ${subject.text}`));
    expect(areaHash).not.toBe(await printTextHash({ ...subject, redacted: true, area: { ...area, x: 50 } }));
  });

  it('computes SHA-256 like everyone else', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('image bytes', () => {
  it('recognises PNG and WebP and reads a PNG size from its header', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0, 0, 0, 1, 0]);
    expect(imageMime(png)).toBe('image/png');
    expect(pngSize(png)).toEqual({ width: 512, height: 256 });
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(imageMime(webp)).toBe('image/webp');
    expect(pngSize(webp)).toBeNull();
  });
});
