import { useEffect, useState } from 'react';
import { tr } from '../../lib/i18n';
import { DEFAULT_ROOT_FOLDER_NAME } from '../../lib/drive/naming';
import type { DriveStatus } from '../../lib/drive/state';
import { sendToBackground } from '../../messaging/client';
import { errorText } from '../../lib/error-text';

const KIND_HINT: Record<string, { pt: string; en: string }> = {
  auth: { pt: 'Entre de novo com sua conta Google.', en: 'Sign in with your Google account again.' },
  scope: { pt: 'Entre de novo e autorize o acesso ao Drive; depois clique em "Tentar de novo".', en: 'Sign in again and allow Drive access; then click "Try again".' },
  network: { pt: 'Sem conexão: o Ronda tenta de novo sozinho quando a rede voltar.', en: 'Offline: Ronda retries by itself when the network is back.' },
  rate: { pt: 'O Google pediu uma pausa: o Ronda tenta de novo sozinho.', en: 'Google asked for a pause: Ronda retries by itself.' },
  server: { pt: 'Erro passageiro do Google: o Ronda tenta de novo sozinho.', en: 'Transient Google error: Ronda retries by itself.' },
};

function when(at: number | undefined): string {
  return at ? new Date(at).toLocaleString() : tr('nunca', 'never');
}

/**
 * Google Drive: sign in/out, the acervo folder (created or chosen among those Ronda can see), and the sync
 * status — pending uploads, last sync, errors with "tentar de novo", conflicts and files Ronda refused.
 */
export function DriveSection() {
  const [status, setStatus] = useState<DriveStatus>();
  const [folders, setFolders] = useState<{ id: string; name: string }[]>();
  const [folderName, setFolderName] = useState(DEFAULT_ROOT_FOLDER_NAME);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    const load = () =>
      sendToBackground('bg.drive.status', {}).then(
        (next) => alive && setStatus(next),
        (e: unknown) => alive && setMessage({ kind: 'error', text: errorText(e) }),
      );
    void load();
    // Uploads progress in the background: keep the counters honest while the page is open.
    const timer = setInterval(() => void load(), 3_000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const act = async (work: () => Promise<DriveStatus | void>, done?: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const next = await work();
      if (next) setStatus(next);
      if (done) setMessage({ kind: 'ok', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const loadFolders = () =>
    act(async () => {
      setFolders((await sendToBackground('bg.drive.folders', {})).folders);
    });

  if (!status) {
    return (
      <section aria-labelledby="drive-title" className="editor" style={{ maxWidth: 640, padding: '0 12px' }}>
        <h2 id="drive-title">Google Drive</h2>
        {message && <p className="warn" role="alert">{message.text}</p>}
      </section>
    );
  }

  const hint = status.lastError ? KIND_HINT[status.lastError.kind] : undefined;
  return (
    <section aria-labelledby="drive-title" className="editor" style={{ maxWidth: 640, padding: '0 12px' }} data-testid="drive-section">
      <h2 id="drive-title">Google Drive</h2>
      <p className="health">
        {tr(
          'O acervo de prints, a biblioteca de respostas e as regras da equipe vão para uma pasta do Drive da agência, com uma subpasta por especialista. A equipe vê os prints no Drive e no Ronda de cada um, e uma regra que alguém cria (um troll marcado) vale para todos. O Ronda só acessa os arquivos que ele mesmo criou (permissão drive.file).',
          "The print collection, the reply library and the team rules go to a folder in the agency's Drive, one subfolder per expert. The team sees the prints in Drive and in everyone's Ronda, and a rule someone makes (a troll marked) holds for everyone. Ronda only touches files it created (drive.file permission).",
        )}
      </p>

      {!status.configured && (
        <p className="warn" data-testid="drive-not-configured">
          {tr(
            'O Google Drive não está ativado nesta instalação do Ronda. Peça ao responsável técnico da agência a versão com o Drive.',
            'Google Drive is not enabled in this Ronda installation. Ask your agency’s technical contact for the version with Drive.',
          )}
        </p>
      )}

      {status.configured && !status.signedIn && (
        <button type="button" className="btn primary" disabled={busy} onClick={() => void act(() => sendToBackground('bg.drive.signIn', {}))} data-testid="drive-sign-in">
          {tr('Entrar com Google', 'Sign in with Google')}
        </button>
      )}

      {status.signedIn && (
        <>
          <div className="row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <span>{tr('Conectado ao Google Drive.', 'Connected to Google Drive.')}</span>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void act(() => sendToBackground('bg.drive.signOut', {}), tr('Você saiu; o acesso do Ronda ao Drive foi revogado.', "Signed out; Ronda's Drive access was revoked."))}
            >
              {tr('Sair', 'Sign out')}
            </button>
          </div>

          <h3>{tr('Pasta do acervo', 'Collection folder')}</h3>
          {status.rootFolderId ? (
            <p data-testid="drive-root">
              {status.rootFolderName ?? status.rootFolderId}{' '}
              <a href={`https://drive.google.com/drive/folders/${encodeURIComponent(status.rootFolderId)}`} target="_blank" rel="noreferrer">
                {tr('abrir no Drive', 'open in Drive')}
              </a>
            </p>
          ) : (
            <p className="health">{tr('Escolha ou crie a pasta onde a equipe guarda os prints.', 'Choose or create the folder where the team keeps prints.')}</p>
          )}
          <form
            className="row"
            style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => sendToBackground('bg.drive.setRoot', { createName: folderName }), tr('Pasta criada. Compartilhe-a com a equipe no Drive.', 'Folder created. Share it with the team in Drive.'));
            }}
          >
            <input aria-label={tr('Nome da nova pasta', 'New folder name')} value={folderName} maxLength={200} onChange={(e) => setFolderName(e.target.value)} />
            <button type="submit" className="btn" disabled={busy} data-testid="drive-create-root">
              {tr('Criar pasta', 'Create folder')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void loadFolders()} data-testid="drive-list-roots">
              {tr('Usar uma pasta existente…', 'Use an existing folder…')}
            </button>
          </form>
          {folders && (
            <ul data-testid="drive-roots">
              {folders.length === 0 && <li>{tr('Nenhuma pasta do Ronda visível nesta conta.', 'No Ronda folder visible to this account.')}</li>}
              {folders.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="btn"
                    disabled={busy || f.id === status.rootFolderId}
                    onClick={() => void act(() => sendToBackground('bg.drive.setRoot', { folderId: f.id }), tr(`Usando "${f.name}".`, `Using "${f.name}".`))}
                  >
                    {f.name}
                  </button>
                </li>
              ))}
            </ul>
          )}

          <h3>{tr('Sincronização', 'Sync')}</h3>
          <p data-testid="drive-status">
            {tr('Envios pendentes', 'Pending uploads')}: <strong data-testid="drive-pending">{status.pending}</strong> ·{' '}
            {tr('Última sincronização', 'Last sync')}: {when(status.lastSyncAt)}
            {status.running ? ` · ${tr('sincronizando…', 'syncing…')}` : ''}
            {status.pausedUntil ? ` · ${tr('nova tentativa às', 'next try at')} ${new Date(status.pausedUntil).toLocaleTimeString()}` : ''}
          </p>
          {status.lastError && (
            <p className="warn" role="alert" data-testid="drive-error">
              {status.stopped ? tr('Sincronização parada: ', 'Sync stopped: ') : ''}
              {status.lastError.message} ({new Date(status.lastError.at).toLocaleString()}){hint ? ` ${tr(hint.pt, hint.en)}` : ''}
            </p>
          )}
          {status.templatesError && <p className="warn" data-testid="drive-templates-error">{status.templatesError}</p>}
          {status.teamRulesError && <p className="warn" data-testid="drive-team-rules-error">{status.teamRulesError}</p>}
          <div className="row" style={{ display: 'flex', gap: 8 }}>
            {status.stopped && (status.lastError?.kind === 'auth' || status.lastError?.kind === 'scope') && (
              <button type="button" className="btn" disabled={busy} onClick={() => void act(() => sendToBackground('bg.drive.signIn', {}))} data-testid="drive-sign-in-again">
                {tr('Entrar com Google de novo', 'Sign in with Google again')}
              </button>
            )}
            <button
              type="button"
              className="btn primary"
              disabled={busy || !status.rootFolderId}
              onClick={() => void act(() => sendToBackground('bg.drive.syncNow', {}))}
              data-testid="drive-sync-now"
            >
              {status.lastError ? tr('Tentar de novo', 'Try again') : tr('Sincronizar agora', 'Sync now')}
            </button>
          </div>
          {status.conflicts.length > 0 && (
            <details>
              <summary>{tr(`Conflitos recentes (${status.conflicts.length})`, `Recent conflicts (${status.conflicts.length})`)}</summary>
              <p className="health">
                {tr(
                  'Você e alguém da equipe mudaram o mesmo campo: ficou a mudança mais recente, e a outra foi anotada nas notas do print.',
                  'You and a teammate changed the same field: the latest change stayed, and the other was written in the print notes.',
                )}
              </p>
              <ul>
                {status.conflicts.map((c) => (
                  <li key={`${c.printId}-${c.at}`}>
                    {c.printId}: {c.fields.join(', ')} · {new Date(c.at).toLocaleString()}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {status.rejected.length > 0 && (
            <details>
              <summary>{tr(`Arquivos do Drive ignorados (${status.rejected.length})`, `Drive files ignored (${status.rejected.length})`)}</summary>
              <ul>
                {status.rejected.map((r) => (
                  <li key={r.name}>
                    {r.name}: {r.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}

      {message && (
        <p className={message.kind === 'error' ? 'warn' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="drive-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
