import { useStore } from 'zustand';
import { count, tr } from '../../lib/i18n';
import type { ExpandStatus } from '../../messaging/protocol';
import type { PanelStore } from './store';

const comments = (n: number) => count(n, ['comentário', 'comentários'], ['comment', 'comments']);
const clicks = (n: number) => count(n, ['clique', 'cliques'], ['click', 'clicks']);

function summary(expand: ExpandStatus): string {
  const filter = expand.showedAll ? tr('Filtro do site trocado para "Todos os comentários". ', 'The site’s filter was switched to "All comments". ') : '';
  return filter + progress(expand);
}

function progress(expand: ExpandStatus): string {
  const added = comments(expand.added);
  switch (expand.state) {
    case 'running':
      return tr(`Carregando… ${clicks(expand.clicks)}, mais ${added} até agora.`, `Loading… ${clicks(expand.clicks)}, ${added} added so far.`);
    case 'done':
      return expand.added === 0
        ? tr('Não havia mais comentários para carregar.', 'There were no more comments to load.')
        : tr(`Todos carregados: mais ${added}.`, `All loaded: ${added} added.`);
    case 'stopped':
      return tr(`Parado: mais ${added} carregados.`, `Stopped: ${added} added.`);
    case 'limit':
      return tr(
        `Parou após ${clicks(expand.clicks)} (mais ${added}): pode haver mais. Clique de novo para continuar.`,
        `Stopped after ${clicks(expand.clicks)} (${added} added): there may be more. Click again to go on.`,
      );
    default:
      return '';
  }
}

/**
 * "Carregar todos os comentários": the content script presses the site's own "ver mais" and "ver respostas"
 * controls until the whole thread is on the page, so the queue holds every comment of the post.
 */
export function ExpandComments({ store }: { store: PanelStore }) {
  const expand = useStore(store, (s) => s.expand);
  const supported = useStore(store, (s) => s.snapshot?.health.supported === true);
  if (!supported) return null;
  const running = expand?.state === 'running';
  const text = expand ? summary(expand) : '';
  return (
    <p className="expand" data-testid="expand">
      {running ? (
        <button type="button" className="btn" onClick={() => void store.getState().expandAll('stop')}>
          {tr('Parar', 'Stop')}
        </button>
      ) : (
        <button
          type="button"
          className="btn"
          title={tr('Clica nos botões "ver mais" e "ver respostas" do próprio site, um de cada vez, até o fim da conversa', 'Presses the site’s own "view more" and "view replies" buttons, one at a time, to the end of the thread')}
          onClick={() => void store.getState().expandAll('start')}
        >
          {tr('Carregar todos os comentários', 'Load every comment')}
        </button>
      )}{' '}
      {text && <span role="status">{text}</span>}
    </p>
  );
}
