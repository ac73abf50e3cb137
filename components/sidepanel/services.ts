import type { CommentStatus, Label } from '../../lib/domain';
import type { ExpandStatus, ResponseOf } from '../../messaging/protocol';
import type { ProjectRecord, TeamRuleRecord, TemplateRecord } from '../../storage/schema';
import type { TeamRuleInput } from '../../storage/team-rules';
import type { InvalidRow } from '../../storage/validate';

export type Snapshot = ResponseOf<'cs.snapshot'>;

/**
 * Everything the side panel does outside itself. The real implementation (./browser-services.ts) talks to the
 * tab's content script, the background and the database; unit tests pass fakes.
 */
export interface PanelServices {
  snapshot(tabId: number): Promise<Snapshot>;
  focus(tabId: number, commentId: string): Promise<boolean>;
  /** "Carregar todos os comentários" on the tab: start, stop, or how far it got. */
  expand(tabId: number, action: 'start' | 'stop' | 'status'): Promise<ExpandStatus>;
  showLabel(tabId: number, commentId: string, label: Label, status?: CommentStatus): Promise<void>;
  insertReply(tabId: number, commentId: string, text: string): Promise<ResponseOf<'cs.reply.insert'>>;
  /** Opens the site's own menu of a comment on the tab (or names the page that moderates it). */
  moderate(tabId: number, commentId: string): Promise<ResponseOf<'cs.comment.moderate'>>;
  /** Opens a page in a new tab beside the comment's (a blog's moderation screen). */
  openPage(url: string): Promise<void>;
  relabel(key: string, label: Label): Promise<void>;
  setStatus(key: string, status: CommentStatus, templateId?: string): Promise<void>;
  print(tabId: number, commentId: string): Promise<ResponseOf<'bg.print.capture'>>;
  copy(text: string): Promise<boolean>;
  /** Facebook: presses the comment's own "Send message" (the Page's private reply) and fills the window it opens. */
  privateReply(tabId: number, commentId: string, text: string): Promise<ResponseOf<'cs.private.fill'>>;
  /** Opens the DM thread in a new tab and, when Ronda runs there, fills its composer (in the background). */
  openDm(url: string, text: string | undefined): Promise<void>;
  loadTemplates(): Promise<{ valid: TemplateRecord[]; invalid: InvalidRow[] }>;
  loadProject(): Promise<ProjectRecord>;
  loadUser(): Promise<{ name: string; role: 'staff' | 'approver' }>;
  /** Calls back with the keys of these comments that have a print in the acervo, now and after every change of the prints. */
  watchPrinted(keys: readonly string[], onChange: (printed: Set<string>) => void): () => void;
  /** Calls back after templates, profiles or the user change anywhere in the extension; returns the unsubscribe. */
  watchLibrary(onChange: () => void): () => void;
  /** Saves a team rule (or changes the one for the same author) and tells open pages to apply it. */
  saveRule(input: TeamRuleInput, user: string): Promise<{ rule: TeamRuleRecord; replaced?: TeamRuleRecord }>;
  /** Undoes a rule just saved: the rule that was there comes back, or the new one goes. */
  undoRule(saved: { rule: TeamRuleRecord; replaced?: TeamRuleRecord }): Promise<void>;
}
