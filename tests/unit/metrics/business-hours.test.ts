import { describe, expect, it } from 'vitest';
import { businessMsBetween, checkBusinessHours, withinBusinessTarget } from '../../../lib/metrics';
import type { BusinessHours } from '../../../storage/schema';
import { setLocale } from '../../../lib/i18n';

// Messages are checked in Portuguese, whatever the machine's language.
setLocale('pt-BR');

const SP: BusinessHours = { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const min = (n: number) => n * 60_000;
/** São Paulo is UTC-3 all year (no DST since 2019). */
const sp = (iso: string) => Date.parse(`${iso}-03:00`);

describe('business time', () => {
  it('runs the clock only inside business hours: Friday 17:50 to Monday 09:15 is 25 minutes', () => {
    const seen = sp('2026-11-20T17:50:00'); // Friday
    expect(businessMsBetween(seen, sp('2026-11-23T09:15:00'), SP)).toBe(min(25));
    expect(withinBusinessTarget(seen, sp('2026-11-23T09:15:00'), SP, 30)).toBe(true);
    expect(withinBusinessTarget(seen, sp('2026-11-23T09:25:00'), SP, 30)).toBe(false);
  });

  it('does not count weekends: seen on Saturday, answered Monday 09:20 is 20 minutes', () => {
    expect(businessMsBetween(sp('2026-11-21T10:00:00'), sp('2026-11-23T09:20:00'), SP)).toBe(min(20));
  });

  it('counts nothing before opening and after closing on a working day', () => {
    expect(businessMsBetween(sp('2026-11-23T06:00:00'), sp('2026-11-23T08:59:00'), SP)).toBe(0);
    expect(businessMsBetween(sp('2026-11-23T18:30:00'), sp('2026-11-23T23:00:00'), SP)).toBe(0);
    expect(businessMsBetween(sp('2026-11-23T08:00:00'), sp('2026-11-23T19:00:00'), SP)).toBe(min(9 * 60));
  });

  it('reads the wall clock of the configured zone, not of the machine', () => {
    const lisbon: BusinessHours = { ...SP, timeZone: 'Europe/Lisbon' }; // UTC+0 in November
    // 12:00 UTC is 09:00 in São Paulo (opening) but 12:00 in Lisbon (open for 3 hours already).
    const from = Date.parse('2026-11-23T12:00:00Z');
    const to = Date.parse('2026-11-23T12:30:00Z');
    expect(businessMsBetween(from, to, SP)).toBe(min(30));
    expect(businessMsBetween(Date.parse('2026-11-23T11:00:00Z'), to, SP)).toBe(min(30));
    expect(businessMsBetween(Date.parse('2026-11-23T11:00:00Z'), to, lisbon)).toBe(min(90));
  });

  it('handles overnight windows and a DST change', () => {
    const night: BusinessHours = { timeZone: 'America/Sao_Paulo', days: [1], start: '22:00', end: '06:00' };
    // Monday 22:00 → Tuesday 06:00 belongs to Monday.
    expect(businessMsBetween(sp('2026-11-23T21:00:00'), sp('2026-11-24T07:00:00'), night)).toBe(min(8 * 60));
    // New York leaves DST on Sunday 2026-11-01: a 24/7 schedule still counts real elapsed time.
    const ny: BusinessHours = { timeZone: 'America/New_York', days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '00:00' };
    const a = Date.parse('2026-11-01T00:00:00-04:00');
    const b = Date.parse('2026-11-02T00:00:00-05:00');
    expect(businessMsBetween(a, b, ny)).toBe(min(25 * 60));
  });

  it('stops walking once the limit is passed (long-ignored comments stay cheap)', () => {
    const from = sp('2025-01-01T10:00:00');
    const to = sp('2026-11-23T10:00:00');
    expect(businessMsBetween(from, to, SP, min(31))).toBeGreaterThan(min(30));
  });

  it('explains bad settings in Portuguese', () => {
    const problems = checkBusinessHours({ timeZone: 'Mars/Base', days: [], start: '25:00', end: '18:00' });
    expect(problems.map((p) => p.field)).toEqual(['timeZone', 'days', 'start']);
    expect(problems[0]!.message).toContain('Fuso horário desconhecido');
    expect(checkBusinessHours(SP)).toEqual([]);
  });
});
