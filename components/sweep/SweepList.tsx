import { useEffect, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { LABELS, LABEL_NAMES, SITE_NAMES, type Label } from '../../lib/domain';
import { count, tr, trPair } from '../../lib/i18n';
import type { SweepRow } from '../../storage/sweep';
import { ago, duration, shortUrl } from './format';
import { PackVersionText } from './PackVersion';
import { browserSweepServices, type SweepServices } from './services';
import { createSweepStore, type CurrentPage, type SweepStore } from './store';
import './sweep.css';
import { ProfileOptions } from '../profile-options';

/** The due clock moves even when no comment arrives. */
const REFRESH_MS = 30_000;
/** A listing page grows as it is scrolled: its posts are read again this often. */
const LISTED_REFRESH_MS = 3_000;

export interface SweepListProps {
  /** The page of the tab the side panel follows (null when it is no page Ronda reads). */
  page: CurrentPage | null;
  /** That tab: "Próximo" opens items in it. */
  tabId?: number;
  services?: SweepServices;
}

/**
 * The day's sweep ("varredura") of an expert: posts, ads, videos and blog pages, past-target items first, with
 * what arrived since each was last swept. Self-contained: the side panel renders it in its "Varredura" tab.
 */
export function SweepList({ page, tabId, services = browserSweepServices }: SweepListProps) {
  const [store] = useState(() => createSweepStore(services));
  const state = useStore(store);

  useEffect(() => {
    void store.getState().init();
    const timer = setInterval(() => void store.getState().refresh(), REFRESH_MS);
    const onFocus = () => void store.getState().refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [store]);

  useEffect(() => store.getState().followProfiles(), [store]);

  // Counts change as the page's comments are read: refresh when the followed page changes.
  useEffect(() => {
    void store.getState().refresh();
  }, [store, page?.url]);

  // A page that is no post may list posts (a Page's timeline, a channel's videos), more of them as it scrolls.
  useEffect(() => {
    if (page) return;
    void store.getState().loadListed(tabId);
    const timer = setInterval(() => void store.getState().loadListed(tabId), LISTED_REFRESH_MS);
    return () => clearInterval(timer);
  }, [store, page, tabId]);
  const listedHere = !page ? (state.listed?.posts.length ?? 0) : 0;

  const currentRow = page ? state.rows.find((r) => r.item.url === page.url) : undefined;
  const overdue = state.rows.filter((r) => r.overdue).length;

  return (
    <div className="sweep" aria-label={tr('Varredura', 'Sweep')}>
      <div className="sweep-top">
        {state.projects.length > 1 && (
          <select
            aria-label={tr('Especialista', 'Expert')}
            value={state.projectId ?? ''}
            onChange={(e) => void store.getState().selectProject(e.target.value)}
          >
            <ProfileOptions projects={state.projects} />
          </select>
        )}
        <div className="row">
          {currentRow ? (
            <button type="button" className="btn" onClick={() => void store.getState().markSwept(currentRow.item.id)}>
              {tr('Marcar esta como varrida', 'Mark this one swept')}
            </button>
          ) : listedHere > 0 ? (
            <button type="button" className="btn" onClick={() => void store.getState().addListed(tabId)}>
              {`+ ${tr('Adicionar', 'Add')} ${count(listedHere, ['publicação desta página', 'publicações desta página'], ['post listed here', 'posts listed here'])}`}
            </button>
          ) : (
            <button type="button" className="btn" disabled={!page} onClick={() => page && void store.getState().addPage(page)}>
              {tr('+ Adicionar esta página', '+ Add this page')}
            </button>
          )}
          <button
            type="button"
            className="btn primary"
            disabled={state.rows.length === 0}
            onClick={() => void store.getState().next(page, tabId, currentRow !== undefined)}
            title={currentRow ? tr('Marca esta página como varrida e abre a próxima', 'Marks this page swept and opens the next') : undefined}
          >
            {currentRow ? tr('Concluir e próximo →', 'Done, next →') : tr('Próximo →', 'Next →')}
          </button>
        </div>
        <p className="health" role="status">
          {state.loading
            ? tr('Carregando…', 'Loading…')
            : `${count(state.rows.length, ['item', 'itens'], ['item', 'items'])} · ${overdue} ${tr('fora da meta', 'past target')}`}
        </p>
      </div>

      {state.notice && (
        <div className={`notice ${state.notice.kind}`} role={state.notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{state.notice.text}</p>
          <button type="button" className="btn" aria-label={tr('Fechar', 'Close')} onClick={() => store.getState().dismiss()}>
            ×
          </button>
        </div>
      )}
      {state.invalid.length > 0 && (
        <p className="warn">
          {count(state.invalid.length, ['item guardado com dados inválidos não aparece', 'itens guardados com dados inválidos não aparecem'], ['stored item with invalid data is not shown', 'stored items with invalid data are not shown'])}
          {`: ${state.invalid.map((i) => i.where).join(', ')}`}
        </p>
      )}

      <ol className="sweep-list">
        {state.rows.map((row) => (
          <SweepItemRow key={row.item.id} row={row} now={state.computedAt} current={row.item.url === page?.url} store={store} tabId={tabId} />
        ))}
        {!state.loading && state.rows.length === 0 && (
          <li className="empty">
            {tr(
              'Nenhum item ainda. Abra um post, anúncio, vídeo ou página do blog e clique em “Adicionar esta página”, ou cole uma lista abaixo.',
              'No items yet. Open a post, ad, video or blog page and click “Add this page”, or paste a list below.',
            )}
          </li>
        )}
      </ol>

      <ImportBox store={store} />
      {state.pack && (
        <p className="health pack-version" data-testid="pack-version">
          <PackVersionText pack={state.pack} />
        </p>
      )}
    </div>
  );
}

function Counts({ counts, kind }: { counts: Record<Label, number>; kind: 'fresh' | 'pending' }) {
  const present = LABELS.filter((l) => counts[l] > 0);
  if (present.length === 0) return null;
  return (
    <span className={`counts ${kind}`}>
      <span className="counts-title">{kind === 'fresh' ? tr('novos', 'new') : tr('pendentes', 'pending')}:</span>
      {present.map((l) => (
        <span key={l} className="count" title={trPair(LABEL_NAMES[l])} data-label={l}>
          <span className={`dot label-${l}`} aria-hidden="true" />
          {trPair(LABEL_NAMES[l])} {counts[l]}
        </span>
      ))}
    </span>
  );
}

function SweepItemRow({ row, now, current, store, tabId }: { row: SweepRow; now: number; current: boolean; store: SweepStore; tabId?: number }) {
  const [confirming, setConfirming] = useState(false);
  const { item } = row;
  const swept = item.lastSweptAt === undefined ? tr('nunca varrido', 'never swept') : tr(`varrido ${ago(now - item.lastSweptAt)}`, `swept ${ago(now - item.lastSweptAt)}`);
  const due = row.overdue
    ? row.neverSwept
      ? tr('a varrer', 'to sweep')
      : tr(`fora da meta (${duration(row.elapsedMs)} / ${duration(row.targetMs)})`, `past target (${duration(row.elapsedMs)} / ${duration(row.targetMs)})`)
    : tr(`vence em ${duration(row.dueInMs)}`, `due in ${duration(row.dueInMs)}`);
  return (
    <li className={`sweep-item${row.overdue ? ' overdue' : ''}${current ? ' current' : ''}`} data-url={item.url} aria-current={current ? 'page' : undefined}>
      <div className="meta">
        <span className="pill">{SITE_NAMES[item.site]}</span>
        <button type="button" className="link" onClick={() => void store.getState().open(item.url, tabId)} title={item.url}>
          {item.title || shortUrl(item.url)}
        </button>
      </div>
      <div className="meta small">
        <span className="swept">{swept}</span>
        <span className={row.overdue ? 'due overdue' : 'due'}>{due}</span>
      </div>
      <div className="meta small" data-testid="sweep-counts" data-fresh={row.counts.freshTotal} data-pending={row.counts.pendingTotal}>
        {row.counts.freshTotal + row.counts.pendingTotal === 0 ? (
          <span className="muted">{tr('nada novo nem pendente', 'nothing new or pending')}</span>
        ) : (
          <>
            <Counts counts={row.counts.fresh} kind="fresh" />
            <Counts counts={row.counts.pending} kind="pending" />
          </>
        )}
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={() => void store.getState().markSwept(item.id)}>
          {tr('Marcar varrido', 'Mark swept')}
        </button>
        {confirming ? (
          <button type="button" className="btn danger" onClick={() => void store.getState().remove(item.id)} onBlur={() => setConfirming(false)}>
            {tr('Confirmar remoção', 'Confirm removal')}
          </button>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {tr('Remover', 'Remove')}
          </button>
        )}
      </div>
    </li>
  );
}

function ImportBox({ store }: { store: SweepStore }) {
  const [text, setText] = useState('');
  const errors = useStore(store, (s) => s.importErrors);
  const submit = async (value: string) => {
    if (!value.trim()) return;
    if (await store.getState().importList(value)) setText('');
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > 2_000_000) {
      store.setState({ notice: { kind: 'error', text: tr('Arquivo grande demais para uma lista de links (máx. 2 MB).', 'File too large for a list of links (max 2 MB).') } });
      return;
    }
    const content = await file.text();
    setText(content);
    await submit(content);
  };
  return (
    <details className="sweep-import">
      <summary>{tr('Colar ou importar lista de links', 'Paste or import a list of links')}</summary>
      <textarea
        aria-label={tr('Links, um por linha (opcional: título depois de ; ou tab)', 'Links, one per line (optional: title after ; or tab)')}
        placeholder={'https://www.instagram.com/p/…\nhttps://www.youtube.com/watch?v=… ; Aula 1'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="row">
        <button type="button" className="btn primary" disabled={!text.trim()} onClick={() => void submit(text)}>
          {tr('Adicionar links', 'Add links')}
        </button>
        <label className="btn file">
          {tr('Importar .txt/.csv', 'Import .txt/.csv')}
          <input type="file" accept=".txt,.csv,text/plain,text/csv" className="visually-hidden" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {errors.length > 0 && (
        <ul className="issues" aria-label={tr('Linhas com erro', 'Lines with errors')}>
          {errors.map((e) => (
            <li key={e.line} className="error">
              {tr(`Linha ${e.line}`, `Line ${e.line}`)} — {e.text}: {e.error}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
