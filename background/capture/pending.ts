import { browser } from 'wxt/browser';
import type { PendingPrintInfo } from '../../messaging/protocol';
import type { PrintImageRecord, PrintRecord } from '../../storage/schema';

/*
 * Captures that could not be written (storage full) wait here until the user frees space and retries, downloads
 * the PNG, or discards them: a capture is never lost silently. They live in memory and are mirrored to
 * storage.session, which survives the service worker going idle (not a browser restart, which the user is told).
 */

export interface PendingPrint {
  print: PrintRecord;
  images: PrintImageRecord;
}

const PREFIX = 'ronda.pendingPrint.';
const memory = new Map<string, PendingPrint>();

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

interface Stored {
  print: PrintRecord;
  png?: string;
  thumb: string;
  originalPng?: string;
}

function session() {
  return browser.storage?.session;
}

export async function addPending(item: PendingPrint): Promise<void> {
  memory.set(item.print.id, item);
  const stored: Stored = {
    print: item.print,
    png: item.images.png && toBase64(item.images.png),
    thumb: toBase64(item.images.thumb),
    originalPng: item.images.originalPng && toBase64(item.images.originalPng),
  };
  // Best effort: storage.session has its own (10 MB) quota; memory still holds the capture if this fails.
  await session()?.set({ [PREFIX + item.print.id]: stored }).catch(() => undefined);
}

export async function listPending(): Promise<PendingPrint[]> {
  const all = ((await session()?.get(null).catch(() => ({}))) ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX) || memory.has(key.slice(PREFIX.length))) continue;
    const s = value as Stored;
    memory.set(s.print.id, {
      print: s.print,
      images: {
        id: s.print.id,
        png: s.png ? fromBase64(s.png) : undefined,
        thumb: fromBase64(s.thumb),
        originalPng: s.originalPng ? fromBase64(s.originalPng) : undefined,
      },
    });
  }
  return [...memory.values()].sort((a, b) => a.print.capturedAt - b.print.capturedAt);
}

export async function getPending(id: string): Promise<PendingPrint | undefined> {
  return (await listPending()).find((p) => p.print.id === id);
}

export async function removePending(id: string): Promise<void> {
  memory.delete(id);
  await session()?.remove(PREFIX + id).catch(() => undefined);
}

export function pendingInfo(p: PendingPrint): PendingPrintInfo {
  const png = p.images.png ?? p.images.originalPng;
  return {
    id: p.print.id,
    capturedAt: p.print.capturedAt,
    authorName: p.print.authorName,
    text: p.print.text.slice(0, 300),
    width: p.print.width,
    height: p.print.height,
    bytes: (png?.length ?? 0) + p.images.thumb.length + (p.images.originalPng && p.images.png ? p.images.originalPng.length : 0),
  };
}

export function pngDataUrl(p: PendingPrint): string {
  return `data:image/png;base64,${toBase64(p.images.png ?? p.images.originalPng ?? new Uint8Array())}`;
}
