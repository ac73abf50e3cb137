import { CLASSIFIER_REVISION } from '../classifier/revision';
import { getSetting, setSetting } from '../storage/settings';
import { reclassifyStoredComments } from '../storage/stored-model-labels';

/*
 * When the worker starts under a classifier revision the stored comments have not all been judged by (a release,
 * or a pass the worker was stopped in), it judges them again in the background. Pages judge what they show as
 * before; this is for the posts nobody has open.
 */

let running: Promise<number> | null = null;

/** Resolves with how many stored comments changed label (0 when they were already this revision's). */
export function followClassifierRevision(): Promise<number> {
  running ??= (async () => {
    try {
      if ((await getSetting('labelsRevision')) === CLASSIFIER_REVISION) return 0;
      const { judged, relabelled } = await reclassifyStoredComments();
      await setSetting('labelsRevisionReport', { revision: CLASSIFIER_REVISION, at: Date.now(), judged, relabelled });
      await setSetting('labelsRevision', CLASSIFIER_REVISION);
      return relabelled;
    } catch (error: unknown) {
      console.warn('[Ronda] stored comments could not be judged again by this release:', error);
      return 0;
    } finally {
      running = null;
    }
  })();
  return running;
}
