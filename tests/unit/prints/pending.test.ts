import { describe, expect, it } from 'vitest';
import { addPending, getPending, listPending, pendingInfo, pngDataUrl, removePending } from '../../../background/capture/pending';
import type { PrintRecord } from '../../../storage/schema';

const print = (id: string): PrintRecord => ({
  id, site: 'instagram', postUrl: 'https://www.instagram.com/p/A/', authorName: 'Maria', text: 'Amei!', capturedAt: 1, capturedBy: 'Equipe',
  tags: [], starred: false, notes: '', textHash: 't', imageHash: 'i', width: 2, height: 1, redacted: true, includesReplies: false, updatedAt: 1,
});

describe('captures kept while storage is full', () => {
  it('keeps the capture with its bytes until saved or discarded, and offers its PNG', async () => {
    const png = new Uint8Array(100_000).map((_, i) => i % 251);
    await addPending({ print: print('q1'), images: { id: 'q1', png, thumb: new Uint8Array([1]), originalPng: new Uint8Array([9, 9]) } });
    const kept = await getPending('q1');
    expect(kept?.images.png).toEqual(png);
    expect(pendingInfo(kept!)).toMatchObject({ id: 'q1', authorName: 'Maria', bytes: 100_000 + 1 + 2 });
    expect(pngDataUrl(kept!).startsWith('data:image/png;base64,')).toBe(true);
    expect(atob(pngDataUrl(kept!).split(',')[1]!).length).toBe(100_000);
    expect((await listPending()).map((p) => p.print.id)).toEqual(['q1']);
    await removePending('q1');
    expect(await listPending()).toEqual([]);
  });
});
