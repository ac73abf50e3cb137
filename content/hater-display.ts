export type HaterDisplay = 'blur' | 'collapse' | 'show';

interface Saved {
  filter: string;
  display: string;
  userSelect: string;
}

/**
 * Blurs or collapses haters' text so staff (and the expert, in a peek) are spared from reading it, and shows
 * it again on request. Only inline styles of the text element are touched, and the originals are restored.
 */
export class HaterDisplayController {
  private readonly saved = new WeakMap<HTMLElement, Saved>();
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

  /** Applies the right look to a comment's text element for its current label. */
  apply(commentId: string, isHater: boolean, text: HTMLElement | null): void {
    if (!text) return;
    if (isHater && this.isHidden(commentId)) this.hide(text);
    else this.restore(text);
  }

  private hide(text: HTMLElement): void {
    if (!this.saved.has(text)) {
      this.saved.set(text, { filter: text.style.filter, display: text.style.display, userSelect: text.style.userSelect });
    }
    if (this.mode === 'collapse') {
      text.style.display = 'none';
      text.style.filter = '';
    } else {
      text.style.filter = 'blur(6px)';
      text.style.userSelect = 'none';
    }
    text.setAttribute('data-ronda-hidden', this.mode);
  }

  private restore(text: HTMLElement): void {
    const saved = this.saved.get(text);
    if (!saved) return;
    text.style.filter = saved.filter;
    text.style.display = saved.display;
    text.style.userSelect = saved.userSelect;
    text.removeAttribute('data-ronda-hidden');
    this.saved.delete(text);
  }
}
