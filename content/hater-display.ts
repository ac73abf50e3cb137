import type { HaterDisplay } from '../lib/domain';

/** How one comment's text must look now: covered in Ronda's layer ('blur'), collapsed, or as the site shows it. */
export type HaterLook = 'blur' | 'collapse' | null;

export const HIDDEN_ATTR = 'data-ronda-hidden';

/**
 * Decides which haters are hidden from staff (and the expert, in a peek) and how, and shows them again on
 * request.
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

  constructor(private mode: HaterDisplay) {}

  setMode(mode: HaterDisplay): void {
    this.mode = mode;
  }

  isHidden(commentId: string): boolean {
    return this.mode !== 'show' && !this.revealed.has(commentId);
  }

  /** Toggles one comment; returns true when it is now hidden. */
  toggle(commentId: string): boolean {
    if (this.revealed.has(commentId)) this.revealed.delete(commentId);
    else this.revealed.add(commentId);
    return this.isHidden(commentId);
  }

  /** Applies the right look to a comment's text element for its label; returns the look (blur is the caller's). */
  apply(commentId: string, isHater: boolean, text: HTMLElement | null): HaterLook {
    if (!text) return null;
    const look: HaterLook = isHater && this.isHidden(commentId) && this.mode !== 'show' ? this.mode : null;
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
