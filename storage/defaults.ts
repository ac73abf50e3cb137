import type { BusinessHours } from './schema';

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: 'America/Sao_Paulo',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
};

/** Minutes to first response per channel: comments and chat within minutes, as the agencies' practice asks. */
export const DEFAULT_RESPONSE_TARGETS: Record<string, number> = {
  instagram: 30,
  facebook: 30,
  youtube: 120,
  blog: 240,
};
