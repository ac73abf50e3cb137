import type { OutboxEntry } from '../../storage/schema';
import { backoffDelay, type BackoffOptions } from './backoff';
import type { DriveErrorKind } from './state';

/*
 * Decisions of the sync loop, kept free of I/O so each rule is tested on its own: which outbox entries to run
 * now, what a failure means for the entry and for the whole loop, which of several Drive copies to keep, and
 * which local prints a complete listing shows were deleted by a teammate.
 */

export interface OutboxPlan {
  /** Entries to run now, oldest first. */
  due: OutboxEntry[];
  /** Entries made pointless by a later one (an upsert followed by a delete of the same print). */
  superseded: number[];
  /** Earliest nextAttemptAt among entries not yet due (for the next wake-up). */
  nextAt?: number;
}

export function planOutbox(entries: readonly OutboxEntry[], now: number, limit = 20): OutboxPlan {
  const sorted = [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const deleted = new Map<string, number>();
  for (const e of sorted) if (e.kind === 'print.delete') deleted.set(e.entityId, e.seq ?? 0);
  const superseded: number[] = [];
  const due: OutboxEntry[] = [];
  let nextAt: number | undefined;
  for (const e of sorted) {
    const deleteSeq = deleted.get(e.entityId);
    if (e.kind === 'print.upsert' && deleteSeq !== undefined && deleteSeq > (e.seq ?? 0)) {
      if (e.seq !== undefined) superseded.push(e.seq);
      continue;
    }
    if (e.nextAttemptAt <= now) {
      if (due.length < limit) due.push(e);
    } else {
      nextAt = nextAt === undefined ? e.nextAttemptAt : Math.min(nextAt, e.nextAttemptAt);
    }
  }
  // Entries left over past `limit` are due now too: ask to come back at once.
  if (due.length === limit && sorted.some((e) => e.nextAttemptAt <= now && !due.includes(e) && !superseded.includes(e.seq ?? -1))) {
    nextAt = now;
  }
  return { due, superseded, nextAt };
}

export type FailureDecision =
  /** Try this entry again later; others may go on. */
  | { scope: 'entry'; retryAt: number }
  /** Nothing will work for a while (offline, rate limit): pause the whole loop. */
  | { scope: 'loop'; pauseUntil: number }
  /** Only the user can fix this (sign in again, grant access, configure): stop until they act. */
  | { scope: 'stop' };

export function decideOnFailure(
  kind: DriveErrorKind,
  attempts: number,
  now: number,
  options: BackoffOptions = {},
): FailureDecision {
  switch (kind) {
    case 'auth':
    case 'scope':
    case 'config':
      return { scope: 'stop' };
    case 'network':
    case 'rate':
      return { scope: 'loop', pauseUntil: now + backoffDelay(attempts, options) };
    case 'server':
    case 'notFound':
    case 'invalid':
    case 'other':
      return { scope: 'entry', retryAt: now + backoffDelay(attempts, options) };
  }
}

export interface RemoteCopy {
  id: string;
  createdTime?: string;
}

/**
 * Two Drive files with the same Ronda id can only come from an upload whose answer was lost before Ronda
 * looked it up (or from two machines racing). Keep the oldest (ties by id, so every machine keeps the same one).
 */
export function pickCanonical<T extends RemoteCopy>(copies: readonly T[]): { keep: T | undefined; extra: T[] } {
  const sorted = [...copies].sort((a, b) => (a.createdTime ?? '').localeCompare(b.createdTime ?? '') || a.id.localeCompare(b.id));
  return { keep: sorted[0], extra: sorted.slice(1) };
}

export interface KnownPrint {
  printId: string;
  fileId: string;
}

/**
 * Prints this machine knew in Drive whose file is no longer there. Only call with a listing that completed
 * (every page of every folder): a partial listing would "delete" prints that are merely on a later page.
 */
export function remoteDeletions(known: readonly KnownPrint[], listedFileIds: ReadonlySet<string>, listedPrintIds: ReadonlySet<string>): string[] {
  return known.filter((k) => !listedFileIds.has(k.fileId) && !listedPrintIds.has(k.printId)).map((k) => k.printId);
}

/** Upload strategy: multipart in one request for small images, resumable (chunked, durable) above it. */
export function chooseUpload(size: number, resumableThreshold: number): 'multipart' | 'resumable' {
  return size > resumableThreshold ? 'resumable' : 'multipart';
}

/** Resumable chunks must be multiples of 256 KiB except the last (Google's rule). */
export const CHUNK_UNIT = 256 * 1024;

export function nextChunk(confirmed: number, total: number, chunkSize: number): { start: number; end: number } {
  const size = Math.max(CHUNK_UNIT, Math.floor(chunkSize / CHUNK_UNIT) * CHUNK_UNIT);
  return { start: confirmed, end: Math.min(total, confirmed + size) };
}

/** Bytes Drive confirmed, from a 308's Range header ("bytes=0-524287"); none when the header is absent. */
export function confirmedBytes(range: string | null | undefined): number {
  const m = /bytes=0-(\d+)/.exec(range ?? '');
  return m ? Number(m[1]) + 1 : 0;
}
