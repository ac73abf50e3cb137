import { createStore } from 'zustand/vanilla';
import { LABEL_NAMES, SITE_NAMES, type CommentStatus, type Label } from '../../lib/domain';
import { count, tr, trPair } from '../../lib/i18n';
import { repliesBelow } from '../../lib/threads';
import { authorOf, isByAuthor } from '../../classifier/team-rules';
import { checkReply } from '../../lib/templates/checker';
import { composeReply, suggestTemplates } from '../../lib/templates/compose';
import { dmTarget, privateReplyHint } from '../../lib/templates/dm';
import type { ExpandStatus, LiveComment } from '../../messaging/protocol';
import type { ProjectRecord, TeamRuleRecord, TemplateRecord } from '../../storage/schema';
import type { InvalidRow } from '../../storage/validate';
import { filterQueue, step, type PrintedKeys, type QueueFilter } from './queue';
import type { PanelServices, Snapshot } from './services';
import { errorText } from '../../lib/error-text';

export interface Notice {
  kind: 'ok' | 'error' | 'info';
  text: string;
  /** A second line with the private message or link, when staff may need it by hand. */
  detail?: string;
  /** The replies in a hater's thread staff may mark hidden with it (see hideThreadReplies). */
  threadReplies?: string[];
  /** The comment whose moderation was just opened on the site: staff mark it hidden once they acted there. */
  markHidden?: string;
  /** The team rule just saved from the panel, which the notice offers to undo. */
  ruleSaved?: { rule: TeamRuleRecord; replaced?: TeamRuleRecord };
}

export interface PanelState {
  tabId?: number;
  snapshot?: Snapshot;
  /** Why there is no snapshot (no Ronda on this tab, tab closed…). */
  snapshotError?: string;
  filter: QueueFilter;
  selectedId?: string;
  /** Template chosen for the selected comment; undefined = the best suggestion. */
  templateId?: string;
  /** The reply text as staff edited it in the preview; undefined = the rendered template. */
  editedText?: string;
  templates: TemplateRecord[];
  invalidTemplates: InvalidRow[];
  project?: ProjectRecord;
  user: { name: string; role: 'staff' | 'approver' };
  busy: boolean;
  notice?: Notice;
  /** "Carregar todos os comentários" on the bound tab, while it runs and after it ends. */
  expand?: ExpandStatus;
  /** Keys of the page's comments that already have a print in the acervo, followed live. */
  printed: PrintedKeys;
}

export interface PanelActions {
  bindTab(tabId: number | undefined): void;
  /** Stops following the page's prints (the panel is closing). */
  unbind(): void;
  refresh(): Promise<void>;
  expandAll(action: 'start' | 'stop'): Promise<void>;
  loadLibrary(): Promise<void>;
  /** Loads the library now and again after every change of it elsewhere; returns the unsubscribe. */
  followLibrary(): () => void;
  setFilter(filter: Partial<QueueFilter>): void;
  select(commentId: string | undefined): Promise<void>;
  move(delta: 1 | -1): Promise<void>;
  chooseTemplate(id: string | undefined): void;
  editText(text: string | undefined): void;
  reply(): Promise<void>;
  moveToDm(): Promise<void>;
  print(): Promise<void>;
  /** Opens the site's own menu of the selected comment (hide, delete, report, block), or its blog's moderation page. */
  moderate(): Promise<void>;
  relabel(label: Label): Promise<void>;
  /** A team rule: every comment of the selected comment's author on this site is a hater, for this profile. */
  markAuthorHater(): Promise<void>;
  /** Undoes the rule the last notice offers (ruleSaved). */
  undoRule(): Promise<void>;
  setStatus(status: CommentStatus): Promise<void>;
  /** Marks hidden the replies the last notice offered (those of a hater staff just hid). */
  hideThreadReplies(): Promise<void>;
  dismissNotice(): void;
}

export type PanelStore = ReturnType<typeof createPanelStore>;

export function createPanelStore(services: PanelServices) {
  return createStore<PanelState & PanelActions>()((set, get) => {
    const selected = (): LiveComment | undefined => {
      const { snapshot, selectedId } = get();
      return snapshot?.comments.find((c) => c.commentId === selectedId);
    };
    const site = () => get().snapshot?.page?.site;
    let lastSnapshotJson = '';
    // The prints of the page's comments are followed for one set of keys; a poll with the same comments keeps it.
    let printedFor = '';
    let unwatchPrinted: (() => void) | undefined;
    const followPrinted = (snapshot: Snapshot | undefined) => {
      const keys = snapshot?.comments.map((c) => c.key) ?? [];
      const joined = keys.join('\n');
      if (joined === printedFor) return;
      printedFor = joined;
      unwatchPrinted?.();
      unwatchPrinted = undefined;
      // The marks stay until the new answer: a thread loading 20 comments at a time must not blink them away.
      if (keys.length === 0) {
        set({ printed: new Set() });
        return;
      }
      unwatchPrinted = services.watchPrinted(keys, (printed) => {
        if (printedFor === joined) set({ printed });
      });
    };
    const fail = (error: unknown) =>
      set({ busy: false, notice: { kind: 'error', text: errorText(error) } });
    const patchComment = (commentId: string, change: Partial<LiveComment>) => {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      lastSnapshotJson = '';
      set({ snapshot: { ...snapshot, comments: snapshot.comments.map((c) => (c.commentId === commentId ? { ...c, ...change } : c)) } });
    };
    /** Status goes to the background (history, first-response time), then to the page's badge. */
    const recordStatus = async (comment: LiveComment, status: CommentStatus, templateId?: string) => {
      await services.setStatus(comment.key, status, templateId);
      patchComment(comment.commentId, { status });
      const tabId = get().tabId;
      if (tabId !== undefined) await services.showLabel(tabId, comment.commentId, comment.label, status).catch(() => undefined);
    };

    return {
      filter: { group: 'all', status: 'all', withoutPrint: false },
      printed: new Set(),
      templates: [],
      invalidTemplates: [],
      user: { name: 'Equipe', role: 'staff' },
      busy: false,

      bindTab(tabId) {
        if (tabId === get().tabId) return;
        lastSnapshotJson = '';
        set({ tabId, snapshot: undefined, snapshotError: undefined, selectedId: undefined, templateId: undefined, editedText: undefined, expand: undefined });
        followPrinted(undefined);
        void get().refresh();
      },

      unbind() {
        followPrinted(undefined);
      },

      async refresh() {
        const tabId = get().tabId;
        if (tabId === undefined) {
          set({ snapshot: undefined, snapshotError: tr('Nenhuma aba ativa.', 'No active tab.') });
          return;
        }
        if (get().expand?.state === 'running') {
          const expand = await services.expand(tabId, 'status').catch(() => undefined);
          if (get().tabId === tabId) set({ expand });
        }
        try {
          const snapshot = await services.snapshot(tabId);
          if (get().tabId !== tabId) return;
          // Polled every 1.5 s: an unchanged page must not re-render a queue of thousands of comments.
          const json = JSON.stringify(snapshot);
          if (json === lastSnapshotJson && !get().snapshotError) return;
          lastSnapshotJson = json;
          set({ snapshot, snapshotError: undefined });
          followPrinted(snapshot);
        } catch {
          if (get().tabId !== tabId) return;
          followPrinted(undefined);
          set({
            snapshot: undefined,
            snapshotError: tr(
              'O Ronda não está ativo nesta aba. Abra um post do Instagram, Facebook, YouTube ou um blog adicionado (e recarregue a página se ela já estava aberta).',
              'Ronda is not active in this tab. Open an Instagram, Facebook or YouTube post or an added blog (reload it if it was already open).',
            ),
          });
        }
      },

      async expandAll(action) {
        const tabId = get().tabId;
        if (tabId === undefined) return;
        try {
          const expand = await services.expand(tabId, action);
          if (get().tabId === tabId) set({ expand });
        } catch (error) {
          fail(error);
        }
      },

      async loadLibrary() {
        const [templates, project, user] = await Promise.all([services.loadTemplates(), services.loadProject(), services.loadUser()]);
        set({ templates: templates.valid, invalidTemplates: templates.invalid, project, user });
      },

      followLibrary() {
        void get().loadLibrary();
        return services.watchLibrary(() => void get().loadLibrary());
      },

      setFilter(filter) {
        set({ filter: { ...get().filter, ...filter } });
      },

      async select(commentId) {
        if (commentId === get().selectedId) return;
        set({ selectedId: commentId, templateId: undefined, editedText: undefined });
        const tabId = get().tabId;
        if (commentId && tabId !== undefined) await services.focus(tabId, commentId).catch(() => false);
      },

      async move(delta) {
        const visible = filterQueue(get().snapshot?.comments ?? [], get().filter, get().printed);
        await get().select(step(visible, get().selectedId, delta));
      },

      chooseTemplate(id) {
        set({ templateId: id, editedText: undefined });
      },

      editText(text) {
        set({ editedText: text });
      },

      async reply() {
        const comment = selected();
        const tabId = get().tabId;
        const s = site();
        if (!comment || tabId === undefined || !s) return;
        const draft = replyDraft(get(), comment, s);
        if (!draft.ok) {
          set({ notice: { kind: 'error', text: draft.error } });
          return;
        }
        set({ busy: true, notice: undefined });
        try {
          const result = await services.insertReply(tabId, comment.commentId, draft.text).catch((e: unknown) => ({
            inserted: false as const,
            reason: errorText(e),
          }));
          let notice: Notice;
          if (result.inserted) {
            notice = { kind: 'ok', text: tr('Resposta inserida na caixa do site: revise e publique.', "Reply inserted in the site's box: review and post.") };
          } else {
            const copied = await services.copy(draft.text);
            notice = {
              kind: 'info',
              text: copied
                ? tr(`${result.reason ?? ''} A resposta foi copiada: cole-a na caixa de resposta.`, `${result.reason ?? ''} The reply was copied: paste it in the reply box.`).trim()
                : tr(`${result.reason ?? ''} Não foi possível copiar; copie o texto abaixo.`, `${result.reason ?? ''} Could not copy; copy the text below.`).trim(),
              detail: copied ? undefined : draft.text,
            };
          }
          await recordStatus(comment, 'replied', draft.templateId);
          set({ busy: false, notice });
        } catch (error) {
          fail(error);
        }
      },

      async moveToDm() {
        const comment = selected();
        const tabId = get().tabId;
        const s = site();
        const { project, templates } = get();
        if (!comment || tabId === undefined || !s) return;
        const chosen = templates.find((t) => t.id === get().templateId && t.dmBody?.trim());
        const template = chosen ?? suggestTemplates(templates, { label: comment.label, site: s }, { forDm: true })[0];
        if (!template) {
          set({
            notice: {
              kind: 'error',
              text: tr(
                'Nenhum modelo aprovado de direct para este comentário: crie um com "Mensagem privada" na aba Modelos.',
                'No approved DM template for this comment: create one with a "Private message" in Templates.',
              ),
            },
          });
          return;
        }
        const composed = composeReply(template, { ...comment, site: s }, project);
        const holes = [...composed.reply.missing, ...(composed.dm?.missing ?? [])].filter((n) => n !== 'nome' && n !== 'primeiro_nome');
        if (holes.length) {
          set({ notice: { kind: 'error', text: missingText(holes) } });
          return;
        }
        const tooLong = checkReply(composed.reply.text, s);
        if (tooLong.length) {
          set({ notice: { kind: 'error', text: tooLong[0]!.message } });
          return;
        }
        const target = dmTarget(s, comment, { whatsapp: project?.whatsapp, email: project?.email });
        set({ busy: true, notice: undefined });
        try {
          const inserted = await services.insertReply(tabId, comment.commentId, composed.reply.text).catch(() => ({ inserted: false as const }));
          const privateText = composed.dm?.text;
          // Instagram and Facebook have DMs: staff paste the private message there (thread, inbox or the comment's
          // "Send message"). The clipboard holds one text: that message, else the public reply when not inserted.
          const sendsDm = s === 'instagram' || s === 'facebook';
          const clip = sendsDm && privateText ? privateText : inserted.inserted ? undefined : composed.reply.text;
          const copied = clip ? await services.copy(clip) : false;
          // On Facebook the Page answers in private under the comment itself (see privateReplyHint).
          const privately =
            s === 'facebook' && privateText
              ? await services.privateReply(tabId, comment.commentId, privateText).catch((error: unknown) => ({ filled: false, reason: errorText(error) }))
              : undefined;
          if (target.url && !privately?.filled) await services.openDm(target.url, sendsDm ? privateText : undefined);
          await recordStatus(comment, 'moved_to_dm', template.id);
          const parts = [
            inserted.inserted
              ? tr('Resposta pública inserida: revise e publique.', 'Public reply inserted: review and post.')
              : tr('Caixa de resposta não encontrada.', 'Reply box not found.'),
            privateReplyHint(privately, target),
          ];
          if (!inserted.inserted && !sendsDm) parts.push(copied ? tr('Resposta copiada.', 'Reply copied.') : '');
          set({
            busy: false,
            notice: {
              kind: inserted.inserted ? 'ok' : 'info',
              text: parts.filter(Boolean).join(' '),
              detail: dmDetail(inserted.inserted ? undefined : composed.reply.text, sendsDm ? privateText : undefined),
            },
          });
        } catch (error) {
          fail(error);
        }
      },

      async print() {
        const comment = selected();
        const tabId = get().tabId;
        if (!comment || tabId === undefined) return;
        set({ busy: true, notice: undefined });
        try {
          const result = await services.print(tabId, comment.commentId);
          set({
            // The live query brings it too; saying it at once keeps the row's mark in step with the notice.
            printed: new Set([...get().printed, comment.key]),
            busy: false,
            notice: result.duplicateOf
              ? {
                  kind: 'info',
                  text: tr(
                    'Print salvo. Este comentário já tinha um print no acervo: abra o acervo se quiser manter só um.',
                    'Print saved. This comment already had a print in the collection: open the collection if you want to keep just one.',
                  ),
                }
              : { kind: 'ok', text: tr('Print salvo no acervo.', 'Print saved to the collection.') },
          });
        } catch (error) {
          fail(error);
        }
      },

      async moderate() {
        const comment = selected();
        const tabId = get().tabId;
        const page = get().snapshot?.page;
        if (!comment || tabId === undefined || !page) return;
        set({ busy: true, notice: undefined });
        try {
          const result = await services.moderate(tabId, comment.commentId).catch((e: unknown) => ({ opened: 'none' as const, url: undefined, reason: errorText(e) }));
          // A moderation page is the blog's own: another site's address from the page is not opened.
          const moderationPage = result.opened === 'page' && result.url && new URL(result.url).host === new URL(page.postUrl).host ? result.url : undefined;
          if (moderationPage) await services.openPage(moderationPage);
          let notice: Notice;
          if (result.opened === 'menu') {
            notice = {
              kind: 'info',
              text: tr(
                'Menu do comentário aberto no site: escolha ali Ocultar, Excluir, Denunciar ou Bloquear. Depois marque aqui como oculto.',
                "The comment's menu is open on the site: choose Hide, Delete, Report or Block there. Then mark it hidden here.",
              ),
              markHidden: comment.commentId,
            };
          } else if (moderationPage) {
            notice = {
              kind: 'info',
              text: tr(
                'Moderação do comentário aberta numa nova aba (o WordPress pede login se preciso): mova para a lixeira, marque como spam ou reprove. Depois marque aqui como oculto.',
                "The comment's moderation opened in a new tab (WordPress asks you to log in if needed): trash it, mark it spam or unapprove it. Then mark it hidden here.",
              ),
              markHidden: comment.commentId,
            };
          } else {
            notice = { kind: 'error', text: result.reason ?? tr('Não foi possível abrir a moderação deste comentário.', "Could not open this comment's moderation.") };
          }
          set({ busy: false, notice });
        } catch (error) {
          fail(error);
        }
      },

      async relabel(label) {
        const comment = selected();
        const tabId = get().tabId;
        if (!comment || comment.label === label) return;
        set({ busy: true, notice: undefined });
        try {
          await services.relabel(comment.key, label);
          patchComment(comment.commentId, { label, labelSource: 'staff' });
          if (tabId !== undefined) await services.showLabel(tabId, comment.commentId, label).catch(() => undefined);
          set({
            busy: false,
            templateId: undefined,
            editedText: undefined,
            notice: { kind: 'ok', text: tr(`Marcado como ${trPair(LABEL_NAMES[label])}.`, `Labelled ${trPair(LABEL_NAMES[label])}.`) },
          });
        } catch (error) {
          fail(error);
        }
      },

      async markAuthorHater() {
        const comment = selected();
        const where = site();
        if (!comment || !where) return;
        const author = authorOf(comment);
        if (!author) {
          set({ notice: { kind: 'error', text: tr('O site não mostra o autor deste comentário: não há perfil para marcar.', 'The site shows no author for this comment: there is no profile to mark.') } });
          return;
        }
        set({ busy: true, notice: undefined });
        try {
          const { project, user } = get();
          const saved = await services.saveRule({ kind: 'author', pattern: author, label: 'hater', site: where, projectId: project?.id }, user.name);
          const byAuthor = isByAuthor(author);
          const others = (get().snapshot?.comments ?? []).filter((c) => c.commentId !== comment.commentId && byAuthor(c)).length;
          set({
            busy: false,
            notice: {
              kind: 'ok',
              text:
                (saved.replaced?.label === 'hater'
                  ? tr(`${author} já estava marcado como hater.`, `${author} was already marked as a hater.`)
                  : tr(`${author} marcado como hater em ${SITE_NAMES[where]}`, `${author} marked as a hater on ${SITE_NAMES[where]}`) +
                    (project ? tr(` para ${project.expertName}`, ` for ${project.expertName}`) : '') +
                    tr(': os comentários deste perfil nas páginas abertas passam a ser de hater', ': this author’s comments on the open pages become a hater’s') +
                    (others ? tr(` (mais ${others} nesta página)`, ` (${others} more on this page)`) : '') +
                    '.') + tr(' Corrija um comentário para fazer exceção; as regras ficam nas opções.', ' Correct a comment to make an exception; rules live in the options.'),
              ruleSaved: saved.replaced?.label === 'hater' ? undefined : saved,
            },
          });
          await get().refresh();
        } catch (error) {
          fail(error);
        }
      },

      async undoRule() {
        const saved = get().notice?.ruleSaved;
        if (!saved) return;
        set({ busy: true, notice: undefined });
        try {
          await services.undoRule(saved);
          set({ busy: false, notice: { kind: 'ok', text: tr('Desfeito: o perfil voltou a ser classificado como antes.', 'Undone: the author is classified as before.') } });
          await get().refresh();
        } catch (error) {
          fail(error);
        }
      },

      async setStatus(status) {
        const comment = selected();
        if (!comment || comment.status === status) return;
        set({ busy: true, notice: undefined });
        try {
          await recordStatus(comment, status);
          // Deleting a comment on the site takes its replies with it: offered, not assumed (hiding may not).
          const open = status === 'hidden' && comment.label === 'hater' ? openThreadReplies(get().snapshot?.comments ?? [], comment.commentId) : [];
          set({
            busy: false,
            notice: open.length
              ? {
                  kind: 'info',
                  text:
                    tr('Oculto. Se você apagou o comentário no site, ', 'Hidden. If you deleted the comment on the site, ') +
                    count(
                      open.length,
                      ['resposta da thread saiu junto: marque para não ficar na fila.', 'respostas da thread saíram junto: marque para não ficarem na fila.'],
                      ['reply of its thread went with it: mark it so it leaves the queue.', 'replies of its thread went with it: mark them so they leave the queue.'],
                    ),
                  threadReplies: open.map((c) => c.commentId),
                }
              : undefined,
          });
        } catch (error) {
          fail(error);
        }
      },

      async hideThreadReplies() {
        const ids = new Set(get().notice?.threadReplies ?? []);
        const replies = (get().snapshot?.comments ?? []).filter((c) => ids.has(c.commentId) && c.status === 'new');
        if (!replies.length) return;
        set({ busy: true, notice: undefined });
        try {
          for (const reply of replies) await recordStatus(reply, 'hidden');
          set({
            busy: false,
            notice: { kind: 'ok', text: count(replies.length, ['resposta marcada como oculta.', 'respostas marcadas como ocultas.'], ['reply marked hidden.', 'replies marked hidden.']) },
          });
        } catch (error) {
          fail(error);
        }
      },

      dismissNotice() {
        set({ notice: undefined });
      },
    };
  });
}

/** The replies in the thread of the hater `haterId` that still wait in the queue. */
function openThreadReplies(comments: readonly LiveComment[], haterId: string): LiveComment[] {
  return repliesBelow(comments, haterId).filter((c) => c.status === 'new');
}

export type ReplyDraft =
  | { ok: true; text: string; templateId?: string; template?: TemplateRecord; dm?: string }
  | { ok: false; error: string; text?: string; template?: TemplateRecord };

/**
 * The reply that would be inserted for the selected comment now: staff's edited text, else the chosen (or best)
 * approved template rendered for this comment. Refused when a variable has no value or the text is too long.
 */
export function replyDraft(state: Pick<PanelState, 'templates' | 'templateId' | 'editedText' | 'project'>, comment: LiveComment, site: NonNullable<Snapshot['page']>['site']): ReplyDraft {
  const suggestions = suggestTemplates(state.templates, { label: comment.label, site });
  const template = suggestions.find((t) => t.id === state.templateId) ?? suggestions[0];
  if (!template && state.editedText === undefined) {
    return {
      ok: false,
      error: tr('Nenhum modelo aprovado para este tipo de comentário neste site.', 'No approved template for this kind of comment on this site.'),
    };
  }
  let text = state.editedText;
  let dm: string | undefined;
  if (text === undefined && template) {
    const composed = composeReply(template, { ...comment, site }, state.project);
    // A missing author name is tidied away ("Maria, obrigado" → "Obrigado"); a missing profile value is a hole.
    const holes = composed.reply.missing.filter((n) => n !== 'nome' && n !== 'primeiro_nome');
    if (holes.length) return { ok: false, error: missingText(holes), text: composed.reply.text, template };
    if (composed.reply.unknown.length) {
      return {
        ok: false,
        error: tr(`O modelo usa variáveis desconhecidas: ${composed.reply.unknown.join(', ')}.`, `The template uses unknown variables: ${composed.reply.unknown.join(', ')}.`),
        text: composed.reply.text,
        template,
      };
    }
    text = composed.reply.text;
    dm = composed.dm?.text;
  }
  const body = (text ?? '').trim();
  if (!body) return { ok: false, error: tr('A resposta está vazia.', 'The reply is empty.'), template };
  const tooLong = checkReply(body, site);
  if (tooLong.length) return { ok: false, error: tooLong[0]!.message, text: body, template };
  return { ok: true, text: body, templateId: template?.id, template, dm };
}

/** What staff may need by hand after a move to DM: the public reply when it could not be inserted, and the DM. */
function dmDetail(publicText: string | undefined, privateText: string | undefined): string | undefined {
  const parts: string[] = [];
  if (publicText) parts.push(`${tr('Resposta pública', 'Public reply')}:\n${publicText}`);
  if (privateText) parts.push(publicText ? `${tr('Mensagem privada (copiada)', 'Private message (copied)')}:\n${privateText}` : privateText);
  return parts.length ? parts.join('\n\n') : undefined;
}

function missingText(names: readonly string[]): string {
  const list = names.map((n) => `{{${n}}}`).join(', ');
  return tr(
    `Falta valor para ${list}: preencha o perfil do especialista em Configurações (ou edite o texto).`,
    `No value for ${list}: fill the expert profile in Settings (or edit the text).`,
  );
}
