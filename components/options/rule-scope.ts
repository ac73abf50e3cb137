import { SITE_NAMES, type Site } from '../../lib/domain';
import { tr } from '../../lib/i18n';
import type { ProjectRecord } from '../../storage/schema';

/** Where a rule applies, as the team-rules section says it: "YouTube · Ana Souza", "todos os sites · todos os perfis". */
export function scopeOf(scope: { site?: Site; projectId?: string }, projects: readonly ProjectRecord[]): string {
  const site = scope.site ? SITE_NAMES[scope.site] : tr('todos os sites', 'every site');
  if (scope.projectId === undefined) return `${site} · ${tr('todos os perfis', 'every profile')}`;
  const expert = projects.find((p) => p.id === scope.projectId)?.expertName;
  return `${site} · ${expert ?? tr('perfil removido', 'removed profile')}`;
}
