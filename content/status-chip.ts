import { count, tr } from '../lib/i18n';
import type { PageHealth } from '../messaging/protocol';

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
/* The display rules below would otherwise show what is hidden (a dismissed chip, one on a page with no post). */
[hidden] { display: none !important; }
.chip { display: flex; align-items: center; gap: 6px; max-width: 340px; padding: 6px 10px; border-radius: 999px; background: #101828; color: #fff; font: 600 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; box-shadow: 0 4px 14px rgba(16,24,40,.25); }
.chip.warn { background: #b54708; border-radius: 12px; }
button { all: unset; cursor: pointer; }
.open { text-decoration: underline; }
.close { opacity: .7; padding: 0 2px; }
.toast { margin-top: 6px; padding: 6px 10px; border-radius: 8px; background: #fff; color: #101828; font: 12px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(16,24,40,.2); max-width: 340px; overflow-wrap: anywhere; }
.toast.error { color: #b42318; }
`;

/**
 * The page-level status: how many comments Ronda found here, or the warning that it found none where comments
 * are expected (the site's markup may have changed). Also carries short toasts (print saved, errors).
 */
export class StatusChip {
  readonly host: HTMLElement;
  private readonly chip: HTMLElement;
  private readonly text: HTMLElement;
  private readonly close: HTMLElement;
  private readonly toastBox: HTMLElement;
  private dismissed = false;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(onOpenPanel: () => void) {
    this.host = document.createElement('ronda-status');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.chip = document.createElement('div');
    this.chip.className = 'chip';
    this.chip.setAttribute('role', 'status');
    this.text = document.createElement('button');
    this.text.className = 'open';
    this.text.addEventListener('click', onOpenPanel);
    const close = document.createElement('button');
    this.close = close;
    close.className = 'close';
    close.textContent = '×';
    close.addEventListener('click', () => {
      this.dismissed = true;
      this.chip.hidden = true;
    });
    this.chip.append(this.text, close);
    this.toastBox = document.createElement('div');
    this.toastBox.className = 'toast';
    this.toastBox.hidden = true;
    this.toastBox.setAttribute('role', 'alert');
    shadow.append(style, this.chip, this.toastBox);
  }

  attach(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  show(health: PageHealth, haters: number): void {
    this.attach();
    this.chip.hidden = this.dismissed || !health.supported;
    this.chip.classList.toggle('warn', Boolean(health.warning));
    this.host.setAttribute('data-found', String(health.found));
    // Worded here, not when built: the chip exists before the settings' language has arrived.
    this.text.title = tr('Abrir o painel do Ronda', 'Open the Ronda panel');
    this.close.setAttribute('aria-label', tr('Esconder o aviso do Ronda nesta página', 'Hide the Ronda notice on this page'));
    if (health.warning) {
      this.text.textContent = `Ronda: ${health.warning}`;
      return;
    }
    const found = count(health.found, ['comentário', 'comentários'], ['comment', 'comments']);
    this.text.textContent = haters ? `Ronda · ${found} · ${count(haters, ['hater', 'haters'], ['hater', 'haters'])}` : `Ronda · ${found}`;
  }

  toast(message: string, isError = false): void {
    this.attach();
    this.toastBox.hidden = false;
    this.toastBox.className = isError ? 'toast error' : 'toast';
    this.toastBox.textContent = message;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toastBox.hidden = true), isError ? 8_000 : 3_000);
  }

  detach(): void {
    this.host.remove();
  }
}
