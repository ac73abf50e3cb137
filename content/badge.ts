import { LABELS, LABEL_NAMES, type Label } from '../lib/domain';
import { tr, trPair } from '../lib/i18n';
import type { LiveComment } from '../messaging/protocol';
import { errorText } from '../lib/error-text';
import { authorOf } from '../classifier/team-rules';
import { houseRoleName } from '../lib/house';
import { evidenceInEnglish } from '../classifier/evidence-names';

export const BADGE_TAG = 'ronda-badge';

export interface BadgeActions {
  relabel(commentId: string, label: Label): Promise<void>;
  savePrint(commentId: string): Promise<void>;
  toggleHidden(commentId: string): boolean;
  /**
   * What the badge offers for hiding the comment's words: null when nothing (not a hater, nor in the thread of a
   * hidden one, or haters are shown anyway). `thread`: it is hidden as a reply in a hater's thread.
   */
  hiding(commentId: string): { hidden: boolean; thread: boolean } | null;
  openPanel(): Promise<void>;
  /** Opens the comment's own menu on the site (hide, delete, report, block); absent where Ronda knows none. */
  moderate?(commentId: string): Promise<void>;
  /** Adds a team rule: this comment's author is a hater. Says what happened, and how to take it back when it can. */
  markAuthorHater(commentId: string): Promise<{ text: string; undo?: () => Promise<string> }>;
}

/** Whole phrases: Portuguese contracts "por" with the article, and each source has its own gender. */
const SOURCE_NAMES = {
  classifier: { pt: 'pelo modelo', en: 'by the model' },
  memory: { pt: 'pela memória de correções', en: 'by the corrections memory' },
  rule: { pt: 'por uma regra da equipe', en: 'by a team rule' },
  staff: { pt: 'pela equipe', en: 'by staff' },
} as const;

export function describeComment(c: Pick<LiveComment, 'label' | 'confidence' | 'evidence' | 'labelSource' | 'house'>): string {
  if (c.house) {
    return tr(
      `Da casa (${houseRoleName(c.house)}): resposta do especialista ou da equipe, fora da fila. Contas da casa: Configurações → Você e o especialista.`,
      `Ours (${houseRoleName(c.house)}): the expert or the team answering, kept out of the queue. House accounts: Settings → You and the expert.`,
    );
  }
  // A staff correction is certain and its evidence is the correction itself: saying so once is enough.
  if (c.labelSource === 'staff') return `${trPair(LABEL_NAMES[c.label])} — ${tr('corrigido pela equipe', 'corrected by staff')}`;
  const parts = [`${trPair(LABEL_NAMES[c.label])} · ${Math.round(c.confidence * 100)}%`, trPair(SOURCE_NAMES[c.labelSource])];
  if (c.evidence.length) parts.push(`${tr('por causa de', 'because of')}: ${c.evidence.slice(0, 6).map((e) => tr(e, evidenceInEnglish(e))).join(', ')}`);
  return parts.join(' — ');
}

/**
 * The inline mark of one comment: a small pill with a menu to correct the label, save a print, show/hide a
 * hater and open the panel. It is drawn inside Ronda's layer, whose Shadow DOM keeps the site's CSS and ours
 * apart (see BadgeLayer); a shadow root per badge doubled the cost of drawing each new screenful of badges.
 * Comment text is only ever set as textContent.
 */
export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private menu: HTMLElement | undefined;
  /** One status line for the menu's life: a rule's change relabels the comment and redraws the menu under it. */
  private readonly note = el('p', 'note');
  private comment: LiveComment;

  constructor(
    comment: LiveComment,
    private readonly actions: BadgeActions,
  ) {
    this.comment = comment;
    this.host = document.createElement(BADGE_TAG);
    this.host.setAttribute('data-ronda-comment', comment.commentId);
    this.button = document.createElement('button');
    this.button.type = 'button';
    // Not an ARIA menu: besides commands it holds the reason for the label, a group of toggles and a status line.
    this.button.setAttribute('aria-haspopup', 'dialog');
    // The site's own click handlers (open post, expand thread) must not see clicks on Ronda's badge.
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) {
      this.host.addEventListener(type, (e) => e.stopPropagation());
    }
    this.button.addEventListener('click', (e) => e.isTrusted && this.toggleMenu());
    this.host.append(this.button);
    this.note.setAttribute('role', 'status');
    this.render();
  }

  get label(): Label {
    return this.comment.label;
  }

  update(comment: LiveComment): void {
    this.comment = comment;
    this.render();
    if (this.menu?.matches(':popover-open')) this.fillMenu(this.menu);
  }

  flash(): void {
    this.button.classList.add('focused');
    setTimeout(() => this.button.classList.remove('focused'), 2_000);
  }

  private render(): void {
    const c = this.comment;
    this.button.className = c.house ? 'badge house' : `badge ${c.label}${c.labelSource === 'staff' ? ' staff' : ''}`;
    this.button.textContent = c.house ? tr('Da casa', 'Ours') : trPair(LABEL_NAMES[c.label]);
    this.button.title = describeComment(c);
    this.button.setAttribute('aria-label', `Ronda: ${describeComment(c)}`);
    this.host.setAttribute('data-label', c.label);
  }

  private toggleMenu(): void {
    if (!this.menu) {
      this.menu = document.createElement('div');
      this.menu.setAttribute('popover', 'auto');
      this.menu.setAttribute('role', 'dialog');
      this.menu.setAttribute('aria-label', tr('Ronda: rótulo e ações do comentário', 'Ronda: comment label and actions'));
      this.host.append(this.menu);
    }
    const menu = this.menu;
    if (menu.matches(':popover-open')) {
      menu.hidePopover();
      return;
    }
    this.note.className = 'note';
    this.note.replaceChildren();
    this.fillMenu(menu);
    menu.showPopover();
    const box = this.button.getBoundingClientRect();
    const width = menu.offsetWidth;
    menu.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    const below = box.bottom + 4;
    menu.style.top = `${below + menu.offsetHeight > window.innerHeight ? Math.max(8, box.top - menu.offsetHeight - 4) : below}px`;
    // Keyboard users land on the current label; Esc (the popover's own) closes it.
    menu.querySelector<HTMLButtonElement>('.labels button[aria-pressed="true"]')?.focus();
  }

  private fillMenu(menu: HTMLElement): void {
    const c = this.comment;
    const why = el('p', 'why', describeComment(c));
    if (c.house) {
      // Nothing to label, hide or mark on the house's own answer: a print of it (with the praise it answers) still helps.
      const actions = el('div', 'actions');
      actions.append(this.printButton(menu), this.panelButton());
      menu.replaceChildren(why, actions, this.note);
      return;
    }
    const labels = el('div', 'labels');
    labels.setAttribute('role', 'group');
    labels.setAttribute('aria-label', tr('Corrigir rótulo', 'Correct the label'));
    for (const label of LABELS) {
      const b = button(trPair(LABEL_NAMES[label]), async () => {
        await this.run(note, () => this.actions.relabel(c.commentId, label), tr('Rótulo corrigido', 'Label corrected'));
      });
      b.setAttribute('aria-pressed', String(label === c.label));
      b.setAttribute('data-label', label);
      labels.append(b);
    }
    const note = this.note;
    const actions = el('div', 'actions');
    actions.append(this.printButton(menu));
    const hiding = this.actions.hiding(c.commentId);
    if (hiding) {
      const text = hiding.thread
        ? hiding.hidden ? tr('Mostrar resposta', 'Show reply') : tr('Ocultar resposta', 'Hide reply')
        : hiding.hidden ? tr('Mostrar comentário', 'Show comment') : tr('Ocultar comentário', 'Hide comment');
      actions.append(
        button(text, () => {
          this.actions.toggleHidden(c.commentId);
          this.fillMenu(menu);
        }),
      );
    }
    const moderate = this.actions.moderate;
    if (moderate) {
      actions.append(
        // The badge's menu closes first: the site's own opens where it was.
        button(tr('Ocultar/excluir no site…', 'Hide/delete on the site…'), () => {
          menu.hidePopover();
          return moderate(c.commentId);
        }),
      );
    }
    if (authorOf(c)) {
      actions.append(button(tr('🚫 Marcar perfil como hater', '🚫 Mark author as a hater'), () => this.markAuthor(c.commentId)));
    }
    actions.append(this.panelButton());
    const thread = hiding?.thread
      ? [el('p', 'why', tr('Resposta na thread de um hater: fica oculta com ele.', 'A reply in a hater’s thread: hidden with it.'))]
      : [];
    menu.replaceChildren(why, ...thread, el('p', 'section', tr('Corrigir rótulo', 'Correct the label')), labels, actions, note);
  }

  private printButton(menu: HTMLElement): HTMLButtonElement {
    // The menu closes first so it is not in the screenshot; the page's status chip reports the outcome.
    return button(tr('📸 Salvar print no acervo', '📸 Save print to collection'), () => {
      menu.hidePopover();
      return this.actions.savePrint(this.comment.commentId);
    });
  }

  private panelButton(): HTMLButtonElement {
    return button(tr('Abrir painel do Ronda', 'Open Ronda panel'), () => void this.actions.openPanel());
  }

  private async markAuthor(commentId: string): Promise<void> {
    const note = this.note;
    note.className = 'note';
    note.textContent = tr('Salvando…', 'Saving…');
    try {
      const { text, undo } = await this.actions.markAuthorHater(commentId);
      note.textContent = text;
      if (undo) {
        note.append(
          ' ',
          button(tr('Desfazer', 'Undo'), () => this.run(note, undo, '')),
        );
      }
    } catch (error) {
      note.className = 'note error';
      note.textContent = errorText(error);
    }
  }

  private async run(note: HTMLElement, action: () => Promise<unknown>, done: string): Promise<void> {
    note.className = 'note';
    note.textContent = tr('Salvando…', 'Saving…');
    try {
      const said = await action();
      note.textContent = typeof said === 'string' && said ? said : done;
    } catch (error) {
      note.className = 'note error';
      note.textContent = errorText(error);
    }
  }
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, onClick: () => unknown): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  // Only the user's own clicks: the page's scripts can reach an open shadow root and click for them (relabel,
  // hide, print). Keyboard activation of a button is a trusted click too.
  b.addEventListener('click', (e) => e.isTrusted && void onClick());
  return b;
}
