import type { HaterDisplay } from '../lib/domain';

/** How one comment's text must look now: covered in Ronda's layer ('blur'), collapsed, or as the site shows it. */
export type HaterLook = 'blur' | 'collapse' | null;

export const HIDDEN_ATTR = 'data-ronda-hidden';

/** Why a comment's words are hidden: it is a hater, or it is in the thread of one (`haterId`); null: not at all. */
export type HideReason = { kind: 'hater' } | { kind: 'thread'; haterId: string } | null;

/**
 * Decides which haters, and which replies in their threads, are hidden from staff (and the expert, in a peek)
 * and how, and shows them again on request.
 *
 * 'blur' hides the text under a cover drawn by Ronda's badge layer: restyling the site's element (a filter,
 * opacity, a background) makes the browser lay out and re-walk a whole long thread, measured at 140 ms a frame on
 * the 2,000-comment YouTube fixture, while a cover in the layer costs a few milliseconds. Collapse has to change
 * the site's layout (that is what it is for): it hides the text element with an inline style and puts the
 * original back when shown. Either way the text element carries `data-ronda-hidden` (no stylesheet reads it).
 */
export class HaterDisplayController {
  private readonly savedDisplay = new WeakMap<HTMLElement, string>();
  private readonly revealed = new Set<string>();

  /** `threads`: whether the replies in a hidden hater's thread are hidden with it (a setting, on by default). */
  constructor(
    private mode: HaterDisplay,
    private threads = true,
  ) {}

  setMode(mode: HaterDisplay, threads = this.threads): void {
    this.mode = mode;
    this.threads = threads;
  }

  /**
   * Whether the comment's words are hidden until shown: a hater (unless haters are shown anyway), and a reply in a
   * hater's thread while the hater is hidden (showing the hater shows its thread). The badge offers to show or
   * hide exactly these.
   */
  canToggle(reason: HideReason): boolean {
    if (!reason || this.mode === 'show') return false;
    return reason.kind === 'hater' || (this.threads && !this.revealed.has(reason.haterId));
  }

  /** Hidden now: hideable and not shown on request (a reply can be shown on its own). */
  isHidden(commentId: string, reason: HideReason): boolean {
    return this.canToggle(reason) && !this.revealed.has(commentId);
  }

  /** Toggles one comment; returns true when it is now hidden. */
  toggle(commentId: string, reason: HideReason): boolean {
    if (this.revealed.has(commentId)) this.revealed.delete(commentId);
    else this.revealed.add(commentId);
    return this.isHidden(commentId, reason);
  }

  /** Applies the right look to a comment's text element; returns the look (blur is the caller's to draw). */
  apply(commentId: string, reason: HideReason, text: HTMLElement | null): HaterLook {
    if (!text) return null;
    const look: HaterLook = this.isHidden(commentId, reason) && this.mode !== 'show' ? this.mode : null;
    if (look === 'collapse') {
      if (!this.savedDisplay.has(text)) this.savedDisplay.set(text, text.style.display);
      text.style.display = 'none';
    } else {
      const saved = this.savedDisplay.get(text);
      if (saved !== undefined) {
        text.style.display = saved;
        this.savedDisplay.delete(text);
      }
    }
    if (look) {
      if (text.getAttribute(HIDDEN_ATTR) !== look) text.setAttribute(HIDDEN_ATTR, look);
    } else if (text.hasAttribute(HIDDEN_ATTR)) text.removeAttribute(HIDDEN_ATTR);
    return look;
  }
}
