/*
 * Wall-clock arithmetic in an IANA time zone without a date library. Offsets come from Intl (the browser's tz
 * database) and are cached per quarter hour, so bucketing 100,000 timestamps costs a few thousand Intl calls.
 * "Local ms" below means a number whose UTC fields read as the wall clock of the zone (e.g. 17:50 Friday).
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const QUARTER = 15 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

const validZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (validZones.size > 1_000) validZones.clear();
    validZones.set(timeZone, valid);
  }
  return valid;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function computeOffset(timeZone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return local - Math.floor(t / 1000) * 1000;
}

const BLOCK = 6 * HOUR;

/** Milliseconds to add to the UTC instant `t` to get the zone's wall clock. */
export function offsetAt(timeZone: string, t: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  // Offsets are looked up per 6-hour block: when both ends of a block agree, the whole block has that offset
  // (zones change at most twice a year). A block holding a transition is resolved per quarter hour, which is
  // exact because transitions happen on quarter-hour boundaries. Keys: block index, or -(quarter index) - 1.
  const b = Math.floor(t / BLOCK);
  let off = zone.get(b);
  if (off === undefined) {
    const startOff = computeOffset(timeZone, b * BLOCK);
    const endOff = computeOffset(timeZone, (b + 1) * BLOCK - QUARTER);
    off = startOff === endOff ? startOff : NaN;
    if (zone.size > 50_000) zone.clear();
    zone.set(b, off);
  }
  if (!Number.isNaN(off)) return off;
  const qKey = -Math.floor(t / QUARTER) - 1;
  let q = zone.get(qKey);
  if (q === undefined) {
    q = computeOffset(timeZone, Math.floor(t / QUARTER) * QUARTER);
    zone.set(qKey, q);
  }
  return q;
}

export function toLocal(timeZone: string, t: number): number {
  return t + offsetAt(timeZone, t);
}

/** The UTC instant showing `local` on the zone's clock (in a DST gap, the instant just after it). */
export function fromLocal(timeZone: string, local: number): number {
  const guess = local - offsetAt(timeZone, local);
  return local - offsetAt(timeZone, guess);
}

/** Start of the local day containing local ms. */
export function localDayStart(local: number): number {
  return Math.floor(local / DAY) * DAY;
}

/** 0 = Sunday … 6 = Saturday, of a local ms. */
export function localWeekday(local: number): number {
  return new Date(local).getUTCDay();
}

/** "2026-11-23" of a local ms. */
export function localDateKey(local: number): string {
  return new Date(local).toISOString().slice(0, 10);
}

/** Monday of the local week containing local ms (weeks start on Monday, as in Brazilian calendars and ISO). */
export function localWeekStart(local: number): number {
  const day = localDayStart(local);
  return day - ((localWeekday(day) + 6) % 7) * DAY;
}

/** "HH:MM" → minutes after midnight; null when malformed. */
export function parseClock(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}
