import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../lib/error-text';
import { count, tr } from '../../lib/i18n';
import type { InvalidRow } from '../../storage/validate';
import { planCounts } from '../import-counts';

/*
 * The parts the options page's shared lists (corrections, team rules) have in common besides the list itself:
 * a file to import and export (../file-buttons.tsx), the line that says what happened (with its undo), and the rows
 * set aside.
 */

export function StatusLine({ kind, text, busy, onUndo, testId }: { kind: 'ok' | 'error'; text: string; busy: boolean; onUndo?: () => void; testId: string }) {
  if (!text) return null;
  return (
    <p className={kind === 'error' ? 'error' : 'health'} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {text}{' '}
      {onUndo && (
        <button type="button" className="btn" disabled={busy} onClick={onUndo}>
          {tr('Desfazer', 'Undo')}
        </button>
      )}
    </p>
  );
}

/** Stored rows that failed their schema: named with the reason, so staff know what is not applied. */
export function DamagedRows({ invalid, what, fate }: { invalid: readonly InvalidRow[]; what: [pt: [string, string], en: [string, string]]; fate: string }) {
  if (invalid.length === 0) return null;
  return (
    <p className="error" role="alert">
      {count(invalid.length, what[0], what[1])}
      {fate}
      {invalid.map((i) => `${i.where} (${i.problems.join('; ')})`).join(', ')}
    </p>
  );
}

/** "Importado: 2 novas, 1 atualizada, 3 mantidas (…)." — `kept` says why a row here was kept over the file's. */
export function importSummary(plan: { added: number; updated: number; keptLocal: number }, kept: string): string {
  return tr('Importado: ', 'Imported: ') + planCounts(plan, { feminine: true, kept }) + '.';
}

export interface StatusMessage {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * A section over stored rows: loads them once (a late answer after the section is gone is dropped), and runs each
 * change as one step that reloads the rows and says what happened, or that nothing changed and why.
 */
export function useStoredRows<L, M extends StatusMessage>(load: () => Promise<L>, apply: (loaded: L) => void) {
  const [message, setMessage] = useState<M>();

  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => apply(await load()), [load, apply]);

  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && apply(loaded),
      (e: unknown) => live && setMessage(errorMessage<M>(errorText(e))),
    );
    return () => {
      live = false;
    };
  }, [load, apply]);

  const act = async (action: () => Promise<M>) => {
    setBusy(true);
    try {
      const next = await action();
      await reload();
      setMessage(next);
    } catch (e) {
      setMessage(errorMessage<M>(tr('Nada foi alterado: ', 'Nothing was changed: ') + errorText(e)));
    } finally {
      setBusy(false);
    }
  };
  return { message, busy, act, reload };
}

/** The sections' messages add only optional parts (an undo) to a plain one, so an error is one of them. */
function errorMessage<M extends StatusMessage>(text: string): M {
  return { kind: 'error', text } as M;
}
