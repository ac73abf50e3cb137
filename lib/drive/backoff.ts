/*
 * Retry timing for Drive calls. Exponential with "full jitter" (a random wait between zero and the
 * exponential ceiling), so that several teammates' browsers hit by the same 429/5xx do not retry in step.
 * A server's Retry-After is a floor: waiting less would only earn another 429.
 */

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** Injected for tests; Math.random in production. */
  random?: () => number;
  /** From a Retry-After header, when the server sent one. */
  retryAfterMs?: number;
}

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 15 * 60_000;

/** Ceiling of the wait before attempt `attempt` (0 = the first retry). */
export function backoffCeiling(attempt: number, baseMs = BACKOFF_BASE_MS, maxMs = BACKOFF_MAX_MS): number {
  const exp = Math.min(attempt, 30);
  return Math.min(maxMs, baseMs * 2 ** exp);
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const random = options.random ?? Math.random;
  const ceiling = backoffCeiling(attempt, options.baseMs, options.maxMs);
  // Never zero: at least a tenth of the ceiling, so a burst of failures still spreads out.
  const jittered = Math.round(ceiling * (0.1 + 0.9 * Math.min(1, Math.max(0, random()))));
  return Math.max(jittered, options.retryAfterMs ?? 0);
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
