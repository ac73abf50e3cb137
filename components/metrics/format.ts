import { SITE_NAMES as DOMAIN_SITE_NAMES } from '../../lib/domain';
import { tr } from '../../lib/i18n';

export const LABEL_COLORS = {
  hater: '#b42318',
  complaint: '#b54708',
  purchase_intent: '#6941c6',
  doubt: '#175cd3',
  praise: '#067647',
  venting: '#475467',
  neutral: '#98a2b3',
} as const;

/** Report rows are keyed by plain strings: a key that is not a site shows as itself. */
export const SITE_NAMES: Partial<Record<string, string>> = DOMAIN_SITE_NAMES;

/** Minutes or hours for a first-response time; "—" when there were no answers. */
export function responseTime(ms: number | null): string {
  if (ms === null) return '—';
  const m = ms / 60_000;
  if (m < 1) return tr('< 1 min', '< 1 min');
  if (m < 90) return `${Math.round(m)} min`;
  const h = m / 60;
  if (h < 48) return `${h.toFixed(1).replace('.', tr(',', '.'))} h`;
  return tr(`${Math.round(h / 24)} dias`, `${Math.round(h / 24)} days`);
}

export function share(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/** "23/11" or "semana de 16/11" for a period key "2026-11-23". */
export function periodLabel(key: string, week: boolean): string {
  const [, m, d] = key.split('-');
  const day = tr(`${d}/${m}`, `${m}/${d}`);
  return week ? tr(`sem. ${day}`, `wk ${day}`) : day;
}
