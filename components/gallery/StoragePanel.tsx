import { useCallback, useEffect, useState } from 'react';
import { count, tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import type { PendingPrintInfo } from '../../messaging/protocol';
import { freeSpace } from '../../storage/prints';
import { download } from '../download';
import { authorLabel, formatBytes, formatDate } from './format';
import { useGallery } from './store';
import { errorText } from '../../lib/error-text';

const DAY = 86_400_000;

interface StorageStatus {
  estimate: { usage: number; quota: number } | null;
  pending: PendingPrintInfo[];
}

async function loadStatus(): Promise<StorageStatus> {
  const e = await navigator.storage?.estimate?.().catch(() => undefined);
  const pending = await sendToBackground('bg.print.pending', {}).then((r) => r.items, () => []);
  return { estimate: e?.quota ? { usage: e.usage ?? 0, quota: e.quota } : null, pending };
}

/**
 * Storage health: how full the browser's storage is, captures waiting because it was full (retry, download,
 * discard), and ways to free space. Shown open when something needs the user.
 */
export function StoragePanel() {
  const reload = useGallery((s) => s.reload);
  const [status, setStatus] = useState<StorageStatus>({ estimate: null, pending: [] });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const { estimate, pending } = status;
  const refresh = useCallback(() => loadStatus().then(setStatus), []);

  useEffect(() => {
    let live = true;
    void loadStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);

  const run = async (label: string, task: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await task());
      await reload();
    } catch (error) {
      setMessage(`${label}: ${errorText(error)}`);
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const nearlyFull = estimate ? estimate.usage / estimate.quota > 0.9 : false;
  return (
    <details className={`storage${pending.length || nearlyFull ? ' alert' : ''}`} open={pending.length > 0 || nearlyFull}>
      <summary>
        {pending.length > 0
          ? count(pending.length, ['print aguardando espaço para ser salvo', 'prints aguardando espaço para serem salvos'], ['print waiting for space', 'prints waiting for space'])
          : tr('Armazenamento', 'Storage')}
        {estimate && ` · ${formatBytes(estimate.usage)} ${tr('de', 'of')} ${formatBytes(estimate.quota)}`}
      </summary>
      {pending.length > 0 && (
        <>
          <p>
            {tr(
              'O navegador ficou sem espaço quando estes prints foram tirados. Eles estão guardados até você liberar espaço e salvar, ou baixar o PNG. Fechar o Chrome os perde.',
              'The browser ran out of space when these prints were taken. They are kept until you free space and save them, or download the PNG. Closing Chrome loses them.',
            )}
          </p>
          <ul className="pending">
            {pending.map((p) => (
              <li key={p.id}>
                <span>{formatDate(p.capturedAt, true)} · {authorLabel(p)} · {p.text.slice(0, 80)} · {formatBytes(p.bytes)}</span>
                <button type="button" disabled={busy} onClick={() => void run(tr('Não salvou', 'Not saved'), async () => {
                  await sendToBackground('bg.print.pendingRetry', { id: p.id });
                  return tr('Print salvo no acervo.', 'Print saved.');
                })}>{tr('Salvar agora', 'Save now')}</button>
                <button type="button" disabled={busy} onClick={() => void run(tr('Não baixou', 'Not downloaded'), async () => {
                  const { dataUrl } = await sendToBackground('bg.print.pendingImage', { id: p.id });
                  download(await (await fetch(dataUrl)).blob(), `print-${p.id}.png`, 'image/png');
                  return tr('PNG baixado.', 'PNG downloaded.');
                })}>{tr('Baixar PNG', 'Download PNG')}</button>
                <button type="button" className="danger" disabled={busy} onClick={() => {
                  if (!confirm(tr('Descartar este print? Ele não poderá ser recuperado.', 'Discard this print? It cannot be recovered.'))) return;
                  void run(tr('Não descartou', 'Not discarded'), async () => {
                    await sendToBackground('bg.print.pendingDiscard', { id: p.id });
                    return tr('Print descartado.', 'Print discarded.');
                  });
                }}>{tr('Descartar', 'Discard')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="free">
        <button type="button" disabled={busy} onClick={() => void run(tr('Falhou', 'Failed'), async () => {
          const r = await freeSpace({ purgeDeletedBefore: Date.now() + 1 });
          return tr(`Imagens de ${count(r.imagesPurged, ['print', 'prints'], ['print', 'prints'])} da lixeira removidas.`, `Images of ${count(r.imagesPurged, ['trashed print', 'trashed prints'], ['trashed print', 'trashed prints'])} removed.`);
        })}>{tr('Esvaziar imagens da lixeira', 'Empty trash images')}</button>
        <button type="button" disabled={busy} onClick={() => {
          if (!confirm(tr('Apagar os originais sem borrão? Os prints borrados continuam no acervo.', 'Delete unblurred originals? Blurred prints stay.'))) return;
          void run(tr('Falhou', 'Failed'), async () => {
            const r = await freeSpace({ dropOriginals: true });
            return count(r.originalsDropped, ['original sem borrão apagado.', 'originais sem borrão apagados.'], ['unblurred original deleted.', 'unblurred originals deleted.']);
          });
        }}>{tr('Apagar originais sem borrão', 'Delete unblurred originals')}</button>
        <button type="button" disabled={busy} onClick={() => {
          if (!confirm(tr(
            'Tirar deste computador as imagens dos prints com mais de 1 ano? Os prints continuam no acervo, com miniatura, e no Drive da equipe; a imagem completa volta do Drive quando você abrir o print. Prints que ainda não estão no Drive ficam como estão.',
            'Remove from this computer the images of prints older than 1 year? The prints stay in the collection, with a thumbnail, and in the team’s Drive; the full image comes back from Drive when you open the print. Prints not yet on Drive are left as they are.',
          ))) return;
          void run(tr('Falhou', 'Failed'), async () => {
            const r = await freeSpace({ offloadCapturedBefore: Date.now() - 365 * DAY });
            const done = r.imagesOffloaded === 1
              ? tr('Imagem de 1 print antigo tirada deste computador (continua no Drive).', 'Image of 1 old print removed from this computer (still on Drive).')
              : tr(`Imagens de ${r.imagesOffloaded} prints antigos tiradas deste computador (continuam no Drive).`, `Images of ${r.imagesOffloaded} old prints removed from this computer (still on Drive).`);
            if (!r.notOnDrive) return done;
            return `${done} ${r.notOnDrive === 1
              ? tr('1 print ainda não está no Drive e ficou com a imagem.', '1 print is not on Drive yet and kept its image.')
              : tr(`${r.notOnDrive} prints ainda não estão no Drive e ficaram com a imagem.`, `${r.notOnDrive} prints are not on Drive yet and kept their image.`)}`;
          });
        }}>{tr('Liberar imagens de prints com mais de 1 ano', 'Free images of prints older than 1 year')}</button>
      </div>
      {message && <p role="status">{message}</p>}
    </details>
  );
}
