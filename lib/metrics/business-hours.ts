import type { BusinessHours } from '../../storage/schema';
import { tr } from '../i18n';
import { DAY, fromLocal, isValidTimeZone, localDayStart, localWeekday, MINUTE, parseClock, toLocal } from './zone';

/** Spans longer than this are not walked day by day: the clock is certainly past any target by then. */
const MAX_DAYS = 400;

export interface HoursProblem {
  field: 'timeZone' | 'days' | 'start' | 'end';
  message: string;
}

/** What is wrong with a business-hours setting, in pt-BR, for the options page. Empty when it is usable. */
export function checkBusinessHours(hours: BusinessHours): HoursProblem[] {
  const problems: HoursProblem[] = [];
  if (!isValidTimeZone(hours.timeZone)) {
    problems.push({ field: 'timeZone', message: tr(`Fuso horário desconhecido: "${hours.timeZone}" (ex.: America/Sao_Paulo).`, `Unknown time zone: "${hours.timeZone}" (e.g. America/Sao_Paulo).`) });
  }
  if (hours.days.length === 0) problems.push({ field: 'days', message: tr('Escolha ao menos um dia de atendimento.', 'Pick at least one working day.') });
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  if (start === null) problems.push({ field: 'start', message: tr(`Hora de início inválida: "${hours.start}".`, `Invalid opening time: "${hours.start}".`) });
  if (end === null) problems.push({ field: 'end', message: tr(`Hora de fim inválida: "${hours.end}".`, `Invalid closing time: "${hours.end}".`) });
  return problems;
}

/**
 * Milliseconds of business time between two instants: the clock runs only on the configured days between start
 * and end, on the zone's wall clock. A window whose end is not after its start runs overnight (22:00–06:00
 * belongs to the day it starts on); start equal to end is the whole day. No days configured means the clock
 * always runs (a team without set hours is measured on the wall clock).
 * `stopAfter` ends the walk early once that much business time is reached (for "within target?" questions).
 */
export function businessMsBetween(from: number, to: number, hours: BusinessHours, stopAfter = Infinity): number {
  if (!(to > from)) return 0;
  const schedule = compile(hours);
  if (!schedule) return to - from;
  const { tz } = schedule;
  const firstDay = localDayStart(toLocal(tz, from)) - DAY; // an overnight window may start the day before
  const lastDay = Math.min(localDayStart(toLocal(tz, to)), firstDay + MAX_DAYS * DAY);
  let total = 0;
  for (let day = firstDay; day <= lastDay; day += DAY) {
    const window = schedule.window(day);
    if (!window) continue;
    const overlap = Math.min(to, window[1]) - Math.max(from, window[0]);
    if (overlap > 0) total += overlap;
    if (total >= stopAfter) return total;
  }
  return total;
}

interface Schedule {
  tz: string;
  /** The UTC [start, end) of the business window opening on a local day; null on a day off. */
  window(localDay: number): readonly [number, number] | null;
}

/*
 * Metrics ask this for every comment of a period (100,000 and more), with a handful of distinct settings:
 * each setting is compiled once and its windows are memoised per local day.
 */
const compiled = new WeakMap<BusinessHours, Schedule | null>();

function compile(hours: BusinessHours): Schedule | null {
  if (compiled.has(hours)) return compiled.get(hours)!;
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  let schedule: Schedule | null = null;
  if (hours.days.length > 0 && start !== null && end !== null && isValidTimeZone(hours.timeZone)) {
    const tz = hours.timeZone;
    const days = new Set(hours.days);
    const windowEnd = end > start ? end : end + 24 * 60;
    const windows = new Map<number, readonly [number, number] | null>();
    schedule = {
      tz,
      window(day) {
        let w = windows.get(day);
        if (w === undefined) {
          w = days.has(localWeekday(day)) ? [fromLocal(tz, day + start * MINUTE), fromLocal(tz, day + windowEnd * MINUTE)] : null;
          if (windows.size > 20_000) windows.clear();
          windows.set(day, w);
        }
        return w;
      },
    };
  }
  compiled.set(hours, schedule);
  return schedule;
}

/** True when the response came within `targetMinutes` of business time. */
export function withinBusinessTarget(from: number, to: number, hours: BusinessHours, targetMinutes: number): boolean {
  const limit = targetMinutes * MINUTE;
  return businessMsBetween(from, to, hours, limit + 1) <= limit;
}
