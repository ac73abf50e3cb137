import { tr } from '../../lib/i18n';

/** "há 5 min", "há 3 h", "há 2 dias" (and English), for last-swept times. */
export function ago(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  if (m < 1) return tr('agora', 'just now');
  if (m < 60) return tr(`há ${m} min`, `${m} min ago`);
  const h = Math.round(m / 60);
  if (h < 48) return tr(`há ${h} h`, `${h} h ago`);
  const d = Math.round(h / 24);
  return tr(`há ${d} dias`, `${d} days ago`);
}

/** Business-time durations: "25 min", "3 h 10 min". */
export function duration(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** A URL short enough for a 360 px panel: host + path, no scheme or trailing slash. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
  } catch {
    return url;
  }
}
