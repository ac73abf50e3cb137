import type { Transaction } from 'dexie';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RESPONSE_TARGETS } from '../defaults';

/**
 * v1 kept a single expert profile in settings('expertProfile'). Agencies run several experts at once, so v2
 * moves that profile into the `projects` table as the first project, makes it the active one, and stamps the
 * comments, prints and actions already stored with it (so per-expert metrics include the old data).
 */
export async function migrateV1ToV2(tx: Transaction): Promise<void> {
  const old = await tx.table('settings').get('expertProfile');
  const profile = (old?.value ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const expertName = str(profile.expertName) ?? 'Especialista';
  const id = 'default';
  await tx.table('projects').put({
    id,
    expertName,
    supportSignature: str(profile.supportSignature) ?? `Equipe de Suporte ${expertName}`,
    links: {
      produto: str(profile.productUrl),
      checkout: str(profile.checkoutUrl),
      suporte: str(profile.supportUrl),
    },
    whatsapp: str(profile.whatsapp),
    email: str(profile.email),
    businessHours: DEFAULT_BUSINESS_HOURS,
    responseTargets: DEFAULT_RESPONSE_TARGETS,
    createdAt: Date.now(),
  });
  await tx.table('settings').put({ key: 'activeProjectId', value: id });
  if (old) await tx.table('settings').delete('expertProfile');
  for (const table of ['comments', 'prints', 'actions']) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: { projectId?: string }) => {
        row.projectId ??= id;
      });
  }
}
