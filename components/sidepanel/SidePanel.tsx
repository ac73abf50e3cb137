import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { count, tr } from '../../lib/i18n';
import { isProfileIncomplete } from '../../lib/profiles/placeholder';
import { browserServices } from './browser-services';
import { keyAction } from './queue';
import { Queue } from './Queue';
import { createPanelStore, type PanelStore } from './store';
import { followActiveTab, pinnedTabId } from './tab-binding';
import { TemplateLibrary } from './TemplateLibrary';
import { SweepList } from '../sweep/SweepList';
import { PackVersionNote } from '../sweep/PackVersion';
import { ActivateBlog } from '../blogs/ActivateBlog';
import { CapturePermission } from './CapturePermission';
import { ExpandComments } from './ExpandComments';
import './panel.css';

/** How often the queue is re-read from the page while the panel is visible. */
const POLL_MS = 1_500;

export function SidePanel({ store: given }: { store?: PanelStore } = {}) {
  const [store] = useState(() => given ?? createPanelStore(browserServices));
  const [view, setView] = useState<'queue' | 'templates' | 'sweep'>('queue');
  const state = useStore(store);

  useEffect(() => store.getState().followLibrary(), [store]);

  useEffect(() => {
    const stop = followActiveTab(
      (tabId) => store.getState().bindTab(tabId),
      () => void store.getState().refresh(),
    );
    return () => {
      stop();
      store.getState().unbind();
    };
  }, [store]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void store.getState().refresh();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void store.getState().refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [store]);

  useEffect(() => {
    if (view !== 'queue') return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const action = keyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target?.tagName,
        targetEditable: target?.isContentEditable,
      });
      if (!action) return;
      event.preventDefault();
      const s = store.getState();
      if (action.kind === 'move') void s.move(action.delta);
      else if (!s.selectedId || s.busy) return;
      else if (action.kind === 'reply') void s.reply();
      else if (action.kind === 'dm') void s.moveToDm();
      else if (action.kind === 'print') void s.print();
      else if (action.kind === 'moderate') void s.moderate();
      else void s.relabel(action.label);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, view]);

  const page = state.snapshot?.page;
  const health = state.snapshot?.health;

  return (
    <main className="panel">
      <header>
        <h1>
          Ronda
          {page && <span className="page">{page.title || page.postUrl}</span>}
          {state.tabId !== undefined && pinnedTabId(location.search) === undefined && (
            <button
              type="button"
              className="btn"
              title={tr('Abrir esta fila numa janela própria, presa a esta aba', 'Open this queue in its own window, bound to this tab')}
              aria-label={tr('Abrir esta fila numa janela própria, presa a esta aba', 'Open this queue in its own window, bound to this tab')}
              onClick={() =>
                void browser.windows.create({
                  url: browser.runtime.getURL(`/sidepanel.html?tab=${state.tabId}`),
                  type: 'popup',
                  width: 380,
                  height: 760,
                })
              }
            >
              ⧉
            </button>
          )}
        </h1>
        {state.project && isProfileIncomplete(state.project) && (
          <p className="warn">
            {tr(
              'Preencha o perfil do especialista em Configurações: as respostas usam o nome e a assinatura dele. Chegou agora na equipe? Importe lá o kit da equipe.',
              "Fill the expert profile in Settings: replies use the expert's name and signature. New on the team? Import the team kit there.",
            )}{' '}
            <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>
              {tr('Abrir', 'Open')}
            </button>
          </p>
        )}
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === 'queue'} onClick={() => setView('queue')}>
            {tr('Fila', 'Queue')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'templates'} onClick={() => setView('templates')}>
            {tr('Modelos', 'Templates')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'sweep'} onClick={() => setView('sweep')}>
            {tr('Varredura', 'Sweep')}
          </button>
        </div>
        <nav className="links">
          {(
            [
              ['/gallery.html', tr('Acervo de prints', 'Prints')],
              ['/metrics.html', tr('Métricas', 'Metrics')],
              ['/peek.html', tr('Visão do especialista', 'Expert view')],
            ] as const
          ).map(([page, name]) => (
            <a key={page} href={browser.runtime.getURL(page)} target="_blank" rel="noreferrer">
              {name}
            </a>
          ))}
        </nav>
        {/* The warning below already says nothing was found, and what to do about it. */}
        {view === 'queue' && health && !health.warning && (
          <p className="health" data-testid="health">
            {health.supported
              ? health.found === 0
                ? tr('Nenhum comentário encontrado nesta página.', 'No comments found on this page.')
                : `${count(health.found, ['comentário encontrado', 'comentários encontrados'], ['comment found', 'comments found'])}${tr(' nesta página', ' on this page')}${
                    health.house ? `, ${count(health.house, ['resposta da casa fora da fila.', 'respostas da casa fora da fila.'], ['answer of ours kept out of the queue.', 'answers of ours kept out of the queue.'])}` : '.'
                  }`
              : health.found > 0
                ? tr(
                    'Os comentários marcados nesta página são prévias de várias publicações: abra uma publicação (ou os comentários dela) para vê-los aqui.',
                    'The comments marked on this page are previews of several posts: open a post (or its comments) to see them here.',
                  )
                : tr('Esta página não tem comentários que o Ronda acompanhe.', 'This page has no comments Ronda follows.')}
          </p>
        )}
        {view === 'queue' && health?.warning && (
          <p className="warn" role="alert">
            {health.warning}
          </p>
        )}
        {view === 'queue' && !state.snapshotError && <ExpandComments store={store} />}
      </header>
      {view === 'queue' ? (
        state.snapshotError ? (
          <>
            <p className="empty">{state.snapshotError}</p>
            <ActivateBlog key={state.tabId} tabId={state.tabId} />
          </>
        ) : (
          <Queue store={store} />
        )
      ) : view === 'templates' ? (
        <TemplateLibrary onChanged={() => void store.getState().loadLibrary()} />
      ) : (
        <SweepList
          page={page ? { url: page.postUrl, site: page.site, title: page.title } : null}
          tabId={state.tabId}
        />
      )}
      <footer className="pack">
        <CapturePermission />
        <PackVersionNote />
      </footer>
      {state.notice && (
        <div className={`notice ${state.notice.kind}`} role={state.notice.kind === 'error' ? 'alert' : 'status'}>
          <p>
            {state.notice.text}
            {state.notice.detail && <pre>{state.notice.detail}</pre>}
            {state.notice.markHidden && state.notice.markHidden === state.selectedId && (
              <button type="button" className="btn" disabled={state.busy} onClick={() => void state.setStatus('hidden')}>
                {tr('Marcar como oculto', 'Mark hidden')}
              </button>
            )}
            {state.notice.ruleSaved && (
              <button type="button" className="btn" disabled={state.busy} onClick={() => void state.undoRule()}>
                {tr('Desfazer', 'Undo')}
              </button>
            )}
            {state.notice.threadReplies && (
              <button type="button" className="btn" disabled={state.busy} onClick={() => void state.hideThreadReplies()}>
                {tr(
                  `Marcar ${count(state.notice.threadReplies.length, ['resposta', 'respostas'], ['reply', 'replies'])} como ocultas`,
                  `Mark ${count(state.notice.threadReplies.length, ['resposta', 'respostas'], ['reply', 'replies'])} hidden`,
                )}
              </button>
            )}
          </p>
          <button type="button" className="btn" aria-label={tr('Fechar aviso', 'Dismiss')} onClick={state.dismissNotice}>
            ×
          </button>
        </div>
      )}
    </main>
  );
}
