import { liveQuery } from 'dexie';
import { getDb, type RondaDB } from './db';

/**
 * Calls `onChange` after the reply templates, the expert profiles, the team's rules, the active profile or who is using Ronda change,
 * wherever the change was written: the options page (a profile switched or edited, a template approved, a team kit),
 * another panel, or the service worker (the shared library and rules pulled from Drive). A page that holds them in memory, as
 * the side panel does, would otherwise sign replies for the expert it loaded first. Dexie's live queries hear the
 * writes of every context of the extension's origin. A live query rather than the table-wide 'storagemutated'
 * check the gallery and the Drive loop use: it follows two keys of the settings table only, which the Drive state
 * and the rules' pass write to all the time. Returns the unsubscribe.
 */
export function watchLibrary(onChange: () => void, db: RondaDB = getDb()): () => void {
  let first = true;
  const subscription = liveQuery(() =>
    Promise.all([db.templates.toArray(), db.projects.toArray(), db.teamRules.toArray(), db.settings.bulkGet(['user', 'activeProjectId'])]),
  ).subscribe({
    next: () => {
      // The first answer is the state the page has just loaded by itself.
      if (first) first = false;
      else onChange();
    },
    error: (error: unknown) => console.warn('[Ronda] the template library is not followed live:', error),
  });
  return () => subscription.unsubscribe();
}
