import type { ProjectRecord } from '../../storage/schema';

/** The name a profile has until someone fills it in: the profile a fresh install creates, or "Novo perfil". */
export const PLACEHOLDER_EXPERT = 'Especialista';

/** A profile still holding the placeholder name: replies would sign for nobody, so the UI asks to fill it. */
export function isProfileIncomplete(project: Pick<ProjectRecord, 'expertName'>): boolean {
  return project.expertName === PLACEHOLDER_EXPERT;
}
