import { useEffect, useState } from 'react';
import { imageMime } from '../../lib/capture/image-type';
import { getThumbnails } from '../../storage/prints';

/*
 * Thumbnails for the visible grid cells: requests made in the same frame are fetched in one IndexedDB read,
 * and object URLs are kept for a bounded number of prints (scrolling through 10,000 must not hold 10,000).
 */

const MAX_CACHED = 600;
const cache = new Map<string, string>();
let batch = new Map<string, ((url: string | null) => void)[]>();
let scheduled = false;

function remember(id: string, url: string): void {
  cache.set(id, url);
  if (cache.size <= MAX_CACHED) return;
  const oldest = cache.keys().next().value as string;
  URL.revokeObjectURL(cache.get(oldest)!);
  cache.delete(oldest);
}

async function flush(): Promise<void> {
  scheduled = false;
  const current = batch;
  batch = new Map();
  const ids = [...current.keys()];
  try {
    const thumbs = await getThumbnails(ids);
    for (const id of ids) {
      const bytes = thumbs.get(id);
      const url = bytes ? URL.createObjectURL(new Blob([bytes as BlobPart], { type: imageMime(bytes) })) : null;
      if (url) remember(id, url);
      for (const done of current.get(id)!) done(url);
    }
  } catch {
    for (const waiters of current.values()) for (const done of waiters) done(null);
  }
}

function requestThumbnail(id: string): Promise<string | null> {
  const hit = cache.get(id);
  if (hit) return Promise.resolve(hit);
  return new Promise((resolve) => {
    const waiters = batch.get(id) ?? [];
    waiters.push(resolve);
    batch.set(id, waiters);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void flush(), 0);
    }
  });
}

export function forgetThumbnail(id: string): void {
  const url = cache.get(id);
  if (url) URL.revokeObjectURL(url);
  cache.delete(id);
}

/** Object URL of a print's thumbnail; undefined while loading, null when it has none (purged). */
export function useThumbnail(id: string): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(() => cache.get(id));
  useEffect(() => {
    let live = true;
    void requestThumbnail(id).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [id]);
  return url;
}
