import { useEffect, useState } from 'react';
import { consentRequest } from '../../lib/capture/consent';
import { CONSENT_NAMES, CONSENTS, consentOf, LABELS, type Consent, type Label } from '../../lib/domain';
import { count, tr, trPair } from '../../lib/i18n';
import { findDuplicates, getPrintImages, keepOne } from '../../storage/prints';
import type { PrintRecord, ProjectRecord } from '../../storage/schema';
import { fileNameFor } from './export';
import { download } from '../download';
import { authorLabel, formatDate, labelName, SITE_NAMES } from './format';
import { useGallery } from './store';

/** One print: the full image, its metadata, a link back to the comment, and what copywriters edit. */
export function Detail({ print, projects }: { print: PrintRecord; projects: ProjectRecord[] }) {
  const open = useGallery((s) => s.open);
  const edit = useGallery((s) => s.edit);
  const remove = useGallery((s) => s.remove);
  const reload = useGallery((s) => s.reload);
  const fail = useGallery((s) => s.fail);
  const [png, setPng] = useState<{ url: string; bytes: Uint8Array } | null | undefined>();
  const [showOriginal, setShowOriginal] = useState(false);
  const [hasOriginal, setHasOriginal] = useState(false);
  const [duplicates, setDuplicates] = useState<PrintRecord[]>([]);
  const [copied, setCopied] = useState('');
  const [notes, setNotes] = useState(print.notes);
  // The notes this editor started from: a teammate's notes pulled meanwhile are not silently written over.
  const [notesBase, setNotesBase] = useState(print.notes);
  const [seenNotes, setSeenNotes] = useState(print.notes);
  if (print.notes !== seenNotes) {
    // The row was refreshed from the database: show the newer notes unless the user is typing over the old ones.
    setSeenNotes(print.notes);
    if (notes === notesBase) {
      setNotes(print.notes);
      setNotesBase(print.notes);
    }
  }
  const [tagText, setTagText] = useState('');

  useEffect(() => {
    let url: string | undefined;
    let live = true;
    void getPrintImages(print.id).then((row) => {
      if (!live) return;
      setHasOriginal(!!row?.originalPng);
      const bytes = showOriginal ? row?.originalPng : (row?.png ?? row?.originalPng);
      if (!bytes) return setPng(null);
      url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/png' }));
      setPng({ url, bytes });
    }, fail);
    void findDuplicates(print.id).then((d) => live && setDuplicates(d), fail);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [print.id, showOriginal, fail]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') open(undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const copy = async () => {
    if (!png) return;
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([png.bytes as BlobPart], { type: 'image/png' }) })]);
      setCopied(tr('Imagem copiada.', 'Image copied.'));
    } catch (error) {
      setCopied(tr(`Não foi possível copiar: ${String(error)}`, `Could not copy: ${String(error)}`));
    }
  };

  // The request goes to the clipboard for a reply or DM; a print nobody had asked about is now "asked".
  const askConsent = async () => {
    try {
      await navigator.clipboard.writeText(consentRequest(print));
      setCopied(tr('Pedido copiado: cole na resposta ao comentário ou no direct.', 'Request copied: paste it in a reply to the comment or in a DM.'));
      if (consentOf(print) === 'none') await edit(print.id, { consent: 'asked' });
    } catch (error) {
      setCopied(tr(`Não foi possível copiar: ${String(error)}`, `Could not copy: ${String(error)}`));
    }
  };

  const addTags = () => {
    const more = tagText.split(',').map((t) => t.trim()).filter(Boolean);
    if (more.length) void edit(print.id, { addTags: more });
    setTagText('');
  };

  const link = print.permalink || print.postUrl;
  return (
    <div className="detail-backdrop" onClick={(e) => e.target === e.currentTarget && open(undefined)}>
      <section className="detail" role="dialog" aria-modal="true" aria-label={tr('Print', 'Print')} data-testid="print-detail">
        <header>
          <h2>{authorLabel(print)}{print.authorHandle && print.authorHandle.replace(/^@/, '') !== print.authorName.replace(/^@/, '') ? <small> @{print.authorHandle.replace(/^@/, '')}</small> : null}</h2>
          <button type="button" onClick={() => open(undefined)} aria-label={tr('Fechar', 'Close')}>×</button>
        </header>
        <div className="detail-body">
          <div className="detail-image">
            {png ? <img src={png.url} alt={print.text.slice(0, 200)} /> : <p>{png === null ? tr('A imagem completa deste print não está neste computador (foi apagada para liberar espaço ou ainda não veio do Drive).', 'This print’s full image is not on this computer (removed to free space, or not yet downloaded from Drive).') : tr('Carregando…', 'Loading…')}</p>}
            {print.redacted && hasOriginal && (
              <label className="check">
                <input type="checkbox" checked={showOriginal} onChange={(e) => setShowOriginal(e.target.checked)} />
                {tr('Ver original sem borrão (fica só neste computador)', 'Show unblurred original (kept on this computer only)')}
              </label>
            )}
          </div>
          <div className="detail-meta">
            <p className="detail-text">{print.text}</p>
            <dl>
              <dt>{tr('Rede', 'Site')}</dt><dd>{SITE_NAMES[print.site]}</dd>
              <dt>{tr('Comentário', 'Comment')}</dt>
              <dd><a href={link} target="_blank" rel="noreferrer noopener">{tr('Abrir o comentário original', 'Open the original comment')}</a></dd>
              {print.commentPostedAt && (<><dt>{tr('Publicado', 'Posted')}</dt><dd>{formatDate(Date.parse(print.commentPostedAt), true)}</dd></>)}
              <dt>{tr('Capturado', 'Captured')}</dt><dd>{formatDate(print.capturedAt, true)} · {print.capturedBy}</dd>
              <dt>{tr('Tamanho', 'Size')}</dt><dd>{print.width} × {print.height} px{print.redacted ? tr(' · nome e foto borrados', ' · name and photo blurred') : ''}{print.includesReplies ? tr(' · com respostas', ' · with replies') : ''}</dd>
            </dl>
            <label>
              {tr('Especialista', 'Expert')}
              <select value={print.projectId ?? ''} onChange={(e) => void edit(print.id, { projectId: e.target.value || undefined })}>
                <option value="">—</option>
                {projects.map((p) => <option key={p.id} value={p.id}>{p.expertName}</option>)}
              </select>
            </label>
            <label>
              {tr('Rótulo', 'Label')}
              <select value={print.label ?? ''} onChange={(e) => void edit(print.id, { label: (e.target.value || undefined) as Label | undefined })}>
                <option value="">—</option>
                {LABELS.map((l) => <option key={l} value={l}>{labelName(l)}</option>)}
              </select>
            </label>
            <div className="consent">
              <label>
                {tr('Autorização de uso', 'Permission to use')}
                <select value={consentOf(print)} onChange={(e) => void edit(print.id, { consent: e.target.value as Consent })}>
                  {CONSENTS.map((c) => <option key={c} value={c}>{trPair(CONSENT_NAMES[c])}</option>)}
                </select>
              </label>
              <button type="button" onClick={() => void askConsent()}>{tr('Copiar pedido de autorização', 'Copy permission request')}</button>
            </div>
            <div className="tags">
              {print.tags.map((t) => (
                <span key={t} className="tag">
                  #{t}
                  <button type="button" aria-label={tr(`Remover tag ${t}`, `Remove tag ${t}`)} onClick={() => void edit(print.id, { removeTags: [t] })}>×</button>
                </span>
              ))}
              <input
                aria-label={tr('Nova tag', 'New tag')}
                placeholder={tr('nova tag (Enter)', 'new tag (Enter)')}
                value={tagText}
                onChange={(e) => setTagText(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addTags())}
                onBlur={addTags}
              />
            </div>
            <label>
              {tr('Notas', 'Notes')}
              <textarea rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => {
                if (notes === notesBase) return;
                setNotesBase(notes);
                void edit(print.id, { notes, notesBase });
              }} />
            </label>
            <div className="actions">
              <button type="button" className={print.starred ? 'on' : ''} onClick={() => void edit(print.id, { starred: !print.starred })}>
                {print.starred ? tr('★ Favorito', '★ Starred') : tr('☆ Favoritar', '☆ Star')}
              </button>
              <button type="button" disabled={!png} onClick={() => void copy()}>{tr('Copiar imagem', 'Copy image')}</button>
              <button type="button" disabled={!png} onClick={() => png && download(png.bytes, fileNameFor(print, new Set()), 'image/png')}>{tr('Baixar PNG', 'Download PNG')}</button>
              {print.deletedAt === undefined ? (
                <button type="button" className="danger" onClick={() => void remove([print.id])}>{tr('Apagar', 'Delete')}</button>
              ) : (
                <button type="button" onClick={() => void useGallery.getState().restore([print.id])}>{tr('Restaurar', 'Restore')}</button>
              )}
            </div>
            {copied && <p role="status">{copied}</p>}
            {duplicates.length > 0 && print.deletedAt === undefined && (
              <div className="duplicates" role="note">
                <p>
                  {tr(
                    `Este comentário tem mais ${count(duplicates.length, ['print', 'prints'], ['print', 'prints'])} no acervo (${duplicates.map((d) => formatDate(d.capturedAt, true)).join(', ')}).`,
                    `This comment has ${count(duplicates.length, ['more print', 'more prints'], ['more print', 'more prints'])} (${duplicates.map((d) => formatDate(d.capturedAt, true)).join(', ')}).`,
                  )}
                </p>
                <button
                  type="button"
                  onClick={() => void keepOne(print.id, duplicates.map((d) => d.id)).then(async () => {
                    useGallery.setState({ undo: { ids: duplicates.map((d) => d.id), text: tr('Cópias apagadas; este print ficou.', 'Copies deleted; this print was kept.') } });
                    setDuplicates([]);
                    await reload();
                  }, fail)}
                >
                  {tr('Manter só este', 'Keep only this one')}
                </button>
              </div>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
