import { broadcastToTabs } from '../messaging/client';
import { getSetting, setSetting } from '../storage/settings';
import { applyTeamRulesToStoredComments } from '../storage/stored-rule-labels';

/*
 * After any change of the team's rules (options page, side panel, a badge): open pages classify again at once, and
 * the stored comments of every post follow in the background. The pass is marked pending before it starts, so a
 * worker Chrome stops half way finishes it when it next wakes.
 */

let running: Promise<number> | null = null;
let again = false;

/** Runs the stored pass, once more if rules changed while it ran; resolves with how many comments changed. */
function relabelStored(): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let changed = 0;
    try {
      do {
        again = false;
        await setSetting('storedRulesPending', true);
        changed += (await applyTeamRulesToStoredComments()).changed;
      } while (again);
      await setSetting('storedRulesPending', false);
      return changed;
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Tells open pages, then brings the stored comments in line. */
export async function teamRulesChanged(): Promise<{ pages: number; stored: number }> {
  const pages = await broadcastToTabs('cs.memory.reload', { forgotten: [] }).catch(() => 0);
  return { pages, stored: await relabelStored() };
}

/** A pass the worker was stopped in the middle of goes on. */
export function resumeStoredRulePass(): void {
  void getSetting('storedRulesPending')
    .then((pending) => (pending ? relabelStored() : 0))
    .catch((error: unknown) => console.warn('[Ronda] stored comments could not follow the rules:', error));
}
