import { useCallback, useEffect, useState } from 'react';
import { useLibraryChange } from '../use-library-change';
import { count, tr } from '../../lib/i18n';
import { getPrintImages, listTags } from '../../storage/prints';
import { listProjects } from '../../storage/projects';
import type { ProjectRecord } from '../../storage/schema';
import { Detail } from './Detail';
import { buildExportZip } from './export';
import { Filters } from './Filters';
import { download } from '../download';
import { Grid } from './Grid';
import { StoragePanel } from './StoragePanel';
import { useGallery, watchPrints } from './store';
import './gallery.css';

/** The acervo de prints: a fast, searchable grid for copywriters. */
export function GalleryPage() {
  const prints = useGallery((s) => s.prints);
  const loading = useGallery((s) => s.loading);
  const error = useGallery((s) => s.error);
  const invalid = useGallery((s) => s.invalid);
  const selected = useGallery((s) => s.selected);
  const openId = useGallery((s) => s.openId);
  const undo = useGallery((s) => s.undo);
  const filter = useGallery((s) => s.filter);
  const [projects, setProjects] = useState<ProjectRecord[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [exporting, setExporting] = useState('');

  useEffect(() => {
    const state = useGallery.getState();
    // #print=<id> opens one print (links from the page notice and the side panel).
    const openFromHash = () => {
      const fromHash = /^#print=(.+)$/.exec(location.hash)?.[1];
      if (!fromHash) return;
      const id = decodeURIComponent(fromHash);
      const current = useGallery.getState();
      current.open(id);
      // A print saved after this page loaded: read the prints again so it can show.
      if (current.all && !current.all.some((p) => p.id === id)) void current.reload();
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    void state.start();
    void listProjects().then((r) => setProjects(r.valid), () => undefined);
    // Prints saved, edited or pulled anywhere (another tab, the service worker) show up at once.
    const unwatch = watchPrints();
    return () => {
      unwatch();
      window.removeEventListener('hashchange', openFromHash);
    };
  }, []);
  // A profile made or renamed while the gallery is open is in its filter at once.
  useLibraryChange(useCallback(() => void listProjects().then((r) => setProjects(r.valid), () => undefined), []));

  useEffect(() => {
    void listTags().then(setTags, () => undefined);
  }, [prints]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => useGallery.setState({ undo: undefined }), 10_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const open = openId ? prints.find((p) => p.id === openId) : undefined;
  const exportSelection = async () => {
    const chosen = prints.filter((p) => selected.has(p.id));
    setExporting(tr(`Preparando ${count(chosen.length, ['print', 'prints'], ['print', 'prints'])}…`, `Preparing ${count(chosen.length, ['print', 'prints'], ['print', 'prints'])}…`));
    try {
      const items = [];
      for (const print of chosen) items.push({ print, png: (await getPrintImages(print.id))?.png });
      const { zip, missing } = buildExportZip(items);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      download(zip, `ronda-prints-${stamp}.zip`, 'application/zip');
      setExporting(missing.length
        ? tr('ZIP pronto. ', 'ZIP ready. ') +
            count(
              missing.length,
              ['print sem imagem (apagada para liberar espaço) foi só para o CSV/JSON.', 'prints sem imagem (apagada para liberar espaço) foram só para o CSV/JSON.'],
              ['print without image went to CSV/JSON only.', 'prints without image went to CSV/JSON only.'],
            )
        : tr(`ZIP com ${count(chosen.length, ['print', 'prints'], ['print', 'prints'])} pronto.`, `ZIP with ${count(chosen.length, ['print', 'prints'], ['print', 'prints'])} ready.`));
    } catch (e) {
      setExporting(tr(`Exportação falhou: ${String(e)}`, `Export failed: ${String(e)}`));
    }
  };

  return (
    <main className="gallery">
      <header className="gallery-head">
        <h1>{tr('Acervo de prints', 'Social-proof collection')}</h1>
        <span className="count" data-testid="print-count">
          {loading ? tr('carregando…', 'loading…') : count(prints.length, ['print', 'prints'], ['print', 'prints'])}
        </span>
        <a className="peek-link" href="peek.html" target="_blank" rel="noopener">{tr('Resumo para o especialista', 'Expert summary')}</a>
      </header>
      <Filters projects={projects} tags={tags} />
      <StoragePanel />
      {error && <p className="error" role="alert">{error}</p>}
      {invalid.length > 0 && (
        <details className="error">
          <summary>{count(invalid.length, ['registro danificado não exibido', 'registros danificados não exibidos'], ['damaged record not shown', 'damaged records not shown'])}</summary>
          <ul>{invalid.slice(0, 50).map((r) => <li key={r.where}>{r.where}: {r.problems.join('; ')}</li>)}</ul>
        </details>
      )}
      <div className="bulk" aria-live="polite">
        <button type="button" onClick={() => useGallery.getState().selectAll()} disabled={prints.length === 0}>{tr('Selecionar todos', 'Select all')}</button>
        {selected.size > 0 && (
          <>
            <span>{count(selected.size, ['selecionado', 'selecionados'], ['selected', 'selected'])}</span>
            <button type="button" onClick={() => void exportSelection()}>{tr('Exportar ZIP', 'Export ZIP')}</button>
            {filter.deleted ? (
              <button type="button" onClick={() => void useGallery.getState().restore([...selected])}>{tr('Restaurar', 'Restore')}</button>
            ) : (
              <button type="button" className="danger" onClick={() => void useGallery.getState().remove([...selected])}>{tr('Apagar', 'Delete')}</button>
            )}
            <button type="button" onClick={() => useGallery.getState().clearSelection()}>{tr('Limpar seleção', 'Clear selection')}</button>
          </>
        )}
        {exporting && <span role="status">{exporting}</span>}
      </div>
      {!loading && prints.length === 0 ? (
        <p className="empty">
          {Object.keys(filter).length
            ? tr('Nenhum print com esses filtros.', 'No prints match these filters.')
            : tr('Nenhum print ainda. Use "Salvar print" no selo de um comentário, o botão direito, Alt+Shift+P ou Print (p) no painel lateral, onde "Só sem print" mostra os elogios da página que faltam.', 'No prints yet. Use "Save print" on a comment badge, the right-click menu, Alt+Shift+P or Print (p) in the side panel, where "Not printed yet" shows the page\'s praise still to collect.')}
        </p>
      ) : (
        <Grid prints={prints} />
      )}
      {open && <Detail key={open.id} print={open} projects={projects} />}
      {undo && (
        <div className="undo" role="status">
          {undo.text}
          <button type="button" onClick={() => void useGallery.getState().undoRemove()}>{tr('Desfazer', 'Undo')}</button>
        </div>
      )}
    </main>
  );
}
