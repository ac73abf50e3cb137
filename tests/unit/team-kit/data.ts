import type { ProjectRecord } from '../../../storage/schema';

/** A filled-in expert profile, as staff save one. */
export function profile(id: string, expertName: string, over: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id,
    expertName,
    supportSignature: `Equipe de Suporte do ${expertName}`,
    links: { checkout: 'https://pay.exemplo.com.br/turbo' },
    whatsapp: '11999990000',
    businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'America/Sao_Paulo' },
    responseTargets: { instagram: 60 },
    createdAt: 1,
    ...over,
  };
}
