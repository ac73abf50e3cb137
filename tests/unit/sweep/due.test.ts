import { describe, expect, it } from 'vitest';
import { countByItem, nextItem, orderForSweep, type ServiceRules } from '../../../lib/sweep';
import type { SweepItem } from '../../../storage/schema';

const sp = (iso: string) => Date.parse(`${iso}-03:00`);
const RULES: ServiceRules = {
  businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  responseTargets: { instagram: 30, youtube: 120, blog: 240 },
};
const item = (id: string, over: Partial<SweepItem>): SweepItem => ({
  id,
  projectId: 'ana',
  url: `https://www.instagram.com/p/${id}/`,
  site: 'instagram',
  addedAt: sp('2026-11-20T09:00:00'),
  ...over,
});

describe('sweep order', () => {
  const now = sp('2026-11-23T10:00:00'); // Monday
  const items = [
    item('ok', { lastSweptAt: sp('2026-11-23T09:50:00') }), // 10 of 30 min: due in 20
    item('yt', { site: 'youtube', url: 'https://www.youtube.com/watch?v=yt', lastSweptAt: sp('2026-11-23T09:00:00') }), // 60 of 120
    item('late', { lastSweptAt: sp('2026-11-20T17:00:00') }), // Fri 17:00 → 60 business min: 2× target
    item('bit-late', { lastSweptAt: sp('2026-11-23T09:20:00') }), // 40 of 30
    item('never', {}),
  ];

  it('puts never-swept and past-target items first, most overdue first, then the soonest due', () => {
    const order = orderForSweep(items, RULES, now);
    expect(order.map((d) => d.item.id)).toEqual(['never', 'late', 'bit-late', 'ok', 'yt']);
    expect(order.map((d) => d.overdue)).toEqual([true, true, true, false, false]);
    expect(order[3]!.dueInMs).toBe(20 * 60_000);
  });

  it('does not run the clock over the weekend', () => {
    const friday = item('fri', { lastSweptAt: sp('2026-11-20T17:50:00') });
    const [info] = orderForSweep([friday], RULES, sp('2026-11-23T09:15:00'));
    expect(info!.elapsedMs).toBe(25 * 60_000);
    expect(info!.overdue).toBe(false);
  });

  it('"Próximo" skips the page being looked at, and offers the soonest item when nothing is due', () => {
    const order = orderForSweep(items, RULES, now);
    expect(nextItem(order, 'https://www.instagram.com/p/never/')!.item.id).toBe('late');
    const calm = orderForSweep([items[0]!, items[1]!], RULES, now);
    expect(nextItem(calm)!.item.id).toBe('ok');
    expect(nextItem([], undefined)).toBeNull();
  });
});

describe('counts per item', () => {
  it('counts comments new since the last sweep and still pending, per class', () => {
    const a = item('a', { lastSweptAt: 1_000 });
    const b = item('b', {});
    const counts = countByItem([a, b], [
      { postUrl: a.url, label: 'hater', status: 'new', firstSeenAt: 2_000 },
      { postUrl: a.url, label: 'praise', status: 'replied', firstSeenAt: 3_000 },
      { postUrl: a.url, label: 'doubt', status: 'new', firstSeenAt: 500 },
      { postUrl: b.url, label: 'doubt', status: 'hidden', firstSeenAt: 10 },
      { postUrl: 'https://elsewhere.example/', label: 'doubt', status: 'new', firstSeenAt: 10 },
    ]);
    expect(counts.get('a')).toMatchObject({ freshTotal: 2, pendingTotal: 2 });
    expect(counts.get('a')!.fresh).toMatchObject({ hater: 1, praise: 1, doubt: 0 });
    expect(counts.get('a')!.pending).toMatchObject({ hater: 1, doubt: 1, praise: 0 });
    expect(counts.get('b')).toMatchObject({ freshTotal: 1, pendingTotal: 0 });
  });
});
