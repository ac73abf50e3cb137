import { useEffect, useState } from 'react';
import { tr } from '../../lib/i18n';
import { commentsForRulePreview } from '../../storage/stored-rule-labels';

/*
 * The latest stored comments the team-rules section reads (a rule's preview, the repeat offenders): enough to show
 * real examples without holding up typing, read once per visit of the options page, since rules are written
 * against what is stored, not what arrives meanwhile.
 */

export const STORED_SAMPLE = 5_000;
export type StoredSample = Awaited<ReturnType<typeof commentsForRulePreview>>;

let sample: Promise<StoredSample> | undefined;

/** The sample, once read (undefined before, and when it could not be read: both sections then stay out of the way). */
export function useStoredSample(): StoredSample | undefined {
  const [rows, setRows] = useState<StoredSample>();
  useEffect(() => {
    let live = true;
    (sample ??= commentsForRulePreview(STORED_SAMPLE)).then(
      (read) => live && setRows(read),
      (error: unknown) => console.warn('[Ronda] stored comments unavailable for the rules section:', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return rows;
}

/** "dos 5.000 comentários guardados mais recentes", or "dos 12 comentários guardados" when fewer are stored. */
export function sampleScope(rows: StoredSample): string {
  return rows.length === STORED_SAMPLE
    ? tr(`dos ${STORED_SAMPLE.toLocaleString('pt-BR')} comentários guardados mais recentes`, `of the latest ${STORED_SAMPLE.toLocaleString('en')} stored comments`)
    : tr(`dos ${rows.length} comentários guardados`, `of the ${rows.length} stored comments`);
}
