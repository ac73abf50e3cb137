import { useStore } from 'zustand';
import { LABEL_NAMES, LABELS, SITE_NAMES, STATUS_NAMES, type CommentStatus, type Label } from '../../lib/domain';
import { tr, trPair } from '../../lib/i18n';
import { measure } from '../../lib/templates/limits';
import { suggestTemplates } from '../../lib/templates/compose';
import type { LiveComment } from '../../messaging/protocol';
import { authorOf } from '../../classifier/team-rules';
import { replyDraft, type PanelStore } from './store';

/** The selected comment's actions: pick a template, review the reply, insert, move to DM, print, relabel. */
export function CommentDetail({ store, comment, haterAbove }: { store: PanelStore; comment: LiveComment; haterAbove?: LiveComment }) {
  const state = useStore(store);
  const printed = state.printed.has(comment.key);
  const site = state.snapshot?.page?.site;
  if (!site) return null;
  const suggestions = suggestTemplates(state.templates, { label: comment.label, site });
  const draft = replyDraft(state, comment, site);
  const text = state.editedText ?? (draft.ok ? draft.text : (draft.text ?? ''));
  const size = measure(text, site);
  const currentTemplate = draft.template?.id ?? '';
  const author = authorOf(comment);

  return (
    <div className="detail" onClick={(e) => e.stopPropagation()}>
      {comment.answeredBy && (
        <p className="health" data-testid="answered-note">
          {tr(
            `${comment.answeredBy} já respondeu no site (da casa). Uma resposta nova fica na mesma thread.`,
            `${comment.answeredBy} already answered on the site (ours). A new reply goes in the same thread.`,
          )}
        </p>
      )}
      {haterAbove && (
        <p className="warn" data-testid="hater-thread-note">
          {tr(
            `Na thread do hater ${haterAbove.authorName}: uma resposta aqui também aparece para ele. Responda sem citá-lo, ou só acompanhe.`,
            `In the thread of the hater ${haterAbove.authorName}: a reply here is seen there too. Answer without quoting them, or just monitor.`,
          )}
        </p>
      )}
      <select
        aria-label={tr('Modelo de resposta', 'Reply template')}
        value={currentTemplate}
        onChange={(e) => state.chooseTemplate(e.target.value || undefined)}
      >
        {suggestions.length === 0 && <option value="">{tr('Nenhum modelo aprovado para este comentário', 'No approved template for this comment')}</option>}
        {suggestions.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
            {t.dmBody ? ' ✉' : ''}
          </option>
        ))}
      </select>
      <textarea
        aria-label={tr('Resposta (pode editar antes de inserir)', 'Reply (edit before inserting)')}
        value={text}
        onChange={(e) => state.editText(e.target.value)}
      />
      <div className="counter">
        {size.used.toLocaleString('pt-BR')} / {size.max.toLocaleString('pt-BR')} {size.unit === 'bytes' ? 'bytes' : tr('caracteres', 'characters')}
        {state.editedText !== undefined && (
          <>
            {' · '}
            <button type="button" className="btn" onClick={() => state.editText(undefined)}>
              {tr('Voltar ao modelo', 'Back to template')}
            </button>
          </>
        )}
      </div>
      {!draft.ok && (
        <p className="warn" role="alert">
          {draft.error}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn primary" disabled={state.busy || !draft.ok} onClick={() => void state.reply()}>
          {tr('Inserir resposta', 'Insert reply')}
          <kbd>r</kbd>
        </button>
        <button type="button" className="btn" disabled={state.busy} onClick={() => void state.moveToDm()}>
          {tr('Levar ao direct', 'Move to DM')}
          <kbd>d</kbd>
        </button>
        <button
          type="button"
          className="btn"
          disabled={state.busy}
          title={printed ? tr('Já tem print no acervo: um novo fica ao lado dele', 'Already in the collection: a new print goes beside it') : undefined}
          onClick={() => void state.print()}
        >
          {printed ? tr('Print de novo', 'Print again') : tr('Print', 'Print')}
          <kbd>p</kbd>
        </button>
        <button
          type="button"
          className={comment.label === 'hater' ? 'btn warn-btn' : 'btn'}
          disabled={state.busy}
          title={tr('Abre o menu do próprio site para este comentário: ocultar, excluir, denunciar ou bloquear', "Opens the site's own menu for this comment: hide, delete, report or block")}
          onClick={() => void state.moderate()}
        >
          {tr('Ocultar/excluir no site', 'Hide/delete on the site')}
          <kbd>x</kbd>
        </button>
        {author && (
          <button
            type="button"
            className="btn"
            disabled={state.busy}
            title={tr(
              `Uma regra da equipe: todo comentário de ${author} em ${SITE_NAMES[site]} passa a ser de hater neste perfil (desfaça no aviso ou nas opções)`,
              `A team rule: every comment by ${author} on ${SITE_NAMES[site]} becomes a hater's for this profile (undo in the notice or in the options)`,
            )}
            onClick={() => void state.markAuthorHater()}
          >
            {tr('Marcar perfil como hater', 'Mark author as hater')}
          </button>
        )}
      </div>
      <div className="row">
        <select
          aria-label={tr('Rótulo (1–7)', 'Label (1–7)')}
          value={comment.label}
          disabled={state.busy}
          onChange={(e) => void state.relabel(e.target.value as Label)}
        >
          {LABELS.map((l, i) => (
            <option key={l} value={l}>
              {i + 1}. {trPair(LABEL_NAMES[l])}
            </option>
          ))}
        </select>
        <select
          aria-label={tr('Situação', 'Status')}
          value={comment.status}
          disabled={state.busy}
          onChange={(e) => void state.setStatus(e.target.value as CommentStatus)}
        >
          {(Object.keys(STATUS_NAMES) as CommentStatus[]).map((s) => (
            <option key={s} value={s}>
              {trPair(STATUS_NAMES[s])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
