import { afterEach, describe, expect, it } from 'vitest';
import { computeMetrics, lastDaysRange, metricsToCsv, weekRange, type MetricAction, type MetricComment, type MetricProject } from '../../../lib/metrics';
import type { BusinessHours } from '../../../storage/schema';
import { setLocale } from '../../../lib/i18n';

// Messages are checked in Portuguese, whatever the machine's language.
setLocale('pt-BR');

const SP_HOURS: BusinessHours = { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const DEFAULTS = { businessHours: SP_HOURS, responseTargets: { instagram: 30, facebook: 30, youtube: 120, blog: 240 } };
const sp = (iso: string) => Date.parse(`${iso}-03:00`);
const min = (n: number) => n * 60_000;

const projects: MetricProject[] = [
  { id: 'ana', expertName: 'Ana Lima', businessHours: SP_HOURS, responseTargets: { instagram: 30, youtube: 60 } },
  { id: 'bruno', expertName: '=Bruno', businessHours: SP_HOURS, responseTargets: { instagram: 10 } },
];

function comment(over: Partial<MetricComment>): MetricComment {
  return { site: 'instagram', label: 'praise', status: 'replied', firstSeenAt: sp('2026-11-23T10:00:00'), projectId: 'ana', ...over };
}

const comments: MetricComment[] = [
  // Friday 17:50, answered Monday 09:15: 25 business minutes, within Ana's 30-minute Instagram target.
  comment({ label: 'doubt', firstSeenAt: sp('2026-11-20T17:50:00'), firstActionAt: sp('2026-11-23T09:15:00') }),
  // Monday 10:00 → 10:45: late.
  comment({ label: 'hater', firstSeenAt: sp('2026-11-23T10:00:00'), firstActionAt: sp('2026-11-23T10:45:00'), status: 'hidden' }),
  // Monday 22:30 local is Tuesday 01:30 UTC: it belongs to Monday in São Paulo.
  comment({ label: 'praise', firstSeenAt: sp('2026-11-23T22:30:00'), status: 'new' }),
  // Still waiting since Tuesday 09:00; now is Tuesday 11:00 → past 30 minutes.
  comment({ label: 'complaint', firstSeenAt: sp('2026-11-24T09:00:00'), status: 'new' }),
  // YouTube, Bruno's project (no YouTube target → default 120).
  comment({ site: 'youtube', projectId: 'bruno', label: 'doubt', firstSeenAt: sp('2026-11-24T09:00:00'), firstActionAt: sp('2026-11-24T10:00:00') }),
];
const actions: MetricAction[] = [
  { kind: 'replied', at: sp('2026-11-23T09:15:00'), site: 'instagram', projectId: 'ana', templateId: 'tpl-1' },
  { kind: 'hidden', at: sp('2026-11-23T10:45:00'), site: 'instagram', projectId: 'ana' },
  { kind: 'replied', at: sp('2026-11-24T10:00:00'), site: 'youtube', projectId: 'bruno' },
  { kind: 'moved_to_dm', at: sp('2026-11-24T10:05:00'), site: 'youtube', projectId: 'bruno' },
  { kind: 'print_saved', at: sp('2026-11-24T10:06:00'), site: 'instagram', projectId: 'ana' },
  { kind: 'labelled', at: sp('2026-11-24T10:07:00'), site: 'instagram', projectId: 'ana' },
];
const NOW = sp('2026-11-24T11:00:00');

function report(over: Partial<Parameters<typeof computeMetrics>[3]> = {}) {
  return computeMetrics(comments, actions, projects, {
    from: sp('2026-11-20T00:00:00'),
    to: sp('2026-11-25T00:00:00'),
    granularity: 'day',
    timeZone: 'America/Sao_Paulo',
    now: NOW,
    ...over,
  }, DEFAULTS);
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('computeMetrics', () => {
  it('lists every day of the range, empty days with zeros', () => {
    const r = report();
    expect(r.periods.map((p) => p.key)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    const saturday = r.periods[1]!;
    expect(saturday.seenTotal).toBe(0);
    expect(saturday.replied).toBe(0);
    expect(saturday.response).toEqual({ samples: 0, medianMs: null, p90Ms: null, withinTarget: 0, lateResponses: 0, pendingOverdue: 0, withinShare: null });
    expect(saturday.start).toBe(sp('2026-11-21T00:00:00'));
  });

  it('buckets by the local day of the zone', () => {
    const r = report();
    const monday = r.periods[3]!;
    expect(monday.seen.hater).toBe(1);
    expect(monday.seen.praise).toBe(1); // 22:30 local, already Tuesday in UTC
    expect(r.periods[4]!.seen.praise).toBe(0);
  });

  it('counts actions: replies with a template, DMs, hidden, prints', () => {
    const { total } = report();
    expect(total).toMatchObject({ replied: 2, repliedWithTemplate: 1, movedToDm: 1, hidden: 1, printsSaved: 1, seenTotal: 5 });
  });

  it('measures first response on the wall clock and the target in business hours', () => {
    const { total, byProject, bySite } = report();
    // Samples: 3 days 15m (Fri→Mon), 45m, 60m.
    expect(total.response.samples).toBe(3);
    expect(total.response.medianMs).toBe(min(60));
    expect(total.response.p90Ms).toBe(min(3 * 24 * 60 - 8 * 60 - 35));
    // Within: Fri→Mon (25 business min ≤ 30) and YouTube 60 ≤ 120; late: 45 > 30; overdue: the complaint and the Monday-night praise (09:00–11:00 on Tuesday).
    expect(total.response).toMatchObject({ withinTarget: 2, lateResponses: 1, pendingOverdue: 2 });
    expect(total.response.withinShare).toBeCloseTo(2 / 5);
    expect(byProject.map((p) => [p.name, p.seenTotal])).toEqual([['=Bruno', 1], ['Ana Lima', 4]]);
    expect(bySite.map((s) => s.key)).toEqual(['instagram', 'youtube']);
  });

  it('filters by expert and by site', () => {
    expect(report({ projectId: 'bruno' }).total.seenTotal).toBe(1);
    expect(report({ site: 'instagram' }).total).toMatchObject({ seenTotal: 4, replied: 1, movedToDm: 0 });
  });

  it('groups weeks from Monday', () => {
    const r = report({ granularity: 'week' });
    expect(r.periods.map((p) => p.key)).toEqual(['2026-11-16', '2026-11-23']);
    expect(r.periods[0]!.seenTotal).toBe(1);
    expect(r.periods[1]!.seenTotal).toBe(4);
  });

  it('gives the same figures on a UTC machine and on a São Paulo machine', () => {
    process.env.TZ = 'UTC';
    const utc = JSON.stringify(report());
    process.env.TZ = 'America/Sao_Paulo';
    const saoPaulo = JSON.stringify(report());
    process.env.TZ = 'Asia/Tokyo';
    expect(JSON.stringify(report())).toBe(utc);
    expect(saoPaulo).toBe(utc);
  });

  it('falls back to São Paulo for an unknown zone, and says so', () => {
    const r = report({ timeZone: 'Nowhere/City' });
    expect(r.notes[0]).toContain('Nowhere/City');
    expect(r.periods).toHaveLength(5);
  });

  it('builds day and week ranges in the zone', () => {
    expect(lastDaysRange(NOW, 7, 'America/Sao_Paulo')).toEqual({ from: sp('2026-11-18T00:00:00'), to: sp('2026-11-25T00:00:00') });
    expect(weekRange(NOW, 1, 'America/Sao_Paulo')).toEqual({ from: sp('2026-11-16T00:00:00'), to: sp('2026-11-23T00:00:00') });
  });
});

describe('metricsToCsv', () => {
  it('writes a pt-BR spreadsheet: BOM, ";" separators, decimal comma, formulas neutralised', () => {
    const csv = metricsToCsv(report(), { locale: 'pt-BR' });
    expect(csv.startsWith('\uFEFFgrupo;item;comentários: Hater')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 5 + 2 + 2 + 1);
    expect(lines[1]).toMatch(/^dia;2026-11-20;/);
    expect(lines.find((l) => l.startsWith('especialista;\'=Bruno;'))).toBeDefined();
    const totalRow = lines.at(-1)!.split(';');
    expect(totalRow[0]).toBe('total');
    expect(totalRow.at(-1)).toBe('40,0');
  });

  it('writes English CSV with "," and "."', () => {
    const csv = metricsToCsv(report(), { locale: 'en' });
    expect(csv).toContain('group,item,comments: Hater');
    expect(csv.trim().split('\r\n').at(-1)!.endsWith(',40.0')).toBe(true);
  });
});
