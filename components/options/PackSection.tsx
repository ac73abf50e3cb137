import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import type { PackStatusInfo } from '../../messaging/protocol';
import { parsePack } from '../../sites/pack';
import { ACTIVE_PACK_KEY, resolveActivePack } from '../../storage/packs';
import { errorText } from '../../lib/error-text';

const ORIGIN = {
  builtin: { pt: 'embutido na extensão', en: 'built into the extension' },
  file: { pt: 'importado de arquivo', en: 'imported from a file' },
  drive: { pt: 'da pasta da equipe no Drive', en: "from the team's Drive folder" },
} as const;

/** A stored pack can pass the background's check but hold a CSS selector that only a DOM rejects (checked here). */
async function domProblem(): Promise<string | undefined> {
  const stored = await browser.storage.local.get(ACTIVE_PACK_KEY);
  return resolveActivePack(stored[ACTIVE_PACK_KEY]).problem;
}

/**
 * Selector packs: which one is active, importing a newer one from a file, and going back to the built-in pack.
 * A pack is data (selectors, patterns, texts), never code; a refused pack leaves the active one in place.
 */
export function PackSection() {
  const [status, setStatus] = useState<PackStatusInfo>();
  const [problem, setProblem] = useState<string>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [nextStatus, nextProblem] = await Promise.all([sendToBackground('bg.pack.status', {}), domProblem()]);
      setStatus(nextStatus);
      setProblem(nextProblem);
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  }, []);

  useEffect(() => {
    let live = true;
    Promise.all([sendToBackground('bg.pack.status', {}), domProblem()]).then(
      ([nextStatus, nextProblem]) => {
        if (!live) return;
        setStatus(nextStatus);
        setProblem(nextProblem);
      },
      (e: unknown) => live && setMessage({ kind: 'error', text: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text();
      // Checked here first: this page has a DOM, so CSS selectors are checked too (the service worker has none).
      const local = parsePack(text);
      if (!local.ok) {
        setMessage({ kind: 'error', text: `${file.name}: ${local.error}. ${tr(`O pacote ${status?.version ?? ''} continua ativo.`, `Pack ${status?.version ?? ''} stays active.`)}` });
        return;
      }
      const result = await sendToBackground('bg.pack.import', { text, source: 'file', name: file.name.slice(0, 300) });
      setMessage(
        result.outcome === 'accepted'
          ? {
              kind: 'ok',
              text: tr(
                `Pacote ${result.version} ativo (antes: ${result.previousVersion}). As páginas abertas já passam a usá-lo.`,
                `Pack ${result.version} active (was ${result.previousVersion}). Open pages switch to it now.`,
              ),
            }
          : { kind: 'ok', text: tr(`O pacote ${result.version} já está ativo.`, `Pack ${result.version} is already active.`) },
      );
    } catch (err) {
      setMessage({ kind: 'error', text: `${file.name}: ${errorText(err)}` });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      const next = await sendToBackground('bg.pack.reset', {});
      setMessage({ kind: 'ok', text: tr(`De volta ao pacote embutido ${next.version}.`, `Back to the built-in pack ${next.version}.`) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  return (
    <section aria-labelledby="pack-title" className="editor" style={{ maxWidth: 640, padding: '0 12px' }}>
      <h2 id="pack-title">{tr('Pacote de seletores', 'Selector pack')}</h2>
      <p className="health">
        {tr(
          'Quando Instagram, Facebook, YouTube ou um blog mudam o HTML, um pacote novo (arquivo JSON da equipe) corrige a leitura dos comentários sem atualizar a extensão. O pacote é só dados: nenhum código é baixado.',
          'When Instagram, Facebook, YouTube or a blog change their HTML, a new pack (a JSON file from the team) fixes comment reading without an extension update. A pack is data only: no code is downloaded.',
        )}
      </p>
      {status && (
        <p data-testid="pack-status">
          <strong>{tr('Ativo:', 'Active:')}</strong> {status.version} — {tr(ORIGIN[status.origin].pt, ORIGIN[status.origin].en)}
          {status.name ? ` (${status.name})` : ''}
          {status.acceptedAt ? ` · ${new Date(status.acceptedAt).toLocaleString()}` : ''}
          {status.origin !== 'builtin' && ` · ${tr('embutido', 'built-in')}: ${status.builtinVersion}`}
        </p>
      )}
      {(problem ?? status?.problem) && <p className="warn">{problem ?? status?.problem}</p>}
      {status?.lastRefusal && (
        <p className="warn" data-testid="pack-refusal">
          {tr('Último pacote recusado', 'Last refused pack')} ({status.lastRefusal.name ?? tr(ORIGIN[status.lastRefusal.source].pt, ORIGIN[status.lastRefusal.source].en)},{' '}
          {new Date(status.lastRefusal.at).toLocaleString()}): {status.lastRefusal.error}
        </p>
      )}
      <div className="row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <label className="btn primary" aria-disabled={busy}>
          {tr('Importar pacote (.json)…', 'Import pack (.json)…')}
          <input type="file" accept=".json,application/json" className="visually-hidden" disabled={busy} onChange={(e) => void onFile(e)} data-testid="pack-file" />
        </label>
        {status && status.origin !== 'builtin' && (
          <button type="button" className="btn" disabled={busy} onClick={() => void reset()}>
            {tr('Voltar ao pacote embutido', 'Back to the built-in pack')}
          </button>
        )}
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'warn' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="pack-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
